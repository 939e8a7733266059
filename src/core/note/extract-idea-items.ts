import { unified } from "unified";
import remarkParse from "remark-parse";
import { toString } from "mdast-util-to-string";
import type { ListItem, Root, RootContent } from "mdast";
import type { SourceHeading } from "./note-source";
import { wordsText } from "../text/comparable-text";
import { itemHead, mayHoldItems, pieceProblem, PARSE_PIECE_CHARS } from "./idea-section-guard";
import { visibleText } from "./visible-text";
import { plainListItems } from "./plain-list-items";
import type { NoteLines } from "./note-lines";

/** Idea sections larger than this are skipped with a warning: remark on megabytes would freeze the app. */
export const MAX_IDEA_SECTION_CHARS = 256 * 1024;

const parser = unified().use(remarkParse);

/** What was found under the idea-section headings of one note. */
export interface IdeaItemsResult {
	items: string[];
	/** Headings of sections too large to read, with their size in characters. */
	skipped: { heading: string; size: number }[];
	/** Parts of sections kept from remark, whose shape would hold the app: nested too deep, or one block too large. */
	guarded: { heading: string; reason: "deep" | "large"; size: number }[];
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

/** An item's text as the board shows it: control characters out, white space collapsed, a task's checkbox off. */
function cleanItem(raw: string): string {
	const text = visibleText(raw).replace(/\s+/g, " ").trim();
	// Without the GFM extension a task's checkbox is text; the idea is what follows it.
	return text.replace(/^\[[ xX]\]\s+/, "");
}

function itemText(item: ListItem): string {
	// An item's nested lists are details of that idea, not the idea itself.
	const own = item.children.filter((child) => child.type !== "list");
	return cleanItem(own.map((child) => toString(child)).join(" "));
}

/** The items of one piece: by {@link plainListItems} when it is a plain list, else (or with `useRemark`) by remark. */
export function pieceItems(lines: readonly string[], useRemark = false): string[] {
	// Remark turns a NUL into U+FFFD: control characters go before either reader sees them.
	const visible = lines.map(visibleText);
	const plain = useRemark ? null : plainListItems(visible);
	if (plain) return plain.map(cleanItem).filter((text) => text !== "");
	return topLevelItems(parser.parse(visible.join("\n")));
}

function topLevelItems(root: Root): string[] {
	const items: string[] = [];
	const visit = (nodes: RootContent[]): void => {
		for (const node of nodes) {
			if (node.type === "list") {
				for (const item of node.children) {
					const text = itemText(item);
					if (text !== "") items.push(text);
				}
			} else if (node.type === "blockquote") {
				visit(node.children);
			}
		}
	};
	visit(root.children);
	return items;
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

type Parsable = { lines: readonly string[] } | { problem: "deep" | "large"; size: number };

/**
 * The pieces of a section remark may be given. A piece too deep or too large is cut at each of its
 * items; an item still too deep or too large gives only its own text ({@link itemHead}); what is left
 * (a line of a thousand markers, 200 KB of quotes) is never parsed, and says why; a block that cannot hold
 * an item (a paragraph of 250 KB) is passed over without a word, since no idea is lost.
 */
function* parsablePieces(lines: readonly string[]): Generator<Parsable> {
	for (const piece of splitForParsing(lines)) {
		if (pieceProblem(piece) === null) {
			yield { lines: piece };
			continue;
		}
		for (const part of splitForParsing(piece, 0)) {
			const problem = pieceProblem(part);
			const head = problem !== null && TOP_LEVEL_ITEM.test(part[0] ?? "") ? itemHead(part) : null;
			if (problem === null) yield { lines: part };
			else if (head && pieceProblem(head) === null) {
				yield { lines: head };
				// Indented lines after the head are the item's details; anything else (a quote at the margin) was not read.
				const rest = part.slice(head.length);
				if (rest.some((line) => /^[^ \t]/.test(line)) && mayHoldItems(rest)) yield { problem: pieceProblem(rest) ?? problem, size: charsOf(rest) };
			} else if (mayHoldItems(part)) yield { problem, size: charsOf(part) };
		}
	}
}

/** The sections under idea headings: each runs to the next heading of the same or a higher level. */
function* ideaSections(lines: LineSource, headings: readonly SourceHeading[], ideaHeadings: readonly string[]): Generator<{ heading: string; lines: string[] }> {
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
		yield { heading: heading.heading, lines: lines.slice(heading.line + 1, end) };
	}
}

/** A note's lines, all of them or found as they are asked for ({@link NoteLines}). */
export type LineSource = readonly string[] | Pick<NoteLines, "slice">;

/**
 * Plain text of the list items under the idea-section headings. Only the lines of those sections
 * are given to remark, in pieces of a few KB, and `pause` is awaited before each piece so the app stays
 * responsive; a section larger than `MAX_IDEA_SECTION_CHARS` is skipped and reported, and so is a piece
 * nested too deep or too large to cut (see idea-section-guard.ts). Control characters never reach an item. `lines` are the
 * note's lines; headings come from the metadata cache, with 0-based line numbers.
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
		if (size > MAX_IDEA_SECTION_CHARS) {
			result.skipped.push({ heading: visibleText(section.heading), size });
			continue;
		}
		for (const piece of parsablePieces(section.lines)) {
			if ("problem" in piece) {
				result.guarded.push({ heading: visibleText(section.heading), reason: piece.problem, size: piece.size });
				continue;
			}
			await pause();
			result.items.push(...pieceItems(piece.lines));
		}
	}
	return result;
}
