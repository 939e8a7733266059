import type { Translate } from "../../core/i18n/translator";
import { StudioError } from "../../core/i18n/studio-error";
import { FrontmatterEditError } from "../../core/writer/frontmatter-edit-error";
import { NoteGoneError } from "./note-writer";

/**
 * An error of a write, in the writer's words, to follow "Could not…: ": the cause it names (the line of a
 * property, the folder that is a file, a create already under way); only an error from elsewhere
 * (Obsidian's, the platform's, English and technical) is "unexpected", its details in the console.
 */
export function describeError(error: unknown, t: Translate): string {
	if (error instanceof NoteGoneError) return t("notice.noteGone");
	if (error instanceof FrontmatterEditError) {
		const reason = t(`writer.refused.${error.code}`);
		return error.line === null ? reason : t("writer.refused.atLine", { reason, line: error.line });
	}
	if (error instanceof StudioError) return t(error.code, error.params);
	console.error("Thought Leadership Studio:", error);
	return t("error.unexpected");
}
