import type { Labels } from "../i18n/labels";
import { channelOf, type Draft } from "../drafting/draft";
import type { FormatSetting } from "../drafting/format-setting";
import { dayKey, type DayKey } from "./calendar-day";
import { isOverdue } from "./is-overdue";

/** A draft on a day of the calendar: planned there, or published that day. */
export interface CalendarEntry {
	path: string;
	day: DayKey;
	/** The planned time (`09:30`), or null. */
	time: string | null;
	published: boolean;
	/** Planned on a day before today and not published. */
	overdue: boolean;
	/** The format's name in the writer's language; a format the settings do not know as written; the file name without a format. */
	format: string;
	/** The channel as the writer reads it, or null. */
	channel: string | null;
	/** The channel as stored, which the rhythm names. */
	channelKey: string | null;
	/** The words of the idea it was written from. */
	idea: string;
}

/** What the calendar is drawn from. */
export interface CalendarInput {
	drafts: readonly Draft[];
	formats: readonly FormatSetting[];
	/** Formats and channels as the writer reads them. */
	labels: Labels;
	/** The words of a draft's idea (its title, else its link as written). */
	ideaWords: (draft: Draft) => string;
	/** The writer's today. */
	today: DayKey;
}

/** Where a draft shows: the day it was published (published), else the day it is planned; and its time. */
interface Placed {
	day: DayKey | null;
	time: string | null;
}

/** Each draft's place, read once a draft (the ledger hands out the same object until the note changes). */
const places = new WeakMap<Draft, Placed>();

function placeOf(draft: Draft): Placed {
	let place = places.get(draft);
	if (place === undefined) {
		if (draft.published) place = { day: draft.publishedAt !== null ? dayKey(new Date(draft.publishedAt)) : (draft.planned?.day ?? null), time: null };
		else place = { day: draft.planned?.day ?? null, time: draft.planned?.time ?? null };
		places.set(draft, place);
	}
	return place;
}

/** Within a day: planned times first, in order, then the drafts without a time, by format. */
function byTime(a: CalendarEntry, b: CalendarEntry): number {
	if (a.time !== b.time) return a.time === null ? 1 : b.time === null ? -1 : a.time < b.time ? -1 : 1;
	return a.format.localeCompare(b.format) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/**
 * The drafts on the days from `from` to `to` (both included), by day, each day in time order: a draft not
 * published on the day it is planned (overdue when that day is past), a published one on the day it was
 * published. A draft neither planned nor published with a date is on no day. Only the drafts in the range
 * are looked at further, so a month over 10,000 drafts costs the few hundred it shows.
 */
export function calendarEntries(input: CalendarInput, from: DayKey, to: DayKey): CalendarEntry[] {
	const entries: CalendarEntry[] = [];
	for (const draft of input.drafts) {
		const { day, time } = placeOf(draft);
		if (day === null || day < from || day > to) continue;
		const channel = channelOf(draft, input.formats);
		entries.push({
			path: draft.path,
			day,
			time,
			published: draft.published,
			overdue: isOverdue(draft, input.today),
			format: draft.format === null ? draft.title : input.labels.format(draft.format),
			channel: channel === null ? null : input.labels.channel(channel),
			channelKey: channel,
			idea: input.ideaWords(draft),
		});
	}
	return entries.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : byTime(a, b)));
}

/** The entries grouped by day. */
export function entriesByDay(entries: readonly CalendarEntry[]): Map<DayKey, CalendarEntry[]> {
	const days = new Map<DayKey, CalendarEntry[]>();
	for (const entry of entries) {
		const list = days.get(entry.day);
		if (list) list.push(entry);
		else days.set(entry.day, [entry]);
	}
	return days;
}
