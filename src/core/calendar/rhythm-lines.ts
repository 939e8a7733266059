import { comparableText } from "../text/comparable-text";
import { SETTING_LIST_LIMIT } from "../settings/setting-list";
import { isRhythmCount, RHYTHM_MAX, type Rhythm } from "./rhythm";

/** The rhythm as the settings tab shows it: one channel a line, `LinkedIn | 3`. */
export function rhythmToLines(rhythm: Rhythm): string {
	return Object.entries(rhythm)
		.map(([channel, count]) => `${channel} | ${count}`)
		.join("\n");
}

/** Why the typed rhythm was not saved, and on which line (1-based). */
export type RhythmLinesError = { reason: "noChannel" | "badCount" | "duplicateChannel"; line: number; value: string; max: number } | { reason: "tooMany"; line: number; value: ""; max: number };

export type RhythmLinesResult = { ok: true; rhythm: Record<string, number> } | { ok: false; error: RhythmLinesError };

/**
 * The rhythm typed in the settings tab, one channel a line (blank lines skipped): the channel as the drafts
 * name it, `|`, then how many pieces a week, a whole number from 1 to {@link RHYTHM_MAX}. A line without a
 * channel or a count, or a channel typed twice (case aside), refuses the whole of it, so that
 * nothing half-typed is saved. No line at all is no rhythm.
 */
export function parseRhythmLines(text: string): RhythmLinesResult {
	const rhythm: Record<string, number> = {};
	const seen = new Set<string>();
	const rows = text.split(/\r\n?|\n/);
	for (const [index, row] of rows.entries()) {
		if (row.trim() === "") continue;
		const line = index + 1;
		const bar = row.lastIndexOf("|");
		const channel = (bar === -1 ? row : row.slice(0, bar)).trim();
		const countText = bar === -1 ? "" : row.slice(bar + 1).trim();
		if (seen.size === SETTING_LIST_LIMIT) return { ok: false, error: { reason: "tooMany", line, value: "", max: RHYTHM_MAX } };
		if (channel === "") return { ok: false, error: { reason: "noChannel", line, value: row.trim(), max: RHYTHM_MAX } };
		const count = /^\d+$/.test(countText) ? Number(countText) : Number.NaN;
		if (!isRhythmCount(count)) return { ok: false, error: { reason: "badCount", line, value: countText, max: RHYTHM_MAX } };
		const key = comparableText(channel);
		if (seen.has(key)) return { ok: false, error: { reason: "duplicateChannel", line, value: channel, max: RHYTHM_MAX } };
		seen.add(key);
		rhythm[channel] = count;
	}
	return { ok: true, rhythm };
}
