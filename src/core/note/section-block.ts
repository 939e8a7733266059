/**
 * The blocks of an idea section, in order, as the idea reader needs them: found by remark
 * (remark-blocks.ts), by the fast reader of plain text (plain-blocks.ts), or, for parts too large or too
 * deep for remark, by the guards of extract-idea-items.ts. Lines count from the section's first line.
 */

/** The words of a paragraph, or of an item's first paragraph, from which an idea's title is read. */
export interface BlockText {
	/** Its lines joined by `\n`, without the item's marker nor the lines' indentation; comments blanked. */
	text: string;
	/** The same lines as typed (comments kept), cut at the same places: an offset in `text` is the same here. */
	source: string;
	/** What remark reads in `text` (emphasis out, escapes and entities read) when it holds inline markup; null when `text` is plain. */
	plain: string | null;
}

/** Why a block could not be read: nested too deep, or too large, and its size in characters. */
export interface Unread {
	reason: "deep" | "large";
	size: number;
}

/** A paragraph: an idea, unless it is template syntax or could not be read (`words` null); a list right after it holds its points. */
export interface ParagraphBlock {
	kind: "paragraph";
	line: number;
	words: BlockText | null;
	unread?: Unread;
}

/** One item of a list: an idea of its own, or a point of the paragraph before its list. */
export interface ItemBlock {
	kind: "item";
	/** Line of its first paragraph. */
	line: number;
	/** Its first paragraph; null when it starts with something else (a code block, a nested list) or could not be read. */
	words: BlockText | null;
	/** All its lines as typed, marker line first (blank lines included). */
	lines: string[];
	/** How many of `lines` its first paragraph takes. */
	headLines: number;
	/** Column where its content starts: its nested lines are indented that far. */
	indent: number;
	unread?: Unread;
}

/** Anything else (a heading, a quote or callout, code, a table, a rule...): never an idea, and it ends the paragraph before it. */
export interface OtherBlock {
	kind: "other";
	line: number;
}

export type SectionBlock = ParagraphBlock | ItemBlock | OtherBlock;
