/**
 * Cheap checks made before a piece of an idea section reaches remark. Remark's time grows faster than
 * the text on some shapes (one line of a thousand `- ` markers takes seconds, a 500-level list too):
 * a piece that is too deep or too large is never given to it whole.
 */

/** Deepest nesting of lists and quotes remark is given: real notes stay under ten levels. */
export const MAX_NESTING = 32;

/** Size a section is cut into pieces of, where it can be cut. */
export const PARSE_PIECE_CHARS = 1024;

/** Largest piece remark is given at once: remark takes from 2 to 20 ms a KB on a busy machine, and no task may hold the app for 50 ms. */
export const MAX_PIECE_CHARS = 2 * 1024;

/** Most of one idea's details that are kept: real points take a few hundred characters, and every idea's details are in the index's cache. */
export const MAX_DETAILS_CHARS = 16 * 1024;

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const FENCE = /^[ \t]*(?:>[ \t]*)*(```|~~~)/;

/**
 * How many lists and quotes a line opens or continues: its markers (`- `, `1. `, `> `) at the start,
 * plus its indentation counted as one level every two columns (nested items are indented).
 */
export function nestingDepth(line: string): number {
	let i = 0;
	let columns = 0;
	while (i < line.length && (line[i] === " " || line[i] === "\t")) {
		columns += line[i] === "\t" ? 4 : 1;
		i++;
	}
	let markers = 0;
	// A few hundred markers are enough to know the line is too deep: the scan stays linear and short.
	while (i < line.length && markers <= MAX_NESTING) {
		const rest = line.slice(i, i + 11);
		const marker = rest.startsWith(">") ? ">" : LIST_MARKER.exec(rest)?.[0];
		if (marker === undefined) break;
		markers++;
		i += marker.length;
		while (i < line.length && (line[i] === " " || line[i] === "\t")) i++;
	}
	return markers + Math.floor(columns / 2);
}

const ITEM_OR_QUOTE = /^[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$))/;

/**
 * Whether lines may hold a list item: only a line that starts (after indentation) with a list marker or
 * a quote can start one. A block without any, however large, holds no idea and can be passed over.
 */
export function mayHoldItems(lines: readonly string[]): boolean {
	return lines.some((line) => ITEM_OR_QUOTE.test(line));
}

/** Whether a line opens or closes a code fence, where nothing is nested. */
export function isFenceLine(line: string): boolean {
	return FENCE.test(line);
}

/** What keeps a piece from remark: too deep, too large, or nothing. */
export function pieceProblem(lines: readonly string[]): "deep" | "large" | null {
	let size = 0;
	let inFence = false;
	for (const line of lines) {
		if (isFenceLine(line)) inFence = !inFence;
		else if (!inFence && nestingDepth(line) > MAX_NESTING) return "deep";
		size += line.length + 1;
		if (size > MAX_PIECE_CHARS) return "large";
	}
	return null;
}

/**
 * The first lines of a piece that starts with a top-level item: the item's own text, up to its first
 * blank line or nested item. Its details (sub-items) are not the idea, so an item with megabytes of
 * details still gives its idea.
 */
export function itemHead(lines: readonly string[]): string[] {
	const head: string[] = [];
	for (const [n, line] of lines.entries()) {
		if (n > 0 && (line.trim() === "" || /^[ \t]+(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line) || /^[ \t]*>/.test(line))) break;
		head.push(line);
	}
	return head;
}
