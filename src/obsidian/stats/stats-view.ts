import { TFile, type ItemView, type WorkspaceLeaf } from "obsidian";
import { OTHER_LANE_KEY } from "../../core/pipeline/board-model";
import { NONE_KEY, STATS_PERIODS, writingStats, type StatBar, type StatNote, type StatsPeriod, type WritingStats } from "../../core/stats/writing-stats";
import { dateLocale } from "../../core/i18n/date-locale";
import type { MessageKey } from "../../core/i18n/messages";
import type { Studio } from "../shared/studio";
import { IndexView } from "../shared/index-view";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import { renderBarChart, renderCalendar } from "./stats-charts";
import { parseResultsPeriod, RESULTS_PERIODS, resultsPeriodText, samePeriod, DEFAULT_RESULTS_PERIOD, type ResultsPeriod } from "../../core/results/results-period";
import { ENGAGEMENT_METRIC } from "../../core/results/engagement-rate";
import type { ResultsStats } from "../../core/results/results-stats";
import { vaultResults } from "./vault-results";
import { resultsWords, type ResultsWords } from "./results-words";
import { renderResultsFigures } from "./results-figures";

export const STATS_VIEW_TYPE = "thought-leadership-stats";

/** Longest list of notes shown for a bar or a week; the rest is counted. */
const LIST_LIMIT = 200;

/**
 * The writing in charts: ideas per stage, drafts per format, publications per channel over 30, 90 or 365
 * days, a weekly publishing calendar of the last year, and the results of the publications over a period
 * of their own (what worked: tables, the top ten, a twelve-month trend). Drawn again whenever the index changes,
 * once for a run of changes (a sync, a bulk rename). Clicking a bar or a week lists its notes; clicking one opens it.
 * https://docs.obsidian.md/Reference/TypeScript+API/ItemView
 */
export class StatsView extends IndexView {
	navigation = false;
	private period: StatsPeriod = 90;
	private resultsPeriod: ResultsPeriod = DEFAULT_RESULTS_PERIOD;
	/** The figure the results rank by, as chosen; null for the default. */
	private resultsMetric: string | null = null;
	/** The results last worked out, and what for (see {@link results}). */
	private resultsMemo: { key: string; stats: ResultsStats } | null = null;
	private chartsEl: HTMLElement | null = null;
	private listEl: HTMLElement | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		studio: Studio,
		private readonly pipeline: IdeaPipeline,
		/** The clock, epoch ms: the stats count back from it. */
		private readonly now: () => number = () => Date.now(),
	) {
		super(leaf, studio, 300);
	}

	getViewType(): string {
		return STATS_VIEW_TYPE;
	}

	getDisplayText(): string {
		return this.studio.translate("stats.title");
	}

	getIcon(): string {
		return "bar-chart-2";
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), period: this.period, resultsPeriod: resultsPeriodText(this.resultsPeriod), resultsMetric: this.resultsMetric };
	}

	async setState(state: unknown, result: Parameters<ItemView["setState"]>[1]): Promise<void> {
		const period = (state as { period?: unknown } | null)?.period;
		if (STATS_PERIODS.includes(period as StatsPeriod)) this.period = period as StatsPeriod;
		const saved = state as { resultsPeriod?: unknown; resultsMetric?: unknown } | null;
		const resultsPeriod = typeof saved?.resultsPeriod === "string" ? parseResultsPeriod(saved.resultsPeriod) : null;
		const offered = resultsPeriod && RESULTS_PERIODS.find((period) => samePeriod(period, resultsPeriod));
		if (offered) this.resultsPeriod = offered;
		if (typeof saved?.resultsMetric === "string") this.resultsMetric = saved.resultsMetric;
		await super.setState(state, result);
		this.render();
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("tls-stats");
		this.chartsEl = this.contentEl.createDiv({ cls: "tls-stats-charts" });
		this.listEl = this.contentEl.createDiv({ cls: "tls-stats-list is-hidden", attr: { "aria-live": "polite" } });
		this.followIndex();
		this.render();
		await Promise.resolve();
	}

	/** The stats on screen now, for the period chosen. */
	stats(): WritingStats {
		return writingStats({
			ideas: this.pipeline.ideas(),
			drafts: this.studio.drafts.all(),
			stages: this.pipeline.stages,
			formats: this.studio.settings.formats,
			language: this.studio.language,
			period: this.period,
			now: this.now(),
		});
	}

	/**
	 * The results on screen now, for the period and the ranking figure chosen: worked out again when the notes
	 * or the settings change (see {@link redraw}), when the period or the figure does, and each minute; a
	 * redraw for the other charts (their period switch) uses them as they are.
	 */
	results(): ResultsStats {
		const now = this.now();
		const key = `${resultsPeriodText(this.resultsPeriod)}\n${this.resultsMetric ?? ""}\n${Math.floor(now / 60_000)}`;
		if (this.resultsMemo?.key !== key) this.resultsMemo = { key, stats: vaultResults(this.studio, { period: this.resultsPeriod, channel: null, format: null, metric: this.resultsMetric }, now) };
		return this.resultsMemo.stats;
	}

	protected redraw(): void {
		// The notes or the settings changed: the results too, maybe.
		this.resultsMemo = null;
		this.render();
	}

	/** Draws every chart anew: a few dozen elements, whatever the vault's size. */
	render(): void {
		const root = this.chartsEl;
		if (!root) return;
		const t = this.studio.translate;
		const stats = this.stats();
		root.empty();
		const { totals } = stats;
		root.createDiv({ cls: "tls-stats-totals", text: t("stats.totals", { ideas: totals.ideas, drafts: totals.drafts, published: totals.published }) });

		this.section(root, "stats.ideasByStage", (el, title) => renderBarChart(el, title, stats.ideasByStage, (bar) => this.barLabel(bar, "board.other"), t, (label, notes) => this.showNotes(label, notes)));
		this.section(root, "stats.draftsByFormat", (el, title) => renderBarChart(el, title, stats.draftsByFormat, (bar) => this.barLabel(bar, "stats.noFormat"), t, (label, notes) => this.showNotes(label, notes)));
		this.section(root, "stats.publicationsByChannel", (el, title) => {
			this.periodSwitch(el);
			el.createDiv({ cls: "tls-stats-caption", text: t("stats.periodCount", { count: totals.publishedInPeriod, days: stats.period }) });
			renderBarChart(el, title, stats.publicationsByChannel, (bar) => this.barLabel(bar, "stats.noChannel"), t, (label, notes) => this.showNotes(label, notes));
		});
		this.section(root, "stats.calendar", (el, title) => {
			renderCalendar(el, title, stats.calendar, dateLocale(this.studio.language), t, (label, notes) => this.showNotes(label, notes));
			const count = stats.calendar.reduce((n, week) => n + week.count, 0);
			const max = Math.max(0, ...stats.calendar.map((week) => week.count));
			el.createDiv({ cls: "tls-stats-caption", text: t("stats.calendarSummary", { count, max }) });
		});
		if (totals.publishedUndated > 0) root.createDiv({ cls: "tls-stats-caption mod-warning", text: t("stats.undated", { count: totals.publishedUndated }) });
		this.section(root, "stats.results", (el) => {
			const results = this.results();
			const words = resultsWords(t, this.studio.language, this.studio.settings.metrics);
			el.addClass("tls-results-figures");
			if (results.recorded > 0) this.resultsControls(el, results.rankedBy, words);
			renderResultsFigures(el, results, words, (path) => this.open(path), "full");
		});
	}

	/** The results' period and ranking figure: two menus, each labelled; a change draws the results again and keeps the focus on the menu. */
	private resultsControls(parent: HTMLElement, rankedBy: string, words: ResultsWords): void {
		const t = this.studio.translate;
		const bar = parent.createDiv({ cls: "tls-results-controls" });
		const menu = (name: string, kind: string, choices: [string, string][], chosen: string, onChange: (value: string) => void): void => {
			const label = bar.createEl("label", { cls: "tls-results-control" });
			label.createSpan({ text: name });
			const select = label.createEl("select", { cls: "dropdown", attr: { "data-results": kind } });
			for (const [value, text] of choices) select.createEl("option", { value, text });
			select.value = chosen;
			select.addEventListener("change", () => {
				onChange(select.value);
				this.app.workspace.requestSaveLayout();
				this.render();
				this.chartsEl?.querySelector<HTMLElement>(`select[data-results="${kind}"]`)?.focus();
			});
		};
		menu(
			t("stats.period"),
			"period",
			RESULTS_PERIODS.map((period) => [resultsPeriodText(period), words.period(period)]),
			resultsPeriodText(this.resultsPeriod),
			(value) => (this.resultsPeriod = parseResultsPeriod(value) ?? DEFAULT_RESULTS_PERIOD),
		);
		const metrics = this.studio.settings.metrics;
		menu(
			t("results.rankBy"),
			"metric",
			[...metrics.map((metric): [string, string] => [metric.key, words.metric(metric.key)]), [ENGAGEMENT_METRIC, words.metric(ENGAGEMENT_METRIC)]],
			rankedBy,
			(value) => (this.resultsMetric = value),
		);
	}

	private section(root: HTMLElement, titleKey: MessageKey, fill: (el: HTMLElement, title: string) => void): void {
		const title = this.studio.translate(titleKey);
		const el = root.createDiv({ cls: "tls-stats-section" });
		el.createEl("h3", { cls: "tls-stats-heading", text: title });
		fill(el, title);
	}

	private barLabel(bar: StatBar, noneKey: MessageKey): string {
		if (bar.label !== null) return bar.label;
		return bar.key === NONE_KEY || bar.key === OTHER_LANE_KEY ? this.studio.translate(noneKey) : bar.key;
	}

	/** 30, 90 or 365 days: buttons, the chosen one pressed. */
	private periodSwitch(parent: HTMLElement): void {
		const t = this.studio.translate;
		const group = parent.createDiv({ cls: "tls-stats-periods", attr: { role: "group", "aria-label": t("stats.period") } });
		for (const days of STATS_PERIODS) {
			const button = group.createEl("button", { cls: "tls-stats-period", text: t("stats.periodDays", { days }), attr: { "aria-pressed": String(days === this.period), "data-days": String(days) } });
			if (days === this.period) button.addClass("is-active");
			button.addEventListener("click", () => {
				this.period = days;
				this.app.workspace.requestSaveLayout();
				this.render();
				this.chartsEl?.querySelector<HTMLElement>(`.tls-stats-period[data-days="${days}"]`)?.focus();
			});
		}
	}

	/** Lists the notes of a bar or a week under the charts; a click opens one. */
	private showNotes(label: string, notes: readonly StatNote[]): void {
		const list = this.listEl;
		if (!list) return;
		const t = this.studio.translate;
		list.empty();
		list.removeClass("is-hidden");
		const head = list.createDiv({ cls: "tls-stats-list-head" });
		head.createEl("h3", { cls: "tls-stats-heading", text: t("stats.list", { label, count: notes.length }) });
		const close = head.createEl("button", { cls: "tls-stats-list-close", text: "×", attr: { "aria-label": t("stats.listClose") } });
		close.addEventListener("click", () => list.addClass("is-hidden"));
		const ul = list.createEl("ul");
		for (const note of notes.slice(0, LIST_LIMIT)) {
			const link = ul.createEl("li").createEl("a", { cls: "tls-stats-note", text: note.title, href: "#", attr: { "data-path": note.path } });
			link.addEventListener("click", (event) => {
				event.preventDefault();
				this.open(note.path);
			});
		}
		if (notes.length > LIST_LIMIT) list.createDiv({ cls: "tls-stats-caption", text: t("stats.listMore", { count: notes.length - LIST_LIMIT }) });
		// The focus goes to the list (which brings it into view), so the keyboard can open a note at once.
		list.querySelector<HTMLElement>(".tls-stats-note")?.focus();
	}

	/** Opens a note: in another tab when the stats are in one, so they stay open. */
	private open(path: string): void {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) return;
		const inTab = this.containerEl.closest(".mod-root") !== null;
		void this.app.workspace.getLeaf(inTab ? "tab" : false).openFile(file);
	}
}
