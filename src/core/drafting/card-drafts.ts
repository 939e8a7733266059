import type { Language } from "../i18n/language";
import type { FormatSetting } from "./format-setting";
import { channelOf, type Draft } from "./draft";
import { channelLabel } from "./format-setting";

function labelOf(channel: string | null, language: Language): string | null {
	return channel === null ? null : channelLabel(channel, language);
}

/** A draft as an idea's card shows it: a chip. */
export interface CardDraft {
	path: string;
	/** The format's name in the board's language; a format the settings do not know as written; the draft's file name without a format. */
	name: string;
	channel: string | null;
	published: boolean;
}

/** Chips already made for a list of drafts (the ledger hands out the same list until a draft changes), so that a re-render makes none anew. */
const made = new WeakMap<readonly Draft[], { formats: readonly FormatSetting[]; language: Language; chips: readonly CardDraft[] }>();

/** The chips of one idea's drafts, in the order given (by path). The same list gives the same chips, as long as formats and language are the same. */
export function cardDrafts(drafts: readonly Draft[], formats: readonly FormatSetting[], language: Language): readonly CardDraft[] {
	const known = made.get(drafts);
	if (known && known.formats === formats && known.language === language) return known.chips;
	const chips = drafts.map((draft) => {
		const format = formats.find((f) => f.key === draft.format);
		return {
			path: draft.path,
			name: format ? format.names[language] : (draft.format ?? draft.title),
			channel: labelOf(channelOf(draft, formats), language),
			published: draft.published,
		};
	});
	made.set(drafts, { formats, language, chips });
	return chips;
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

/** How many of an idea's drafts are published. */
export function publishedCount(drafts: readonly Pick<CardDraft, "published">[]): number {
	return drafts.reduce((n, d) => n + (d.published ? 1 : 0), 0);
}
