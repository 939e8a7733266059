import type { DayKey } from "../calendar/calendar-day";
import { laneKeyOf } from "../pipeline/board-model";
import type { Idea } from "../pipeline/idea";
import type { Draft } from "../drafting/draft";
import type { PlannedDate } from "../drafting/planned-date";
import type { StageSetting } from "../settings/studio-settings";

/** The days of a week: from `start` (its Monday's local midnight, epoch ms) to `end` (the next Monday's, not included), `from` to `to` as days. */
export interface WeekSpan {
	start: number;
	end: number;
	from: DayKey;
	to: DayKey;
}

/** An idea captured in the week. */
export interface CapturedIdea {
	path: string;
	title: string;
	/** Its stage's key now, or the board's "other" lane. */
	stage: string;
	created: number;
}

/** A draft begun or published in the week. */
export interface WeekDraft {
	path: string;
	title: string;
	/** Begun: when it was created; published: when it was published (epoch ms). */
	at: number;
	/** Its planned date, for a draft begun and not yet published. */
	planned: PlannedDate | null;
}

/** A published draft whose results were read in the week. */
export interface MeasuredDraft {
	path: string;
	title: string;
	read: DayKey;
	/** Its figures, by metric key. */
	values: Record<string, number>;
}

/** What the week saw: ideas captured, drafts begun, pieces published, results read. */
export interface WeekActivity {
	captured: CapturedIdea[];
	drafted: WeekDraft[];
	published: WeekDraft[];
	measured: MeasuredDraft[];
}

export interface WeekActivityInput {
	ideas: readonly Idea[];
	drafts: readonly Draft[];
	stages: readonly StageSetting[];
	week: WeekSpan;
	titleOf: (draft: Draft) => string;
	/** A published draft's figures, asked only of those read in the week. */
	valuesOf: (draft: Draft) => Record<string, number>;
}

const byTime = <T extends { at: number; title: string }>(a: T, b: T): number => a.at - b.at || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);

/**
 * The week's work, each list in the order it happened: ideas created in it (their `created` date), drafts
 * created in it, drafts published in it (their `published` date), and published drafts whose `results-read`
 * day is in it. One pass over the ideas and one over the drafts.
 */
export function weekActivity(input: WeekActivityInput): WeekActivity {
	const { start, end, from, to } = input.week;
	const within = (time: number | null): time is number => time !== null && time >= start && time < end;
	const captured: CapturedIdea[] = [];
	for (const idea of input.ideas) if (within(idea.created)) captured.push({ path: idea.path, title: idea.title, stage: laneKeyOf(idea, input.stages), created: idea.created });
	const drafted: WeekDraft[] = [];
	const published: WeekDraft[] = [];
	const measured: MeasuredDraft[] = [];
	for (const draft of input.drafts) {
		if (within(draft.created)) drafted.push({ path: draft.path, title: input.titleOf(draft), at: draft.created, planned: draft.published ? null : draft.planned });
		if (!draft.published) continue;
		if (within(draft.publishedAt)) published.push({ path: draft.path, title: input.titleOf(draft), at: draft.publishedAt, planned: null });
		const read = draft.resultsRead;
		if (read !== null && read >= from && read <= to) measured.push({ path: draft.path, title: input.titleOf(draft), read, values: input.valuesOf(draft) });
	}
	return {
		captured: captured.sort((a, b) => a.created - b.created || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)),
		drafted: drafted.sort(byTime),
		published: published.sort(byTime),
		measured: measured.sort((a, b) => (a.read < b.read ? -1 : a.read > b.read ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0)),
	};
}
