import type { Draft } from "../../../src/core/drafting/draft";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";
import { calendarMonth } from "../../../src/core/calendar/calendar-month";
import { calendarWeek } from "../../../src/core/calendar/calendar-week";
import { freeSlots } from "../../../src/core/calendar/free-slots";
import { rhythmDays, weekSlots } from "../../../src/core/calendar/week-slots";
import { weekOf } from "../../../src/core/calendar/calendar-day";
import type { CalendarInput } from "../../../src/core/calendar/calendar-entries";
import { labelsOf } from "../../../src/core/i18n/labels";

/** Tuesday 8 December 2026, the writer's today in these tests. */
const TODAY = "2026-12-08";
const MONDAY = 1;
const SUNDAY = 0;

function draft(name: string, extra: Partial<Draft> = {}): Draft {
	return { path: `Brouillons/${name}.md`, title: name, ideas: [{ target: `Idées/${name}`, path: `Idées/${name}.md` }], format: "linkedin-post", channel: "LinkedIn", published: false, publishedAt: null, created: null, planned: null, reinvestedFrom: null, resultsRead: null, ...extra };
}

const DRAFTS: Draft[] = [
	draft("Douter : « avancer »", { planned: { day: "2026-12-10", time: "09:30" } }),
	draft("L'erreur du client", { planned: { day: "2026-12-10", time: null }, format: "newsletter-issue", channel: "Newsletter" }),
	draft("La méthode des consultants", { planned: { day: "2026-12-03", time: null } }),
	draft("Publié à temps", { published: true, publishedAt: new Date(2026, 11, 1, 18, 0).getTime(), planned: { day: "2026-11-30", time: null } }),
	draft("Sans date"),
	draft("En janvier", { planned: { day: "2027-01-04", time: null }, format: "x-thread", channel: null }),
];

function input(drafts: readonly Draft[] = DRAFTS, language: "fr" | "en" = "fr"): CalendarInput {
	return { drafts, formats: DEFAULT_FORMATS, labels: labelsOf({ formats: DEFAULT_FORMATS }, language), today: TODAY, ideaWords: (d) => d.title };
}

describe("the month", () => {
	it("shows whole weeks from Monday in French, each day with its planned drafts and its publications", () => {
		const month = calendarMonth(input(), "2026-12-17", MONDAY);
		expect(month.month).toBe("2026-12-01");
		expect(month.weeks.map((week) => week[0]?.day)).toEqual(["2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"]);
		const cells = month.weeks.flat();
		const on = (day: string) => cells.find((cell) => cell.day === day)?.entries.map((entry) => `${entry.time ?? "—"} ${entry.format} · ${entry.idea}`);
		expect(on("2026-12-10")).toEqual(["09:30 Post LinkedIn · Douter : « avancer »", "— Numéro de newsletter · L'erreur du client"]);
		// Published on the 1st, planned for 30 November: a publication shows on the day it was published.
		expect(on("2026-12-01")).toEqual(["— Post LinkedIn · Publié à temps"]);
		expect(on("2026-11-30")).toEqual([]);
		expect(cells.find((cell) => cell.day === "2026-11-30")?.inMonth).toBe(false);
		expect(cells.find((cell) => cell.day === TODAY)).toMatchObject({ isToday: true, isPast: false });
	});

	it("starts its weeks on Sunday in English", () => {
		expect(calendarMonth(input(DRAFTS, "en"), "2026-12-01", SUNDAY).weeks.map((week) => week[0]?.day)).toEqual(["2026-11-29", "2026-12-06", "2026-12-13", "2026-12-20", "2026-12-27"]);
	});

	it("marks overdue a draft planned on a past day and not published, and counts them", () => {
		const month = calendarMonth(input(), TODAY, MONDAY);
		const entries = month.weeks.flat().flatMap((cell) => cell.entries);
		expect(entries.filter((entry) => entry.overdue).map((entry) => entry.idea)).toEqual(["La méthode des consultants"]);
		expect(month.overdue).toBe(1);
		// The same draft, today a week earlier, is not overdue yet.
		expect(calendarMonth({ ...input(), today: "2026-12-01" }, TODAY, MONDAY).overdue).toBe(0);
	});

	it("names a draft's channel from its format when the draft names none", () => {
		const january = calendarMonth(input(), "2027-01-04", MONDAY).weeks.flat().flatMap((cell) => cell.entries);
		expect(january.map((entry) => [entry.format, entry.channel, entry.channelKey])).toEqual([["Thread X", "X", "X"]]);
	});
});

describe("the week and the rhythm", () => {
	it("spreads a rhythm over the working days: three a week on Monday, Wednesday and Friday, one on Wednesday", () => {
		const week = weekOf(TODAY, MONDAY);
		expect(rhythmDays(week, 3)).toEqual(["2026-12-07", "2026-12-09", "2026-12-11"]);
		expect(rhythmDays(week, 1)).toEqual(["2026-12-09"]);
		expect(rhythmDays(week, 7)).toEqual(week);
		expect(rhythmDays(weekOf(TODAY, SUNDAY), 3)).toEqual(["2026-12-07", "2026-12-09", "2026-12-11"]);
	});

	it("counts a channel's pieces against its rhythm and offers a + for each empty slot still to come", () => {
		const week = calendarWeek(input(), TODAY, MONDAY, { LinkedIn: 3, Newsletter: 1, Podcast: 1 });
		expect(week.rhythm.map(({ label, perWeek, count, slots }) => ({ label, perWeek, count, slots }))).toEqual([
			// Monday is past and empty: missed. Thursday's post fills the slot nearest it, Wednesday's; Friday's is left.
			{ label: "LinkedIn", perWeek: 3, count: 1, slots: ["2026-12-11"] },
			{ label: "Newsletter", perWeek: 1, count: 1, slots: [] },
			{ label: "Podcast", perWeek: 1, count: 0, slots: ["2026-12-09"] },
		]);
		expect(week.days.map((day) => [day.day, day.slots])).toEqual([
			["2026-12-07", []],
			["2026-12-08", []],
			["2026-12-09", ["Podcast"]],
			["2026-12-10", []],
			["2026-12-11", ["LinkedIn"]],
			["2026-12-12", []],
			["2026-12-13", []],
		]);
		expect(week.days[3]?.entries).toHaveLength(2);
	});

	it("fills the slot of the day a piece is on first, and offers no slot before today", () => {
		const week = weekOf(TODAY, MONDAY);
		expect(weekSlots(week, 3, ["2026-12-09"], "2026-12-07")).toEqual(["2026-12-07", "2026-12-11"]);
		expect(weekSlots(week, 3, [], "2026-12-12")).toEqual([]);
		expect(weekSlots(week, 2, ["2026-12-08", "2026-12-10"], "2026-12-07")).toEqual([]);
	});
});

describe("the next free slots of a channel", () => {
	it("follows the channel's rhythm, week after week, from today", () => {
		expect(freeSlots(input(), "LinkedIn", { rhythm: { LinkedIn: 3 }, weekStartsOn: MONDAY, count: 4 })).toEqual(["2026-12-11", "2026-12-14", "2026-12-16", "2026-12-18"]);
	});

	it("gives every day without a piece of the channel when it has no rhythm", () => {
		expect(freeSlots(input(), "LinkedIn", { rhythm: {}, weekStartsOn: MONDAY, count: 3 })).toEqual(["2026-12-08", "2026-12-09", "2026-12-11"]);
		// Other channels' drafts leave the day free; the draft being planned leaves its own day free.
		expect(freeSlots(input(), "linkedin", { rhythm: {}, weekStartsOn: MONDAY, count: 3, except: "Brouillons/Douter : « avancer ».md" })).toEqual(["2026-12-08", "2026-12-09", "2026-12-10"]);
	});
});
