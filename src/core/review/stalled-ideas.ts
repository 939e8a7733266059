import type { Idea } from "../pipeline/idea";
import { laneKeyOf } from "../pipeline/board-model";
import { stalledFor } from "../pipeline/days-in-stage";
import type { StageSetting } from "../settings/studio-settings";

/** An idea that has waited in its stage for the stalled threshold or more. */
export interface StalledIdea {
	path: string;
	title: string;
	/** Its stage's key, or the board's "other" lane for a status the settings do not know. */
	stage: string;
	days: number;
	/** `move`: counted from the `stage-since` a move wrote; `created`: never moved by the plugin, counted from its creation. */
	from: "move" | "created";
}

/**
 * The ideas stalled on `now`: those that have spent `threshold` days or more in their stage, measured as
 * their cards measure it (from `stage-since`, else from `created`), the longest wait first, then by title.
 */
export function stalledIdeas(ideas: readonly Idea[], stages: readonly StageSetting[], now: number, threshold: number, collator: Intl.Collator): StalledIdea[] {
	const stalled: StalledIdea[] = [];
	for (const idea of ideas) {
		const waited = stalledFor(idea, now, threshold);
		if (waited) stalled.push({ path: idea.path, title: idea.title, stage: laneKeyOf(idea, stages), days: waited.days, from: waited.from });
	}
	return stalled.sort((a, b) => b.days - a.days || collator.compare(a.title, b.title) || (a.path < b.path ? -1 : 1));
}
