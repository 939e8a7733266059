/**
 * A draft as an idea's card shows it: a chip. The board knows drafts only in this shape, handed to it by
 * drafting (`cardDrafts`), so the pipeline depends on no drafting rule.
 */
export interface CardDraft {
	path: string;
	/** The format's name in the board's language; a format the settings do not know as written; the draft's file name without a format. */
	name: string;
	channel: string | null;
	published: boolean;
}

const keys = new WeakMap<readonly CardDraft[], string>();

/**
 * What a card's chips show, as one string, made once a list: the board's signatures hold it instead of
 * the chips themselves, so that comparing thousands of cards stays cheap.
 */
export function draftsKey(chips: readonly CardDraft[]): string {
	let key = keys.get(chips);
	if (key === undefined) {
		key = chips.map((c) => `${c.path}\u0000${c.name}\u0000${c.channel ?? ""}\u0000${c.published ? 1 : 0}`).join("\u0001");
		keys.set(chips, key);
	}
	return key;
}
