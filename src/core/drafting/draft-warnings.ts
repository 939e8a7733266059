import type { NoteRecord, NoteWarning } from "../note/note-record";
import type { Translate } from "../i18n/translator";
import { comparableText } from "../text/comparable-text";
import { baseNameOf } from "../note/link-target";
import { isDraftRecord, toDraft } from "./draft";

/**
 * Warnings about drafts whose `idea` finds no note: a link that resolves nowhere and names no note of
 * the index by its base name, or no `idea` at all. A warning, never an error: the draft still counts
 * in the stats; it shows on no card. The index calls this when asked for its warnings.
 */
export function draftWarnings(records: Iterable<NoteRecord>, translate: Translate): NoteWarning[] {
	const all = [...records];
	const drafts = all.filter(isDraftRecord);
	if (drafts.length === 0) return [];
	const names = new Set(all.map((record) => comparableText(baseNameOf(record.path))));
	const warnings: NoteWarning[] = [];
	for (const record of drafts) {
		const draft = toDraft(record);
		if (!draft) continue;
		if (draft.ideas.length === 0) {
			warnings.push({ path: draft.path, message: translate("warning.draftWithoutIdea") });
			continue;
		}
		for (const link of draft.ideas) {
			if (link.path === null && !names.has(comparableText(baseNameOf(link.target)))) {
				warnings.push({ path: draft.path, message: translate("warning.draftIdeaUnresolved", { idea: link.target }) });
			}
		}
	}
	return warnings;
}
