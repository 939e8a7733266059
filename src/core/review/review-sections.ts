import { format } from "date-fns";
import { dayDate, type DayKey } from "../calendar/calendar-day";
import { dateLocale } from "../i18n/date-locale";
import { entryName, type Labels } from "../i18n/labels";
import type { MessageKey } from "../i18n/messages";
import type { Translate } from "../i18n/translator";
import { OTHER_LANE_KEY } from "../pipeline/board-model";
import type { MetricSetting } from "../results/metric-setting";
import type { WeeklyReview } from "./weekly-review";

/** The parts of the weekly review, in the order it shows them. */
export type ReviewSectionKey = "captured" | "drafted" | "published" | "measured" | "stalled" | "overdue" | "evergreen" | "books" | "brandIdeas";

/** One line of the review: the note it links, and what it says of it. */
export interface ReviewLine {
	path: string;
	title: string;
	/** What the line says beside the note's name (its stage, its date, its figures...); empty when nothing. */
	detail: string;
}

/** A part of the review as the writer reads it, in the view and in the saved note alike. */
export interface ReviewSection {
	key: ReviewSectionKey;
	heading: string;
	/** What the part holds, when its heading does not say it all; else null. */
	caption: string | null;
	/** What the part says when it has no line. */
	empty: string;
	lines: ReviewLine[];
}

const HEADINGS: Readonly<Record<ReviewSectionKey, MessageKey>> = {
	captured: "review.captured.heading",
	drafted: "review.drafted.heading",
	published: "review.published.heading",
	measured: "review.measured.heading",
	stalled: "review.stalled.heading",
	overdue: "review.overdue.heading",
	evergreen: "review.evergreen.heading",
	books: "review.books.heading",
	brandIdeas: "review.brandIdeas.heading",
};

/** The words of the review: the view's and the note's, in the writer's language. */
export interface ReviewWords {
	t: Translate;
	labels: Labels;
	metrics: readonly MetricSetting[];
}

/** A day as the review says it: `8 déc. 2026`, `Dec 8, 2026`. */
export function reviewDayText(day: DayKey | number, labels: Labels): string {
	return format(typeof day === "number" ? new Date(day) : dayDate(day), "PP", { locale: dateLocale(labels.language) });
}

/** The week as the review's title says it: `Semaine 49 de 2026`, `Week 49 of 2026`. */
export function reviewTitle(review: Pick<WeeklyReview, "week">, t: Translate): string {
	return t("review.weekTitle", { week: review.week.week, year: review.week.year });
}

/** The week's days, Monday to Sunday: `Du lundi 30 novembre 2026 au dimanche 6 décembre 2026`. */
export function reviewDaysText(review: Pick<WeeklyReview, "days">, words: Pick<ReviewWords, "t" | "labels">): string {
	const full = (day: DayKey): string => format(dayDate(day), "PPPP", { locale: dateLocale(words.labels.language) });
	return words.t("review.weekDays", { from: full(review.days.from), to: full(review.days.to) });
}

/**
 * Every part of the review with its lines in words: what the week saw (captured, begun, published, results read),
 * then what waits (stalled ideas, overdue drafts, evergreen candidates, books to harvest, brand ideas to carry).
 */
export function reviewSections(review: WeeklyReview, words: ReviewWords): ReviewSection[] {
	const { t, labels } = words;
	const day = (value: DayKey | number): string => reviewDayText(value, labels);
	const stage = (key: string): string => (key === OTHER_LANE_KEY ? t("board.other") : labels.stage(key));
	const section = (key: ReviewSectionKey, lines: ReviewLine[], empty: MessageKey, caption: string | null = null, emptyVars?: Record<string, string | number>): ReviewSection => ({
		key,
		heading: t(HEADINGS[key]),
		caption,
		empty: t(empty, emptyVars),
		lines,
	});
	const metricLabel = (metric: MetricSetting): string => entryName(metric, labels.language);
	const names = new Map(words.metrics.map((metric) => [metric.key, metricLabel(metric)]));
	const figures = (values: Record<string, number>): string => {
		const shown = words.metrics.filter((metric) => values[metric.key] !== undefined).map((metric) => t("review.figure", { metric: names.get(metric.key) ?? metric.key, value: values[metric.key] ?? 0 }));
		return shown.length === 0 ? t("review.measured.noFigure") : shown.join(", ");
	};
	const { metric, evergreen, brandIdeas } = review;
	const evergreenEmpty: MessageKey = metric === null ? "review.evergreen.noMetric" : evergreen.measured === 0 ? "review.evergreen.noneMeasured" : "review.evergreen.allReinvested";
	const metricText = metric === null ? "" : metricLabel(metric);
	return [
		section("captured", review.captured.map((idea) => ({ path: idea.path, title: idea.title, detail: stage(idea.stage) })), "review.captured.empty"),
		section("drafted", review.drafted.map((draft) => ({ path: draft.path, title: draft.title, detail: draft.planned === null ? "" : t("review.planned", { date: day(draft.planned.day) }) })), "review.drafted.empty"),
		section("published", review.published.map((draft) => ({ path: draft.path, title: draft.title, detail: t("review.publishedOn", { date: day(draft.at) }) })), "review.published.empty"),
		section("measured", review.measured.map((draft) => ({ path: draft.path, title: draft.title, detail: figures(draft.values) })), "review.measured.empty"),
		section(
			"stalled",
			review.stalled.map((idea) => ({ path: idea.path, title: idea.title, detail: `${stage(idea.stage)} · ${t(idea.from === "move" ? "card.stalled" : "card.stalledCreated", { count: idea.days })}` })),
			"review.stalled.empty",
			t("review.stalled.caption", { count: review.stalledDays }),
		),
		section("overdue", review.overdue.map((draft) => ({ path: draft.path, title: draft.title, detail: t("review.planned", { date: day(draft.planned.day) }) })), "review.overdue.empty"),
		section(
			"evergreen",
			evergreen.pieces.map((piece) => ({ path: piece.path, title: piece.title, detail: t("review.evergreen.value", { metric: metricText, value: piece.value, date: day(piece.published) }) })),
			evergreenEmpty,
			metric === null ? null : t("review.evergreen.caption", { metric: metricText }),
			{ metric: metricText },
		),
		section("books", review.books.map((book) => ({ path: book.path, title: book.title, detail: t("reading.waiting", { count: book.waiting }) })), "review.books.empty"),
		section(
			"brandIdeas",
			brandIdeas.ideas.map((brand) => ({ path: brand.path, title: brand.title, detail: t("review.brandIdeas.carried", { carried: brand.carried, total: brand.total }) })),
			brandIdeas.count === 0 ? "review.brandIdeas.none" : "review.brandIdeas.empty",
		),
	];
}
