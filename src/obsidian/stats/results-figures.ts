import type { MessageKey } from "../../core/i18n/messages";
import type { ResultsGroup, ResultsStats } from "../../core/results/results-stats";
import { NONE_KEY } from "../../core/stats/writing-stats";
import { renderGroupTable, renderTotals } from "./results-tables";
import { renderTopPieces, type OpenPiece } from "./top-pieces";
import { renderTrend } from "./results-trend";
import type { ResultsWords } from "./results-words";

/** The whole of the results, as the stats view shows them, or the compact part a `tls-indicators` block shows. */
export type ResultsDensity = "full" | "compact";

/** The pieces a compact block lists. */
export const COMPACT_TOP = 5;

/** A group's name: its label, its month, or what the pieces without one are called. */
function groupLabel(group: ResultsGroup, words: ResultsWords, noneKey: MessageKey | null): string {
	if (group.label !== null) return group.label;
	if (group.start !== undefined) return words.month(group.start);
	return group.key === NONE_KEY && noneKey !== null ? words.t(noneKey) : group.key;
}

function heading(parent: HTMLElement, text: string): void {
	parent.createEl("h4", { cls: "tls-results-heading", text });
}

/**
 * The figures of what worked: how many pieces are measured, the totals (each metric's sum and median, the
 * engagement rate), in `full` the tables per format, channel, brand idea and month, then the pieces that did
 * best and the twelve-month trend. When no result was ever recorded, a line says how to record some (the
 * commands by their names); when none is in the period asked, it says so and shows the trend, which looks
 * further back.
 */
export function renderResultsFigures(parent: HTMLElement, stats: ResultsStats, words: ResultsWords, open: OpenPiece, density: ResultsDensity): void {
	const { t } = words;
	if (stats.recorded === 0) {
		parent.createDiv({ cls: "tls-results-empty", text: t("results.none", { record: t("command.recordResults"), import: t("command.importResults") }) });
		return;
	}
	parent.createDiv({ cls: "tls-results-summary", text: t("results.summary", { measured: stats.measured, published: stats.published }) });
	if (stats.measured === 0) parent.createDiv({ cls: "tls-results-empty", text: t("results.noneHere") });
	else {
		renderTotals(parent, stats, words);
		if (density === "full") {
			parent.createDiv({ cls: "tls-stats-caption", text: t("results.tableHint") });
			const tables: [MessageKey, MessageKey, readonly ResultsGroup[], MessageKey | null][] = [
				["results.byFormat", "results.format", stats.byFormat, "stats.noFormat"],
				["results.byChannel", "results.channel", stats.byChannel, "stats.noChannel"],
				["results.byBrandIdea", "results.brandIdea", stats.byBrandIdea, "results.noBrandIdea"],
				["results.byMonth", "results.month", stats.byMonth, null],
			];
			for (const [title, column, groups, none] of tables) {
				heading(parent, t(title));
				renderGroupTable(parent, t(title), t(column), groups, stats, words, (group) => groupLabel(group, words, none));
			}
		}
		const top = density === "full" ? stats.top : stats.top.slice(0, COMPACT_TOP);
		if (top.length > 0) {
			heading(parent, t("results.top", { count: top.length, metric: words.metric(stats.rankedBy) }));
			renderTopPieces(parent, top, stats.rankedBy, words, open);
		}
	}
	if (stats.trend.some((point) => point.pieces > 0)) {
		heading(parent, t("results.trend", { metric: words.metric(stats.rankedBy) }));
		renderTrend(parent, stats.trend, stats.rankedBy, words);
	}
}
