import { addWeeks } from "date-fns";
import { dayKey, type DayKey } from "../calendar/calendar-day";
import type { Draft } from "../drafting/draft";
import { draftIdeaWords, draftLabel } from "../drafting/draft-words";
import type { Labels } from "../i18n/labels";
import type { NoteRecord } from "../note/note-record";
import { collatorFor } from "../pipeline/board-order";
import type { Idea } from "../pipeline/idea";
import { draftResults, metricValue } from "../results/draft-results";
import type { MetricSetting } from "../results/metric-setting";
import type { StudioSettings } from "../settings/studio-settings";
import { evergreenCandidates, type EvergreenCandidates } from "./evergreen-candidates";
import { evergreenMetric } from "./evergreen-metric";
import { isoWeekKey, isoWeekStart, type IsoWeek } from "./iso-week";
import { leastCarriedBrandIdeas, type LeastCarried } from "./least-carried-brand-ideas";
import { overdueDrafts, type OverdueDraft } from "./overdue-drafts";
import { reinvestedDrafts } from "./reinvested-drafts";
import { stalledIdeas, type StalledIdea } from "./stalled-ideas";
import { waitingBooks, type WaitingBook } from "./waiting-books";
import { weekActivity, type WeekActivity, type WeekSpan } from "./week-activity";

/** What the weekly review is drawn from. */
export interface WeeklyReviewInput {
	week: IsoWeek;
	/** The clock, epoch ms: what is stalled, overdue and old enough is counted on its day. */
	now: number;
	ideas: readonly Idea[];
	drafts: readonly Draft[];
	/** Every note the index keeps: book notes, brand ideas and product notes are found among them. */
	records: readonly NoteRecord[];
	/** The index's record of a note: a published draft's results are read from its properties. */
	recordOf: (path: string) => NoteRecord | undefined;
	settings: Pick<StudioSettings, "stages" | "metrics" | "products" | "stalledDays" | "booksFolder" | "bookTags">;
	/** Stages, formats and products as the writer reads them. */
	labels: Labels;
	/** The key of the metric evergreen candidates are ranked by, as the writer chose it; null for the default (impressions). */
	metric: string | null;
}

/** The weekly review of one ISO week. */
export interface WeeklyReview extends WeekActivity {
	week: IsoWeek;
	/** `2026-W49`: the name of its note. */
	key: string;
	days: WeekSpan;
	/** The writer's today, which the lists of what is waiting are counted on. */
	today: DayKey;
	/** The stalled threshold, in days. */
	stalledDays: number;
	stalled: StalledIdea[];
	overdue: OverdueDraft[];
	/** The metric evergreen candidates were ranked by; null when the setting lists none. */
	metric: MetricSetting | null;
	evergreen: EvergreenCandidates;
	books: WaitingBook[];
	brandIdeas: LeastCarried;
}

/** The days of an ISO week, Monday's local midnight to the next Monday's. */
export function weekSpan(week: IsoWeek): WeekSpan {
	const start = isoWeekStart(week);
	const next = addWeeks(start, 1);
	return { start: start.getTime(), end: next.getTime(), from: dayKey(start), to: dayKey(new Date(next.getTime() - 1)) };
}

/**
 * The weekly review: what the week saw (ideas captured, drafts begun, pieces published, results read; these
 * follow the week shown), then what waits, as it is on the day of `now`: the ideas stalled in their stage, the
 * overdue drafts, the evergreen candidates, the books with ideas to harvest, the brand ideas carried into the
 * fewest products. Linear: one pass over the ideas, a few over the drafts, two over the records; a draft's
 * properties are read only when it is published, and only those a list needs.
 */
export function weeklyReview(input: WeeklyReviewInput): WeeklyReview {
	const { labels, settings } = input;
	const collator = collatorFor(labels.language);
	const ideaTitles = new Map<string, string>();
	for (const idea of input.ideas) ideaTitles.set(idea.path, idea.title);
	const titles = new Map<string, string>();
	const titleOf = (draft: Draft): string => {
		let title = titles.get(draft.path);
		if (title === undefined) titles.set(draft.path, (title = draftLabel(draft, draftIdeaWords(draft, (path) => ideaTitles.get(path) ?? null), labels)));
		return title;
	};
	const metric = evergreenMetric(settings.metrics, input.metric);
	const properties = (draft: Draft): Record<string, unknown> | undefined => input.recordOf(draft.path)?.properties;
	const days = weekSpan(input.week);
	const activity = weekActivity({
		ideas: input.ideas,
		drafts: input.drafts,
		stages: settings.stages,
		week: days,
		titleOf,
		valuesOf: (draft) => draftResults(properties(draft), settings.metrics).values,
	});
	const today = dayKey(new Date(input.now));
	return {
		week: input.week,
		key: isoWeekKey(input.week),
		days,
		today,
		stalledDays: settings.stalledDays,
		...activity,
		stalled: stalledIdeas(input.ideas, settings.stages, input.now, settings.stalledDays, collator),
		overdue: overdueDrafts(input.drafts, today, titleOf, collator),
		metric,
		evergreen: evergreenCandidates({
			drafts: input.drafts,
			now: input.now,
			valueOf: (draft) => (metric === null ? null : metricValue(properties(draft), metric.key)),
			reinvested: reinvestedDrafts(input.drafts),
			titleOf,
		}),
		books: waitingBooks(input.records, input.ideas, settings, labels.language),
		brandIdeas: leastCarriedBrandIdeas(input.records, settings.products, collator),
	};
}
