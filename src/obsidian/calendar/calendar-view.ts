import { Menu, Notice, setIcon, TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { addMonths, format } from "date-fns";
import { dayAfter, dayDate, dayKey, weekOf, type DayKey } from "../../core/calendar/calendar-day";
import { calendarMonth, type CalendarDayCell, type CalendarMonth } from "../../core/calendar/calendar-month";
import { calendarWeek, type CalendarWeek } from "../../core/calendar/calendar-week";
import type { CalendarEntry } from "../../core/calendar/calendar-entries";
import { dateLocale } from "../../core/i18n/date-locale";
import { foldedText } from "../../core/text/comparable-text";
import { shortenText } from "../../core/text/shorten-text";
import type { Studio } from "../shared/studio";
import { IndexView } from "../shared/index-view";
import { readingLine } from "../shared/still-reading";
import { openPluginSettings } from "../shared/open-plugin-settings";
import { scrollNearEdges } from "../pipeline/edge-scroll";
import { CALENDAR_DRAG_TYPE, listenToCalendar } from "./calendar-interactions";
import type { Planning } from "./planning";

export const CALENDAR_VIEW_TYPE = "thought-leadership-calendar";

/** A month of whole weeks, or one week with the rhythm. */
export type CalendarMode = "month" | "week";

/** Drafts a day of the month shows; "+3" shows the rest in its week. */
const MONTH_DAY_ENTRIES = 3;
/** Longest idea words a draft of the calendar shows; the whole of them is in its label. */
const IDEA_CHARS = 80;

/** What the calendar asks of the commands around it. */
export interface CalendarCommands {
	/** The plan dialog of a draft. */
	plan(path: string): void;
	/** A "+" slot: pick an idea, draft it for the channel on that day. */
	fillSlot(day: DayKey, channel: string): void;
}

/** What the calendar keeps in the workspace: its mode and the day it shows. */
interface CalendarState {
	mode: CalendarMode | null;
	day: DayKey | null;
}

function readState(state: unknown): CalendarState {
	const raw = (typeof state === "object" && state !== null ? state : {}) as Record<string, unknown>;
	const mode = raw.mode === "month" || raw.mode === "week" ? raw.mode : null;
	const day = typeof raw.day === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw.day) ? raw.day : null;
	return { mode, day };
}

/**
 * The editorial calendar: a month of whole weeks (a tab's default), or a week with the rhythm of each channel
 * (the side panel's default, stacked there and on a phone). Each day shows its planned drafts (time, format,
 * channel, the idea's words) and its publications; drafts planned on a past day and not published are
 * overdue. A planned draft moves to another day by drag and drop, Shift and the arrow keys, or its menu (a
 * tap on a phone): the minimal edit of `planned`, with Undo. Drawn again when the index changes, once for a
 * run of changes. https://docs.obsidian.md/Reference/TypeScript+API/ItemView
 */
export class CalendarView extends IndexView {
	navigation = false;
	private state: CalendarState = { mode: null, day: null };
	private headEl: HTMLElement | null = null;
	private bodyEl: HTMLElement | null = null;
	private place: "tab" | "side" = "side";
	/** The draft to give the focus back to once the calendar is drawn again (moved with the keyboard). */
	private focusPath: string | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		studio: Studio,
		private readonly planning: Planning,
		private readonly commands: CalendarCommands,
	) {
		super(leaf, studio, 100);
	}

	getViewType(): string {
		return CALENDAR_VIEW_TYPE;
	}

	getDisplayText(): string {
		return this.studio.translate("calendar.title");
	}

	getIcon(): string {
		return "calendar-days";
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), mode: this.state.mode, day: this.state.day };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		this.state = readState(state);
		await super.setState(state, result);
		this.render();
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("tls-calendar");
		this.updatePlace();
		this.headEl = this.contentEl.createDiv({ cls: "tls-cal-head" });
		this.bodyEl = this.contentEl.createDiv({ cls: "tls-cal-body" });
		scrollNearEdges(this.bodyEl, CALENDAR_DRAG_TYPE);
		listenToCalendar(this.bodyEl, {
			open: (path, newTab) => this.open(path, newTab),
			menu: (path, at) => this.entryMenu(path).showAtPosition(at),
			move: (path, day, keepFocus) => void this.move(path, day, keepFocus),
			shifted: (path, days) => this.planning.shifted(path, days),
			showWeek: (day) => this.show("week", day),
			fillSlot: (day, channel) => this.commands.fillSlot(day, channel),
		});
		this.followIndex();
		// While the first pass reads the notes, the loading line says how far it is.
		this.register(this.studio.index.onProgress(() => {
			if (!this.studio.isReady()) this.render();
		}));
		this.registerEvent(this.app.workspace.on("layout-change", () => this.updatePlace()));
		this.render();
		await Promise.resolve();
	}

	onResize(): void {
		this.updatePlace();
	}

	/** Where the calendar is open: a main tab or a side panel. */
	get where(): "tab" | "side" {
		return this.place;
	}

	/** The mode shown: the one chosen, else a month in a tab and a week in the side panel. */
	get mode(): CalendarMode {
		return this.state.mode ?? (this.place === "tab" ? "month" : "week");
	}

	/** Shows `mode` around `day` (today when null), and keeps it for a restart. */
	show(mode: CalendarMode, day: DayKey | null): void {
		this.state = { mode, day };
		this.app.workspace.requestSaveLayout();
		this.render();
	}

	private updatePlace(): void {
		const place = this.containerEl.closest(".mod-root") ? "tab" : "side";
		if (place === this.place && this.contentEl.hasClass(`is-${place}`)) return;
		this.place = place;
		this.contentEl.toggleClass("is-tab", place === "tab");
		this.contentEl.toggleClass("is-side", place === "side");
		if (this.state.mode === null) this.render();
	}

	protected redraw(): void {
		this.render();
	}

	/** Draws the calendar anew: its head, then the month or the week. A few hundred elements at most, whatever the vault's size. */
	render(): void {
		const head = this.headEl;
		const body = this.bodyEl;
		if (!head || !body) return;
		const focused = this.focusKey();
		const day = this.state.day ?? this.planning.today();
		const mode = this.mode;
		this.contentEl.toggleClass("is-month", mode === "month");
		this.contentEl.toggleClass("is-week", mode === "week");
		head.empty();
		body.empty();
		if (!this.studio.isReady()) {
			this.drawHead(head, mode, day, 0);
			body.createDiv({ cls: "tls-cal-loading", text: readingLine(this.studio) });
			return;
		}
		const input = this.planning.calendarInput();
		if (mode === "month") {
			const month = calendarMonth(input, day, this.planning.weekStartsOn());
			this.drawHead(head, mode, day, month.overdue);
			this.drawMonth(body, month);
		} else {
			const week = calendarWeek(input, day, this.planning.weekStartsOn(), this.planning.rhythm);
			this.drawHead(head, mode, day, week.days.reduce((n, cell) => n + cell.entries.filter((entry) => entry.overdue).length, 0));
			this.drawWeek(body, week);
		}
		this.restoreFocus(focused);
	}

	private get t() {
		return this.studio.translate;
	}

	private get locale() {
		return dateLocale(this.studio.language);
	}

	/** The previous and next buttons, Today, the month or week shown, its overdue drafts, and the switch between month and week. */
	private drawHead(head: HTMLElement, mode: CalendarMode, day: DayKey, overdue: number): void {
		const t = this.t;
		const step = (direction: 1 | -1): DayKey => (mode === "month" ? dayKey(addMonths(dayDate(day), direction)) : dayAfter(day, 7 * direction));
		const nav = head.createDiv({ cls: "tls-cal-nav" });
		const button = (cls: string, label: string, icon: string | null, focus: string, onClick: () => void): void => {
			const el = nav.createEl("button", { cls: `tls-cal-nav-button ${cls}`, attr: { "aria-label": label, "data-focus": focus } });
			if (icon) setIcon(el, icon);
			else el.setText(label);
			el.addEventListener("click", onClick);
		};
		button("tls-cal-prev clickable-icon", t(mode === "month" ? "calendar.previousMonth" : "calendar.previousWeek"), "chevron-left", "prev", () => this.show(mode, step(-1)));
		button("tls-cal-today", t("calendar.today"), null, "today", () => this.show(mode, null));
		button("tls-cal-next clickable-icon", t(mode === "month" ? "calendar.nextMonth" : "calendar.nextWeek"), "chevron-right", "next", () => this.show(mode, step(1)));
		const first = dayDate(mode === "month" ? day : (weekOf(day, this.planning.weekStartsOn())[0] ?? day));
		const title = mode === "month" ? format(first, "LLLL yyyy", { locale: this.locale }) : t("calendar.weekOf", { date: format(first, "PP", { locale: this.locale }) });
		head.createEl("h2", { cls: "tls-cal-title", text: title, attr: { "aria-live": "polite" } });
		if (overdue > 0) head.createSpan({ cls: "tls-cal-overdue-count", text: t("calendar.overdueCount", { count: overdue }) });
		const modes = head.createDiv({ cls: "tls-cal-modes", attr: { role: "group", "aria-label": t("calendar.mode") } });
		for (const [value, label] of [
			["month", t("calendar.month")],
			["week", t("calendar.week")],
		] as const) {
			const el = modes.createEl("button", { cls: `tls-cal-mode${value === mode ? " is-active" : ""}`, text: label, attr: { "aria-pressed": String(value === mode), "data-mode": value, "data-focus": `mode-${value}` } });
			el.addEventListener("click", () => this.show(value, this.state.day));
		}
	}

	private drawMonth(body: HTMLElement, month: CalendarMonth): void {
		const grid = body.createDiv({ cls: "tls-cal-month" });
		const names = grid.createDiv({ cls: "tls-cal-weekdays", attr: { "aria-hidden": "true" } });
		for (const cell of month.weeks[0] ?? []) names.createDiv({ cls: "tls-cal-weekday", text: format(dayDate(cell.day), "EEE", { locale: this.locale }) });
		for (const week of month.weeks) {
			const row = grid.createDiv({ cls: "tls-cal-week-row" });
			for (const cell of week) {
				const el = this.dayElement(row, cell);
				const head = el.createDiv({ cls: "tls-cal-day-head" });
				head.createEl("button", {
					cls: "tls-cal-day-number tls-cal-show-week",
					text: format(dayDate(cell.day), "d", { locale: this.locale }),
					attr: { "data-day": cell.day, "aria-label": this.t("calendar.showWeekOf", { date: this.planning.dayText(cell.day) }) },
				});
				this.entryList(el, cell.entries.slice(0, MONTH_DAY_ENTRIES));
				const more = cell.entries.length - MONTH_DAY_ENTRIES;
				if (more > 0) {
					el.createEl("button", { cls: "tls-cal-more tls-cal-show-week", text: this.t("calendar.more", { count: more }), attr: { "data-day": cell.day, "aria-label": this.t("calendar.moreLabel", { count: more, date: this.planning.dayText(cell.day) }) } });
				}
			}
		}
	}

	private drawWeek(body: HTMLElement, week: CalendarWeek): void {
		const t = this.t;
		const rhythm = body.createDiv({ cls: "tls-cal-rhythm" });
		if (week.rhythm.length === 0) {
			rhythm.createSpan({ cls: "tls-cal-rhythm-none", text: t("calendar.noRhythm") });
			const settings = rhythm.createEl("button", { cls: "tls-cal-rhythm-settings", text: t("calendar.rhythmSettings") });
			settings.addEventListener("click", () => {
				if (!openPluginSettings(this.app, this.studio.pluginId)) new Notice(t("notice.openSettings"));
			});
		}
		for (const line of week.rhythm) {
			const met = line.count >= line.perWeek;
			const el = rhythm.createDiv({ cls: `tls-cal-rhythm-line${met ? " is-met" : ""}`, attr: { "aria-label": t("calendar.rhythmLabel", { channel: line.label, count: line.count, perWeek: line.perWeek }) } });
			el.createSpan({ cls: "tls-cal-rhythm-channel", text: line.label, attr: { "aria-hidden": "true" } });
			el.createSpan({ cls: "tls-cal-rhythm-count", text: t("calendar.rhythmCount", { count: line.count, perWeek: line.perWeek }), attr: { "aria-hidden": "true" } });
		}
		const days = body.createDiv({ cls: "tls-cal-week" });
		const labels = new Map(week.rhythm.map((line) => [line.channel, line.label]));
		for (const cell of week.days) {
			const el = this.dayElement(days, cell);
			const head = el.createDiv({ cls: "tls-cal-day-head" });
			head.createSpan({ cls: "tls-cal-day-name", text: format(dayDate(cell.day), "EEEE", { locale: this.locale }) });
			head.createSpan({ cls: "tls-cal-day-date", text: this.planning.monthDayText(cell.day) });
			this.entryList(el, cell.entries);
			for (const channel of cell.slots) {
				const label = labels.get(channel) ?? channel;
				el.createEl("button", { cls: "tls-cal-slot", text: `+ ${label}`, attr: { "data-day": cell.day, "data-channel": channel, "aria-label": t("calendar.slotLabel", { channel: label, date: this.planning.dayText(cell.day) }) } });
			}
		}
	}

	/** A day: where its drafts are, and where a dragged draft is dropped. */
	private dayElement(parent: HTMLElement, cell: CalendarDayCell): HTMLElement {
		const cls = ["tls-cal-day", cell.inMonth ? "" : "is-other-month", cell.isToday ? "is-today" : "", cell.isPast ? "is-past" : ""].filter((c) => c !== "").join(" ");
		const label = cell.entries.length === 0 ? this.planning.dayText(cell.day) : this.t("calendar.dayLabel", { date: this.planning.dayText(cell.day), count: cell.entries.length });
		return parent.createDiv({ cls, attr: { "data-day": cell.day, role: "group", "aria-label": label } });
	}

	private entryList(day: HTMLElement, entries: readonly CalendarEntry[]): HTMLElement {
		const list = day.createDiv({ cls: "tls-cal-entries", attr: { role: "list" } });
		for (const entry of entries) this.entryElement(list, entry);
		return list;
	}

	/** One draft on its day: its time, its format (and channel when the name does not say it), its idea's words; a menu button. Text only. */
	private entryElement(list: HTMLElement, entry: CalendarEntry): void {
		const t = this.t;
		const channel = entry.channel !== null && !foldedText(entry.format).includes(foldedText(entry.channel)) ? entry.channel : null;
		const name = channel === null ? entry.format : `${entry.format} · ${channel}`;
		const date = this.planning.dayText(entry.day, entry.time);
		const vars = { format: name, idea: entry.idea, date };
		const label = entry.published ? t("calendar.entryPublished", vars) : entry.overdue ? t("calendar.entryOverdue", vars) : t("calendar.entryPlanned", vars);
		const state = entry.published ? "is-published" : entry.overdue ? "is-planned is-overdue" : "is-planned";
		const el = list.createDiv({ cls: `tls-cal-entry ${state}`, attr: { role: "listitem", tabindex: "0", "data-path": entry.path, draggable: entry.published ? "false" : "true", "aria-label": label, title: label } });
		const text = el.createDiv({ cls: "tls-cal-entry-text", attr: { "aria-hidden": "true" } });
		const first = text.createDiv({ cls: "tls-cal-entry-line" });
		if (entry.time !== null) first.createSpan({ cls: "tls-cal-entry-time", text: this.planning.timeText(entry.time) });
		first.createSpan({ cls: "tls-cal-entry-format", text: name });
		text.createSpan({ cls: "tls-cal-entry-idea", text: shortenText(entry.idea, IDEA_CHARS) });
		const menu = el.createEl("button", { cls: "clickable-icon tls-cal-entry-menu", attr: { "aria-label": t("calendar.entryMenu", { title: `${entry.idea} — ${entry.format}` }), tabindex: "-1" } });
		setIcon(menu, "more-vertical");
	}

	/** A draft's menu: open it, plan it, move it a day or a week (what a phone has instead of drag and keys). */
	entryMenu(path: string): Menu {
		const t = this.t;
		const draft = this.planning.draft(path);
		const menu = new Menu();
		if (draft) menu.addItem((item) => item.setTitle(shortenText(this.planning.titleOf(draft), IDEA_CHARS)).setIsLabel(true));
		menu.addItem((item) => item.setTitle(t("menu.open")).setIcon("file-text").onClick(() => this.open(path, false)));
		menu.addItem((item) => item.setTitle(t("menu.openInNewTab")).setIcon("file-plus").onClick(() => this.open(path, true)));
		if (draft && !draft.published) {
			menu.addItem((item) => item.setTitle(t("menu.planDraft")).setIcon("calendar-clock").onClick(() => this.commands.plan(path)));
			if (draft.planned !== null) {
				menu.addSeparator();
				for (const [days, key] of [
					[-1, "menu.planDayEarlier"],
					[1, "menu.planDayLater"],
					[7, "menu.planWeekLater"],
				] as const) {
					const day = this.planning.shifted(path, days);
					if (day !== null) menu.addItem((item) => item.setTitle(t(key, { date: this.planning.shortDayText(day) })).setIcon(days < 0 ? "arrow-left" : "arrow-right").onClick(() => void this.move(path, day, true)));
				}
			}
		}
		return menu;
	}

	/** Shows the move at once (the draft goes to its new day, when that day is on screen), writes it, and draws the calendar again if the write fails. */
	private async move(path: string, day: DayKey, keepFocus: boolean): Promise<void> {
		const el = this.entryElementOf(path);
		const target = this.bodyEl?.querySelector<HTMLElement>(`.tls-cal-day[data-day="${day}"] .tls-cal-entries`);
		if (el && target) target.prepend(el);
		if (keepFocus) {
			this.focusPath = path;
			// Off screen: the calendar goes to where the draft went, so that the keys can move it on.
			if (!target) this.show(this.mode, day);
			else el?.focus();
		}
		if (!(await this.planning.move(path, day))) this.render();
	}

	/** The element of a draft on screen, found by its path (which may hold any character a selector would need escaped). */
	private entryElementOf(path: string): HTMLElement | null {
		return Array.from(this.bodyEl?.querySelectorAll<HTMLElement>(".tls-cal-entry[data-path]") ?? []).find((el) => el.dataset.path === path) ?? null;
	}

	/** Opens a draft: in another tab when the calendar is in one, so it stays open. */
	private open(path: string, newTab: boolean): void {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) return;
		void this.app.workspace.getLeaf(newTab || this.place === "tab" ? "tab" : false).openFile(file);
	}

	/** What has the focus, to give it back once drawn again: a draft, or one of the head's buttons. */
	private focusKey(): string | null {
		if (this.focusPath !== null) return `entry:${this.focusPath}`;
		const active = document.activeElement;
		if (!(active instanceof HTMLElement) || !this.contentEl.contains(active)) return null;
		const path = active.closest<HTMLElement>(".tls-cal-entry[data-path]")?.dataset.path;
		if (path) return `entry:${path}`;
		return active.dataset.focus ? `head:${active.dataset.focus}` : null;
	}

	private restoreFocus(key: string | null): void {
		if (key === null) return;
		if (key.startsWith("entry:")) {
			const path = key.slice("entry:".length);
			const el = this.entryElementOf(path);
			if (el) {
				el.focus();
				this.focusPath = null;
			}
		} else this.headEl?.querySelector<HTMLElement>(`[data-focus="${key.slice("head:".length)}"]`)?.focus();
	}
}
