import { Notice, parseYaml, type App, type TFile } from "obsidian";
import type { MessageKey } from "../../core/i18n/messages";
import type { Translate } from "../../core/i18n/translator";
import { readFrontmatter } from "../../core/writer/read-frontmatter";
import { frontmatterError, frontmatterUnclosed } from "../index/obsidian-note-source";
import { describeError } from "./describe-error";

/**
 * For a command's check: whether Obsidian could not read the active note's properties (YAML it cannot
 * parse, a key written twice, a first `---` that opens none: closed by `...`, spaces after a `---`, never
 * closed). Such a note is not known as a draft, a book or an idea, yet may be one: the command is offered
 * all the same and, when run, says why it cannot run, naming the line, rather than staying out of sight.
 */
export function explainUnreadableProperties(app: App, t: Translate, checking: boolean, command: MessageKey): boolean {
	const file = app.workspace.getActiveFile();
	if (!file || file.extension !== "md") return false;
	const cache = app.metadataCache.getFileCache(file);
	if (!cache || (frontmatterError(cache) === undefined && !frontmatterUnclosed(cache))) return false;
	if (!checking) void explain(app, t, file, command);
	return true;
}

async function explain(app: App, t: Translate, file: TFile, command: MessageKey): Promise<void> {
	let reason = t("writer.refused.invalidYaml");
	try {
		readFrontmatter(await app.vault.cachedRead(file), parseYaml);
	} catch (error) {
		reason = describeError(error, t);
	}
	new Notice(t("notice.propertiesUnreadable", { note: file.basename, reason, command: t(command) }));
}
