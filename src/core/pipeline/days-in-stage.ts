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
	const days = dayNumber(now) - dayNumber(start);
	return days < 0 ? null : { days, from: since !== null ? "move" : "created" };
}

/**
 * The local calendar day of a time as a whole number, consecutive days one apart whatever the clock changes between
 * them: what date-fns' `differenceInCalendarDays` subtracts, a Date and three getters rather than its time-zone
 * arithmetic (a board asks it for each of 2,000 cards at every render).
 */
function dayNumber(time: number): number {
	const date = new Date(time);
	return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000;
}
