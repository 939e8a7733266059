import { readSettingList, SETTING_LIST_LIMIT, type SettingList } from "../settings/setting-list";

/** How many characters a format's post may hold on its channel: a LinkedIn post 3,000, an X post 280. */
export interface CharLimit {
	/** The format's key (`linkedin-post`). */
	format: string;
	/** The most characters a post holds; for an X thread, each of its posts. */
	limit: number;
}

/** The limits a new vault starts with: the channels' own, in 2026. */
export const DEFAULT_CHAR_LIMITS: readonly CharLimit[] = [
	{ format: "linkedin-post", limit: 3000 },
	{ format: "x-thread", limit: 280 },
	{ format: "instagram-carousel", limit: 2200 },
];

/** The largest limit kept: more than any channel takes, and a typo of a few zeros is not a limit. */
const MAX_LIMIT = 1_000_000;

function isLimit(value: unknown): value is number {
	return typeof value === "number" && Number.isInteger(value) && value > 0 && value <= MAX_LIMIT;
}

/** One saved limit made valid: null without a format or a whole number of characters above 0. */
function savedLimit(item: unknown): CharLimit | null {
	if (typeof item !== "object" || item === null) return null;
	const record = item as Record<string, unknown>;
	const format = typeof record.format === "string" ? record.format.trim() : "";
	return format !== "" && isLimit(record.limit) ? { format, limit: record.limit } : null;
}

/** The limits setting as saved, entry by entry: invalid entries and a format's second limit are left out, and counted. */
export function readCharLimitList(value: unknown): SettingList<CharLimit> {
	return readSettingList(value, savedLimit, (limit) => limit.format);
}

/** A copy of the default limits. */
export function defaultCharLimits(): CharLimit[] {
	return DEFAULT_CHAR_LIMITS.map((limit) => ({ ...limit }));
}

/** The limit of a format, or null when the setting gives it none (its count is then shown alone). */
export function charLimitOf(limits: readonly CharLimit[], format: string | null): number | null {
	return format === null ? null : (limits.find((limit) => limit.format === format)?.limit ?? null);
}

/** The limits as the settings tab shows them: one a line, `format key | characters`. */
export function charLimitLines(limits: readonly CharLimit[]): string {
	return limits.map((limit) => `${limit.format} | ${limit.limit}`).join("\n");
}

/** Why the typed limits were not saved, and on which line (1-based). */
export type CharLimitLinesResult = { ok: true; limits: CharLimit[] } | { ok: false; problem: "noFormat" | "badLimit" | "duplicate" | "tooMany"; line: number; value: string };

/**
 * The limits typed in the settings tab, one a line (`linkedin-post | 3000`; blank lines skipped; the
 * number may be written `3 000` or `3,000`). A line without a format, a limit that is not a whole number
 * above 0, a format given twice, or more than {@link SETTING_LIST_LIMIT} lines refuse the whole list. No
 * line at all is no limit: every draft's count is then shown alone.
 */
export function parseCharLimitLines(text: string): CharLimitLinesResult {
	const limits: CharLimit[] = [];
	for (const [index, row] of text.split(/\r\n?|\n/).entries()) {
		if (row.trim() === "") continue;
		const line = index + 1;
		const [format = "", typed = ""] = row.split("|").map((part) => part.trim());
		if (limits.length === SETTING_LIST_LIMIT) return { ok: false, problem: "tooMany", line, value: "" };
		if (format === "") return { ok: false, problem: "noFormat", line, value: row.trim() };
		const digits = typed.replace(/[\s\u00a0\u202f,.']/g, "");
		const limit = /^\d+$/.test(digits) ? Number(digits) : NaN;
		if (!isLimit(limit)) return { ok: false, problem: "badLimit", line, value: typed };
		if (limits.some((known) => known.format === format)) return { ok: false, problem: "duplicate", line, value: format };
		limits.push({ format, limit });
	}
	return { ok: true, limits };
}
