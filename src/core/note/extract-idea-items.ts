import type { SourceHeading } from "./note-source";
import type { IdeaItem } from "./note-record";
import { wordsText } from "../text/comparable-text";
import { itemHead, MAX_PIECE_CHARS, mayHoldItems, pieceProblem, PARSE_PIECE_CHARS } from "./idea-section-guard";
import { visibleText } from "./visible-text";
import { plainBlocks } from "./plain-blocks";
import { remarkBlocks } from "./remark-blocks";
import { maskHiddenText } from "./mask-hidden-text";
import { firstSentenceEnd } from "./idea-title";
import { IdeaBlockReader, type GuardedPart } from "./idea-block-reader";
import type { SectionBlock } from "./section-block";
import type { NoteLines } from "./note-lines";

/** Idea sections larger than this are skipped with a warning: remark on megabytes would freeze the app. */
export const MAX_IDEA_SECTION_CHARS = 256 * 1024;

/** What was found under the idea-section headings of one note. */
export interface IdeaItemsResult {
	items: IdeaItem[];
	/** Headings of sections too large to read, with their size in characters. */
	skipped: { heading: string; size: number }[];
	/** Parts of sections kept from remark, whose shape would hold the app (nested too deep, one block too large), and details cut short. */
	guarded: GuardedPart[];
}

/** Keys of headings seen so far: a vault repeats the same headings in thousands of notes. */
const headingKeys = new Map<string, string>();
const HEADING_KEYS_KEPT = 20_000;

/** Heading text compared by its words only: case, accents, punctuation (` :`, `…`), emoji and inline markup ignored. */
export function headingKey(text: string): string {
	let key = headingKeys.get(text);
	if (key === undefined) {
		if (headingKeys.size >= HEADING_KEYS_KEPT) headingKeys.clear();
		key = wordsText(text);
		headingKeys.set(text, key);
	}
	return key;
}

/** The blocks of one piece: by {@link plainBlocks} when it is plain text, else (or with `useRemark`) by remark. */
export function pieceBlocks(lines: readonly string[], source: readonly string[], offset = 0, useRemark = false): SectionBlock[] {
	return (useRemark ? null : plainBlocks(lines, source, offset)) ?? remarkBlocks(lines, source, offset);
}

const TOP_LEVEL_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** An item of a list in a quote or a callout (`> - idée`): two halves of that list also give the same items. */
const QUOTED_ITEM = /^>[ \t]?(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Cuts a section into pieces of about `PARSE_PIECE_CHARS`, only where a top-level list item starts (in a
 * quote too), or
 * where an unindented line follows a blank one: there every list and quote has ended, so the pieces
 * parse into the same items as the whole. Nothing is cut inside a code fence.
 */
export function splitForParsing(lines: readonly string[], maxChars = PARSE_PIECE_CHARS): string[][] {
	const pieces: string[][] = [];
	let current: string[] = [];
	let size = 0;
	let inFence = false;
	let previousBlank = false;
	for (const line of lines) {
		const fence = /^(```|~~~)/.test(line);
		const boundary = TOP_LEVEL_ITEM.test(line) || QUOTED_ITEM.test(line) || (previousBlank && /^[^ \t]/.test(line));
		if (size >= maxChars && !inFence && boundary) {
			pieces.push(current);
			current = [];
			size = 0;
		}
		if (fence) inFence = !inFence;
		current.push(line);
		size += line.length + 1;
		previousBlank = line.trim() === "";
	}
	if (current.length > 0) pieces.push(current);
	return pieces;
}

function charsOf(lines: readonly string[]): number {
	return lines.reduce((sum, line) => sum + line.length + 1, 0);
}

/** A line that ends a paragraph without a blank line: a quote, a heading, HTML, a table, a fence, a list, a rule. */
const PARAGRAPH_INTERRUPT = /^ {0,3}(?:[>#<|]|```|~~~|(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|(?:[*_-][ \t]*){3,}$)/;

function startsParagraph(line: string): boolean {
	return line.trim() !== "" && !/^(?: {4}|\t)/.test(line) && !PARAGRAPH_INTERRUPT.test(line);
}

/** The lines of a note's idea section, its heading, and the note's line of its first line. */
interface IdeaSection {
	heading: string;
	lines: string[];
	firstLine: number;
}

/** The sections under idea headings: each runs to the next heading of the same or a higher level. */
function* ideaSections(lines: LineSource, headings: readonly SourceHeading[], ideaHeadings: readonly string[]): Generator<IdeaSection> {
	const wanted = new Set(ideaHeadings.map(headingKey));
	for (const [index, heading] of headings.entries()) {
		if (!wanted.has(headingKey(heading.heading))) continue;
		let end = Number.POSITIVE_INFINITY;
		for (const next of headings.slice(index + 1)) {
			if (next.level <= heading.level) {
				end = next.line;
				break;
			}
		}
		yield { heading: heading.heading, lines: lines.slice(heading.line + 1, end), firstLine: heading.line + 1 };
	}
}

/** A note's lines, all of them or found as they are asked for ({@link NoteLines}). */
export type LineSource = readonly string[] | Pick<NoteLines, "slice">;

/**
 * Reads one section into `reader`. The section is cut into pieces of about `PARSE_PIECE_CHARS`
 * ({@link splitForParsing}); a piece too deep or too large for remark is cut at each of its blocks. An
 * item still too deep or too large gives its idea from its own text ({@link itemHead}), its details
 * being taken as typed; a paragraph too large gives its idea when its first sentence ends within
 * `MAX_PIECE_CHARS`; what is left (a line of a thousand markers, 200 KB of quotes) is never parsed, and
 * `warn` says why. `pause` is awaited before each parse.
 */
async function readSection(masked: readonly string[], typed: readonly string[], reader: IdeaBlockReader, warn: (reason: GuardedPart["reason"], size: number) => void, pause: () => Promise<void>): Promise<void> {
	const read = async (lines: readonly string[], from: number): Promise<void> => {
		await pause();
		for (const block of pieceBlocks(lines, typed.slice(from, from + lines.length), from)) reader.add(block);
	};
	const guardedItem = async (part: readonly string[], from: number, problem: "deep" | "large"): Promise<void> => {
		const head = itemHead(part);
		let own = head.length;
		// The item's details: its indented lines, taken as typed without being parsed.
		while (own < part.length && ((part[own] ?? "").trim() === "" || /^[ \t]/.test(part[own] ?? ""))) own++;
		const lines = typed.slice(from, from + own);
		if (pieceProblem(head) === null) {
			await pause();
			for (const block of pieceBlocks(head, lines, from)) reader.add(block.kind === "item" ? { ...block, lines } : block);
			const rest = part.slice(own);
			if (rest.length > 0 && mayHoldItems(rest)) warn(pieceProblem(rest) ?? problem, charsOf(rest));
		} else {
			const indent = /^(?:[-*+]|\d{1,9}[.)])[ \t]*/.exec(part[0] ?? "")?.[0].length ?? 0;
			reader.add({ kind: "item", line: from, words: null, lines, headLines: head.length, indent, unread: { reason: problem, size: charsOf(part) } });
		}
	};
	const guardedParagraph = async (part: readonly string[], from: number): Promise<void> => {
		let end = 1;
		while (end < part.length && (part[end] ?? "").trim() !== "" && !PARAGRAPH_INTERRUPT.test(part[end] ?? "")) end++;
		const own = part.slice(0, end);
		const size = charsOf(own);
		if (size <= MAX_PIECE_CHARS) await read(own, from);
		else {
			// Too large for remark: its first sentence, if it ends soon enough, is still its idea.
			const cuts = own.map((line) => line.length - line.trimStart().length);
			const text = own.map((line, n) => line.slice(cuts[n]).trimEnd()).join("\n");
			const source = typed.slice(from, from + end).map((line, n) => line.slice(cuts[n]).trimEnd()).join("\n");
			const found = firstSentenceEnd(text.slice(0, MAX_PIECE_CHARS)) !== null;
			reader.add(found ? { kind: "paragraph", line: from, words: { text, source, plain: null } } : { kind: "paragraph", line: from, words: null, unread: { reason: "large", size } });
		}
		const rest = part.slice(end);
		if (rest.length === 0) return;
		const problem = pieceProblem(rest);
		if (problem === null) await read(rest, from + end);
		else {
			reader.add({ kind: "other", line: from + end });
			if (mayHoldItems(rest)) warn(problem, charsOf(rest));
		}
	};
	let at = 0;
	for (const piece of splitForParsing(masked)) {
		const from = at;
		at += piece.length;
		if (pieceProblem(piece) === null) {
			await read(piece, from);
			continue;
		}
		let partAt = from;
		for (const part of splitForParsing(piece, 0)) {
			const start = partAt;
			partAt += part.length;
			const problem = pieceProblem(part);
			if (problem === null) await read(part, start);
			else if (TOP_LEVEL_ITEM.test(part[0] ?? "")) await guardedItem(part, start, problem);
			else if (startsParagraph(part[0] ?? "")) await guardedParagraph(part, start);
			else {
				reader.add({ kind: "other", line: start });
				if (mayHoldItems(part)) warn(problem, charsOf(part));
			}
		}
	}
}

/**
 * The ideas under the idea-section headings, each with its details and its line (see
 * idea-block-reader.ts). Only the lines of those sections are read, in pieces of a few KB, and `pause` is
 * awaited before each piece so the app stays responsive; a section larger than `MAX_IDEA_SECTION_CHARS`
 * is skipped and reported, and so is a part nested too deep or too large to cut (see idea-section-guard.ts).
 * Comments, math and template blocks are blanked first (mask-hidden-text.ts). Control characters never
 * reach an idea. `lines` are the note's lines; headings come from the metadata cache, with 0-based line numbers.
 */
export async function extractIdeaItems(
	lines: LineSource,
	headings: readonly SourceHeading[],
	ideaHeadings: readonly string[],
	pause: () => Promise<void> = () => Promise.resolve(),
): Promise<IdeaItemsResult> {
	const result: IdeaItemsResult = { items: [], skipped: [], guarded: [] };
	for (const section of ideaSections(lines, headings, ideaHeadings)) {
		const size = section.lines.reduce((sum, line) => sum + line.length + 1, 0);
		const heading = visibleText(section.heading);
		if (size > MAX_IDEA_SECTION_CHARS) {
			result.skipped.push({ heading, size });
			continue;
		}
		const typed = section.lines.map(visibleText);
		const reader = new IdeaBlockReader(heading, section.firstLine);
		await readSection(maskHiddenText(typed), typed, reader, (reason, partSize) => result.guarded.push({ heading, reason, size: partSize }), pause);
		reader.end();
		result.items.push(...reader.ideas);
		result.guarded.push(...reader.guarded);
	}
	return result;
}
