import type { LineSource } from "./extract-idea-items";
import { hiddenStretches, isSafeBoundary, MarkdownScanner, type LineShape } from "./markdown-scanner";

/** Why text was not put at the cursor: what the cursor was in, or `line` for a line it would have cut (a word, a heading). */
export type MoveReason = "properties" | "code" | "math" | "html" | "table" | "callout" | "comment" | "line";

/** Where a block goes: a place in the editor's lines, and why it is not the cursor (null when it is). */
export interface InsertionPoint {
	line: number;
	ch: number;
	moved: MoveReason | null;
}

/** No place after the cursor: from line `openFrom` to the end, the note is inside something never closed. */
export interface NoInsertionPoint {
	openFrom: number;
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

function coveredBy(shape: LineShape, ch: number): "comment" | "math" | null {
	return hiddenStretches(shape).find((stretch) => stretch.from < ch && ch < stretch.to)?.kind ?? null;
}

/** Whether a block of lines put at the cursor, on lines of its own, leaves every construct of the note whole. */
function fitsAtCursor(above: LineShape | null, shape: LineShape, below: LineShape | null, ch: number): boolean {
	const before = shape.text.slice(0, ch);
	const after = shape.text.slice(ch);
	if (before.trim() === "" && after.trim() === "") return shape.block === null && !shape.inComment;
	if (after.trim() === "") return isSafeBoundary(shape, below);
	if (before.trim() === "") return isSafeBoundary(above, shape);
	const midWord = /\S$/.test(before) && /^\S/.test(after);
	return shape.block === null && coveredBy(shape, ch) === null && !midWord && !HEADING.test(shape.text);
}

function reasonOf(shape: LineShape, ch: number): MoveReason {
	if (shape.block !== null) return shape.block;
	const covered = coveredBy(shape, ch);
	if (covered !== null) return covered;
	return shape.inComment || shape.open ? "comment" : "line";
}

/**
 * Where a block of lines (an ET/BUT block) goes for a cursor at `cursor`: at the cursor when it cuts nothing,
 * else at the start of the nearest line after it where no construct is open (never inside the properties,
 * a code block, math, an HTML block, a table, a callout, a comment, a word or a heading), or at the note's
 * end. Lines are the editor's, numbered from 0; they are read only as far as needed.
 */
export function safeInsertionPoint(lines: LineSource, cursor: { line: number; ch: number }): InsertionPoint | NoInsertionPoint {
	const scanner = new MarkdownScanner(lines);
	let above: LineShape | null = null;
	let shape = scanner.next();
	for (let n = 0; n < cursor.line && shape !== null; n++) {
		above = shape;
		shape = scanner.next();
	}
	if (shape === null) return { line: cursor.line, ch: cursor.ch, moved: null };
	let below = scanner.next();
	if (fitsAtCursor(above, shape, below, cursor.ch)) {
		// In a line's indentation, the block goes above the line, which keeps its indentation whole.
		const indented = shape.text.slice(0, cursor.ch).trim() === "" && shape.text.slice(cursor.ch).trim() !== "";
		return { line: cursor.line, ch: indented ? 0 : cursor.ch, moved: null };
	}
	const moved = reasonOf(shape, cursor.ch);
	for (let line = cursor.line + 1; ; line++) {
		if (isSafeBoundary(shape, below)) return below === null ? { line: line - 1, ch: shape.text.length, moved } : { line, ch: 0, moved };
		if (below === null) return { openFrom: shape.openFrom };
		shape = below;
		below = scanner.next();
	}
}
