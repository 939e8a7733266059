import type { Draft } from "../drafting/draft";
import { baseNameOf } from "../note/link-target";
import { comparableText } from "../text/comparable-text";

/**
 * Which drafts were re-invested: those another draft's `reinvested-from` links, by the path it resolves to,
 * or by its name while it resolves to no note (as a draft's `idea` counts). One pass over the drafts; each
 * question after it is one look-up.
 */
export function reinvestedDrafts(drafts: readonly Draft[]): (draft: Pick<Draft, "path">) => boolean {
	const paths = new Set<string>();
	const names = new Set<string>();
	for (const draft of drafts) {
		const from = draft.reinvestedFrom;
		if (!from) continue;
		if (from.path !== null) paths.add(from.path);
		else names.add(comparableText(baseNameOf(from.target)));
	}
	return (draft) => paths.has(draft.path) || (names.size > 0 && names.has(comparableText(baseNameOf(draft.path))));
}
