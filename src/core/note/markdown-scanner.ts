import type { LineSource } from "./extract-idea-items";

/** A block of markdown that spans lines and holds something else than the note's paragraphs. */
export type MarkdownBlock = "properties" | "code" | "math" | "html" | "table" | "callout";

/** A stretch of one line inside a comment (`<!-- -->`, `%% %%`) or inline math (`$$ $$`): characters `[from, to)`. */
export interface HiddenStretch {
	from: number;
	to: number;
	kind: "comment" | "math";
}

/** What one line of a note is part of, as Obsidian reads it. */
export interface LineShape {
	/** The line's text, without its line break. */
	text: string;
	/** The block the line belongs to (its first line, inside it, or its last), or null for a paragraph, list item, heading or blank line. */
	block: MarkdownBlock | null;
	/** The line the block starts on (two tables one after the other differ by it); -1 without a block. */
	blockFrom: number;
	/** Whether a comment opened above is still open at the line's start. */
	inComment: boolean;
	/** What closes that comment (`-->` or `%%`); null when none is open at the line's start. */
	closer: Closer | null;
	/** Whether the line starts inside a comment or a block opened above it: nothing it holds starts a heading there. */
	continues: boolean;
	/** Whether a comment or a code, math or raw HTML block is still open at the line's end: what follows is inside it. */
	open: boolean;
	/** The line where what is open at the line's end began; -1 when nothing is. */
	openFrom: number;
	/** Whether the line holds anything outside comments. */
	hasText: boolean;
}

type Closer = "-->" | "%%";

/** What the scanner is told about the lines. */
export interface ScanOptions {
	/** Whether line 0 may open the note's properties; false for lines that are not a whole note (a callout's inside). */
	properties: boolean;
}

type Open =
	| { kind: "properties"; from: number; end: number }
	| { kind: "code"; from: number; mark: string; indent: number }
	| { kind: "math"; from: number }
	| { kind: "html"; from: number; end: RegExp | null }
	| { kind: "table"; from: number }
	| { kind: "callout"; from: number };

const CHUNK = 2000;

const PROPERTIES_DELIMITER = /^---[ \t]*$/;
const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^([ \t]*)(`{3,}|~{3,})[ \t]*$/;
const MATH_OPEN = /^[ \t]*\$\$/;
const QUOTE = /^ {0,3}>/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
// CommonMark's HTML blocks: raw ones (type 1) end at their closing tag, the others (types 6 and 7) at a blank line.
const HTML_RAW = /^ {0,3}<(pre|script|style|textarea)(?:[ \t>]|$)/i;
const HTML_BLOCK =
	/^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
const HTML_TAG_LINE = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;

/** Characters a line may start with (after its indentation) to open a block: other lines are read without trying each block. */
const BLOCK_STARTS = new Set(["#", "`", "~", "$", ">", "<", "-", "*", "_", "+", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
const INLINE_STARTS = /[`<%$]/;
const MARKS = ["`", "<!--", "%%", "$$"];

/** The line's first character after its indentation; "" for a blank line. */
function firstChar(text: string): string {
	let i = 0;
	while (text[i] === " " || text[i] === "\t") i++;
	return text[i] ?? "";
}

/** Whether a line starts a block of its own, which ends a table or a callout's lazy lines. */
function startsBlock(text: string): boolean {
	if (!BLOCK_STARTS.has(firstChar(text))) return false;
	return HEADING.test(text) || FENCE_OPEN.test(text) || MATH_OPEN.test(text) || QUOTE.test(text) || HTML_RAW.test(text) || HTML_BLOCK.test(text) || THEMATIC_BREAK.test(text) || LIST_ITEM.test(text);
}

function isFenceOpen(text: string): RegExpExecArray | null {
	const match = FENCE_OPEN.exec(text);
	// A backtick fence's info string holds no backtick: ```a``` is inline code.
	return match && !((match[2] ?? "").startsWith("`") && (match[3] ?? "").includes("`")) ? match : null;
}

/**
 * Reads a note's lines one after the other and says what each is part of: properties, a code fence
 * (``` or ~~~, any length), an HTML comment or an Obsidian `%% %%` comment (inline or over lines), a `$$`
 * math block, an HTML block, a table or a callout. Sections, block ids and insertion points all ask it,
 * so that none of them cuts one. The reading is CommonMark's, leaning to the safe side where readers
 * differ: a comment opens wherever `<!--` or `%%` stands outside code, and a callout keeps its lazy lines.
 * Linear, a line at a time; lines are fetched from the source a few thousand at a time.
 */
export class MarkdownScanner {
	private n = 0;
	private buffer: string[] = [];
	private bufferFrom = 0;
	private block: Open | null = null;
	private comment: { close: Closer; from: number } | null = null;
	private paragraph = false;

	constructor(
		private readonly lines: LineSource,
		private readonly options: ScanOptions = { properties: true },
	) {}

	private line(n: number): string | undefined {
		if (n < this.bufferFrom || n >= this.bufferFrom + this.buffer.length) {
			this.buffer = this.lines.slice(n, n + CHUNK);
			this.bufferFrom = n;
		}
		return this.buffer[n - this.bufferFrom];
	}

	/** The closing `---` of properties opened on line 0, or -1 when it never closes (then there are none). */
	private propertiesEnd(): number {
		for (let n = 1; ; n++) {
			const text = this.line(n);
			if (text === undefined) return -1;
			if (PROPERTIES_DELIMITER.test(text)) return n;
		}
	}

	/** The shape of the next line, from line 0 on; null past the last line. */
	next(): LineShape | null {
		const n = this.n;
		const text = this.line(n);
		if (text === undefined) return null;
		this.n++;
		if (n === 0 && this.options.properties && PROPERTIES_DELIMITER.test(text)) {
			const end = this.propertiesEnd();
			if (end !== -1) this.block = { kind: "properties", from: 0, end };
		}
		const block = this.block;
		if (block?.kind === "properties") {
			if (n === block.end) this.block = null;
			return this.shape(n, text, "properties", 0, null, n < block.end, false);
		}
		if (block?.kind === "code") {
			const close = FENCE_CLOSE.exec(text);
			const closes = close !== null && (close[2] ?? "")[0] === block.mark[0] && (close[2] ?? "").length >= block.mark.length && (close[1] ?? "").length <= block.indent + 3;
			if (closes) this.block = null;
			return this.shape(n, text, "code", block.from, null, !closes, text.trim() !== "");
		}
		if (block?.kind === "math") {
			const closes = text.includes("$$");
			if (closes) this.block = null;
			return this.shape(n, text, "math", block.from, null, !closes, text.trim() !== "");
		}
		if (block?.kind === "html" && block.end !== null) {
			const closes = block.end.test(text);
			if (closes) this.block = null;
			return this.shape(n, text, "html", block.from, null, !closes, text.trim() !== "");
		}
		if (this.comment !== null) return this.inline(n, text, block?.kind ?? null, block?.from ?? -1);
		if (text.trim() === "") {
			this.block = null;
			this.paragraph = false;
			return this.shape(n, text, null, -1, null, false, false);
		}
		if (block?.kind === "table" && !startsBlock(text)) return this.inline(n, text, "table", block.from);
		if (block?.kind === "callout" && (QUOTE.test(text) || !startsBlock(text))) return this.inline(n, text, "callout", block.from);
		if (block?.kind === "html") return this.inline(n, text, "html", block.from);
		this.block = null;
		return this.opening(n, text);
	}

	/** A line that starts outside any block: it may open one. */
	private opening(n: number, text: string): LineShape {
		const wasParagraph = this.paragraph;
		this.paragraph = false;
		const first = firstChar(text);
		if (!BLOCK_STARTS.has(first) && !text.includes("|")) {
			this.paragraph = true;
			return this.inline(n, text, null, -1);
		}
		const fence = isFenceOpen(text);
		if (fence) {
			this.block = { kind: "code", from: n, mark: fence[2] ?? "```", indent: (fence[1] ?? "").length };
			return this.shape(n, text, "code", n, null, true, true);
		}
		if (MATH_OPEN.test(text)) {
			const closes = text.slice(text.indexOf("$$") + 2).includes("$$");
			if (!closes) this.block = { kind: "math", from: n };
			return this.shape(n, text, "math", n, null, !closes, true);
		}
		const raw = HTML_RAW.exec(text);
		if (raw) {
			const end = new RegExp(`</${raw[1] ?? "pre"}>`, "i");
			const closes = end.test(text);
			if (!closes) this.block = { kind: "html", from: n, end };
			return this.shape(n, text, "html", n, null, !closes, true);
		}
		if (HTML_BLOCK.test(text) || (!wasParagraph && HTML_TAG_LINE.test(text))) {
			this.block = { kind: "html", from: n, end: null };
			return this.inline(n, text, "html", n);
		}
		if (QUOTE.test(text)) {
			this.block = { kind: "callout", from: n };
			return this.inline(n, text, "callout", n);
		}
		const following = text.includes("|") && !HEADING.test(text) ? this.line(n + 1) : undefined;
		if (following !== undefined && following.includes("|") && DELIMITER_ROW.test(following)) {
			this.block = { kind: "table", from: n };
			return this.inline(n, text, "table", n);
		}
		this.paragraph = !HEADING.test(text) && !THEMATIC_BREAK.test(text);
		return this.inline(n, text, null, -1);
	}

	/** A line of text: where comments open and close on it, outside code spans. */
	private inline(n: number, text: string, block: MarkdownBlock | null, blockFrom: number): LineShape {
		const closer = this.comment?.close ?? null;
		if (closer === null && !INLINE_STARTS.test(text)) return this.shape(n, text, block, blockFrom, null, false, text.trim() !== "");
		const read = readInline(text, closer, null);
		if (read.closer === null) this.comment = null;
		else if (read.openedHere) this.comment = { close: read.closer, from: n };
		const shape = this.shape(n, text, block, blockFrom, closer, read.closer !== null, read.hasText);
		if (read.closer !== null) shape.openFrom = this.comment?.from ?? n;
		return shape;
	}

	private shape(n: number, text: string, block: MarkdownBlock | null, blockFrom: number, closer: Closer | null, open: boolean, hasText: boolean): LineShape {
		const inComment = closer !== null;
		return { text, block, blockFrom, inComment, closer, continues: inComment || (block !== null && blockFrom < n), open, openFrom: open ? blockFrom : -1, hasText };
	}
}

/**
 * Reads one line's comments and inline math, outside code spans: whether it holds text outside comments, and
 * the closer of a comment still open at its end (and whether it opened on this line). `closer` is that of a comment open at its start; `stretches`,
 * when given, gets what comments and math cover.
 */
function readInline(text: string, closer: Closer | null, stretches: HiddenStretch[] | null): { hasText: boolean; closer: Closer | null; openedHere: boolean } {
	let open = closer;
	let openedHere = false;
	let hasText = false;
	let start = 0;
	let i = 0;
	while (i < text.length) {
		if (open !== null) {
			const close = text.indexOf(open, i);
			i = close === -1 ? text.length : close + open.length;
			stretches?.push({ from: start, to: i, kind: "comment" });
			if (close !== -1) open = null;
			continue;
		}
		const mark = nextMark(text, i);
		if (!hasText && text.slice(i, mark === -1 ? text.length : mark).trim() !== "") hasText = true;
		if (mark === -1) break;
		const c = text[mark];
		if (c === "`") {
			hasText = true;
			let run = mark;
			while (text[run] === "`") run++;
			const close = closingRun(text, run, run - mark);
			i = close === -1 ? run : close + run - mark;
		} else if (c === "$") {
			hasText = true;
			const close = text.indexOf("$$", mark + 2);
			if (close !== -1) stretches?.push({ from: mark, to: close + 2, kind: "math" });
			i = close === -1 ? mark + 2 : close + 2;
		} else {
			start = mark;
			open = c === "<" ? "-->" : "%%";
			openedHere = true;
			i = mark + (c === "<" ? 4 : 2);
			if (i === text.length) stretches?.push({ from: start, to: i, kind: "comment" });
		}
	}
	return { hasText, closer: open, openedHere };
}

/** Stretches of a line inside comments or inline math, found again from its shape: only the few lines that need them pay for them. */
export function hiddenStretches(shape: LineShape): HiddenStretch[] {
	const stretches: HiddenStretch[] = [];
	if (shape.block !== "code" && shape.block !== "math" && shape.block !== "properties") readInline(shape.text, shape.closer, stretches);
	return stretches;
}

/** Where the next backtick, `<!--`, `%%` or `$$` stands at or after `from`; -1 when none does. */
function nextMark(text: string, from: number): number {
	let next = -1;
	for (const mark of MARKS) {
		const at = text.indexOf(mark, from);
		if (at !== -1 && (next === -1 || at < next)) next = at;
	}
	return next;
}

/** Where a run of exactly `length` backticks starts at or after `from`, closing a code span; -1 when none does. */
function closingRun(text: string, from: number, length: number): number {
	let i = text.indexOf("`", from);
	while (i !== -1) {
		let end = i;
		while (text[end] === "`") end++;
		if (end - i === length) return i;
		i = text.indexOf("`", end);
	}
	return -1;
}

/** The shapes of all the lines of `lines`. */
export function scanMarkdown(lines: LineSource, options?: ScanOptions): LineShape[] {
	const scanner = new MarkdownScanner(lines, options);
	const shapes: LineShape[] = [];
	for (let shape = scanner.next(); shape !== null; shape = scanner.next()) shapes.push(shape);
	return shapes;
}

/** The line without what its comments hide: the words a reader sees. */
export function withoutComments(text: string, shape: LineShape): string {
	if (!shape.inComment && !shape.open && !text.includes("<!--") && !text.includes("%%")) return text;
	let visible = "";
	let at = 0;
	for (const stretch of hiddenStretches(shape)) {
		if (stretch.kind !== "comment") continue;
		visible += text.slice(at, stretch.from);
		at = stretch.to;
	}
	return visible + text.slice(at);
}

/** Whether the boundary between a line shaped `above` and the next one, shaped `below`, lies outside every block and comment: text put there cuts nothing. Null stands for the note's edges. */
export function isSafeBoundary(above: LineShape | null, below: LineShape | null): boolean {
	if (above === null) return below?.block !== "properties";
	if (above.open) return false;
	return below === null || below.block === null || below.blockFrom !== above.blockFrom || below.block !== above.block;
}
