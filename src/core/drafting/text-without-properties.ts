import { readNoteLines, joinLines } from "../writer/frontmatter-block";

/**
 * A note's text without its properties block (and without a BOM): what `{{idea}}` puts in a
 * draft, and what re-investing carries over. A block that never closes is not properties for
 * Obsidian either, so the whole text is kept.
 */
export function textWithoutProperties(text: string): string {
	const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
	try {
		const note = readNoteLines(text);
		if (note.closing === null) return withoutBom;
		return joinLines(note.lines.slice(note.closing + 1));
	} catch {
		return withoutBom;
	}
}
