import { comparableText } from "../text/comparable-text";

/**
 * How often the writer means to publish on each channel: pieces a week, by channel as the drafts and the
 * formats write it (`{ LinkedIn: 3, Newsletter: 1 }`). A channel without an entry has no rhythm.
 */
export type Rhythm = Readonly<Record<string, number>>;

/** The most pieces a week a rhythm asks of one channel: three a day. */
export const RHYTHM_MAX = 21;

/** A number of pieces a week that a rhythm can hold: a whole number from 1 to {@link RHYTHM_MAX}. */
export function isRhythmCount(value: unknown): value is number {
	return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= RHYTHM_MAX;
}

/**
 * The rhythm setting as saved (nothing, a hand edit, a synced file) made valid: null when it is not an
 * object; else its entries with a channel and a count of pieces a week, a channel repeated (case
 * aside) kept once, the others left out.
 */
export function readRhythm(value: unknown): Record<string, number> | null {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
	const rhythm: Record<string, number> = {};
	const seen = new Set<string>();
	for (const [channel, count] of Object.entries(value as Record<string, unknown>)) {
		const name = channel.trim();
		const key = comparableText(name);
		if (name === "" || seen.has(key) || !isRhythmCount(count)) continue;
		seen.add(key);
		rhythm[name] = count;
	}
	return rhythm;
}

/** The pieces a week the rhythm asks of `channel` (case aside), or null when it asks nothing. */
export function rhythmOf(rhythm: Rhythm, channel: string | null): number | null {
	if (channel === null) return null;
	const key = comparableText(channel);
	for (const [name, count] of Object.entries(rhythm)) if (comparableText(name) === key) return count;
	return null;
}
