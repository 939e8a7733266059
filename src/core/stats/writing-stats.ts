import { addWeeks, startOfWeek, subDays } from "date-fns";
import type { Language } from "../i18n/language";
import { dateLocale } from "../i18n/date-locale";
import type { StageSetting } from "../settings/studio-settings";
import type { FormatSetting } from "../drafting/format-setting";
import { channelOf, type Draft } from "../drafting/draft";
import { channelKey, labelsOf } from "../i18n/labels";
import type { Idea } from "../pipeline/idea";
import { laneKeyOf, OTHER_LANE_KEY } from "../pipeline/board-model";
import { collatorFor } from "../pipeline/board-order";

/** The periods the stats count publications over, in days. */
export const STATS_PERIODS = [30, 90, 365] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

/** Weeks the publishing calendar shows: the current one and the 52 before it. */
export const CALENDAR_WEEKS = 53;

/** A note a bar or a week stands for: a click lists them. */
export interface StatNote {
	path: string;
	title: string;
}

/** One bar of a chart. `label` is null for the bars the UI names (ideas in no stage, drafts with no format or no channel). */
export interface StatBar {
	key: string;
	label: string | null;
	count: number;
	notes: StatNote[];
}

/** One week of the publishing calendar. */
export interface CalendarWeek {
	/** Start of the week (the locale's first day, local midnight), epoch ms. */
	start: number;
	count: number;
	/** 0 for no publication, 1 to 4 by share of the busiest week, as a contribution graph shades them. */
	level: 0 | 1 | 2 | 3 | 4;
	notes: StatNote[];
}

/** Everything the stats view shows, plain data. */
export interface WritingStats {
	ideasByStage: StatBar[];
	draftsByFormat: StatBar[];
	/** Published drafts whose `published` date falls in the period, by channel. */
	publicationsByChannel: StatBar[];
	period: StatsPeriod;
	calendar: CalendarWeek[];
	totals: {
		ideas: number;
		drafts: number;
		published: number;
		/** Published in the period. */
		publishedInPeriod: number;
		/** Published drafts without a readable `published` date: in the totals, in no period or week. */
		publishedUndated: number;
	};
}

/** What the stats are computed from. */
export interface StatsInput {
	ideas: readonly Idea[];
	drafts: readonly Draft[];
	stages: readonly StageSetting[];
	formats: readonly FormatSetting[];
	language: Language;
	period: StatsPeriod;
	/** The clock: epoch ms of now. */
	now: number;
}

/** Key of the bar of drafts without a format, or published without a channel. */
export const NONE_KEY = "__none";

function noteOf(draft: Draft): StatNote {
	return { path: draft.path, title: draft.title };
}

/** Bars from groups, the busiest first, then by label; the bar of drafts without a format or channel last. */
function sortedBars(groups: Map<string, StatBar>, language: Language): StatBar[] {
	const collator = collatorFor(language);
	const none = groups.get(NONE_KEY);
	const named = [...groups.values()].filter((bar) => bar !== none).sort((a, b) => b.count - a.count || collator.compare(a.label ?? "", b.label ?? ""));
	return none ? [...named, none] : named;
}

function addTo(groups: Map<string, StatBar>, key: string, label: string | null, note: StatNote): void {
	let bar = groups.get(key);
	if (!bar) {
		bar = { key, label, count: 0, notes: [] };
		groups.set(key, bar);
	}
	bar.count++;
	bar.notes.push(note);
}

function level(count: number, max: number): CalendarWeek["level"] {
	if (count === 0 || max === 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as CalendarWeek["level"];
}

/**
 * The writing in numbers: ideas per stage (every stage, in order, then ideas in no stage), drafts per
 * format (names in `language`; a format the settings do not know shows as written), publications per
 * channel over the last `period` days, and a calendar of the last {@link CALENDAR_WEEKS} weeks (weeks
 * start on the locale's first day). Every draft counts, whether its idea resolves or not. Pure: the clock is `now`.
 */
export function writingStats(input: StatsInput): WritingStats {
	const { language, formats } = input;
	const labels = labelsOf(input, language);
	const stages = new Map<string, StatBar>();
	for (const stage of input.stages) stages.set(stage.key, { key: stage.key, label: labels.stage(stage.key), count: 0, notes: [] });
	const other: StatBar = { key: OTHER_LANE_KEY, label: null, count: 0, notes: [] };
	for (const idea of input.ideas) {
		const bar = stages.get(laneKeyOf(idea, input.stages)) ?? other;
		bar.count++;
		bar.notes.push({ path: idea.path, title: idea.title });
	}
	const ideasByStage = [...stages.values(), ...(other.count > 0 ? [other] : [])];

	const byFormat = new Map<string, StatBar>();
	const byChannel = new Map<string, StatBar>();
	const now = input.now;
	const locale = dateLocale(language);
	const periodStart = subDays(now, input.period).getTime();
	const firstWeek = startOfWeek(addWeeks(now, -(CALENDAR_WEEKS - 1)), { locale }).getTime();
	const weekStarts: number[] = [];
	for (let i = 0; i < CALENDAR_WEEKS; i++) weekStarts.push(startOfWeek(addWeeks(firstWeek, i), { locale }).getTime());
	const weeks: StatNote[][] = weekStarts.map(() => []);
	let published = 0;
	let publishedInPeriod = 0;
	let publishedUndated = 0;

	for (const draft of input.drafts) {
		const note = noteOf(draft);
		if (draft.format === null) addTo(byFormat, NONE_KEY, null, note);
		else addTo(byFormat, draft.format, labels.format(draft.format), note);
		if (!draft.published) continue;
		published++;
		const at = draft.publishedAt;
		if (at === null) {
			publishedUndated++;
			continue;
		}
		if (at > now) continue;
		if (at >= periodStart) {
			publishedInPeriod++;
			const channel = channelOf(draft, formats);
			if (channel === null) addTo(byChannel, NONE_KEY, null, note);
			else addTo(byChannel, channelKey(channel), labels.channel(channel), note);
		}
		if (at >= firstWeek) {
			// Weeks are not all 7 × 24 h (daylight saving time): find the last start at or before the date.
			let lo = 0;
			let hi = weekStarts.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if ((weekStarts[mid] ?? 0) <= at) lo = mid;
				else hi = mid - 1;
			}
			weeks[lo]?.push(note);
		}
	}
	const max = Math.max(0, ...weeks.map((w) => w.length));
	return {
		ideasByStage,
		draftsByFormat: sortedBars(byFormat, language),
		publicationsByChannel: sortedBars(byChannel, language),
		period: input.period,
		calendar: weekStarts.map((start, i) => {
			const notes = weeks[i] ?? [];
			return { start, count: notes.length, level: level(notes.length, max), notes };
		}),
		totals: { ideas: input.ideas.length, drafts: input.drafts.length, published, publishedInPeriod, publishedUndated },
	};
}
