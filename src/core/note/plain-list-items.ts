/**
 * The items of a piece of an idea section written as most are, a plain bullet list, found without remark:
 * remark takes milliseconds a KB, this takes microseconds. Any line that markdown could read otherwise
 * (markup, indentation, numbers, quotes, fences, HTML, hard breaks...) makes it answer null, and the piece
 * goes to remark. tests/core/note/plain-list-items.test.ts checks that both give the same items.
 */

/** A bullet, one space, then the item's text. */
const BULLET = /^[-*+] (.*)$/;
/** Characters markdown gives a meaning to inside a line: emphasis, code, escapes, entities, HTML, links. */
const INLINE_MARKUP = /[\\`*_<>&~|\t]|\]\(|\]:/;
/** What must not start a line of text: a block of another kind (heading, quote, list, rule, setext underline, fence, definition); a wikilink may. */
const BLOCK_START = /^(?:[-*+=#>~|]|\[(?!\[)|\d{1,9}[.)]|$)/;

/** Whether a line's text is plain: no inline markup, no block start, no hard line break. */
function plain(text: string): boolean {
	return !INLINE_MARKUP.test(text) && !BLOCK_START.test(text) && !/ {2}$/.test(text);
}

/**
 * The raw text of each item of a plain bullet list (continuation lines joined by a space), or null when
 * the lines hold anything else than bullets, their continuation lines, paragraphs and blank lines.
 */
export function plainListItems(lines: readonly string[]): string[] | null {
	const items: string[] = [];
	let current: string | null = null;
	for (const line of lines) {
		if (line.trim() === "") {
			if (current !== null) items.push(current);
			current = null;
			continue;
		}
		if (/^\s/.test(line)) return null;
		const bullet = BULLET.exec(line);
		if (bullet) {
			const text = bullet[1] ?? "";
			if (!plain(text)) return null;
			if (current !== null) items.push(current);
			current = text;
		} else {
			if (!plain(line)) return null;
			// Right under an item, a line of text continues it; after a blank line it is a paragraph, not an idea.
			if (current !== null) current = `${current} ${line}`;
		}
	}
	if (current !== null) items.push(current);
	return items;
}
