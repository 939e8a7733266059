/**
 * The characters of a text as a reader sees them (graphemes: `é` typed as e and an accent, a flag, a family emoji are
 * one each), read with `Intl.Segmenter`; where the runtime has none, its code points.
 */

let segmenter: Intl.Segmenter | null | undefined;

/** Made at first use, not as main.js is evaluated: loading its break rules takes a moment at start-up. */
function graphemeSegmenter(): Intl.Segmenter | null {
	if (segmenter === undefined) segmenter = typeof Intl !== "undefined" && typeof Intl.Segmenter === "function" ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;
	return segmenter;
}

/** The graphemes of `text`, or its code points where the runtime cannot tell graphemes. */
export function graphemes(text: string): string[] {
	const split = graphemeSegmenter();
	return split ? Array.from(split.segment(text), (part) => part.segment) : Array.from(text);
}

/** How many characters a reader sees in `text`: graphemes (code points without `Intl.Segmenter`). */
export function graphemeLength(text: string): number {
	const split = graphemeSegmenter();
	if (!split) return Array.from(text).length;
	return Array.from(split.segment(text)).length;
}
