import { Keymap, Menu, setIcon, TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { isoWeekKey, readIsoWeekKey, weekAfter, type IsoWeek } from "../../core/review/iso-week";
import { reviewDaysText, reviewDayText, reviewTitle, type ReviewLine, type ReviewSection } from "../../core/review/review-sections";
import type { WeeklyReview } from "../../core/review/weekly-review";
import { entryName } from "../../core/i18n/labels";
import { addMoveItems } from "../pipeline/card-menu";
import { IndexView } from "../shared/index-view";
import { renderLongList } from "../shared/long-list";
import { readingLine } from "../shared/still-reading";
import type { Studio } from "../shared/studio";
import type { WeeklyReviews } from "./weekly-reviews";

export const REVIEW_VIEW_TYPE = "thought-leadership-weekly-review";

/** Reviews opened so far, for the ids of their headings. */
let reviewsOpened = 0;

/** What the review asks of the commands around it: a stalled idea's next steps. */
export interface ReviewCommands {
	/** Drafts the idea: the format picker, then the draft, as from its card. */
	draft(path: string): void;
	/** Moves the idea to a stage, as the board does: the edit, its Notice and its Undo. */
	move(path: string, stageKey: string, title: string): void;
}

/** What the review keeps in the workspace: the week it shows (null: this week) and the metric its evergreen candidates are ranked by. */
interface ReviewState {
	week: IsoWeek | null;
	metric: string | null;
}

function readState(state: unknown): ReviewState {
	const raw = (typeof state === "object" && state !== null ? state : {}) as Record<string, unknown>;
	return { week: readIsoWeekKey(raw.week), metric: typeof raw.metric === "string" && raw.metric !== "" ? raw.metric : null };
}

/**
 * The weekly review in a tab: the week's heading with the previous and next weeks and Save this review, then
 * each part under its heading, a line a note (a click or Enter opens it), a part with nothing saying so. A
 * stalled idea has its next step beside it: Draft it, Move it. Drawn again when the index changes, once for a
 * run of changes. https://docs.obsidian.md/Reference/TypeScript+API/ItemView
 */
export class ReviewView extends IndexView {
	navigation = false;
	private state: ReviewState = { week: null, metric: null };
	private headEl: HTMLElement | null = null;
	private bodyEl: HTMLElement | null = null;
	/** How many lines of each long part the writer unrolled: a redraw keeps them. */
	private readonly shown = new Map<string, number>();
	/** The review on screen, whose stalled ideas Move it offers the other stages of. */
	private current: WeeklyReview | null = null;
	/** A stable id for this view's elements, so that two reviews open at once do not share them. */
	private readonly idPrefix = `tls-review-${++reviewsOpened}`;

	constructor(
		leaf: WorkspaceLeaf,
		studio: Studio,
		private readonly reviews: WeeklyReviews,
		private readonly commands: ReviewCommands,
	) {
		super(leaf, studio, 100);
	}

	getViewType(): string {
		return REVIEW_VIEW_TYPE;
	}

	getDisplayText(): string {
		return this.studio.translate("review.title");
	}

	getIcon(): string {
		return "calendar-check";
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), week: this.state.week === null ? null : isoWeekKey(this.state.week), metric: this.state.metric };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		this.state = readState(state);
		await super.setState(state, result);
		this.render();
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("tls-review");
		this.headEl = this.contentEl.createDiv({ cls: "tls-review-head" });
		this.bodyEl = this.contentEl.createDiv({ cls: "tls-review-body" });
		this.followIndex();
		this.register(this.studio.index.onProgress(() => {
			if (!this.studio.isReady()) this.render();
		}));
		this.render();
		await Promise.resolve();
	}

	/** The week shown: the one chosen, else this week. */
	get week(): IsoWeek {
		return this.state.week ?? this.reviews.thisWeek();
	}

	/** The metric chosen for the evergreen candidates, or null for the default. */
	get metric(): string | null {
		return this.state.metric;
	}

	/** Shows `week` (this week when null), and keeps it for a restart. */
	show(week: IsoWeek | null): void {
		this.state = { ...this.state, week };
		this.shown.clear();
		this.app.workspace.requestSaveLayout();
		this.render();
	}

	protected redraw(): void {
		this.render();
	}

	/** Draws the review anew: a few hundred elements at most, the long parts unrolled on request. */
	render(): void {
		const head = this.headEl;
		const body = this.bodyEl;
		if (!head || !body) return;
		const focused = this.focusKey();
		head.empty();
		body.empty();
		const ready = this.studio.isReady();
		const review = ready ? this.reviews.review(this.week, this.state.metric) : null;
		this.current = review;
		this.drawHead(head, review);
		if (!review) {
			body.createDiv({ cls: "tls-review-loading", text: readingLine(this.studio) });
			return;
		}
		const sections = this.reviews.sections(review);
		const [captured, drafted, published, measured, ...waiting] = sections;
		for (const section of [captured, drafted, published, measured]) if (section) this.drawSection(body, section, review);
		body.createEl("p", { cls: "tls-review-as-of", text: this.studio.translate("review.asOf", { date: reviewDayText(review.today, this.studio.labels) }) });
		for (const section of waiting) this.drawSection(body, section, review);
		this.restoreFocus(focused);
	}

	/** The previous and next weeks, this week, the week's title and days, and Save this review. */
	private drawHead(head: HTMLElement, review: WeeklyReview | null): void {
		const t = this.studio.translate;
		const week = this.week;
		const nav = head.createDiv({ cls: "tls-review-nav" });
		const button = (cls: string, label: string, icon: string | null, focus: string, onClick: () => void): HTMLButtonElement => {
			const el = nav.createEl("button", { cls: `tls-review-nav-button ${cls}`, attr: { "aria-label": label, "data-focus": focus } });
			if (icon) setIcon(el, icon);
			else el.setText(label);
			el.addEventListener("click", onClick);
			return el;
		};
		button("tls-review-prev clickable-icon", t("review.previousWeek"), "chevron-left", "prev", () => this.show(weekAfter(week, -1)));
		button("tls-review-this-week", t("review.thisWeek"), null, "this-week", () => this.show(null));
		button("tls-review-next clickable-icon", t("review.nextWeek"), "chevron-right", "next", () => this.show(weekAfter(week, 1)));
		const title = head.createDiv({ cls: "tls-review-title-block" });
		title.createEl("h2", { cls: "tls-review-title", text: reviewTitle({ week }, t), attr: { "aria-live": "polite" } });
		if (review) title.createDiv({ cls: "tls-review-days", text: reviewDaysText(review, { t, labels: this.studio.labels }) });
		const save = head.createEl("button", { cls: "tls-review-save mod-cta", text: t("review.save"), attr: { "data-focus": "save" } });
		save.disabled = review === null;
		save.addEventListener("click", () => {
			save.disabled = true;
			void this.reviews.save(week, this.state.metric, this.inTab()).finally(() => (save.disabled = false));
		});
	}

	/** A part: its heading and count, what it holds, then its lines, or the sentence that says it has none. */
	private drawSection(body: HTMLElement, section: ReviewSection, review: WeeklyReview): void {
		const el = body.createEl("section", { cls: "tls-review-section", attr: { "data-section": section.key, "aria-labelledby": `${this.idPrefix}-${section.key}` } });
		const heading = el.createEl("h3", { cls: "tls-review-heading", attr: { id: `${this.idPrefix}-${section.key}` } });
		heading.createSpan({ text: section.heading });
		if (section.lines.length > 0) heading.createSpan({ cls: "tls-review-count", text: ` ${section.lines.length}` });
		if (section.key === "evergreen") this.metricChoice(el, review);
		if (section.caption !== null) el.createEl("p", { cls: "tls-review-caption", text: section.caption });
		if (section.lines.length === 0) {
			el.createEl("p", { cls: "tls-review-empty", text: section.empty });
			return;
		}
		const list = el.createEl("ul", { cls: "tls-review-lines" });
		renderLongList(list, {
			items: section.lines,
			shown: this.shown.get(section.key) ?? 0,
			onShown: (count) => this.shown.set(section.key, count),
			render: (line) => this.drawLine(list, line, section.key === "stalled"),
			more: (count, left) => this.studio.translate("review.more", { count, left }),
		});
	}

	/** A line: the note's name, a link that opens it, what the review says of it, and a stalled idea's next steps. */
	private drawLine(list: HTMLElement, line: ReviewLine, stalled: boolean): void {
		const t = this.studio.translate;
		const item = list.createEl("li", { cls: "tls-review-line", attr: { "data-path": line.path } });
		const text = item.createSpan({ cls: "tls-review-text" });
		const link = text.createEl("a", { cls: "tls-review-link", text: line.title, href: "#", attr: { "data-focus": `open:${line.path}` } });
		link.addEventListener("click", (event) => {
			event.preventDefault();
			this.open(line.path, Boolean(Keymap.isModEvent(event)));
		});
		if (line.detail !== "") text.createSpan({ cls: "tls-review-detail", text: line.detail });
		if (!stalled) return;
		const steps = item.createDiv({ cls: "tls-review-steps" });
		const draft = steps.createEl("button", { cls: "tls-review-draft", text: t("review.draftIt"), attr: { "aria-label": t("review.draftItLabel", { title: line.title }), "data-focus": `draft:${line.path}` } });
		draft.addEventListener("click", () => this.commands.draft(line.path));
		const move = steps.createEl("button", { cls: "tls-review-move", text: t("review.moveIt"), attr: { "aria-label": t("review.moveItLabel", { title: line.title }), "aria-haspopup": "menu", "data-focus": `move:${line.path}` } });
		move.addEventListener("click", () => {
			const rect = move.getBoundingClientRect();
			this.moveMenu(line).showAtPosition({ x: rect.left, y: rect.bottom });
		});
	}

	/** Move it: a "Move to …" for every other stage, as a card's menu has them. */
	moveMenu(line: ReviewLine): Menu {
		const menu = new Menu();
		const idea = this.current?.stalled.find((stalled) => stalled.path === line.path);
		addMoveItems(menu, idea?.stage ?? "", this.studio.settings.stages, this.studio.language, this.studio.translate, (key) => this.commands.move(line.path, key, line.title));
		return menu;
	}

	/** The metric the evergreen candidates are ranked by, when the setting lists more than one. */
	private metricChoice(section: HTMLElement, review: WeeklyReview): void {
		const metrics = this.studio.settings.metrics;
		if (metrics.length < 2 || review.metric === null) return;
		const t = this.studio.translate;
		const label = section.createEl("label", { cls: "tls-review-metric" });
		label.createSpan({ text: t("review.evergreen.metric") });
		const select = label.createEl("select", { cls: "dropdown", attr: { "data-focus": "metric" } });
		for (const metric of metrics) select.createEl("option", { text: entryName(metric, this.studio.language), value: metric.key });
		select.value = review.metric.key;
		select.addEventListener("change", () => {
			this.state = { ...this.state, metric: select.value };
			this.app.workspace.requestSaveLayout();
			this.render();
		});
	}

	/** Whether the review is in a main tab (a note opens in another tab then, so the review stays). */
	private inTab(): boolean {
		return this.containerEl.closest(".mod-root") !== null;
	}

	private open(path: string, newTab: boolean): void {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) return;
		void this.app.workspace.getLeaf(newTab || this.inTab() ? "tab" : false).openFile(file);
	}

	/** What has the focus, to give it back once drawn again. */
	private focusKey(): string | null {
		const active = document.activeElement;
		return active instanceof HTMLElement && this.contentEl.contains(active) ? (active.dataset.focus ?? null) : null;
	}

	private restoreFocus(key: string | null): void {
		if (key === null) return;
		Array.from(this.contentEl.querySelectorAll<HTMLElement>("[data-focus]"))
			.find((el) => el.dataset.focus === key)
			?.focus();
	}
}

