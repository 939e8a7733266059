import { Menu, setIcon } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import type { FrameworkModel, FrameworkSource, ProductColumn } from "../../core/brand/framework-model";
import { baseNameOf } from "../../core/note/link-target";
import { horizonMessage, parseHorizon } from "../../core/reading/book-horizon";
import { onDragOver } from "../shared/drag-over";
import { renderLongList, type LongListOptions } from "../shared/long-list";

/** What the sections do: open a note, make a product note from a link, create a book note. */
export interface FrameworkActions {
	open(path: string, newTab: boolean): void;
	/** Creates the note carrying the brand idea into `productKey`, linking `fromTarget` when given. */
	createProduct(productKey: string, fromTarget: string | null): void;
	createBook(target: string): void;
}

/** How far the writer unrolled the long list named `key` (the sources, a stage's ideas), kept across redraws. */
export type UnrolledLists = (key: string) => Pick<LongListOptions<unknown>, "shown" | "onShown" | "more">;

/** The drag payload: the link text of the source or idea dropped on a product. */
export const BRAND_DRAG_TYPE = "application/x-tls-brand-link";

function openLink(el: HTMLElement, path: string, text: string, actions: FrameworkActions): void {
	const link = el.createEl("a", { cls: "tls-framework-link", text, attr: { href: "#", "data-path": path } });
	link.addEventListener("click", (event) => {
		event.preventDefault();
		actions.open(path, event.ctrlKey || event.metaKey);
	});
}

/** A source or idea that can be carried into a product: dragged onto a column, or through its menu (keyboard, touch). */
function carriable(item: HTMLElement, title: string, linkText: string, path: string | null, model: FrameworkModel, t: Translate, actions: FrameworkActions): void {
	item.draggable = true;
	item.addEventListener("dragstart", (event) => {
		event.dataTransfer?.setData(BRAND_DRAG_TYPE, linkText);
		event.dataTransfer?.setData("text/plain", `[[${linkText}]]`);
	});
	const button = item.createEl("button", { cls: "tls-framework-menu clickable-icon", attr: { "aria-label": t("brand.menu.label", { title }), "aria-haspopup": "menu" } });
	setIcon(button, "more-horizontal");
	const show = (event: MouseEvent): void => {
		event.preventDefault();
		const menu = new Menu();
		if (path !== null) menu.addItem((entry) => entry.setTitle(t("brand.menu.open")).setIcon("file-text").onClick(() => actions.open(path, false)));
		for (const column of model.columns) {
			if (column.other) continue;
			menu.addItem((entry) => entry.setTitle(t("brand.menu.makeProduct", { product: column.label })).setIcon("package-plus").onClick(() => actions.createProduct(column.key, linkText)));
		}
		menu.showAtMouseEvent(event);
	};
	button.addEventListener("click", show);
	item.addEventListener("contextmenu", show);
}

function sourceLinkText(source: FrameworkSource): string {
	return source.path === null ? source.target : baseNameOf(source.path);
}

/**
 * The notes the brand idea stands on and those that link to it, each with its kind; an unwritten one offers
 * its book note. Thousands of them are drawn a page at a time.
 */
export function renderSources(el: HTMLElement, model: FrameworkModel, t: Translate, actions: FrameworkActions, unrolled: UnrolledLists): void {
	el.empty();
	el.createEl("h3", { text: t("brand.sources") });
	if (model.sources.length === 0) {
		el.createDiv({ cls: "tls-framework-empty", text: t("brand.sources.none") });
		return;
	}
	const list = el.createEl("ul", { cls: "tls-framework-sources" });
	renderLongList(list, { items: model.sources, ...unrolled("sources"), render: (source) => renderSource(list, source, model, t, actions) });
}

/** One source: its name (a link when written), its kind, how it links, and what can be done with it. */
function renderSource(list: HTMLElement, source: FrameworkSource, model: FrameworkModel, t: Translate, actions: FrameworkActions): void {
	const item = list.createEl("li", { cls: `tls-framework-source is-${source.kind}`, attr: { "data-target": source.target } });
	if (source.path !== null) openLink(item, source.path, source.title, actions);
	else item.createSpan({ cls: "tls-framework-unresolved", text: source.title });
	item.createSpan({ cls: `tls-brand-kind is-${source.kind}`, text: t(`brand.kind.${source.kind}`) });
	if (source.direction !== "out") item.createSpan({ cls: "tls-framework-meta", text: t("brand.sources.in") });
	if (source.horizon !== null) {
		// The horizon as the writer reads it (Contemporain), or as written when it is none the plugin knows.
		const horizon = parseHorizon(source.horizon);
		item.createSpan({ cls: "tls-framework-meta", text: t("brand.sources.horizon", { horizon: horizon ? t(horizonMessage(horizon)) : source.horizon }) });
	}
	if (source.unharvested !== null && source.unharvested > 0) item.createSpan({ cls: "tls-framework-meta", text: t("brand.sources.unharvested", { count: source.unharvested }) });
	if (source.path === null) {
		const create = item.createEl("button", { cls: "tls-framework-create-book", text: t("brand.sources.createBook") });
		create.addEventListener("click", () => actions.createBook(source.target));
	}
	carriable(item, source.title, sourceLinkText(source), source.path, model, t, actions);
}

/** The coverage: "3 of 8 products" and one segment a product, filled where the idea is replicated. */
export function renderCoverage(el: HTMLElement, model: FrameworkModel, t: Translate): void {
	el.empty();
	const text = t("brand.products.coverage", model.coverage);
	el.createSpan({ cls: "tls-framework-coverage-text", text });
	const chart = el.createDiv({ cls: "tls-framework-chart", attr: { role: "img", "aria-label": text } });
	for (const column of model.columns) {
		if (column.other) continue;
		chart.createDiv({ cls: `tls-framework-chart-cell${column.notes.length > 0 ? " is-covered" : ""}`, attr: { title: column.label } });
	}
}

function renderColumn(el: HTMLElement, column: ProductColumn, t: Translate, actions: FrameworkActions): void {
	const label = column.other ? t("brand.products.other") : column.label;
	const col = el.createDiv({ cls: `tls-framework-product${column.notes.length === 0 ? " is-empty" : ""}`, attr: { "data-product": column.key } });
	const head = col.createDiv({ cls: "tls-framework-product-head" });
	head.createSpan({ cls: "tls-framework-product-title", text: label });
	if (!column.other) {
		const add = head.createEl("button", { cls: "tls-framework-add clickable-icon", attr: { "aria-label": t("brand.products.add", { product: label }) } });
		setIcon(add, "plus");
		add.addEventListener("click", () => actions.createProduct(column.key, null));
		onDragOver(col, (event) => {
			if (!event.dataTransfer?.types.includes(BRAND_DRAG_TYPE)) return;
			event.preventDefault();
			col.addClass("is-drop-target");
		});
		col.addEventListener("dragleave", () => col.removeClass("is-drop-target"));
		col.addEventListener("drop", (event) => {
			col.removeClass("is-drop-target");
			const link = event.dataTransfer?.getData(BRAND_DRAG_TYPE);
			if (!link) return;
			event.preventDefault();
			actions.createProduct(column.key, link);
		});
	}
	if (column.notes.length === 0) {
		col.createDiv({ cls: "tls-framework-empty", text: t("brand.products.empty") });
		return;
	}
	const list = col.createEl("ul");
	for (const note of column.notes) openLink(list.createEl("li"), note.path, note.title, actions);
}

/** One column a product; an empty one reads "not yet replicated here". */
export function renderProducts(el: HTMLElement, model: FrameworkModel, t: Translate, actions: FrameworkActions): void {
	el.empty();
	el.createEl("h3", { text: t("brand.products") });
	const columns = el.createDiv({ cls: "tls-framework-products" });
	for (const column of model.columns) renderColumn(columns, column, t, actions);
}

/** The ideas carrying the brand idea, by stage, each with its drafts; they can be carried into a product too. A long stage is drawn a page at a time. */
export function renderContent(el: HTMLElement, model: FrameworkModel, t: Translate, actions: FrameworkActions, unrolled: UnrolledLists): void {
	el.empty();
	el.createEl("h3", { text: t("brand.content") });
	const lanes = model.content.filter((lane) => lane.ideas.length > 0);
	if (lanes.length === 0) {
		el.createDiv({ cls: "tls-framework-empty", text: t("brand.content.none") });
		return;
	}
	const box = el.createDiv({ cls: "tls-framework-content" });
	for (const lane of lanes) {
		const laneEl = box.createDiv({ cls: "tls-framework-stage", attr: { "data-stage": lane.key } });
		laneEl.createDiv({ cls: "tls-framework-stage-title", text: `${lane.key === "__other__" ? t("brand.content.other") : lane.label} · ${lane.ideas.length}` });
		const list = laneEl.createEl("ul");
		renderLongList(list, {
			items: lane.ideas,
			...unrolled(`stage:${lane.key}`),
			render: (idea) => {
				const item = list.createEl("li", { cls: "tls-framework-idea" });
				openLink(item, idea.path, idea.title, actions);
				if (idea.drafts.length > 0) {
					const drafts = item.createEl("ul", { cls: "tls-framework-drafts" });
					for (const draft of idea.drafts) openLink(drafts.createEl("li"), draft.path, draft.title, actions);
				}
				carriable(item, idea.title, baseNameOf(idea.path), idea.path, model, t, actions);
			},
		});
	}
}
