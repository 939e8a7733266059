import { format as formatDate, startOfMonth, subMonths } from "date-fns";
import type { Language } from "../i18n/language";
import { channelKey, labelsOf, type Labels } from "../i18n/labels";
import type { FormatSetting } from "../drafting/format-setting";
import { collatorFor } from "../pipeline/board-order";
import { comparableText } from "../text/comparable-text";
import { NONE_KEY } from "../stats/writing-stats";
import { ENGAGEMENT_METRIC, engagementOf, engagementRate, REACH_KEY, type Engagement } from "./engagement-rate";
import type { MeasuredPiece } from "./measured-piece";
import type { MetricSetting } from "./metric-setting";
import { DEFAULT_RESULTS_PERIOD, periodStart, type ResultsPeriod } from "./results-period";

/** What the results are asked for: the period, a channel and a format to keep (null for all), and the figure the pieces are ranked by. */
export interface ResultsOptions {
	period: ResultsPeriod;
	/** A channel as written (`LinkedIn`, `Site web`), compared as the stats compare channels; null for every channel. */
	channel: string | null;
	/** A format's key or name; null for every format. */
	format: string | null;
	/** A metric's key, or {@link ENGAGEMENT_METRIC}; null (or a metric the setting has no more) for the default, see {@link rankMetric}. */
	metric: string | null;
}

export const DEFAULT_RESULTS_OPTIONS: ResultsOptions = { period: DEFAULT_RESULTS_PERIOD, channel: null, format: null, metric: null };

/** The months of the trend: the current one and the eleven before it. */
export const TREND_MONTHS = 12;

/** How many pieces the top holds unless told. */
export const TOP_COUNT = 10;

/** A metric over a group of pieces: its sum, and its median per piece, over the pieces that have it. */
export interface MetricFigures {
	sum: number;
	median: number;
	/** How many pieces of the group have the figure. */
	count: number;
}

/** A format, a channel, a brand idea or a month, with the figures of its measured pieces. */
export interface ResultsGroup {
	key: string;
	/** What the writer reads; null for the pieces with no format, channel or brand idea (key {@link NONE_KEY}) and for months, which the UI names from {@link start}. */
	label: string | null;
	/** Its measured pieces: published in the period, with at least one figure. */
	pieces: number;
	/** By metric key; a metric none of its pieces has is not there. */
	figures: Record<string, MetricFigures>;
	/** Its engagement rate (see engagement-rate.ts), or null when none of its pieces has impressions. */
	engagement: number | null;
	/** For a month: its first day, local midnight, epoch ms. */
	start?: number;
}

/** One of the pieces that did best. */
export interface TopPiece {
	path: string;
	title: string;
	/** Its format and channel as the writer reads them, or null. */
	format: string | null;
	channel: string | null;
	publishedAt: number | null;
	/** The figure it is ranked by: the metric's, or its engagement rate. */
	value: number;
	values: Record<string, number>;
	engagement: number | null;
}

/** One month of the trend. */
export interface TrendPoint {
	/** `2025-03`. */
	month: string;
	/** Its first day, local midnight, epoch ms. */
	start: number;
	/** Its measured pieces. */
	pieces: number;
	/** The sum of the ranking metric over the month's pieces, or their engagement rate; null when none has it. */
	value: number | null;
}

/** What worked, plain data. */
export interface ResultsStats {
	/** The figure the top and the trend rank by: a metric's key, or {@link ENGAGEMENT_METRIC}. */
	rankedBy: string;
	/** The metrics of the setting that at least one piece of the period has, in the setting's order: the columns of the tables. */
	metrics: MetricSetting[];
	/** Published in the period (with the channel and format asked). */
	published: number;
	/** Of those, with at least one figure. */
	measured: number;
	/** Published drafts with at least one figure, in any period, channel or format: none means no result was ever recorded. */
	recorded: number;
	/** Every measured piece of the period as one group. */
	total: ResultsGroup;
	/** Groups, the best first by the ranking figure, then the most pieces, then by name; the group of pieces without one last. */
	byFormat: ResultsGroup[];
	byChannel: ResultsGroup[];
	/** A piece carrying two brand ideas counts in both. */
	byBrandIdea: ResultsGroup[];
	/** The months of the period that have measured pieces, the latest first. */
	byMonth: ResultsGroup[];
	/** The pieces of the period that have the ranking figure, the best first (then the latest, then by title). */
	top: TopPiece[];
	/** One point a month, the oldest first, the last being the current month; counts the channel and format asked, not the period. */
	trend: TrendPoint[];
}

/** What the results are computed from. */
export interface ResultsInput {
	pieces: readonly MeasuredPiece[];
	metrics: readonly MetricSetting[];
	formats: readonly FormatSetting[];
	language: Language;
	options: ResultsOptions;
	/** The clock: epoch ms of now. */
	now: number;
	/** How many pieces the top holds: {@link TOP_COUNT} unless told. */
	topCount?: number;
}

/**
 * The figure pieces are ranked by: the one asked, when it is {@link ENGAGEMENT_METRIC} or a metric of the
 * setting; else impressions (a count: a rate lets a post seen by ten people top the list), else the
 * setting's first metric.
 */
export function rankMetric(asked: string | null, metrics: readonly MetricSetting[]): string {
	if (asked === ENGAGEMENT_METRIC || (asked !== null && metrics.some((metric) => metric.key === asked))) return asked;
	if (metrics.some((metric) => metric.key === REACH_KEY)) return REACH_KEY;
	return metrics[0]?.key ?? ENGAGEMENT_METRIC;
}

/** The middle value of sorted numbers; the mean of the two middle ones for an even count. */
function median(sorted: ArrayLike<number>): number {
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The figures of a group being counted. */
class Tally {
	pieces = 0;
	readonly values = new Map<string, number[]>();
	readonly engagements: (Engagement | null)[] = [];

	add(piece: MeasuredPiece, engagement: Engagement | null): void {
		this.pieces++;
		for (const key in piece.values) {
			const value = piece.values[key] ?? 0;
			const list = this.values.get(key);
			if (list) list.push(value);
			else this.values.set(key, [value]);
		}
		this.engagements.push(engagement);
	}

	group(key: string, label: string | null, metrics: readonly MetricSetting[]): ResultsGroup {
		const figures: Record<string, MetricFigures> = {};
		for (const metric of metrics) {
			const values = this.values.get(metric.key);
			if (!values || values.length === 0) continue;
			const sorted = Float64Array.from(values).sort();
			let sum = 0;
			for (const value of sorted) sum += value;
			figures[metric.key] = { sum, median: median(sorted), count: sorted.length };
		}
		return { key, label, pieces: this.pieces, figures, engagement: engagementRate(this.engagements) };
	}
}

/** Tallies by key, each with the label it was first seen with. */
class Groups {
	private readonly tallies = new Map<string, { label: string | null; tally: Tally; start?: number }>();

	add(key: string, label: string | null, piece: MeasuredPiece, engagement: Engagement | null, start?: number): void {
		let entry = this.tallies.get(key);
		if (!entry) {
			entry = { label, tally: new Tally(), ...(start === undefined ? {} : { start }) };
			this.tallies.set(key, entry);
		}
		entry.tally.add(piece, engagement);
	}

	groups(metrics: readonly MetricSetting[]): ResultsGroup[] {
		return [...this.tallies.entries()].map(([key, { label, tally, start }]) => ({ ...tally.group(key, label, metrics), ...(start === undefined ? {} : { start }) }));
	}
}

/** The ranking figure of a group or a piece: the metric's sum or value, or the engagement rate; null when it has none. */
function rankValue(rankedBy: string, figures: { engagement: number | null; value: (key: string) => number | undefined }): number | null {
	if (rankedBy === ENGAGEMENT_METRIC) return figures.engagement;
	return figures.value(rankedBy) ?? null;
}

/** A format or a channel as the results group it: its key, and its name as the writer reads it. */
interface Named {
	key: string;
	label: string;
}

/** The key and name of each format and channel, worked out once a value however many pieces have it. */
function namesOf(labels: Labels): { format: (stored: string) => Named; channel: (stored: string) => Named } {
	const formats = new Map<string, Named>();
	const channels = new Map<string, Named>();
	return {
		format: (stored) => {
			let named = formats.get(stored);
			if (!named) {
				const label = labels.format(stored);
				formats.set(stored, (named = { key: comparableText(label), label }));
			}
			return named;
		},
		channel: (stored) => {
			let named = channels.get(stored);
			if (!named) channels.set(stored, (named = { key: channelKey(stored), label: labels.channel(stored) }));
			return named;
		},
	};
}

/** Whether a piece is of the channel and the format asked. */
function filterOf(options: ResultsOptions, names: ReturnType<typeof namesOf>): (piece: MeasuredPiece) => boolean {
	const channel = options.channel === null ? null : channelKey(options.channel);
	const format = options.format === null ? null : names.format(options.format).key;
	return (piece) => {
		if (channel !== null && (piece.channel === null || names.channel(piece.channel).key !== channel)) return false;
		if (format !== null && (piece.format === null || names.format(piece.format).key !== format)) return false;
		return true;
	};
}

/** The month of a moment, local time: its key (`2025-03`) and its first day. */
function monthOf(at: number): { key: string; start: number } {
	const date = new Date(at);
	const year = date.getFullYear();
	const month = date.getMonth();
	return { key: `${year}-${String(month + 1).padStart(2, "0")}`, start: new Date(year, month, 1).getTime() };
}

/**
 * What worked: over the published drafts of the period (from `now` back, see {@link periodStart}; a piece
 * published after `now` counts in none) of the channel and format asked, the sum and the median of each
 * metric and the engagement rate (engagement-rate.ts says what counts), for all of them and per format,
 * channel, brand idea and month; the pieces that did best by the ranking figure ({@link rankMetric}); and
 * a trend of the last {@link TREND_MONTHS} months. Only pieces with at least one figure are measured; a
 * piece without a readable `published` date counts in the period `all` only, and in no month. Formats
 * and channels are grouped as the stats group them (a format by its name, `Website` and `Site web` as one).
 * Pure: the clock is `now`.
 */
export function resultsStats(input: ResultsInput): ResultsStats {
	const { metrics, language, options, now } = input;
	const names = namesOf(labelsOf(input, language));
	const collator = collatorFor(language);
	const rankedBy = rankMetric(options.metric, metrics);
	const from = periodStart(options.period, now);
	const kept = filterOf(options, names);
	const trendStart = startOfMonth(subMonths(now, TREND_MONTHS - 1)).getTime();
	// A month of the trend needs its pieces, the sum of the ranking figure and the engagement: no median.
	const trend = Array.from({ length: TREND_MONTHS }, (_, i) => {
		const start = startOfMonth(subMonths(now, TREND_MONTHS - 1 - i));
		return { month: formatDate(start, "yyyy-MM"), start: start.getTime(), pieces: 0, sum: 0, figures: 0, engagements: [] as Engagement[] };
	});
	const trendAt = new Map(trend.map((point, i) => [point.month, i]));
	const total = new Tally();
	const byFormat = new Groups();
	const byChannel = new Groups();
	const byBrandIdea = new Groups();
	const byMonth = new Groups();
	const measuredPieces: { piece: MeasuredPiece; engagement: Engagement | null }[] = [];
	let published = 0;
	let recorded = 0;

	for (const piece of input.pieces) {
		const measured = Object.keys(piece.values).length > 0;
		if (measured) recorded++;
		if (!kept(piece)) continue;
		const at = piece.publishedAt;
		if (at !== null && at > now) continue;
		const engagement = measured ? engagementOf(piece.values) : null;
		const month = at === null ? null : monthOf(at);
		if (measured && month !== null && at !== null && at >= trendStart) {
			const point = trend[trendAt.get(month.key) ?? -1];
			if (point) {
				point.pieces++;
				const value = piece.values[rankedBy];
				if (value !== undefined) {
					point.sum += value;
					point.figures++;
				}
				if (engagement) point.engagements.push(engagement);
			}
		}
		if (from !== null && (at === null || at < from)) continue;
		published++;
		if (!measured) continue;
		measuredPieces.push({ piece, engagement });
		total.add(piece, engagement);
		const format = piece.format === null ? null : names.format(piece.format);
		byFormat.add(format?.key ?? NONE_KEY, format?.label ?? null, piece, engagement);
		const channel = piece.channel === null ? null : names.channel(piece.channel);
		byChannel.add(channel?.key ?? NONE_KEY, channel?.label ?? null, piece, engagement);
		if (piece.brandIdeas.length === 0) byBrandIdea.add(NONE_KEY, null, piece, engagement);
		for (const brand of piece.brandIdeas) byBrandIdea.add(brand.key, brand.title, piece, engagement);
		if (month !== null) byMonth.add(month.key, null, piece, engagement, month.start);
	}

	const present = metrics.filter((metric) => total.values.has(metric.key));
	const groupRank = (group: ResultsGroup): number => rankValue(rankedBy, { engagement: group.engagement, value: (key) => group.figures[key]?.sum }) ?? -Infinity;
	const ranked = (groups: ResultsGroup[]): ResultsGroup[] => {
		const none = groups.find((group) => group.key === NONE_KEY);
		const named = groups.filter((group) => group !== none).sort((a, b) => groupRank(b) - groupRank(a) || b.pieces - a.pieces || collator.compare(a.label ?? "", b.label ?? ""));
		return none ? [...named, none] : named;
	};

	const top: TopPiece[] = [];
	for (const { piece, engagement } of measuredPieces) {
		const rate = engagement === null ? null : engagement.interactions / engagement.impressions;
		const value = rankValue(rankedBy, { engagement: rate, value: (key) => piece.values[key] });
		if (value === null) continue;
		top.push({
			path: piece.path,
			title: piece.title,
			format: piece.format === null ? null : names.format(piece.format).label,
			channel: piece.channel === null ? null : names.channel(piece.channel).label,
			publishedAt: piece.publishedAt,
			value,
			values: piece.values,
			engagement: rate,
		});
	}
	top.sort((a, b) => b.value - a.value || (b.publishedAt ?? -Infinity) - (a.publishedAt ?? -Infinity) || collator.compare(a.title, b.title) || (a.path < b.path ? -1 : 1));

	return {
		rankedBy,
		metrics: present,
		published,
		measured: measuredPieces.length,
		recorded,
		total: total.group("total", null, metrics),
		byFormat: ranked(byFormat.groups(metrics)),
		byChannel: ranked(byChannel.groups(metrics)),
		byBrandIdea: ranked(byBrandIdea.groups(metrics)),
		byMonth: byMonth.groups(metrics).sort((a, b) => (b.start ?? 0) - (a.start ?? 0)),
		top: top.slice(0, input.topCount ?? TOP_COUNT),
		trend: trend.map(({ month, start, pieces, sum, figures, engagements }) => ({
			month,
			start,
			pieces,
			value: rankedBy === ENGAGEMENT_METRIC ? engagementRate(engagements) : figures > 0 ? sum : null,
		})),
	};
}
