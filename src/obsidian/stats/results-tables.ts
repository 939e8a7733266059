import type { ResultsGroup, ResultsStats } from "../../core/results/results-stats";
import type { ResultsWords } from "./results-words";

/** Rows a table shows at most (a vault's brand ideas, every month since the first post): the rest is counted. */
const ROW_LIMIT = 50;

/** What a cell says when none of its pieces has the figure. */
const NO_FIGURE = "—";

/** A table that scrolls sideways in a narrow pane, reachable and named for the keyboard and screen readers. */
function scrollingTable(parent: HTMLElement, name: string, cls: string): HTMLTableElement {
	const wrap = parent.createDiv({ cls: "tls-results-table-wrap", attr: { role: "region", "aria-label": name, tabindex: "0" } });
	return wrap.createEl("table", { cls: `tls-results-table ${cls}` });
}

/** The totals of the period: each metric's sum and median per piece, then the engagement rate. */
export function renderTotals(parent: HTMLElement, stats: ResultsStats, words: ResultsWords): void {
	const { t } = words;
	const table = scrollingTable(parent, t("results.totals"), "tls-results-totals");
	const head = table.createEl("thead").createEl("tr");
	for (const key of ["results.metric", "results.sum", "results.median"] as const) head.createEl("th", { text: t(key), attr: { scope: "col" } });
	const body = table.createEl("tbody");
	for (const metric of stats.metrics) {
		const figures = stats.total.figures[metric.key];
		if (!figures) continue;
		const row = body.createEl("tr", { attr: { "data-metric": metric.key } });
		row.createEl("th", { text: words.metric(metric.key), attr: { scope: "row" } });
		row.createEl("td", { text: words.figure(figures.sum) });
		row.createEl("td", { text: words.figure(figures.median) });
	}
	const row = body.createEl("tr", { attr: { "data-metric": "engagement" } });
	row.createEl("th", { text: t("results.engagement"), attr: { scope: "row" } });
	row.createEl("td", { text: stats.total.engagement === null ? NO_FIGURE : words.rate(stats.total.engagement) });
	row.createEl("td", { text: NO_FIGURE });
}

/**
 * One group a row (a format, a channel, a brand idea, a month): its measured pieces, each metric of the
 * period as its sum with the median per piece under it, and its engagement rate. Row headers are the
 * groups' names, so that a screen reader says which row a figure is in.
 */
export function renderGroupTable(parent: HTMLElement, name: string, column: string, groups: readonly ResultsGroup[], stats: ResultsStats, words: ResultsWords, labelOf: (group: ResultsGroup) => string): void {
	const { t } = words;
	const table = scrollingTable(parent, name, "tls-results-groups");
	const head = table.createEl("thead").createEl("tr");
	head.createEl("th", { text: column, attr: { scope: "col" } });
	head.createEl("th", { text: t("results.pieces"), attr: { scope: "col" } });
	for (const metric of stats.metrics) head.createEl("th", { text: words.metric(metric.key), attr: { scope: "col" } });
	head.createEl("th", { text: t("results.engagement"), attr: { scope: "col" } });
	const body = table.createEl("tbody");
	for (const group of groups.slice(0, ROW_LIMIT)) {
		const row = body.createEl("tr", { attr: { "data-key": group.key } });
		row.createEl("th", { text: labelOf(group), attr: { scope: "row" } });
		row.createEl("td", { text: words.figure(group.pieces) });
		for (const metric of stats.metrics) {
			const figures = group.figures[metric.key];
			const cell = row.createEl("td");
			if (!figures) {
				cell.setText(NO_FIGURE);
				continue;
			}
			cell.createSpan({ cls: "tls-results-sum", text: words.figure(figures.sum) });
			cell.createSpan({ cls: "tls-results-median", text: t("results.medianOf", { value: words.figure(figures.median) }) });
		}
		row.createEl("td", { text: group.engagement === null ? NO_FIGURE : words.rate(group.engagement) });
	}
	if (groups.length > ROW_LIMIT) parent.createDiv({ cls: "tls-stats-caption", text: t("stats.listMore", { count: groups.length - ROW_LIMIT }) });
}
