import type { BoardModel, BoardSort } from "../../core/pipeline/board-model";
import type { Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import { isSort, type BoardViewState } from "./board-view-state";

/** The filter bar's choices: tags of the ideas, and the notes the ideas and inbox items come from. */
export interface FilterChoices {
	tags: readonly string[];
	model: BoardModel;
}

function dropdown(parent: HTMLElement, cls: string, anyLabel: string, options: readonly [string, string][], value: string | null, onChange: (value: string | null) => void): void {
	const select = parent.createEl("select", { cls: `dropdown ${cls}`, attr: { "aria-label": anyLabel } });
	select.createEl("option", { value: "", text: anyLabel });
	for (const [key, label] of options) select.createEl("option", { value: key, text: label });
	select.value = value ?? "";
	select.addEventListener("change", () => onChange(select.value === "" ? null : select.value));
}

/** Search, tag, source and sort: each change updates `state` and calls `onChange`. */
export function renderFilterBar(el: HTMLElement, choices: FilterChoices, state: BoardViewState, t: Translate, language: Language, onChange: () => void): void {
	el.empty();
	const search = el.createEl("input", { type: "search", cls: "tls-board-search", attr: { placeholder: t("board.search"), "aria-label": t("board.search") } });
	search.value = state.filter.text;
	search.addEventListener("input", () => {
		state.filter = { ...state.filter, text: search.value };
		onChange();
	});
	const tags = [...new Set(choices.tags)].sort((a, b) => a.localeCompare(b, language));
	dropdown(el, "tls-board-tag", t("board.allTags"), tags.map((tag) => [tag, `#${tag}`]), state.filter.tag, (value) => {
		state.filter = { ...state.filter, tag: value };
		onChange();
	});
	const sources = new Map<string, string>();
	for (const lane of choices.model.lanes) for (const card of lane.cards) if (card.sourcePath && card.sourceTitle) sources.set(card.sourcePath, card.sourceTitle);
	for (const item of choices.model.inbox) sources.set(item.sourcePath, item.sourceTitle);
	const sourceOptions = [...sources].sort((a, b) => a[1].localeCompare(b[1], language));
	dropdown(el, "tls-board-source", t("board.allSources"), sourceOptions, state.filter.source, (value) => {
		state.filter = { ...state.filter, source: value };
		onChange();
	});
	const sorts: [BoardSort, string][] = [
		["created", t("board.sort.created")],
		["updated", t("board.sort.updated")],
		["title", t("board.sort.title")],
	];
	const sort = el.createEl("select", { cls: "dropdown tls-board-sort", attr: { "aria-label": t("board.sort.title") } });
	for (const [value, label] of sorts) sort.createEl("option", { value, text: label });
	sort.value = state.sort;
	sort.addEventListener("change", () => {
		if (isSort(sort.value)) state.sort = sort.value;
		onChange();
	});
}
