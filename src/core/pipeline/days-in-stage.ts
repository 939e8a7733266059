/** An instant's local calendar day, as a number of days: two of them differ by whole days, daylight-saving changes or not. */
function dayNumber(time: number): number {
	const date = new Date(time);
	return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000;
}

/** The day of the last `now` asked about: a board or a review asks the same `now` of every idea. */
let today = { now: Number.NaN, day: 0 };

function dayOfNow(now: number): number {
	if (today.now !== now) today = { now, day: dayNumber(now) };
	return today.day;
}

/** How long an idea has been in its stage: whole days, and what they are counted from. */
export interface DaysInStage {
	days: number;
	/** `move`: the day a move wrote in `stage-since`; `created`: the idea was never moved by the plugin, its creation counts. */
	from: "move" | "created";
}

/**
 * The calendar days from the day an idea came into its stage (`stage-since`, which every move writes) to
 * `now`; from its `created` date when no move recorded it. Null when neither is known, or when the day is
 * in the future (a clock set wrong on another device).
 */
export function daysInStage(idea: { stageSince?: number | null; created: number | null }, now: number): DaysInStage | null {
	const since = idea.stageSince ?? null;
	const start = since ?? idea.created;
	if (start === null) return null;
	const days = dayOfNow(now) - dayNumber(start);
	return days < 0 ? null : { days, from: since !== null ? "move" : "created" };
}

/**
 * How long an idea has waited in its stage when it has waited `threshold` days or more (the stalled setting),
 * else null: what its card says, and what puts it among the weekly review's stalled ideas.
 */
export function stalledFor(idea: { stageSince?: number | null; created: number | null }, now: number, threshold: number): DaysInStage | null {
	const waited = daysInStage(idea, now);
	return waited !== null && waited.days >= threshold ? waited : null;
}
