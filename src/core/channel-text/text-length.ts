/**
 * How long a post is, counted the way its channel counts it.
 *
 * - Most channels (LinkedIn, Instagram, Facebook...) count what a reader sees as one character: a
 *   grapheme (`é` typed as e and an accent, a flag, a family emoji are one each), read with
 *   `Intl.Segmenter`; where it is missing, code points (an emoji of several code points then counts more).
 * - X counts its own way (twitter-text, version 3): every web address is 23 characters (its t.co link),
 *   an emoji 2, Latin, Greek, Cyrillic and most punctuation 1 a code point, and every other code point
 *   2 (Chinese, Japanese, Korean, and such signs as `…` or `€`). The text is read in NFC first.
 */

import { graphemes } from "../text/graphemes";

/** What X counts every address as, whatever its length. */
export const X_URL_LENGTH = 23;

/** The code point ranges X counts as one character (twitter-text's v3 configuration); any other counts two. */
const X_LIGHT_RANGES: readonly (readonly [number, number])[] = [
	[0, 4351],
	[8192, 8205],
	[8208, 8223],
	[8242, 8247],
];

const URL = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'»]/giu;
const EMOJI = /\p{Extended_Pictographic}/u;

function xWeight(codePoint: number): number {
	return X_LIGHT_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to) ? 1 : 2;
}

/** The length of text holding no address, as X counts it. */
function xPlainLength(text: string): number {
	let count = 0;
	for (const grapheme of graphemes(text)) {
		if (EMOJI.test(grapheme)) {
			count += 2;
			continue;
		}
		for (const char of grapheme) count += xWeight(char.codePointAt(0) ?? 0);
	}
	return count;
}

/** The length of a post as X counts it (see above). */
export function xLength(text: string): number {
	const normal = text.normalize("NFC");
	let count = 0;
	let at = 0;
	for (const match of normal.matchAll(URL)) {
		count += xPlainLength(normal.slice(at, match.index)) + X_URL_LENGTH;
		at = match.index + match[0].length;
	}
	return count + xPlainLength(normal.slice(at));
}
