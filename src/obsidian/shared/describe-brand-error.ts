import type { Translate } from "../../core/i18n/translator";
import { StudioError } from "../../core/i18n/studio-error";
import { FrontmatterEditError } from "../../core/writer/frontmatter-edit-error";
import { NoteGoneError } from "./note-writer";

/** An error of a brand-idea write, in the writer's words (as the board's own errors are). */
export function describeBrandError(error: unknown, t: Translate): string {
	if (error instanceof NoteGoneError) return t("notice.noteGone");
	if (error instanceof FrontmatterEditError) return t(`writer.refused.${error.code}`);
	if (error instanceof StudioError) return t(error.code, error.params);
	console.error("Thought Leadership Studio:", error);
	return t("error.unexpected");
}
