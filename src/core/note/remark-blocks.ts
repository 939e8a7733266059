import { unified } from "unified";
import remarkParse from "remark-parse";
import type { ListItem, Nodes, Paragraph } from "mdast";
import type { BlockText, ItemBlock, SectionBlock } from "./section-block";
import { hasInlineMarkup } from "./plain-blocks";

const parser = unified().use(remarkParse);

/** A table's delimiter row (`| --- | :-: |`): remark without GFM reads a table as a paragraph. */
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$/;
const MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

/** The text a reader sees in a node: emphasis and links read, a line break a space, an image its alt text. */
function plainOf(node: Nodes): string {
	if (node.type === "break") return " ";
	if ("value" in node) return node.value;
	if ("alt" in node && typeof node.alt === "string") return node.alt;
	return "children" in node ? node.children.map((child) => plainOf(child)).join("") : "";
}

/** What a reader sees in a line of inline Markdown (the first sentence of an idea, cut from its paragraph). */
export function inlinePlain(markdown: string): string {
	return plainOf(parser.parse(markdown));
}

function isTable(lines: readonly string[], from: number, to: number): boolean {
	return (lines[from] ?? "").trimStart().startsWith("|") || (to > from && TABLE_DELIMITER.test(lines[from + 1] ?? ""));
}

/** A paragraph's words, read from its lines: its first line from where it starts, the others without their indentation. */
function wordsOf(paragraph: Paragraph, lines: readonly string[], source: readonly string[]): BlockText {
	const first = (paragraph.position?.start.line ?? 1) - 1;
	const last = (paragraph.position?.end.line ?? 1) - 1;
	const text: string[] = [];
	const typed: string[] = [];
	for (let n = first; n <= last; n++) {
		const line = lines[n] ?? "";
		const cut = n === first ? (paragraph.position?.start.column ?? 1) - 1 : line.length - line.trimStart().length;
		text.push(line.slice(cut).trimEnd());
		typed.push((source[n] ?? line).slice(cut).trimEnd());
	}
	const joined = text.join("\n");
	return { text: joined, source: typed.join("\n"), plain: hasInlineMarkup(joined) ? plainOf(paragraph) : null };
}

function itemBlock(item: ListItem, lines: readonly string[], source: readonly string[], offset: number): ItemBlock {
	const from = (item.position?.start.line ?? 1) - 1;
	const to = (item.position?.end.line ?? 1) - 1;
	const first = item.children[0];
	const head = first?.type === "paragraph" ? first : null;
	const headStart = (head?.position?.start.line ?? from + 1) - 1;
	const headEnd = (head?.position?.end.line ?? from + 1) - 1;
	const indent = head && headStart === from ? (head.position?.start.column ?? 1) - 1 : (MARKER.exec(lines[from] ?? "")?.[0].length ?? 0);
	return {
		kind: "item",
		line: offset + (head ? headStart : from),
		words: head ? wordsOf(head, lines, source) : null,
		lines: source.slice(from, to + 1),
		headLines: head ? headEnd - from + 1 : 1,
		indent,
	};
}

/**
 * The blocks remark finds in `lines` (comments blanked; `source`, the same lines as typed): each
 * top-level paragraph, each item of a top-level list, and anything else as one block that is no idea.
 * `offset` is the section line of the first line.
 */
export function remarkBlocks(lines: readonly string[], source: readonly string[], offset = 0): SectionBlock[] {
	const blocks: SectionBlock[] = [];
	for (const node of parser.parse(lines.join("\n")).children) {
		const from = (node.position?.start.line ?? 1) - 1;
		const to = (node.position?.end.line ?? 1) - 1;
		if (node.type === "paragraph") {
			if (isTable(lines, from, to)) blocks.push({ kind: "other", line: offset + from });
			else blocks.push({ kind: "paragraph", line: offset + from, words: wordsOf(node, lines, source) });
		} else if (node.type === "list") {
			for (const item of node.children) blocks.push(itemBlock(item, lines, source, offset));
		} else if (node.type !== "definition") {
			// A link definition shows nothing; anything else that shows ends the paragraph before it.
			blocks.push({ kind: "other", line: offset + from });
		}
	}
	return blocks;
}
