import type { FormatSetting } from "./format-setting";
import { channelOf, type Draft } from "./draft";
import type { Labels } from "../i18n/labels";
import type { CardDraft } from "../pipeline/card-draft";

/** Chips already made for a list of drafts (the ledger hands out the same list until a draft changes), so that a re-render makes none anew. */
const made = new WeakMap<readonly Draft[], { formats: readonly FormatSetting[]; labels: Labels; chips: readonly CardDraft[] }>();

/** The chips of one idea's drafts, in the order given (by path), named by `labels`. The same list gives the same chips, as long as formats and labels are the same. */
export function cardDrafts(drafts: readonly Draft[], formats: readonly FormatSetting[], labels: Labels): readonly CardDraft[] {
	const known = made.get(drafts);
	if (known && known.formats === formats && known.labels === labels) return known.chips;
	const chips = drafts.map((draft) => {
		const channel = channelOf(draft, formats);
		return {
			path: draft.path,
			name: draft.format !== null ? labels.format(draft.format) : draft.title,
			channel: channel === null ? null : labels.channel(channel),
			published: draft.published,
		};
	});
	made.set(drafts, { formats, labels, chips });
	return chips;
}

/** How many of an idea's drafts are published. */
export function publishedCount(drafts: readonly Pick<CardDraft, "published">[]): number {
	return drafts.reduce((n, d) => n + (d.published ? 1 : 0), 0);
}
