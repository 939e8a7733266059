import { foldedText } from "../text/comparable-text";

/** The words of a Markdown line as the index reads them: list marker, task box and inline markup left out. */
function wordsOf(line: string): string {
	const item = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[.\]\s+)?/, "");
	// [[target|alias]] reads as the alias, [[target]] as the target, [text](url) as the text.
	const links = item.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2").replace(/\[\[([^\]]*)\]\]/g, "$1").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
	return foldedText(links.replace(/[*_`~=]/g, ""));
}

/**
 * The line (0-based) of the note's list item that reads `item`, among the lines where list items
 * start (`listLines`, as Obsidian's metadata cache gives them); null when none does, for instance
 * when the note changed since the index read it.
 */
export function lineOfItem(text: string, listLines: readonly number[], item: string): number | null {
	const wanted = wordsOf(item);
	if (wanted === "") return null;
	const lines = text.split(/\r?\n/);
	for (const line of listLines) {
		if (wordsOf(lines[line] ?? "") === wanted) return line;
	}
	return null;
}
