/** Control characters (C0, DEL, C1) but tab, line feed and carriage return, which are white space. */
const CONTROL = /[^\P{Cc}\t\n\r]/gu;

/**
 * Text without control characters: a NUL or an escape read from a damaged file must never reach
 * a card, a notice or a file name. Each one becomes a space, so that words on both sides stay apart.
 */
export function visibleText(text: string): string {
	return text.replace(CONTROL, " ");
}
