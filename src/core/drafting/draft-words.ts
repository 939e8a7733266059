import type { Labels } from "../i18n/labels";
import { baseNameOf } from "../note/link-target";
import { displayText } from "../text/display-text";
import type { Draft } from "./draft";

/**
 * The words of a draft's idea: its idea note's title (`ideaTitle` of the path its `idea` link resolves to),
 * else the link as written, else the draft's own name.
 */
export function draftIdeaWords(draft: Draft, ideaTitle: (path: string) => string | null): string {
	const link = draft.ideas[0];
	if (!link) return draft.title;
	const title = link.path === null ? null : ideaTitle(link.path);
	return title ?? displayText(baseNameOf(link.target));
}

/** What a Notice, a dialog or the weekly review calls a draft: its idea's words and its format's name (`Douter — Post LinkedIn`). */
export function draftLabel(draft: Draft, ideaWords: string, labels: Labels): string {
	return `${ideaWords} — ${draft.format === null ? draft.title : labels.format(draft.format)}`;
}
