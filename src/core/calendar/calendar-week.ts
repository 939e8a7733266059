import { channelKey } from "../i18n/labels";
import { weekOf, type DayKey, type WeekStart } from "./calendar-day";
import { calendarEntries, type CalendarEntry, type CalendarInput } from "./calendar-entries";
import { dayCells, type CalendarDayCell } from "./calendar-month";
import type { Rhythm } from "./rhythm";
import { weekSlots } from "./week-slots";

/** One channel's rhythm in a week: how many pieces it asks, how many are planned or published, where the empty slots are. */
export interface RhythmLine {
	/** The channel as stored in the setting. */
	channel: string;
	/** As the writer reads it. */
	label: string;
	perWeek: number;
	/** Pieces of the channel that week, planned or published. */
	count: number;
	/** Days of the empty slots still to come, one a slot. */
	slots: DayKey[];
}

/** A day of the week view: its drafts, and the channels with an empty slot that day. */
export interface CalendarWeekDay extends CalendarDayCell {
	/** Channels (as stored) whose rhythm has an empty slot on this day, once a slot. */
	slots: string[];
}

export interface CalendarWeek {
	days: CalendarWeekDay[];
	/** One line a channel of the rhythm, in the setting's order. */
	rhythm: RhythmLine[];
}

/** The entries of `channel` (case aside, and in either language: `Website` is `Site web`). */
export function entriesOf(entries: readonly CalendarEntry[], channel: string): CalendarEntry[] {
	const key = channelKey(channel);
	return entries.filter((entry) => entry.channelKey !== null && channelKey(entry.channelKey) === key);
}

/**
 * The week holding `day`, from the locale's first day of the week: each day with its drafts and, for every
 * channel of the rhythm, the pieces planned or published that week against the rhythm, and the empty slots
 * from today on, each a "+" on its day.
 */
export function calendarWeek(input: CalendarInput, day: DayKey, weekStartsOn: WeekStart, rhythm: Rhythm): CalendarWeek {
	const days = weekOf(day, weekStartsOn);
	const entries = calendarEntries(input, days[0] ?? day, days[6] ?? day);
	const lines: RhythmLine[] = Object.entries(rhythm).map(([channel, perWeek]) => {
		const pieces = entriesOf(entries, channel);
		return { channel, label: input.labels.channel(channel), perWeek, count: pieces.length, slots: weekSlots(days, perWeek, pieces.map((entry) => entry.day), input.today) };
	});
	const cells = dayCells(days, entries, input.today);
	return {
		days: cells.map((cell) => ({ ...cell, slots: lines.flatMap((line) => line.slots.filter((slot) => slot === cell.day).map(() => line.channel)) })),
		rhythm: lines,
	};
}
