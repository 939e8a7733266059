import type { Language } from "../i18n/language";
import type { FormatSetting } from "./format-setting";
import { channelOf, type Draft } from "./draft";
import { channelLabel } from "./format-setting";
import type { CardDraft } from "../pipeline/card-draft";

function labelOf(channel: string | null, language: Language): string | null {
	return channel === null ? null : channelLabel(channel, language);
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

/** How many of an idea's drafts are published. */
export function publishedCount(drafts: readonly Pick<CardDraft, "published">[]): number {
	return drafts.reduce((n, d) => n + (d.published ? 1 : 0), 0);
}
