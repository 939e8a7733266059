/**
 * The engagement rate: how many of those who saw a piece did something with it.
 *
 * Counted: `reactions`, `comments`, `shares` and `clicks` (each when recorded; a piece without clicks
 * counts its other three), over `impressions`. Not counted: `followers` and `leads`, which are what a piece
 * brought rather than what its readers did with it, nor any metric the writer added. A piece without
 * impressions, or with 0, has no rate and is left out of every rate, rather than counted as 0 %.
 */
export const ENGAGEMENT_METRIC = "engagement";

/** The metrics whose sum is the engagement, by key. */
export const INTERACTION_KEYS: readonly string[] = ["reactions", "comments", "shares", "clicks"];

/** The metric the engagement is divided by. */
export const REACH_KEY = "impressions";

/** What a piece's rate is made of: its interactions and its impressions. */
export interface Engagement {
	interactions: number;
	impressions: number;
}

/** A piece's engagement, or null when it has no impressions (none recorded, or 0). */
export function engagementOf(values: Readonly<Record<string, number>>): Engagement | null {
	const impressions = values[REACH_KEY];
	if (impressions === undefined || impressions <= 0) return null;
	let interactions = 0;
	for (const key of INTERACTION_KEYS) interactions += values[key] ?? 0;
	return { interactions, impressions };
}

/**
 * The rate of several pieces together, 0 to 1 (more when a piece was shared more than it was seen): all
 * their interactions over all their impressions, so that a post seen by ten people weighs as much as ten
 * people. Null when none of them has impressions.
 */
export function engagementRate(engagements: Iterable<Engagement | null>): number | null {
	let interactions = 0;
	let impressions = 0;
	for (const one of engagements) {
		if (one === null) continue;
		interactions += one.interactions;
		impressions += one.impressions;
	}
	return impressions > 0 ? interactions / impressions : null;
}
