import { unified } from "unified";
import remarkParse from "remark-parse";
import { toString } from "mdast-util-to-string";
import { pieceProblem } from "../note/idea-section-guard";
import { visibleText } from "../note/visible-text";
import type { LineSource } from "../note/extract-idea-items";
import { MarkdownScanner, scanMarkdown, withoutComments, type LineShape } from "../note/markdown-scanner";
import { isBlockCallout, isBlockName, labelOf, type EtButPart } from "./et-but-labels";

/** One ET/BUT block of a book note, as the writer wrote it (callout or headings, labels in French or English). */
export interface EtButBlock {
	/** The author's idea or quote. */
	idea: string;
	/** Page or chapter. */
	location: string;
	and: string;
	but: string;
	/** "Mon idée": the writer's position, the seed of a post; empty while not filled. */
	mine: string;
	/** The ET and MAIS labels as the writer typed them (`ET`, `MAIS`, `AND`, `But`...), the first of each; empty when the block has none. */
	labels: { and: string; but: string };
	/** Block id without `^` (`et-but-3`), or null. */
	id: string | null;
	/** First and last line of the block (0-based, as the metadata cache numbers them), the id line included. */
	from: number;
	to: number;
	form: "callout" | "heading";
}

/** What the ET/BUT blocks of one book note gave. */
export interface EtButResult {
	blocks: EtButBlock[];
	/** First lines of ET/BUT callouts holding no label the plugin knows (a third language, or none). */
	unlabelled: number[];
	/** First lines of blocks too large to read. */
	tooLarge: number[];
}

/** A block larger than this is not read: a real one is a few hundred words. */
export const MAX_BLOCK_CHARS = 64 * 1024;

/** Lines scanned between two pauses. */
const LINES_PER_STEP = 2000;

const parser = unified().use(remarkParse);
const QUOTE = /^[ \t]{0,3}>/;
const HEADING = /^#{1,6}[ \t]+(.*?)[ \t#]*$/;
const CALLOUT = /^\[!([^\]\n]+)\][+-]?[ \t]*(.*)$/;
const INLINE_ID = /[ \t]+\^([A-Za-z0-9-]+)[ \t]*$/;
const ID_LINE = /^\^([A-Za-z0-9-]+)[ \t]*$/;
const MARKUP = /[*_`[\]<>\\!&~]/;

/** Wikilinks (kept as written, as remark keeps them), then plain bold, emphasis and code spans, which remark would only unwrap. */
const WIKILINK = /!?\[\[[^[\]\n]*\]\]/g;
const SIMPLE_MARKUP = [/\*\*(?=\S)([^*\n]*?\S)\*\*/g, /(?<![\w_])__(?=\S)([^_\n]*?\S)__(?![\w_])/g, /\*(?=[^\s*])([^*\n]*?[^\s*])\*/g, /(?<![\w_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\w_])/g, /`([^`\n]+)`/g];

/** A line whose only markup is wikilinks and plain bold, emphasis or code, unwrapped without remark; null when remark must read it. */
function simpleText(text: string): string | null {
	let unwrapped = text;
	for (const pattern of SIMPLE_MARKUP) unwrapped = unwrapped.replace(pattern, "$1");
	return MARKUP.test(unwrapped.replace(WIKILINK, "")) ? null : unwrapped;
}

/**
 * One line's text as a reader sees it: the markup off (bold, emphasis, code), a link keeping its brackets.
 * Lines with only simple markup are unwrapped directly (twenty times faster, same text); anything else
 * (escapes, HTML, links with URLs, nested emphasis) goes to remark, one line at a time and guarded.
 */
function lineText(line: string): string {
	const text = visibleText(line).replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, "").trim();
	if (!MARKUP.test(text) || pieceProblem([text]) !== null) return text;
	return simpleText(text) ?? toString(parser.parse(text)).trim();
}

/** Parts of a block being read: each part's lines, in order. */
type Parts = Partial<Record<EtButPart, string[]>>;

interface Draft {
	parts: Parts;
	/** Each part's first label, as typed. */
	labels: Partial<Record<EtButPart, string>>;
	current: EtButPart | null;
	labelled: boolean;
	chars: number;
}

/** A block being read, its title (a heading's or a callout's) taken as the author's idea unless it is only the block's name. */
function newDraft(title: string): Draft {
	const draft: Draft = { parts: {}, labels: {}, current: null, labelled: false, chars: 0 };
	const label = labelOf(title);
	const idea = label?.part === "idea" ? label.rest : label || isBlockName(title) ? "" : title;
	if (idea !== "") draft.parts.idea = [idea];
	return draft;
}

/** Adds a line of the block: a label starts its part, any other line goes on the current part (text before any label is the idea). */
function addLine(draft: Draft, line: string): void {
	draft.chars += line.length + 1;
	if (draft.chars > MAX_BLOCK_CHARS) return;
	const label = labelOf(line);
	if (label) {
		draft.current = label.part;
		draft.labels[label.part] ??= label.label;
		if (label.part !== "idea" && label.part !== "location") draft.labelled = true;
		(draft.parts[label.part] ??= []).push(label.rest);
		return;
	}
	(draft.parts[draft.current ?? "idea"] ??= []).push(line);
}

function partText(lines: readonly string[] | undefined): string {
	return (lines ?? []).map(lineText).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

function finish(draft: Draft, form: EtButBlock["form"], from: number, to: number, id: string | null): EtButBlock {
	return { idea: partText(draft.parts.idea), location: partText(draft.parts.location), and: partText(draft.parts.and), but: partText(draft.parts.but), mine: partText(draft.parts.mine), labels: { and: draft.labels.and ?? "", but: draft.labels.but ?? "" }, id, from, to, form };
}

/** Takes a block id off the end of a line: `… ^et-but-3`. */
function splitId(line: string): { line: string; id: string | null } {
	const match = INLINE_ID.exec(line);
	return match ? { line: line.slice(0, match.index), id: match[1] ?? null } : { line, id: null };
}

/**
 * What a line of a block gives as text: its words without its comments; nothing for a line of code, math, a
 * table or an HTML block, or one only a comment holds, which an idea's title would swallow.
 */
function wordsOfLine(line: string, shape: LineShape | undefined): string | null {
	if (shape === undefined) return line;
	if (shape.block === "code" || shape.block === "math" || shape.block === "table" || shape.block === "html") return null;
	const words = withoutComments(line, shape);
	return words.trim() === "" && line.trim() !== "" ? null : words;
}

/** Lines of the note after its properties, each with its shape. */
function* noteLines(lines: LineSource): Generator<[number, LineShape]> {
	const scanner = new MarkdownScanner(lines);
	for (let n = 0, shape = scanner.next(); shape !== null; n++, shape = scanner.next()) {
		if (shape.block !== "properties") yield [n, shape];
	}
}

/**
 * The ET/BUT blocks of a book note. Two forms are read, as written or edited by hand:
 * - a callout or quote (`> [!et-but] ET et BUT` then `> **ET** : …`): an `et-but` callout, or any quote holding an ET, MAIS/BUT or "Mon idée" label;
 * - a heading followed by labelled lines or label headings (`### Idée : …`, `**ET** : …`, `#### MAIS`), up to the next heading that is not a label.
 * Labels in French or English, bold or not, with or without ` :`; missing parts are empty, extra lines go
 * to the part above them, lists inside are kept line by line; code, math, tables, HTML blocks and comments give no words
 * (the block still ends after them). The block id is read at the end of a line, or on its own line after a callout
 * or in a heading block. The scan is linear (a line at a time, remark only on one line holding markup,
 * guarded like idea sections), and `pause` is awaited every few thousand lines: a 5 MB note never holds the app.
 */
export async function parseEtButBlocks(lines: LineSource, pause: () => Promise<void> = () => Promise.resolve()): Promise<EtButResult> {
	const result: EtButResult = { blocks: [], unlabelled: [], tooLarge: [] };
	let heading: { draft: Draft; from: number; last: number; id: string | null } | null = null;
	let quote: { lines: string[]; from: number } | null = null;
	const after: { callout: EtButBlock | null } = { callout: null };
	let seen = 0;

	const closeHeading = (): void => {
		if (!heading) return;
		const { draft } = heading;
		if (draft.chars > MAX_BLOCK_CHARS) result.tooLarge.push(heading.from);
		else if (draft.labelled) result.blocks.push(finish(draft, "heading", heading.from, heading.last, heading.id));
		heading = null;
	};

	const closeQuote = (): void => {
		if (!quote) return;
		const { from } = quote;
		const inner = quote.lines.map((line) => line.replace(/^[ \t]{0,3}>[ \t]?/, ""));
		const callout = CALLOUT.exec(inner[0] ?? "");
		const draft = newDraft(callout?.[2] ?? "");
		// The callout's inside is markdown of its own: its code, math and comments give no words.
		const shapes = scanMarkdown(inner, { properties: false });
		const body = inner.flatMap((line, i) => (callout && i === 0 ? [] : (wordsOfLine(line, shapes[i]) ?? [])));
		const last = body.length > 0 ? splitId(body[body.length - 1] ?? "") : { line: "", id: null };
		if (body.length > 0) body[body.length - 1] = last.line;
		for (const line of body) addLine(draft, line);
		const to = from + quote.lines.length - 1;
		const marked = callout !== null && isBlockCallout(callout[1] ?? "");
		if (draft.chars > MAX_BLOCK_CHARS) {
			if (marked || draft.labelled) result.tooLarge.push(from);
		} else if (draft.labelled) {
			after.callout = finish(draft, "callout", from, to, last.id);
			result.blocks.push(after.callout);
		} else if (marked) {
			result.unlabelled.push(from);
		} else if (heading) {
			// A plain quote inside a heading block (the author's words): part of that block.
			for (const line of quote.lines) addLine(heading.draft, line);
			heading.last = to;
		}
		quote = null;
	};

	for (const [n, shape] of noteLines(lines)) {
		if (++seen % LINES_PER_STEP === 0) await pause();
		const raw = shape.text;
		if (shape.block === "callout" && QUOTE.test(raw)) {
			after.callout = null;
			quote ??= { lines: [], from: n };
			quote.lines.push(raw);
			continue;
		}
		closeQuote();
		// An id on its own line right after a callout (after one blank line at most) is that callout's.
		const idLine = shape.block === null && !shape.inComment ? ID_LINE.exec(raw.trim()) : null;
		if (after.callout && idLine) {
			after.callout.id ??= idLine[1] ?? null;
			after.callout.to = n;
			after.callout = null;
			continue;
		}
		if (raw.trim() !== "") after.callout = null;
		const match = shape.block === null && !shape.continues ? HEADING.exec(raw) : null;
		const label = match ? labelOf(raw) : null;
		// A heading starts a block, unless it is one of a block's labels (`#### MAIS`); `### Idée : …` starts one.
		if (match && (label === null || label.part === "idea")) {
			closeHeading();
			heading = { draft: newDraft(match[1] ?? ""), from: n, last: n, id: null };
			continue;
		}
		if (!heading) continue;
		if (raw.trim() === "" && heading.draft.current === null) continue;
		if (raw.trim() !== "") heading.last = n;
		// An id on its own line is the one Obsidian reads for the code, table or math above it: the block's.
		if (idLine) {
			heading.id = idLine[1] ?? null;
			continue;
		}
		const words = wordsOfLine(raw, shape);
		if (words === null) continue;
		const { line, id } = splitId(words);
		addLine(heading.draft, line);
		if (id) heading.id = id;
	}
	closeQuote();
	closeHeading();
	result.blocks.sort((a, b) => a.from - b.from);
	return result;
}
