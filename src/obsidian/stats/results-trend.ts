import { ENGAGEMENT_METRIC } from "../../core/results/engagement-rate";
import type { TrendPoint } from "../../core/results/results-stats";
import type { ResultsWords } from "./results-words";

/** A month's column, in the chart's own units: the chart scales to its place, text and all. */
const COLUMN = 32;
const BAR = 22;
const TOP = 8;
const PLOT = 88;
const MONTH_Y = TOP + PLOT + 14;
const HEIGHT = MONTH_Y + 6;

/**
 * The trend as bars, one a month, the oldest on the left, in the theme's colours (CSS classes over
 * Obsidian's variables). The chart is an image named for screen readers (its `<title>` and label say what
 * it counts); each bar has its month and value as a `<title>` (a tooltip); and a table only screen readers
 * read gives every month's value, since a picture of bars says nothing to them. Under it, the best month (the latest of equals).
 */
export function renderTrend(parent: HTMLElement, trend: readonly TrendPoint[], rankedBy: string, words: ResultsWords): void {
	const { t } = words;
	const metric = words.metric(rankedBy);
	const label = t("results.trendLabel", { metric });
	const valueText = (point: TrendPoint): string => (point.value === null ? t("results.noFigure") : words.value(rankedBy, point.value));
	const max = Math.max(0, ...trend.map((point) => point.value ?? 0));
	const svg = parent.createSvg("svg", { cls: "tls-results-trend", attr: { viewBox: `0 0 ${trend.length * COLUMN} ${HEIGHT}`, role: "img", "aria-label": label, preserveAspectRatio: "xMidYMid meet" } });
	svg.createSvg("title").textContent = label;
	svg.createSvg("line", { cls: "tls-results-trend-axis", attr: { x1: "0", x2: String(trend.length * COLUMN), y1: String(TOP + PLOT), y2: String(TOP + PLOT), "aria-hidden": "true" } });
	trend.forEach((point, i) => {
		const x = i * COLUMN + (COLUMN - BAR) / 2;
		const height = max > 0 && point.value !== null ? Math.max(1, (PLOT * point.value) / max) : 0;
		const bar = svg.createSvg("rect", { cls: point.value === null ? "tls-results-trend-bar is-empty" : "tls-results-trend-bar", attr: { x: String(x), y: String(TOP + PLOT - height), width: String(BAR), height: String(height), rx: "2", "data-month": point.month } });
		bar.createSvg("title").textContent = t("results.trendPoint", { month: words.month(point.start), value: valueText(point) });
		const month = svg.createSvg("text", { cls: "tls-results-trend-month", attr: { x: String(i * COLUMN + COLUMN / 2), y: String(MONTH_Y), "text-anchor": "middle", "aria-hidden": "true" } });
		month.textContent = words.month(point.start, true);
	});
	const table = parent.createEl("table", { cls: "tls-visually-hidden tls-results-trend-values" });
	table.createEl("caption", { text: label });
	const head = table.createEl("tr");
	head.createEl("th", { text: t("results.month"), attr: { scope: "col" } });
	head.createEl("th", { text: metric, attr: { scope: "col" } });
	head.createEl("th", { text: t("results.pieces"), attr: { scope: "col" } });
	for (const point of trend) {
		const row = table.createEl("tr");
		row.createEl("th", { text: words.month(point.start), attr: { scope: "row" } });
		row.createEl("td", { text: valueText(point) });
		row.createEl("td", { text: words.figure(point.pieces) });
	}
	const hint = rankedBy === ENGAGEMENT_METRIC ? t("results.trendHint.rate") : t("results.trendHint.sum");
	let best: TrendPoint | null = null;
	for (const point of trend) if (point.value !== null && (best === null || point.value >= (best.value ?? 0))) best = point;
	const caption = best === null ? hint : `${hint} ${t("results.best", { month: words.month(best.start), value: valueText(best) })}`;
	parent.createDiv({ cls: "tls-stats-caption", text: caption });
}
