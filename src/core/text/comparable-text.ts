/**
 * The one place where text is normalised for comparison. Three strengths:
 * - {@link comparableText}: what a person reads as the same words (Unicode form, case and runs of
 *   white space ignored). Accents count: `a creuser` is not `à creuser`.
 * - {@link foldedText}: for searching and for matching what people type loosely, accents ignored
 *   too, so that `idee` finds `Idée`.
 * - {@link wordsText}: only the words, for labels a writer decorates: headings with emoji, bold,
 *   a closing ` :` or `…` all give the words they hold.
 */

/** Printable ASCII without white space: already NFC, nothing to collapse or trim; only its case counts. */
const PLAIN_ASCII = /^[!-~]*$/;

/**
 * NFC, lower case, white space collapsed and trimmed; the word joiner (U+2060), which no one sees, out. A word
 * of plain ASCII (a property's name, most keys) is only lower-cased, the same result for a fifth of the work:
 * the weekly review and the index ask it of every property of thousands of notes.
 */
export function comparableText(text: string): string {
	if (PLAIN_ASCII.test(text)) return text.toLowerCase();
	return text.normalize("NFC").replace(/\u2060/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** {@link comparableText} without accents or other combining marks. */
export function foldedText(text: string): string {
	return comparableText(text.normalize("NFD").replace(/\p{M}/gu, ""));
}

/** {@link foldedText} of the letters and digits only: every run of anything else (punctuation, emoji, markup) is one space. */
export function wordsText(text: string): string {
	return foldedText(text.normalize("NFKD").replace(/[^\p{L}\p{N}\p{M}]+/gu, " "));
}
