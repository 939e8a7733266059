import { dayAfter, weekOf, type DayKey, type WeekStart } from "./calendar-day";
import { calendarEntries, type CalendarInput } from "./calendar-entries";
import { entriesOf } from "./calendar-week";
import { rhythmOf, type Rhythm } from "./rhythm";
import { weekSlots } from "./week-slots";

/** How far ahead free days are looked for: half a year. */
const WEEKS_AHEAD = 26;

/**
 * The next `count` free days of `channel` from today on: days without a draft of the channel planned or
 * published; with a rhythm for the channel, only its empty slots, week after week (see `weekSlots`). The
 * draft being planned (`except`) leaves its own day free.
 */
export function freeSlots(input: CalendarInput, channel: string, options: { rhythm: Rhythm; weekStartsOn: WeekStart; count: number; except?: string }): DayKey[] {
	const today = input.today;
	const last = dayAfter(today, WEEKS_AHEAD * 7);
	const entries = entriesOf(calendarEntries(input, weekOf(today, options.weekStartsOn)[0] ?? today, last), channel).filter((entry) => entry.path !== options.except);
	const perWeek = rhythmOf(options.rhythm, channel);
	const free: DayKey[] = [];
	if (perWeek === null) {
		const taken = new Set(entries.map((entry) => entry.day));
		for (let day = today; free.length < options.count && day <= last; day = dayAfter(day, 1)) if (!taken.has(day)) free.push(day);
		return free;
	}
	for (let start = today; free.length < options.count && start <= last; start = dayAfter(start, 7)) {
		const week = weekOf(start, options.weekStartsOn);
		const first = week[0] ?? start;
		const end = week[6] ?? start;
		const taken = entries.filter((entry) => entry.day >= first && entry.day <= end).map((entry) => entry.day);
		for (const day of weekSlots(week, perWeek, taken, today)) if (free.length < options.count && !free.includes(day)) free.push(day);
	}
	return free;
}
