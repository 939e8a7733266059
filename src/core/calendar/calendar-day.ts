import { addDays, format, startOfWeek } from "date-fns";

/** A day of the calendar as the calendar names it: `2026-12-08`, the writer's local day. */
export type DayKey = string;

/** Sunday (0) or Monday (1), as the writer's locale starts a week. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The local day of a date. */
export function dayKey(date: Date): DayKey {
	return format(date, "yyyy-MM-dd");
}

/** The local midnight a day starts at. */
export function dayDate(day: DayKey): Date {
	const [year, month, date] = day.split("-").map(Number);
	return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

/** The day `days` after `day` (before it when negative), through daylight-saving changes. */
export function dayAfter(day: DayKey, days: number): DayKey {
	return dayKey(addDays(dayDate(day), days));
}

/** The seven days of the week holding `day`, from the first day of the locale's week. */
export function weekOf(day: DayKey, weekStartsOn: WeekStart): DayKey[] {
	const start = startOfWeek(dayDate(day), { weekStartsOn });
	return Array.from({ length: 7 }, (_, i) => dayKey(addDays(start, i)));
}
