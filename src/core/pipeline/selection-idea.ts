import { firstSentenceEnd, withoutClosingColon } from "../note/idea-title";

/** What a selection captured as an idea pre-fills the capture dialog with. */
export interface SelectionIdea {
	/** The first sentence of the first line, without the list bullet, checkbox, heading marks or quote marks it starts with, nor a closing colon. */
	text: string;
	/** The rest of that line and the other lines, as they were. */
	body: string;
}

const LINE_MARKS = /^\s*(?:(?:>\s?)+)?(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+|#{1,6}\s+)?/;

/** The list bullet, checkbox, heading or quote marks a line starts with (`""` when none): they stay in the note, before the link. */
export function lineMarksOf(line: string): string {
	return LINE_MARKS.exec(line)?.[0] ?? "";
}

/**
 * Splits a selection into the idea and its details, as the Inbox reads an idea block: the idea is the
 * first sentence of its first line that holds text, a closing colon dropped; the rest of that line and
 * the other lines are its details. The idea loses only the Markdown that made it a list item, a task, a
 * heading or a quote, so that selecting `- Le piège : « savoir »` offers `Le piège : « savoir »`;
 * every other character stays as typed.
 */
export function selectionIdea(selection: string): SelectionIdea {
	const lines = selection.replace(/\r\n?/g, "\n").split("\n");
	const first = lines.findIndex((line) => line.trim() !== "");
	if (first === -1) return { text: "", body: "" };
	const line = (lines[first] ?? "").replace(LINE_MARKS, "").trim();
	const end = firstSentenceEnd(line);
	const text = withoutClosingColon(end ? line.slice(0, end.end) : line);
	return { text, body: [end ? line.slice(end.next) : "", ...lines.slice(first + 1)].join("\n").trim() };
}
