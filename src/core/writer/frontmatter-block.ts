import { FrontmatterEditError } from "./frontmatter-edit-error";

/** One line of a note without its line break, and that break (`""` on a last line without one). */
export interface Line {
	text: string;
	eol: "\n" | "\r\n" | "\r" | "";
}

/** A note cut into lines, with where its frontmatter block stands. */
export interface NoteLines {
	/** `"\uFEFF"` when the note starts with a BOM, else `""`; not part of the first line. */
	bom: string;
	lines: Line[];
	/** Index of the closing `---` line, or null when the note has no frontmatter block. */
	closing: number | null;
}

// Obsidian opens and closes frontmatter with `---` alone on its line; trailing blanks are tolerated.
const DELIMITER = /^---[ \t]*$/;

/**
 * Cuts on CRLF, LF and a lone CR, the three breaks YAML and the editor know, so that a line never
 * hides another one behind a lone CR; joining the lines gives back the exact text.
 */
function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	const breaks = /\r\n|\r|\n/g;
	let start = 0;
	for (let match = breaks.exec(text); match !== null; match = breaks.exec(text)) {
		lines.push({ text: text.slice(start, match.index), eol: match[0] as Line["eol"] });
		start = match.index + match[0].length;
	}
	if (start < text.length) lines.push({ text: text.slice(start), eol: "" });
	return lines;
}

export function joinLines(lines: readonly Line[]): string {
	return lines.map((line) => line.text + line.eol).join("");
}

/**
 * The note's lines and its frontmatter block.
 *
 * @throws FrontmatterEditError `unclosed` when `---` opens a block that never closes, and
 *   `lineBreak` when a lone CR stands in the block or ends its opening line: YAML readers
 *   disagree on whether it breaks a line (the `yaml` package does not, Obsidian's editor does),
 *   so no edit there can be sure of what the others will read.
 */
export function readNoteLines(text: string): NoteLines {
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const lines = splitLines(text.slice(bom.length));
	const opening = lines[0];
	if (opening === undefined || !DELIMITER.test(opening.text)) return { bom, lines, closing: null };
	if (opening.eol === "\r") throw new FrontmatterEditError("lineBreak", 1);
	const closing = lines.findIndex((line, index) => index > 0 && DELIMITER.test(line.text));
	if (closing === -1) throw new FrontmatterEditError("unclosed", 1);
	const loneCr = lines.slice(0, closing + 1).findIndex((line) => line.eol === "\r");
	if (loneCr !== -1) throw new FrontmatterEditError("lineBreak", loneCr + 1);
	return { bom, lines, closing };
}

/** The YAML text between the delimiters (empty for a note without a block). */
export function frontmatterSource(note: NoteLines): string {
	return note.closing === null ? "" : joinLines(note.lines.slice(1, note.closing));
}

/** Character offset in the text (BOM included) where line `index` starts. */
export function lineOffset(note: NoteLines, index: number): number {
	let offset = note.bom.length;
	for (let i = 0; i < index; i++) {
		const line = note.lines[i];
		if (line) offset += line.text.length + line.eol.length;
	}
	return offset;
}
