import { endOfMonth, startOfMonth } from "date-fns";
import { dayAfter, dayDate, dayKey, weekOf, type DayKey, type WeekStart } from "./calendar-day";
import { calendarEntries, entriesByDay, type CalendarEntry, type CalendarInput } from "./calendar-entries";

/** A day of the calendar as a view shows it. */
export interface CalendarDayCell {
	day: DayKey;
	/** In the month shown (the month view shows the days of the first and last weeks around it too). */
	inMonth: boolean;
	isToday: boolean;
	isPast: boolean;
	entries: CalendarEntry[];
}

/** A month as the calendar shows it: whole weeks, from the first day of the locale's week. */
export interface CalendarMonth {
	/** The first day of the month. */
	month: DayKey;
	weeks: CalendarDayCell[][];
	/** Drafts planned on a past day of these weeks and not published. */
	overdue: number;
}

/** The days of `days`, each with its entries. */
export function dayCells(days: readonly DayKey[], entries: readonly CalendarEntry[], today: DayKey, inMonth: (day: DayKey) => boolean = () => true): CalendarDayCell[] {
	const byDay = entriesByDay(entries);
	return days.map((day) => ({ day, inMonth: inMonth(day), isToday: day === today, isPast: day < today, entries: byDay.get(day) ?? [] }));
}

/** The month holding `day`, in whole weeks from the locale's first day of the week, each day with its drafts. */
export function calendarMonth(input: CalendarInput, day: DayKey, weekStartsOn: WeekStart): CalendarMonth {
	const first = dayKey(startOfMonth(dayDate(day)));
	const last = dayKey(endOfMonth(dayDate(day)));
	const weeks: DayKey[][] = [];
	for (let start = weekOf(first, weekStartsOn)[0] ?? first; start <= last; start = dayAfter(start, 7)) weeks.push(weekOf(start, weekStartsOn));
	const from = weeks[0]?.[0] ?? first;
	const to = weeks[weeks.length - 1]?.[6] ?? last;
	const entries = calendarEntries(input, from, to);
	const month = first.slice(0, 7);
	return {
		month: first,
		weeks: weeks.map((days) => dayCells(days, entries, input.today, (d) => d.startsWith(month))),
		overdue: entries.filter((entry) => entry.overdue).length,
	};
}
