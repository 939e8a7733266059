import { Notice, type App, type TFile } from "obsidian";
import { ideaBaseText } from "../../core/bases/idea-base";
import type { NoteWriter } from "../shared/note-writer";
import type { Studio } from "../shared/studio";
import { describeError } from "../shared/describe-error";

/**
 * *New idea base*: writes `Ideas.base` (`Idées.base` in French) in the ideas folder, never over a file there (the next
 * free name, `Idées 2.base`...), its one view the pipeline's over the idea notes, grouped by `status`; then opens it in a
 * new tab. Null, with a Notice saying why, when it cannot be written.
 */
export async function newIdeaBase(app: App, writer: NoteWriter, studio: Studio): Promise<TFile | null> {
	const t = studio.translate;
	try {
		const file = await writer.createNote(studio.settings.ideasFolder, t("bases.fileName"), ideaBaseText(t("view.title")), ".base");
		await app.workspace.getLeaf("tab").openFile(file);
		return file;
	} catch (error) {
		new Notice(t("notice.ideaBaseFailed", { error: describeError(error, t) }));
		return null;
	}
}
