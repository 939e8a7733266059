/**
 * The blocks of a piece of an idea section written as most are, plain paragraphs and a plain bullet
 * list (its items' plain points nested under them), found without remark: remark takes milliseconds a
 * KB, this takes microseconds. Any line that markdown could read otherwise (markup, other indentation,
 * numbers, quotes, fences, HTML, hard breaks...) makes it answer null, and the piece goes to remark.
 * tests/core/note/plain-blocks.test.ts checks that both give the same ideas.
 */
import type { SectionBlock } from "./section-block";

/** A bullet, one space, then the item's text. */
const BULLET = /^[-*+] (.*)$/;
/** Characters markdown gives a meaning to inside a line: emphasis, code, escapes, entities, HTML, links, table cells. */
const INLINE_MARKUP = /[\\`*_<>&~|\t]|\]\(|\]:/;
/** A wikilink with an alias (`[[Conférence Lyon 2025|la conférence]]`): markdown reads its `|` as text, as it reads brackets. */
const ALIASED_WIKILINK = /\[\[[^[\]|]*\|[^[\]]*\]\]/g;

/** Whether markdown could read `text` otherwise than as it is typed: it holds inline markup (an alias's `|` in a wikilink is none). */
export function hasInlineMarkup(text: string): boolean {
	return INLINE_MARKUP.test(text.includes("|") ? text.replace(ALIASED_WIKILINK, (link) => link.replace("|", " ")) : text);
}
/** What must not start a line of text: a block of another kind (heading, quote, list, rule, setext underline, fence, definition); a wikilink may. */
const BLOCK_START = /^(?:[-*+=#>~|]|\[(?!\[)|\d{1,9}[.)]|$)/;

/** Whether a line's text is plain: no inline markup, no block start, no hard line break. */
function plain(text: string): boolean {
	return !hasInlineMarkup(text) && !BLOCK_START.test(text) && !/ {2}$/.test(text);
}

interface Open {
	kind: "paragraph" | "item";
	line: number;
	text: string[];
	source: string[];
	/** The lines as typed, bullet included. */
	typed: string[];
	/** Whether an item's nested list has begun: its lines are the item's, not its first paragraph's. */
	nested: boolean;
}

/** A nested bullet: indented, one space after the marker, then its text. */
const NESTED_BULLET = /^( +)[-*+] (.*)$/;
/** Column where a top-level item's text starts (`- `): a bullet indented 2 to 5 spaces under it begins its nested list. */
const ITEM_CONTENT = 2;

/**
 * The paragraphs and bullet items of `lines` (comments blanked; `source`, the same lines as typed), or
 * null when the lines hold anything else than bullets, their continuation lines, paragraphs and blank
 * lines. `offset` is the section line of the first line.
 */
export function plainBlocks(lines: readonly string[], source: readonly string[], offset = 0): SectionBlock[] | null {
	const blocks: SectionBlock[] = [];
	let open: Open | null = null;
	const close = (): void => {
		if (open === null) return;
		const words = { text: open.text.join("\n"), source: open.source.join("\n"), plain: null };
		const line = offset + open.line;
		if (open.kind === "paragraph") blocks.push({ kind: "paragraph", line, words });
		else blocks.push({ kind: "item", line, words, lines: open.typed, headLines: open.text.length, indent: ITEM_CONTENT });
		open = null;
	};
	for (const [n, line] of lines.entries()) {
		if (line.trim() === "") {
			close();
			continue;
		}
		const typed = source[n] ?? line;
		if (/^\s/.test(line)) {
			// An item's nested list of plain points: its lines, as typed, are the item's details.
			const nested = NESTED_BULLET.exec(line);
			const indent = nested?.[1]?.length ?? 0;
			if (open?.kind !== "item" || nested === null || !plain(nested[2] ?? "") || indent < ITEM_CONTENT || (!open.nested && indent > ITEM_CONTENT + 3)) return null;
			open.nested = true;
			open.typed.push(typed);
			continue;
		}
		const bullet = BULLET.exec(line);
		if (bullet) {
			const text = bullet[1] ?? "";
			if (!plain(text)) return null;
			close();
			open = { kind: "item", line: n, text: [text], source: [typed.slice(2)], typed: [typed], nested: false };
			continue;
		}
		if (!plain(line)) return null;
		// Right under a paragraph or an item, a line of text continues it; after a blank line it starts a paragraph.
		if (open !== null) {
			// Under a nested point, a line of text continues that point: remark says where it belongs.
			if (open.nested) return null;
			open.text.push(line);
			open.source.push(typed);
			open.typed.push(typed);
		} else open = { kind: "paragraph", line: n, text: [line], source: [typed], typed: [typed], nested: false };
	}
	close();
	return blocks;
}
