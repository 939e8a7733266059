import { Keymap } from "obsidian";
import type { DayKey } from "../../core/calendar/calendar-day";
import { onDragOver } from "../shared/drag-over";

/** The drag data type of a calendar draft, so that other drags (a file from the explorer, a board card) are left alone. */
export const CALENDAR_DRAG_TYPE = "application/x-thought-leadership-planned";

/** A draft of the calendar under an event. */
export interface EntryHit {
	el: HTMLElement;
	path: string;
	published: boolean;
}

/** What the calendar's mouse, keyboard and drag handlers ask of the calendar. */
export interface CalendarHost {
	open(path: string, newTab: boolean): void;
	/** Shows a draft's menu at a point. */
	menu(path: string, at: { x: number; y: number }): void;
	/** Moves a planned draft to another day; `keepFocus` when the keyboard did it. */
	move(path: string, toDay: DayKey, keepFocus: boolean): void;
	/** The day `days` after a planned draft's day, or null when it is not planned. */
	shifted(path: string, days: number): DayKey | null;
	/** Shows the week of a day (the month's day number, its "+3"). */
	showWeek(day: DayKey): void;
	/** A "+" slot of the rhythm: drafts an idea for `channel` on `day`. */
	fillSlot(day: DayKey, channel: string): void;
}

/** The draft of the calendar under an event, if any. */
export function entryAt(event: Event): EntryHit | null {
	const target = event.target;
	if (!(target instanceof Element)) return null;
	const el = target.closest<HTMLElement>(".tls-cal-entry[data-path]");
	const path = el?.dataset.path;
	return el && path ? { el, path, published: el.hasClass("is-published") } : null;
}

/** The day under a drag event, if any. */
function dropDayAt(event: Event): HTMLElement | null {
	return event.target instanceof Element ? event.target.closest<HTMLElement>(".tls-cal-day[data-day]") : null;
}

/** Shift+arrows: a day before or after, a week before or after. */
const SHIFTS: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

function onEntryKey(root: HTMLElement, host: CalendarHost, event: KeyboardEvent, hit: EntryHit): void {
	const shift = SHIFTS[event.key];
	if (event.key === "Enter") {
		event.preventDefault();
		host.open(hit.path, Boolean(Keymap.isModEvent(event)));
	} else if (event.shiftKey && shift !== undefined) {
		event.preventDefault();
		if (hit.published) return;
		const day = host.shifted(hit.path, shift);
		if (day !== null) host.move(hit.path, day, true);
	} else if (shift !== undefined) {
		// Arrows alone go from draft to draft, in reading order.
		event.preventDefault();
		const entries = Array.from(root.querySelectorAll<HTMLElement>(".tls-cal-entry[data-path]"));
		entries[entries.indexOf(hit.el) + (shift > 0 ? 1 : -1)]?.focus();
	} else if (event.key === "ContextMenu" || (event.shiftKey && event.key === "F10")) {
		event.preventDefault();
		const rect = hit.el.getBoundingClientRect();
		host.menu(hit.path, { x: rect.left + 16, y: rect.bottom });
	}
}

/**
 * The calendar's handlers, one per kind of event for all its days: click and Ctrl/Cmd-click on a draft, its
 * menu (button, right click, long press, menu key), Shift+arrows, drag and drop onto a day, the day numbers,
 * "+3" and the rhythm's "+" slots.
 */
export function listenToCalendar(root: HTMLElement, host: CalendarHost): void {
	let dragged: string | null = null;
	root.addEventListener("click", (event) => {
		const target = event.target instanceof Element ? event.target : null;
		const slot = target?.closest<HTMLElement>(".tls-cal-slot[data-day][data-channel]");
		if (slot) {
			host.fillSlot(slot.dataset.day ?? "", slot.dataset.channel ?? "");
			return;
		}
		const week = target?.closest<HTMLElement>(".tls-cal-show-week[data-day]");
		if (week) {
			host.showWeek(week.dataset.day ?? "");
			return;
		}
		const hit = entryAt(event);
		if (!hit) return;
		if (target?.closest(".tls-cal-entry-menu")) {
			event.stopPropagation();
			host.menu(hit.path, { x: event.clientX, y: event.clientY });
		} else host.open(hit.path, Boolean(Keymap.isModEvent(event)));
	});
	root.addEventListener("contextmenu", (event) => {
		const hit = entryAt(event);
		if (!hit) return;
		event.preventDefault();
		host.menu(hit.path, { x: event.clientX, y: event.clientY });
	});
	root.addEventListener("keydown", (event) => {
		const hit = entryAt(event);
		if (hit && !(event.target instanceof Element && event.target.closest(".tls-cal-entry-menu"))) onEntryKey(root, host, event, hit);
	});
	root.addEventListener("dragstart", (event) => {
		const hit = entryAt(event);
		if (!hit || hit.published) return;
		dragged = hit.path;
		event.dataTransfer?.setData(CALENDAR_DRAG_TYPE, hit.path);
		event.dataTransfer?.setData("text/plain", hit.el.getAttribute("aria-label") ?? hit.path);
		if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
		hit.el.addClass("is-dragging");
	});
	root.addEventListener("dragend", (event) => {
		dragged = null;
		entryAt(event)?.el.removeClass("is-dragging");
		for (const day of Array.from(root.querySelectorAll(".is-drop-target"))) day.removeClass("is-drop-target");
	});
	onDragOver(root, (event) => {
		const day = dropDayAt(event);
		// A draft dragged here, or from the calendar in another pane.
		if (!day || !(dragged !== null || event.dataTransfer?.types.includes(CALENDAR_DRAG_TYPE))) return;
		event.preventDefault();
		if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
		day.addClass("is-drop-target");
	});
	root.addEventListener("dragleave", (event) => {
		const day = dropDayAt(event);
		if (day && !(event.relatedTarget instanceof Node && day.contains(event.relatedTarget))) day.removeClass("is-drop-target");
	});
	root.addEventListener("drop", (event) => {
		const day = dropDayAt(event);
		if (!day) return;
		event.preventDefault();
		day.removeClass("is-drop-target");
		const path = event.dataTransfer?.getData(CALENDAR_DRAG_TYPE) || dragged;
		dragged = null;
		const key = day.dataset.day;
		if (path && key) host.move(path, key, false);
	});
}
