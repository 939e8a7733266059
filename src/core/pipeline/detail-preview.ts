import { displayText } from "../text/display-text";
import { shortenText } from "../text/shorten-text";

/** Lines of an idea's details an Inbox card shows under its title; "+N" says how many more the idea holds. */
export const DETAIL_PREVIEW_LINES = 3;

/** Longest detail line a card shows before "…": a card stays a few lines tall in a narrow sidebar. */
const DETAIL_LINE_CHARS = 90;

/** What an Inbox card shows of an idea's details: its first lines as a person reads them, and how many more there are. */
export interface DetailPreview {
	lines: string[];
	more: number;
}

/** A list item's bullet, number or checkbox-less marker, with the indent before it: the card shows the point, not its Markdown. */
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;

/**
 * The first {@link DETAIL_PREVIEW_LINES} lines of an idea's details as a person reads them, and how many more it holds:
 * each point without its bullet or number, its links as their display text (emphasis and every other character as
 * typed), a long one shortened at a word; blank lines count for nothing.
 */
export function detailPreview(details: readonly string[] | undefined, max = DETAIL_PREVIEW_LINES): DetailPreview {
	const lines: string[] = [];
	let more = 0;
	for (const detail of details ?? []) {
		if (detail.trim() === "") continue;
		if (lines.length === max) {
			more++;
			continue;
		}
		lines.push(shortenText(displayText(detail.replace(LIST_MARKER, "").trim()), DETAIL_LINE_CHARS));
	}
	return { lines, more };
}
