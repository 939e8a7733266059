/** What a selection captured as an idea pre-fills the capture dialog with. */
export interface SelectionIdea {
	/** The first line, without the list bullet, checkbox, heading marks or quote marks it starts with. */
	text: string;
	/** The other lines, as they were. */
	body: string;
}

const LINE_MARKS = /^\s*(?:(?:>\s?)+)?(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+|#{1,6}\s+)?/;

/** The list bullet, checkbox, heading or quote marks a line starts with (`""` when none): they stay in the note, before the link. */
export function lineMarksOf(line: string): string {
	return LINE_MARKS.exec(line)?.[0] ?? "";
}

/**
 * Splits a selection into the idea (its first line that holds text) and its details (the rest).
 * The idea loses only the Markdown that made it a list item, a task, a heading or a quote, so
 * that selecting `- Le piège : « savoir »` offers `Le piège : « savoir »`; every other character
 * stays as typed.
 */
export function selectionIdea(selection: string): SelectionIdea {
	const lines = selection.replace(/\r\n?/g, "\n").split("\n");
	const first = lines.findIndex((line) => line.trim() !== "");
	if (first === -1) return { text: "", body: "" };
	const text = (lines[first] ?? "").replace(LINE_MARKS, "").trim();
	return { text, body: lines.slice(first + 1).join("\n").trim() };
}
