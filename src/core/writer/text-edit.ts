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

/**
 * Edits of one note made one after the other, as one edit: from the text before the first to the text
 * after the last. Null when another change came in between (an edit does not start where the previous
 * one ended): the whole can then not be undone exactly.
 */
export function chainTextEdits(edits: readonly TextEdit[]): TextEdit | null {
	const [first] = edits;
	if (first === undefined) return null;
	for (let i = 1; i < edits.length; i++) if (edits[i]?.before !== edits[i - 1]?.after) return null;
	return { before: first.before, after: edits[edits.length - 1]?.after ?? first.after };
}
