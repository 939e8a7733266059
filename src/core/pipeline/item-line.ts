import { foldedText } from "../text/comparable-text";

/** The words of a Markdown line as the index reads them: list marker, task box and inline markup left out. */
function wordsOf(line: string): string {
	const item = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[.\]\s+)?/, "");
	// [[target|alias]] reads as the alias, [[target]] as the target, [text](url) as the text.
	const links = item.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2").replace(/\[\[([^\]]*)\]\]/g, "$1").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
	return foldedText(links.replace(/[*_`~=]/g, ""));
}

/** Whether a line's words are the idea's: the idea is its first sentence, so other sentences may follow one that ends; else only its closing colon. */
function startsWith(line: string, wanted: string): boolean {
	if (!line.startsWith(wanted)) return false;
	const rest = line.slice(wanted.length);
	return /[.!?…»"”)]$/.test(wanted) ? rest === "" || /^\s/.test(rest) : /^\s*:?$/.test(rest);
}

/**
 * The line (0-based) where the idea `item` starts in the note's text, found now (the note may have
 * changed since the index read it): `hint`, the line the index read it at, when it still starts with
 * the idea's words (a paragraph's title may run over two lines); else the list item that reads `item`
 * among `listLines` (where list items start, as Obsidian's metadata cache gives them), or that starts
 * with it; else the line nearest `hint` that starts with it (a paragraph moved). Null when none does.
 */
export function lineOfItem(text: string, listLines: readonly number[], item: string, hint?: number): number | null {
	const wanted = wordsOf(item);
	if (wanted === "") return null;
	const lines = text.split(/\r?\n/);
	if (hint !== undefined) {
		const words = wordsOf(lines[hint] ?? "");
		if (words !== "" && (startsWith(words, wanted) || wanted.startsWith(`${words} `))) return hint;
	}
	for (const line of listLines) {
		if (wordsOf(lines[line] ?? "") === wanted) return line;
	}
	for (const line of listLines) {
		if (startsWith(wordsOf(lines[line] ?? ""), wanted)) return line;
	}
	let nearest: number | null = null;
	const from = hint ?? 0;
	for (const [n, line] of lines.entries()) {
		if (startsWith(wordsOf(line), wanted) && (nearest === null || Math.abs(n - from) < Math.abs(nearest - from))) nearest = n;
	}
	return nearest;
}
