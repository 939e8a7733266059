import { graphemes } from "./graphemes";

/**
 * `text` in at most `max` characters: unchanged when it fits, else cut at the last word boundary
 * that fits (a word is cut only when a single word is longer than half the room), without the
 * blanks and trailing commas or colons before the cut, and ended by an ellipsis `…`.
 */
export function shortenText(text: string, max: number): string {
	// No more UTF-16 units than the room: it fits, and the board need not segment 2,000 titles.
	if (text.length <= max) return text;
	const chars = graphemes(text);
	if (chars.length <= max) return text;
	const room = Math.max(1, max - 1);
	const head = chars.slice(0, room);
	// A word boundary is a blank whose next character would have been cut or is kept.
	let cut = -1;
	for (let i = room; i > 0; i--) {
		if (/\s/.test(chars[i] ?? "")) {
			cut = i;
			break;
		}
	}
	const kept = cut >= room / 2 ? chars.slice(0, cut) : head;
	return `${kept.join("").replace(/[\s,;:\u00a0\u202f]+$/u, "")}…`;
}
