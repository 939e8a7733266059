import type { Language } from "../i18n/language";
import type { FormatSetting } from "./format-setting";
import { channelOf, type Draft } from "./draft";

/** A draft as an idea's card shows it: a chip. */
export interface CardDraft {
	path: string;
	/** The format's name in the board's language; a format the settings do not know as written; the draft's file name without a format. */
	name: string;
	channel: string | null;
	published: boolean;
}

/** The chips of one idea's drafts, in the order given (by path). */
export function cardDrafts(drafts: readonly Draft[], formats: readonly FormatSetting[], language: Language): CardDraft[] {
	return drafts.map((draft) => {
		const format = formats.find((f) => f.key === draft.format);
		return {
			path: draft.path,
			name: format ? format.names[language] : (draft.format ?? draft.title),
			channel: channelOf(draft, formats),
			published: draft.published,
		};
	});
}

/** How many of an idea's drafts are published. */
export function publishedCount(drafts: readonly Pick<CardDraft, "published">[]): number {
	return drafts.reduce((n, d) => n + (d.published ? 1 : 0), 0);
}
