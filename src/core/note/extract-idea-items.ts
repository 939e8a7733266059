import { unified } from "unified";
import remarkParse from "remark-parse";
import { toString } from "mdast-util-to-string";
import type { ListItem, Root, RootContent } from "mdast";
import type { SourceHeading } from "./note-source";
import { comparableText } from "../text/comparable-text";

/** Idea sections larger than this are skipped with a warning: remark on megabytes would freeze the app. */
export const MAX_IDEA_SECTION_CHARS = 256 * 1024;

const parser = unified().use(remarkParse);

/** What was found under the idea-section headings of one note. */
export interface IdeaItemsResult {
	items: string[];
	/** Headings of sections too large to read, with their size in characters. */
	skipped: { heading: string; size: number }[];
}

/** Heading text compared as the writer sees it: case, spacing and accents composition ignored. */
export function headingKey(text: string): string {
	return comparableText(text);
}

function itemText(item: ListItem): string {
	// An item's nested lists are details of that idea, not the idea itself.
	const own = item.children.filter((child) => child.type !== "list");
	const text = own.map((child) => toString(child)).join(" ").replace(/\s+/g, " ").trim();
	// Without the GFM extension a task's checkbox is text; the idea is what follows it.
	return text.replace(/^\[[ xX]\]\s+/, "");
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

/** Largest piece of a section given to remark at once: remark takes a few ms a KB, and no task may hold the app for 50 ms. */
export const PARSE_PIECE_CHARS = 4 * 1024;

const TOP_LEVEL_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Cuts a section into pieces of about `PARSE_PIECE_CHARS`, only where a top-level list item starts:
 * two halves of one list parse into the same items as the whole, and nothing else is cut.
 */
export function splitForParsing(lines: readonly string[], maxChars = PARSE_PIECE_CHARS): string[] {
	const pieces: string[] = [];
	let current: string[] = [];
	let size = 0;
	let inFence = false;
	for (const line of lines) {
		if (/^(```|~~~)/.test(line)) inFence = !inFence;
		if (size >= maxChars && !inFence && TOP_LEVEL_ITEM.test(line)) {
			pieces.push(current.join("\n"));
			current = [];
			size = 0;
		}
		current.push(line);
		size += line.length + 1;
	}
	if (current.length > 0) pieces.push(current.join("\n"));
	return pieces;
}

/** The sections under idea headings: each runs to the next heading of the same or a higher level. */
function* ideaSections(lines: readonly string[], headings: readonly SourceHeading[], ideaHeadings: readonly string[]): Generator<{ heading: string; lines: string[] }> {
	const wanted = new Set(ideaHeadings.map(headingKey));
	for (const [index, heading] of headings.entries()) {
		if (!wanted.has(headingKey(heading.heading))) continue;
		let end = lines.length;
		for (const next of headings.slice(index + 1)) {
			if (next.level <= heading.level) {
				end = next.line;
				break;
			}
		}
		yield { heading: heading.heading, lines: lines.slice(heading.line + 1, end) };
	}
}

/**
 * Plain text of the list items under the idea-section headings. Only the lines of those sections
 * are given to remark, in pieces of a few KB, and `pause` is awaited between pieces so the app stays
 * responsive; a section larger than `MAX_IDEA_SECTION_CHARS` is skipped and reported. `lines` are the
 * note's lines; headings come from the metadata cache, with 0-based line numbers.
 */
export async function extractIdeaItems(
	lines: readonly string[],
	headings: readonly SourceHeading[],
	ideaHeadings: readonly string[],
	pause: () => Promise<void> = () => Promise.resolve(),
): Promise<IdeaItemsResult> {
	const result: IdeaItemsResult = { items: [], skipped: [] };
	let first = true;
	for (const section of ideaSections(lines, headings, ideaHeadings)) {
		const size = section.lines.reduce((sum, line) => sum + line.length + 1, 0);
		if (size > MAX_IDEA_SECTION_CHARS) {
			result.skipped.push({ heading: section.heading, size });
			continue;
		}
		for (const piece of splitForParsing(section.lines)) {
			if (!first) await pause();
			first = false;
			result.items.push(...topLevelItems(parser.parse(piece)));
		}
	}
	return result;
}
