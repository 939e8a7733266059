import { dayDate, type DayKey } from "./calendar-day";

/**
 * The days of a week a rhythm of `perWeek` pieces falls on: spread evenly over Monday to Friday for five a
 * week or fewer (three: Monday, Wednesday, Friday; one: Wednesday), over the seven days for more, several
 * on one day past seven.
 */
export function rhythmDays(week: readonly DayKey[], perWeek: number): DayKey[] {
	const workdays = week.filter((day) => {
		const weekday = dayDate(day).getDay();
		return weekday >= 1 && weekday <= 5;
	});
	const days = perWeek <= workdays.length ? workdays : [...week];
	return Array.from({ length: perWeek }, (_, i) => days[Math.floor(((i + 0.5) * days.length) / perWeek)] ?? days[days.length - 1] ?? "");
}

/**
 * The empty slots of one channel's rhythm in a week: the rhythm's days without a piece of the channel,
 * each piece on another day of the week filling the slot nearest to it; the slots before `today` are
 * missed, not offered. `taken` holds the day of each piece of the channel that week (planned or published).
 */
export function weekSlots(week: readonly DayKey[], perWeek: number, taken: readonly DayKey[], today: DayKey): DayKey[] {
	const left = new Map<DayKey, number>();
	for (const day of taken) left.set(day, (left.get(day) ?? 0) + 1);
	const empty: DayKey[] = [];
	for (const day of rhythmDays(week, perWeek)) {
		const pieces = left.get(day) ?? 0;
		if (pieces > 0) left.set(day, pieces - 1);
		else empty.push(day);
	}
	// Pieces on days the rhythm does not name count too: each fills the empty slot nearest to its day.
	const position = (day: DayKey): number => week.indexOf(day);
	for (const [day, pieces] of [...left.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
		for (let n = 0; n < pieces && empty.length > 0; n++) {
			let nearest = 0;
			for (let i = 1; i < empty.length; i++) if (Math.abs(position(empty[i] ?? "") - position(day)) < Math.abs(position(empty[nearest] ?? "") - position(day))) nearest = i;
			empty.splice(nearest, 1);
		}
	}
	return empty.filter((day) => day >= today);
}
