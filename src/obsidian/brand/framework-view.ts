import { ItemView, Notice, TFile, setIcon, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { Studio } from "../shared/studio";
import type { BrandIdeas } from "./brand-ideas";
import type { FrameworkModel, FrameworkWarning } from "../../core/brand/framework-model";
import { FrameworkCentre, type CentrePart } from "./framework-centre";
import { renderContent, renderCoverage, renderProducts, renderSources, type FrameworkActions, type UnrolledLists } from "./framework-sections";
import { renderBrandList } from "./brand-list";
import { noticeTitle } from "../pipeline/board-actions";
import { describeError as describeBrandError } from "../shared/describe-error";
import { NoteGoneError } from "../shared/note-writer";

export const FRAMEWORK_VIEW_TYPE = "thought-leadership-framework";

/**
 * The framework board of one brand idea, in a tab: its core belief and steps (edited in place), its sources
 * both ways, one column per product with the coverage, and its content by stage. Without a brand idea, the
 * list of brand ideas with their coverage. Follows the index: edits, renames and deletes show by themselves.
 * https://docs.obsidian.md/Reference/TypeScript+API/ItemView
 */
export class FrameworkView extends ItemView {
	navigation = false;
	private path: string | null = null;
	private renderTimer: number | null = null;
	private headerEl: HTMLElement | null = null;
	private bodyEl: HTMLElement | null = null;
	/** The core belief and steps of the brand idea shown: made once per brand idea, never rebuilt by a render. */
	private centre: FrameworkCentre | null = null;
	/** The board last drawn, for the tab's title: a brand idea of thousands of links is not read again for it. */
	private model: FrameworkModel | null = null;
	/** How far the writer unrolled each long list of the brand idea shown. */
	private readonly unrolled = new Map<string, number>();

	constructor(
		leaf: WorkspaceLeaf,
		private readonly studio: Studio,
		private readonly brands: BrandIdeas,
		/** The reading flow's book-note dialog, named after an unresolved source so that its links resolve. */
		private readonly openBookNote: (target: string) => void,
	) {
		super(leaf);
	}

	getViewType(): string {
		return FRAMEWORK_VIEW_TYPE;
	}

	getDisplayText(): string {
		const model = this.path === null ? null : this.model?.path === this.path ? this.model : this.brands.framework(this.path);
		return model ? this.studio.translate("brand.view.titleOf", { title: model.title }) : this.studio.translate("brand.view.title");
	}

	getIcon(): string {
		return "layout-dashboard";
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), path: this.path };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const path = (state as { path?: unknown } | null)?.path;
		const next = typeof path === "string" ? path : null;
		if (next !== this.path) {
			this.dropCentre();
			this.unrolled.clear();
		}
		this.path = next;
		await super.setState(state, result);
		this.render();
	}

	/** The brand idea shown, or null for the list. */
	get brandPath(): string | null {
		return this.path;
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("tls-framework");
		this.headerEl = this.contentEl.createDiv({ cls: "tls-framework-header" });
		this.bodyEl = this.contentEl.createDiv({ cls: "tls-framework-body" });
		this.register(this.studio.index.onChange(() => this.scheduleRender()));
		this.register(this.studio.onSettingsChange(() => this.scheduleRender()));
		// The centre follows the note's text as soon as it changes, without waiting for the index.
		this.registerEvent(
			this.app.vault.on("modify", (file) => {
				if (file.path === this.path) this.centre?.refresh();
			}),
		);
		this.register(this.brands.onEditsChange(() => this.renderHeader(this.model)));
		this.registerEvent(
			this.app.vault.on("rename", (file, oldPath) => {
				if (oldPath !== this.path) return;
				this.path = file.path;
				this.app.workspace.requestSaveLayout();
			}),
		);
		if (!this.studio.isReady()) void this.studio.ready.then(() => this.scheduleRender());
		// Soon rather than now: the state that names the brand idea usually follows at once, and the list
		// of every brand idea would be drawn for nothing.
		this.scheduleRender();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		if (this.renderTimer !== null) window.clearTimeout(this.renderTimer);
		this.dropCentre();
		await Promise.resolve();
	}

	/** Many index changes in a row make one render. */
	private scheduleRender(): void {
		if (this.renderTimer !== null) return;
		this.renderTimer = window.setTimeout(() => {
			this.renderTimer = null;
			this.render();
		}, 30);
	}

	private render(): void {
		if (!this.bodyEl) return;
		if (this.renderTimer !== null) window.clearTimeout(this.renderTimer);
		this.renderTimer = null;
		const model = this.path === null ? null : this.brands.framework(this.path);
		this.model = model;
		this.renderHeader(model);
		if (this.path === null || !model) {
			this.dropCentre();
			this.bodyEl.empty();
			if (this.path !== null && this.studio.isReady()) this.bodyEl.createDiv({ cls: "tls-framework-empty", text: this.studio.translate("brand.view.gone") });
			renderBrandList(this.bodyEl.createDiv({ cls: "tls-framework-list" }), this.brands.list(), this.studio.translate, (path) => this.show(path));
			return;
		}
		this.renderBoard(model);
	}

	private renderHeader(model: FrameworkModel | null): void {
		const el = this.headerEl;
		if (!el) return;
		const t = this.studio.translate;
		el.empty();
		if (model) {
			const list = el.createEl("button", { cls: "tls-framework-to-list clickable-icon", attr: { "aria-label": t("brand.list") } });
			setIcon(list, "list");
			list.addEventListener("click", () => this.show(null));
		}
		el.createEl("h2", { cls: "tls-framework-title", text: model?.title ?? t("brand.list") });
		if (model) renderCoverage(el.createDiv({ cls: "tls-framework-coverage" }), model, t);
		if (this.path !== null && this.brands.canUndo(this.path)) {
			const undo = el.createEl("button", { cls: "tls-framework-undo", text: t("brand.undo") });
			undo.addEventListener("click", () => void this.undo());
		}
	}

	private renderBoard(model: FrameworkModel): void {
		const body = this.bodyEl;
		if (!body) return;
		const t = this.studio.translate;
		const centre = this.centreOf(model.path, body);
		// The centre stays where it is: moving a field, even to the same place, takes the focus from it.
		for (const child of [...body.children]) if (child !== centre.el) child.remove();
		this.renderWarnings(body, model.warnings);
		renderSources(body.createDiv({ cls: "tls-framework-section is-sources" }), model, t, this.actions(model), this.lists);
		renderProducts(body.createDiv({ cls: "tls-framework-section is-products" }), model, t, this.actions(model));
		renderContent(body.createDiv({ cls: "tls-framework-section is-content" }), model, t, this.actions(model), this.lists);
	}

	private readonly lists: UnrolledLists = (key) => ({
		shown: this.unrolled.get(key) ?? 0,
		onShown: (count) => this.unrolled.set(key, count),
		more: (count, left) => this.studio.translate("brand.more", { count, left }),
	});

	/** The centre of the brand idea at `path`, made and read the first time, as the body's first child. */
	private centreOf(path: string, body: HTMLElement): FrameworkCentre {
		if (this.centre && this.centre.el.parentElement === body) return this.centre;
		this.dropCentre();
		const el = createDiv({ cls: "tls-framework-centre" });
		body.prepend(el);
		const { translate: t, language } = this.studio;
		const centre = new FrameworkCentre(el, {
			t,
			language,
			// Through the view's path, which follows a rename.
			read: () => this.brands.text(this.path ?? path),
			write: (key, change, seen) => this.edit(this.path ?? path, key, change, seen),
			openNote: () => this.open(this.path ?? path, false),
			failed: (error) => {
				const name = this.app.vault.getFileByPath(this.path ?? path)?.basename ?? path;
				new Notice(t("notice.brandEditFailed", { title: noticeTitle(name), error: describeBrandError(error, t) }));
			},
		});
		this.centre = centre;
		centre.refresh();
		return centre;
	}

	private dropCentre(): void {
		this.centre?.close();
		this.centre = null;
	}

	private renderWarnings(body: HTMLElement, warnings: readonly FrameworkWarning[]): void {
		if (warnings.length === 0) return;
		const t = this.studio.translate;
		const list = body.createEl("ul", { cls: "tls-framework-warnings" });
		for (const warning of warnings) {
			const text = warning.kind === "unknownProduct" ? t("brand.warning.unknownProduct", { note: warning.path, value: warning.value }) : t("brand.warning.sameProduct", { count: warning.count, product: warning.product });
			list.createEl("li", { text });
		}
	}

	private async edit(path: string, key: CentrePart, change: (current: string) => string, seen: string | null): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) throw new NoteGoneError(path);
		await this.brands.editPart(file, key, change, seen);
	}

	private async undo(): Promise<void> {
		const t = this.studio.translate;
		const path = this.path;
		if (path === null) return;
		const name = this.brands.undoTitle(path) ?? "";
		try {
			const title = await this.brands.undo(path);
			if (title !== null) new Notice(t("notice.brandEditUndone", { title: noticeTitle(title) }));
		} catch (error) {
			new Notice(t("notice.brandUndoFailed", { title: noticeTitle(name), error: describeBrandError(error, t) }));
		}
	}

	/** Shows another brand idea, or the list (null). */
	show(path: string | null): void {
		void this.leaf.setViewState({ type: FRAMEWORK_VIEW_TYPE, active: true, state: { path } });
	}

	/** Opens a note beside the board, or in a new tab. */
	private open(path: string, newTab: boolean): void {
		const file = this.app.vault.getFileByPath(path);
		if (file instanceof TFile) void this.app.workspace.getLeaf(newTab ? "tab" : "split").openFile(file);
	}

	private actions(model: FrameworkModel): FrameworkActions {
		const t = this.studio.translate;
		return {
			open: (path, newTab) => this.open(path, newTab),
			createProduct: (productKey, fromTarget) => {
				void this.brands.createProductNote(model.path, productKey, fromTarget).then(
					// Named by the brand idea's own words: the file name has lost its " : ".
					() => new Notice(t("notice.productCreated", { product: model.columns.find((c) => c.key === productKey)?.label ?? productKey, title: noticeTitle(model.title) })),
					(error: unknown) => new Notice(t("notice.productCreateFailed", { error: describeBrandError(error, t) })),
				);
			},
			createBook: (target) => this.openBookNote(target),
		};
	}
}
