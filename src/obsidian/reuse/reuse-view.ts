import { Notice, TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { buildReuseGrid, type ReuseFilter, type ReuseGrid } from "../../core/reuse/reuse-grid";
import { buildProductGrid, type ProductGrid } from "../../core/reuse/product-grid";
import { brandChoices } from "../../core/reuse/brand-choices";
import { cellTexts } from "../../core/reuse/cell-text";
import { DEFAULT_REUSE_STATE, readReuseState, type ReuseGridKind, type ReuseState } from "../../core/reuse/reuse-state";
import { propertyLinks } from "../../core/brand/link-property";
import { OTHER_LANE_KEY } from "../../core/pipeline/board-model";
import { numberText } from "../../core/i18n/number-text";
import { stageLabel } from "../../core/i18n/labels";
import type { MessageKey } from "../../core/i18n/messages";
import type { Studio } from "../shared/studio";
import { IndexView } from "../shared/index-view";
import { readingLine } from "../shared/still-reading";
import { describeError } from "../shared/describe-error";
import { noticeWithButton } from "../shared/notice-with-button";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import { noticeTitle } from "../pipeline/board-actions";
import { dropdown } from "../pipeline/board-filter-bar";
import type { Drafting } from "../drafting/drafting";
import type { BrandIdeas } from "../brand/brand-ideas";
import { renderReuseTable } from "./reuse-table";

export const REUSE_VIEW_TYPE = "thought-leadership-reuse";

/** Sets a menu's choices, `[value, label]`, redrawing them only when they changed. */
type MenuChoices = (options: readonly [string, string][]) => void;

interface FilterMenus {
	tags: MenuChoices;
	brands: MenuChoices;
}

const GRIDS: readonly [ReuseGridKind, MessageKey][] = [
	["formats", "reuse.grid.formats"],
	["products", "reuse.grid.products"],
];

/**
 * The re-use grid, in a tab: which idea has been carried into which format, and which not yet (ideas against
 * formats, filtered by stage, tag and brand idea), and the same for brand ideas against products. A click on
 * an empty cell drafts the idea in that format, or makes the brand idea's product note; a click on a filled
 * one opens it. Redrawn once for a run of index changes.
 * https://docs.obsidian.md/Reference/TypeScript+API/ItemView
 */
export class ReuseView extends IndexView {
	navigation = false;
	private state: ReuseState = { ...DEFAULT_REUSE_STATE };
	private headerEl: HTMLElement | null = null;
	private loadingEl: HTMLElement | null = null;
	private bodyEl: HTMLElement | null = null;
	/** How far the writer unrolled the rows of each grid: a redraw keeps them. */
	private readonly unrolled = new Map<ReuseGridKind, number>();
	/** The menus whose choices follow the vault, while the ideas' grid is shown. */
	private menus: FilterMenus | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		studio: Studio,
		private readonly pipeline: IdeaPipeline,
		private readonly drafting: Pick<Drafting, "draftFromIdea">,
		private readonly brands: BrandIdeas,
		/** The clock, epoch ms: a date of this year is written without its year. */
		private readonly now: () => number = () => Date.now(),
	) {
		super(leaf, studio, 30);
	}

	getViewType(): string {
		return REUSE_VIEW_TYPE;
	}

	getDisplayText(): string {
		return this.studio.translate("reuse.title");
	}

	getIcon(): string {
		return "table";
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), grid: this.state.grid, filter: { ...this.state.filter } };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		this.state = readReuseState(state);
		await super.setState(state, result);
		this.renderAll();
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("tls-reuse");
		this.headerEl = this.contentEl.createDiv({ cls: "tls-reuse-header" });
		this.loadingEl = this.contentEl.createDiv({ cls: "tls-reuse-loading" });
		this.bodyEl = this.contentEl.createDiv({ cls: "tls-reuse-body" });
		this.followIndex();
		this.renderAll();
		await Promise.resolve();
	}

	protected redraw(): void {
		this.render();
	}

	protected redrawAll(): void {
		this.renderAll();
	}

	/** Draws the switch and the filters anew (for new settings, another grid or filter), then the grid. */
	private renderAll(): void {
		if (this.headerEl) this.renderHeader(this.headerEl);
		this.render();
	}

	/** Draws the grid shown anew; the filters' menus take the vault's tags and brand ideas, keeping their focus. */
	render(): void {
		const body = this.bodyEl;
		if (!body || !this.loadingEl) return;
		const reading = !this.studio.isReady();
		this.loadingEl.toggleClass("is-hidden", !reading);
		this.loadingEl.setText(reading ? readingLine(this.studio) : "");
		body.empty();
		if (this.state.grid === "products") {
			this.renderProducts(body, this.productGrid());
			return;
		}
		const grid = this.grid();
		this.menus?.tags(grid.tags.map((tag) => [tag, `#${tag}`]));
		this.menus?.brands(brandChoices(this.studio.index.notes(), this.studio.language));
		this.renderIdeas(body, grid);
	}

	/** The ideas against the formats, as the filter asks. */
	grid(): ReuseGrid {
		const { settings, index, drafts, language } = this.studio;
		return buildReuseGrid({
			ideas: this.pipeline.ideas(),
			draftsOf: (path) => drafts.of(path),
			formats: settings.formats,
			stages: settings.stages,
			language,
			filter: this.state.filter,
			tiedTo: (ideaPath, brandPath) => {
				const record = index.get(ideaPath);
				return record !== undefined && propertyLinks(record, "brand-idea", brandPath);
			},
		});
	}

	/** The brand ideas against the products. */
	productGrid(): ProductGrid {
		const { settings, index, language } = this.studio;
		return buildProductGrid({ records: index, backlinks: (path) => this.brands.graph.backlinks(path), products: settings.products, stages: settings.stages, language, books: settings });
	}

	private renderHeader(el: HTMLElement): void {
		const t = this.studio.translate;
		el.empty();
		this.menus = null;
		const group = el.createDiv({ cls: "tls-reuse-grids", attr: { role: "group", "aria-label": t("reuse.grids") } });
		for (const [kind, label] of GRIDS) {
			const button = group.createEl("button", { cls: "tls-reuse-grid-button", text: t(label), attr: { "aria-pressed": String(kind === this.state.grid), "data-grid": kind } });
			button.toggleClass("is-active", kind === this.state.grid);
			button.addEventListener("click", () => {
				if (this.state.grid === kind) return;
				this.state = { ...this.state, grid: kind };
				this.changed();
				this.headerEl?.querySelector<HTMLElement>(`.tls-reuse-grid-button[data-grid="${kind}"]`)?.focus();
			});
		}
		if (this.state.grid === "formats") this.menus = this.renderFilters(el.createDiv({ cls: "tls-reuse-filters" }));
	}

	/** The stage, tag and brand idea menus; the tags and brand ideas are given at each drawing of the grid. */
	private renderFilters(el: HTMLElement): FilterMenus {
		const { translate: t, settings, language } = this.studio;
		const { filter } = this.state;
		// The menus stay as they are (and the one the writer is in keeps the focus): only the grid is drawn anew.
		const setFilter = (change: Partial<ReuseFilter>): void => {
			this.state = { ...this.state, filter: { ...this.state.filter, ...change } };
			this.unrolled.delete("formats");
			this.app.workspace.requestSaveLayout();
			this.render();
		};
		const stages = dropdown(el, "tls-reuse-stage", t("reuse.filterStage"), t("reuse.allStages"), filter.stage, (stage) => setFilter({ stage }));
		stages([...settings.stages.map((stage): [string, string] => [stage.key, stageLabel(stage, language)]), [OTHER_LANE_KEY, t("board.other")]]);
		return {
			tags: dropdown(el, "tls-reuse-tag", t("board.filterTag"), t("board.allTags"), filter.tag, (tag) => setFilter({ tag })),
			brands: dropdown(el, "tls-reuse-brand", t("reuse.filterBrand"), t("reuse.allBrands"), filter.brand, (brand) => setFilter({ brand })),
		};
	}

	/** The grid shown changed: kept with the workspace, and drawn with its menus. */
	private changed(): void {
		this.app.workspace.requestSaveLayout();
		this.renderAll();
	}

	private more = (count: number, left: number): string => this.studio.translate("brand.more", { count: numberText(count, this.studio.language), left: numberText(left, this.studio.language) });

	private renderIdeas(body: HTMLElement, grid: ReuseGrid): void {
		const { translate: t, language } = this.studio;
		body.createDiv({ cls: "tls-reuse-count", attr: { "aria-live": "polite" }, text: t("reuse.count", { count: numberText(grid.rows.length, language), total: numberText(grid.total, language) }) });
		if (grid.rows.length === 0) {
			if (this.studio.isReady()) body.createDiv({ cls: "tls-reuse-empty", text: t(grid.total === 0 ? "reuse.none" : "reuse.noneFiltered") });
			return;
		}
		const text = cellTexts(t, language, this.now());
		renderReuseTable(body, {
			caption: t("reuse.caption.formats"),
			rowsLabel: t("reuse.ideaColumn"),
			columns: grid.columns,
			rows: grid.rows,
			detail: (row) => this.pipeline.stageLabel(row.stage),
			text,
			openLabel: (row, column, cell) => t("reuse.cell.open", { title: row.title, column: column.label, text: cell }),
			fillLabel: (row, column) => t("reuse.cell.draftIn", { title: row.title, column: column.label }),
			open: (path) => this.open(path),
			fill: (row, column) => {
				const format = this.studio.settings.formats.find((f) => f.key === column.key);
				if (format) void this.drafting.draftFromIdea(row.path, format);
			},
			shown: this.unrolled.get("formats") ?? 0,
			onShown: (count) => this.unrolled.set("formats", count),
			more: this.more,
		});
	}

	private renderProducts(body: HTMLElement, grid: ProductGrid): void {
		const { translate: t, language } = this.studio;
		if (grid.rows.length === 0) {
			if (this.studio.isReady()) body.createDiv({ cls: "tls-reuse-empty", text: t("brand.list.none") });
			return;
		}
		renderReuseTable(body, {
			caption: t("reuse.caption.products"),
			rowsLabel: t("reuse.brandColumn"),
			columns: grid.columns,
			rows: grid.rows,
			detail: (row) => t("brand.products.coverage", { covered: row.covered, total: row.total }),
			text: cellTexts(t, language, this.now()),
			openLabel: (row, column, cell) => t("reuse.cell.open", { title: row.title, column: column.label, text: cell }),
			fillLabel: (row, column) => t("reuse.cell.makeProduct", { title: row.title, column: column.label }),
			open: (path) => this.open(path),
			fill: (row, column) => this.makeProduct(row.path, row.title, column.key, column.label),
			shown: this.unrolled.get("products") ?? 0,
			onShown: (count) => this.unrolled.set("products", count),
			more: this.more,
		});
	}

	/** Makes the brand idea's note for a product, as the framework board's "+" does, and offers to open it. */
	private makeProduct(brandPath: string, title: string, productKey: string, product: string): void {
		const t = this.studio.translate;
		void this.brands.createProductNote(brandPath, productKey, null).then(
			(file) => noticeWithButton(t("notice.productCreated", { product, title: noticeTitle(title) }), t("common.open"), () => this.open(file.path)),
			(error: unknown) => new Notice(t("notice.productCreateFailed", { error: describeError(error, t) })),
		);
	}

	/** Opens a note in another tab, so that the grid stays open. */
	private open(path: string): void {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (file instanceof TFile) void this.app.workspace.getLeaf("tab").openFile(file);
	}
}
