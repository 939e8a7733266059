import type { BoardModel, BoardSort } from "../../core/pipeline/board-model";
import type { Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import { isSort, type BoardViewState } from "./board-view-state";
import { ORIGINS, originCardMessage } from "../../core/pipeline/idea-origin";
import { HORIZONS, horizonMessage } from "../../core/reading/book-horizon";
import { collatorFor } from "../../core/pipeline/board-order";

/** The filter bar's choices: tags of the ideas, and the notes the ideas and inbox items come from. */
export interface FilterChoices {
	tags: readonly string[];
	model: BoardModel;
}

/**
 * A filter bar on screen: `update` brings its menus in line with the vault, leaving the search field (and its focus)
 * alone; `followNote` names the note whose ideas the board shows (null: none is open), when it shows those only.
 */
export interface FilterBar {
	update(choices: FilterChoices): void;
	followNote(title: string | null): void;
}

/** A menu whose first option means "any"; `setOptions` redraws its options only when they changed. */
export function dropdown(parent: HTMLElement, cls: string, label: string, anyLabel: string, value: string | null, onChange: (value: string | null) => void): (options: readonly [string, string][]) => void {
	const select = parent.createEl("select", { cls: `dropdown ${cls}`, attr: { "aria-label": label } });
	let shown = "";
	select.addEventListener("change", () => {
		// What the writer chose now is what stays chosen when the options are redrawn, "any" included.
		value = select.value === "" ? null : select.value;
		onChange(value);
	});
	return (options) => {
		const chosen = select.value === "" ? value : select.value;
		// A chosen value gone from the vault stays listed, so the filter never changes behind the writer's back.
		const all = chosen !== null && !options.some(([key]) => key === chosen) ? [...options, [chosen, chosen] as [string, string]] : options;
		const signature = JSON.stringify(all);
		if (signature === shown) return;
		shown = signature;
		select.empty();
		select.createEl("option", { value: "", text: anyLabel });
		for (const [key, text] of all) select.createEl("option", { value: key, text });
		select.value = chosen ?? "";
	};
}

function sourcesOf(model: BoardModel, language: Language): [string, string][] {
	const sources = new Map<string, string>();
	for (const lane of model.lanes) for (const card of lane.cards) if (card.sourcePath && card.sourceTitle) sources.set(card.sourcePath, card.sourceTitle);
	for (const item of model.inbox) for (const source of item.sources) sources.set(source.path, source.title);
	const collator = collatorFor(language);
	return [...sources].sort((a, b) => collator.compare(a[1], b[1]));
}

/** Filter bars drawn so far, so that each one's id is its own (two boards may be open). */
let barsDrawn = 0;

/** How many of the filters (tag, source, origin, horizon) narrow the board. */
function activeFilters(state: BoardViewState): number {
	const { tag, source, origin, horizon } = state.filter;
	return [tag, source, origin ?? null, horizon ?? null].filter((value) => value !== null).length;
}

/**
 * Search, "This note" (the ideas of the open note only), then a "Filters" button over the tag, source, origin and
 * horizon menus and the sort: each change updates `state` and calls `onChange`. In a main tab the menus are always
 * shown and the button is not; in a side panel and on a phone, where five menus would push the lanes out of view,
 * the button shows and hides them and says how many filters are on.
 */
export function renderFilterBar(el: HTMLElement, choices: FilterChoices, state: BoardViewState, t: Translate, language: Language, onChange: () => void): FilterBar {
	el.empty();
	const search = el.createEl("input", { type: "search", cls: "tls-board-search", attr: { placeholder: t("board.search"), "aria-label": t("board.search") } });
	search.value = state.filter.text;
	search.addEventListener("input", () => {
		state.filter = { ...state.filter, text: search.value };
		onChange();
	});
	const openNote = el.createEl("button", { cls: "tls-board-open-note", text: t("board.openNote"), attr: { "aria-label": t("board.openNoteLabel"), "aria-pressed": String(state.openNote) } });
	const menusId = `tls-board-filter-menus-${++barsDrawn}`;
	const toggle = el.createEl("button", { cls: "tls-board-filters-toggle", attr: { "aria-expanded": "false", "aria-controls": menusId } });
	const menus = el.createDiv({ cls: "tls-board-filter-menus", attr: { id: menusId } });
	const caption = el.createDiv({ cls: "tls-board-open-note-caption", attr: { "aria-live": "polite" } });
	let followed: string | null = null;
	const showOpenNote = (): void => {
		openNote.setAttr("aria-pressed", String(state.openNote));
		openNote.toggleClass("is-active", state.openNote);
		caption.toggleClass("is-hidden", !state.openNote);
		caption.setText(followed === null ? t("board.openNoteNone") : t("board.openNoteOf", { note: followed }));
	};
	openNote.addEventListener("click", () => {
		state.openNote = !state.openNote;
		showOpenNote();
		onChange();
	});
	const showCount = (): void => {
		const count = activeFilters(state);
		toggle.setText(count === 0 ? t("board.filters") : t("board.filtersOn", { count }));
		toggle.toggleClass("is-active", count > 0);
	};
	toggle.addEventListener("click", () => {
		const open = !menus.hasClass("is-open");
		menus.toggleClass("is-open", open);
		toggle.setAttr("aria-expanded", String(open));
	});
	showCount();
	const filtered = (): void => {
		showCount();
		onChange();
	};
	const setTags = dropdown(menus, "tls-board-tag", t("board.filterTag"), t("board.allTags"), state.filter.tag, (value) => {
		state.filter = { ...state.filter, tag: value };
		filtered();
	});
	const setSources = dropdown(menus, "tls-board-source", t("board.filterSource"), t("board.allSources"), state.filter.source, (value) => {
		state.filter = { ...state.filter, source: value };
		filtered();
	});
	const setOrigins = dropdown(menus, "tls-board-origin", t("board.filterOrigin"), t("board.allOrigins"), state.filter.origin ?? null, (value) => {
		state.filter = { ...state.filter, origin: value };
		filtered();
	});
	setOrigins(ORIGINS.map((origin) => [origin, t(originCardMessage(origin))]));
	const setHorizons = dropdown(menus, "tls-board-horizon", t("board.filterHorizon"), t("board.allHorizons"), state.filter.horizon ?? null, (value) => {
		state.filter = { ...state.filter, horizon: value };
		filtered();
	});
	setHorizons(HORIZONS.map((horizon) => [horizon, t(horizonMessage(horizon))]));
	const sorts: [BoardSort, string][] = [
		["created", t("board.sort.created")],
		["updated", t("board.sort.updated")],
		["title", t("board.sort.title")],
	];
	const sort = menus.createEl("select", { cls: "dropdown tls-board-sort", attr: { "aria-label": t("board.sortBy") } });
	for (const [value, label] of sorts) sort.createEl("option", { value, text: label });
	sort.value = state.sort;
	sort.addEventListener("change", () => {
		if (isSort(sort.value)) state.sort = sort.value;
		onChange();
	});
	const bar: FilterBar = {
		update(next) {
			const collator = collatorFor(language);
			const tags = [...new Set(next.tags)].sort((a, b) => collator.compare(a, b));
			setTags(tags.map((tag) => [tag, `#${tag}`]));
			setSources(sourcesOf(next.model, language));
		},
		followNote(title) {
			followed = title;
			showOpenNote();
		},
	};
	bar.update(choices);
	showOpenNote();
	return bar;
}
