import { subDays, subMonths } from "date-fns";
import { foldedText } from "../text/comparable-text";

/** How far back the results look: a number of days or months before now, or every publication. */
export type ResultsPeriod = { unit: "days" | "months"; count: number } | { unit: "all" };

/** Twelve months, as the trend: a year of publications, whatever the season. */
export const DEFAULT_RESULTS_PERIOD: ResultsPeriod = { unit: "months", count: 12 };

/** The periods the stats view offers, in order. */
export const RESULTS_PERIODS: readonly ResultsPeriod[] = [{ unit: "days", count: 30 }, { unit: "days", count: 90 }, DEFAULT_RESULTS_PERIOD, { unit: "all" }];

/** The longest period a writer may type before `all` says it better: a hundred years. */
const MAX_MONTHS = 1200;

const DAYS = new Set(["d", "j", "day", "days", "jour", "jours"]);
const MONTHS = new Set(["m", "month", "months", "mois"]);
const YEARS = new Set(["y", "a", "year", "years", "an", "ans", "annee", "annees"]);
const ALL = new Set(["all", "tout", "toujours", "all time"]);

/**
 * A period as a writer types it, in English or French: `90d` or `90j` (days), `12m` or `12 mois`
 * (months), `1y` or `2 ans` (years, counted as twelve months each), `all` or `tout`; a space may stand
 * between the number and its unit, case and accents aside. Null for anything else, 0, or more than a
 * hundred years.
 */
export function parseResultsPeriod(typed: string): ResultsPeriod | null {
	const text = foldedText(typed);
	if (ALL.has(text)) return { unit: "all" };
	const match = /^(\d{1,5})\s*([a-z]+)$/.exec(text);
	if (!match) return null;
	const count = Number(match[1]);
	const unit = match[2] ?? "";
	if (count < 1) return null;
	if (DAYS.has(unit)) return count <= MAX_MONTHS * 31 ? { unit: "days", count } : null;
	if (MONTHS.has(unit)) return count <= MAX_MONTHS ? { unit: "months", count } : null;
	if (YEARS.has(unit)) return count * 12 <= MAX_MONTHS ? { unit: "months", count: count * 12 } : null;
	return null;
}

/** The period as the block's option writes it, and the view keeps it: `90d`, `12m`, `all`. */
export function resultsPeriodText(period: ResultsPeriod): string {
	if (period.unit === "all") return "all";
	return `${period.count}${period.unit === "days" ? "d" : "m"}`;
}

/** Whether two periods are the same. */
export function samePeriod(a: ResultsPeriod, b: ResultsPeriod): boolean {
	return resultsPeriodText(a) === resultsPeriodText(b);
}

/** The first moment the period holds, epoch ms (the same time of day `count` days or months before `now`), or null for every publication. */
export function periodStart(period: ResultsPeriod, now: number): number | null {
	if (period.unit === "all") return null;
	return (period.unit === "days" ? subDays(now, period.count) : subMonths(now, period.count)).getTime();
}
