import { StudioError } from "../i18n/studio-error";

/** An edit of a note's text, with the exact text before and after it, so that it can be undone. */
export interface TextEdit {
	before: string;
	after: string;
}

/**
 * The text an undo writes: the note's exact text before the edit, when the note is still exactly as the
 * edit left it.
 *
 * @throws StudioError `error.sectionChangedSince` when the note was edited since: nothing is written.
 */
export function undoTextEdit(current: string, edit: TextEdit): string {
	if (current !== edit.after) throw new StudioError("error.sectionChangedSince");
	return edit.before;
}
