import { format } from "date-fns";
import type { Locale } from "date-fns";
import type { CalendarWeek, StatBar } from "../../core/stats/writing-stats";
import type { Translate } from "../../core/i18n/translator";

/** What a click (or Enter, or Space) on a bar or a week shows: its label and its notes. */
export type ShowNotes = (label: string, notes: StatBar["notes"]) => void;

/** A row: the label on a line of its own, the bar under it; 44 px, a touch target on a phone. */
const ROW = 44;
const LABEL_Y = 13;
const BAR_Y = 22;
const BAR = 14;
/** Share of the chart's width for the longest bar; its count follows it. */
const BAR_SHARE = 88;

/** Makes an SVG element act as a button: focusable, named, and answering Enter and Space as a click. */
function asButton(el: SVGElement, label: string, onPress: () => void): void {
	el.setAttribute("role", "button");
	el.setAttribute("tabindex", "0");
	el.setAttribute("aria-label", label);
	el.addEventListener("click", onPress);
	el.addEventListener("keydown", (event) => {
		if (event.key !== "Enter" && event.key !== " ") return;
		event.preventDefault();
		onPress();
	});
}

/**
 * A horizontal bar chart in SVG, in the theme's colours (CSS classes over Obsidian's variables): one
 * bar a row, its label and count as text. Each bar is a button that lists its notes, named for screen
 * readers with its label and count; the chart itself is a named group. Each label has a line of its own
 * above its bar, and widths are in percent, so that the text keeps its size and room at any width.
 */
export function renderBarChart(parent: HTMLElement, title: string, bars: readonly StatBar[], labelOf: (bar: StatBar) => string, t: Translate, show: ShowNotes): void {
	if (bars.length === 0) {
		parent.createDiv({ cls: "tls-stats-empty", text: t("stats.empty") });
		return;
	}
	const max = Math.max(1, ...bars.map((bar) => bar.count));
	const svg = parent.createSvg("svg", { cls: "tls-stats-chart", attr: { width: "100%", height: String(bars.length * ROW), role: "group", "aria-label": title } });
	bars.forEach((bar, i) => {
		const label = labelOf(bar);
		const y = i * ROW;
		const g = svg.createSvg("g", { cls: "tls-stats-bar" });
		asButton(g, t("stats.bar", { label, count: bar.count }), () => show(label, bar.notes));
		// A row-wide target, so the whole row answers a click or a tap, not only the bar.
		g.createSvg("rect", { cls: "tls-stats-hit", attr: { x: "0", y: String(y), width: "100%", height: String(ROW) } });
		const text = g.createSvg("text", { cls: "tls-stats-label", attr: { x: "0", y: String(y + LABEL_Y), "dominant-baseline": "middle" } });
		text.textContent = label;
		const width = (BAR_SHARE * bar.count) / max;
		g.createSvg("rect", { cls: "tls-stats-fill", attr: { x: "0", y: String(y + BAR_Y), width: `${width}%`, height: String(BAR), rx: "3" } });
		const count = g.createSvg("text", { cls: "tls-stats-count", attr: { x: `${width + 1}%`, y: String(y + BAR_Y + BAR / 2), "dominant-baseline": "middle" } });
		count.textContent = String(bar.count);
	});
}

const CELL = 12;
const GAP = 3;
const MONTH_ROW = 16;

/**
 * The publishing calendar: one square a week over the last year, shaded like a contribution graph (level 0
 * to 4 of the busiest week), months named above. A week with publications is a button that lists them;
 * every square is named (week and count) for screen readers. Scales to the width of its place; where that
 * would make squares too small to tap (a phone), it scrolls sideways, showing the latest weeks first.
 */
export function renderCalendar(parent: HTMLElement, title: string, weeks: readonly CalendarWeek[], locale: Locale, t: Translate, show: ShowNotes): void {
	const width = weeks.length * (CELL + GAP);
	const wrap = parent.createDiv({ cls: "tls-stats-calendar-wrap" });
	// After the first paint, so that the render itself never waits for a layout.
	window.requestAnimationFrame(() => (wrap.scrollLeft = wrap.scrollWidth));
	const svg = wrap.createSvg("svg", { cls: "tls-stats-calendar", attr: { viewBox: `0 0 ${width} ${MONTH_ROW + CELL}`, role: "group", "aria-label": title, preserveAspectRatio: "xMinYMin meet" } });
	let month = -1;
	weeks.forEach((week, i) => {
		const x = i * (CELL + GAP);
		const date = new Date(week.start);
		// A month is named above its first full week, if there is room before the next one.
		if (date.getMonth() !== month) {
			month = date.getMonth();
			if (i < weeks.length - 2) {
				const text = svg.createSvg("text", { cls: "tls-stats-month", attr: { x: String(x), y: String(MONTH_ROW - 4), "aria-hidden": "true" } });
				text.textContent = format(date, "LLL", { locale });
			}
		}
		const label = t("stats.week", { date: format(date, "PP", { locale }), count: week.count });
		const cell = svg.createSvg("rect", { cls: `tls-stats-week tls-heat-${week.level}`, attr: { x: String(x), y: String(MONTH_ROW), width: String(CELL), height: String(CELL), rx: "2", "data-week": String(week.start) } });
		if (week.count > 0) asButton(cell, label, () => show(label, week.notes));
		else {
			cell.setAttribute("role", "img");
			cell.setAttribute("aria-label", label);
		}
		cell.createSvg("title").textContent = label;
	});
}
