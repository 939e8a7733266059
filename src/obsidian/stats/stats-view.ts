import { TFile, type ItemView, type WorkspaceLeaf } from "obsidian";
import { OTHER_LANE_KEY } from "../../core/pipeline/board-model";
import { NONE_KEY, STATS_PERIODS, writingStats, type StatBar, type StatNote, type StatsPeriod, type WritingStats } from "../../core/stats/writing-stats";
import { dateLocale } from "../../core/i18n/date-locale";
import type { MessageKey } from "../../core/i18n/messages";
import type { Studio } from "../shared/studio";
import { IndexView } from "../shared/index-view";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import { renderBarChart, renderCalendar } from "./stats-charts";

export const STATS_VIEW_TYPE = "thought-leadership-stats";

/** Longest list of notes shown for a bar or a week; the rest is counted. */
const LIST_LIMIT = 200;

/**
 * The writing in charts: ideas per stage, drafts per format, publications per channel over 30, 90 or 365
 * days, and a weekly publishing calendar of the last year. Drawn again whenever the index changes,
 * once for a run of changes (a sync, a bulk rename). Clicking a bar or a week lists its notes; clicking one opens it.
 * https://docs.obsidian.md/Reference/TypeScript+API/ItemView
 */
export class StatsView extends IndexView {
	navigation = false;
	private period: StatsPeriod = 90;
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
		return { ...super.getState(), period: this.period };
	}

	async setState(state: unknown, result: Parameters<ItemView["setState"]>[1]): Promise<void> {
		const period = (state as { period?: unknown } | null)?.period;
		if (STATS_PERIODS.includes(period as StatsPeriod)) this.period = period as StatsPeriod;
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

	protected redraw(): void {
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
