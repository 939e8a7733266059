import { readNoteLines, type NoteLines } from "../writer/frontmatter-block";

// The opening `---` of a properties block, on the note's first line.
const OPENING = /---[ \t]*(?:\r\n|\r|\n|$)/y;
// The closing `---` of a properties block, alone on its line (trailing blanks tolerated), after any line break.
const CLOSING = /(?:\r\n|\r|\n)---[ \t]*(?=\r\n|\r|\n|$)/g;

/** A note cut after its properties block: the block as {@link readNoteLines} reads it, and the rest as written. */
export interface PropertiesSplit {
	/** The BOM, the block and its closing line (with its line break). */
	head: NoteLines;
	body: string;
}

/**
 * The note cut after its properties block, reading only up to the block's closing line, so that a note
 * or template of megabytes is not cut into lines for its few lines of properties; null when the note has
 * no block that closes (then it is all text for Obsidian).
 *
 * @throws FrontmatterEditError `lineBreak` when a lone CR stands in the block, as {@link readNoteLines}.
 */
export function splitProperties(text: string): PropertiesSplit | null {
	const start = text.startsWith("\uFEFF") ? 1 : 0;
	OPENING.lastIndex = start;
	if (!OPENING.test(text)) return null;
	CLOSING.lastIndex = start + 3;
	const closing = CLOSING.exec(text);
	if (closing === null) return null;
	const lineEnd = closing.index + closing[0].length;
	const eol = /^(?:\r\n|\r|\n)/.exec(text.slice(lineEnd, lineEnd + 2))?.[0] ?? "";
	const headText = text.slice(0, lineEnd + eol.length);
	return { head: readNoteLines(headText), body: text.slice(headText.length) };
}

/**
 * A note's text without its properties block (and without a BOM): what `{{idea}}` puts in a
 * draft, and what re-investing carries over. A block that never closes is not properties for
 * Obsidian either, so the whole text is kept.
 */
export function textWithoutProperties(text: string): string {
	const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
	try {
		return splitProperties(text)?.body ?? withoutBom;
	} catch {
		return withoutBom;
	}
}
