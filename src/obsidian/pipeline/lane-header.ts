import { setIcon } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { laneCount } from "../../core/pipeline/board-layout";

/** A lane's header on screen: the collapse toggle (named by the lane's title), its count, and "+" on stage lanes. */
export interface LaneHeader {
	toggle: HTMLButtonElement;
	count: HTMLElement;
}

export interface LaneHeaderOptions {
	title: string;
	/** Id of the lane's list of cards, which the toggle shows and hides. */
	listId: string;
	/** Shown on stage lanes: captures an idea straight into the stage. */
	onAdd?: () => void;
	onToggle: () => void;
}

/** Draws a lane's header in `header`. */
export function renderLaneHeader(header: HTMLElement, options: LaneHeaderOptions, t: Translate): LaneHeader {
	const toggle = header.createEl("button", { cls: "tls-lane-toggle", attr: { "aria-expanded": "true", "aria-controls": options.listId } });
	setIcon(toggle.createSpan({ cls: "tls-lane-chevron" }), "chevron-down");
	toggle.createSpan({ cls: "tls-lane-title", text: options.title });
	toggle.addEventListener("click", options.onToggle);
	const count = header.createSpan({ cls: "tls-lane-count" });
	const onAdd = options.onAdd;
	if (onAdd) {
		const add = header.createEl("button", { cls: "clickable-icon tls-lane-add", attr: { "aria-label": t("board.addToLane", { lane: options.title }) } });
		setIcon(add, "plus");
		add.addEventListener("click", onAdd);
	}
	return { toggle, count };
}

/** `7`, or `2 / 7` when a filter hides cards, with words for screen readers. */
export function showLaneCount(count: HTMLElement, shown: number, total: number, t: Translate): void {
	const value = laneCount(shown, total);
	count.setText(value.text);
	count.setAttr("aria-label", value.hidden > 0 ? t("board.countFiltered", { ...value }) : t("board.countAll", { ...value }));
	count.toggleClass("is-filtered", value.hidden > 0);
}

/** Shows a lane collapsed (its cards hidden, its header kept) or expanded. */
export function showCollapsed(lane: HTMLElement, header: LaneHeader, collapsed: boolean): void {
	lane.toggleClass("is-collapsed", collapsed);
	header.toggle.setAttr("aria-expanded", String(!collapsed));
}
