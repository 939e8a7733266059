import { addDays, addWeeks, getISOWeek, getISOWeekYear, startOfISOWeekYear } from "date-fns";
import { dayKey, type DayKey } from "../calendar/calendar-day";

/** A week as ISO 8601 numbers it: from Monday to Sunday, week 1 the one holding the year's first Thursday. */
export interface IsoWeek {
	/** The ISO week-numbering year: 31 December 2026 is in week 53 of 2026, 1 January 2027 too. */
	year: number;
	week: number;
}

/** The ISO week holding the writer's local day of `date`. */
export function isoWeekOf(date: Date): IsoWeek {
	return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

/** A week as ISO writes it, and as a review note is named: `2026-W49`, `2027-W01`. */
export function isoWeekKey(week: IsoWeek): string {
	return `${String(week.year).padStart(4, "0")}-W${String(week.week).padStart(2, "0")}`;
}

/** The local midnight the week starts at: its Monday. */
export function isoWeekStart(week: IsoWeek): Date {
	return addWeeks(startOfISOWeekYear(new Date(week.year, 0, 4)), week.week - 1);
}

/** The seven days of the week, Monday to Sunday. */
export function isoWeekDays(week: IsoWeek): DayKey[] {
	const start = isoWeekStart(week);
	return Array.from({ length: 7 }, (_, i) => dayKey(addDays(start, i)));
}

/** The week `weeks` after `week` (before it when negative), across the years' ends: after 2026-W53 comes 2027-W01. */
export function weekAfter(week: IsoWeek, weeks: number): IsoWeek {
	return isoWeekOf(addWeeks(isoWeekStart(week), weeks));
}

/** A week written `2026-W49` (a saved view, a note's name), or null for anything else, a week 53 the year does not have included. */
export function readIsoWeekKey(value: unknown): IsoWeek | null {
	if (typeof value !== "string") return null;
	const match = /^(\d{4})-W(\d{2})$/.exec(value.trim());
	if (!match) return null;
	const week = { year: Number(match[1]), week: Number(match[2]) };
	if (week.week < 1 || week.week > 53) return null;
	const read = isoWeekOf(isoWeekStart(week));
	return read.year === week.year && read.week === week.week ? week : null;
}
