import { ItemView, Notice, TFile, setIcon, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { Studio } from "../shared/studio";
import type { BrandIdeas } from "./brand-ideas";
import type { FrameworkModel, FrameworkWarning } from "../../core/brand/framework-model";
import { renderCentre } from "./framework-centre";
import { renderContent, renderCoverage, renderProducts, renderSources, type FrameworkActions } from "./framework-sections";
import { renderBrandList } from "./brand-list";
import { noticeTitle } from "../pipeline/board-actions";
import { describeError as describeBrandError } from "../shared/describe-error";

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
	private centreEl: HTMLElement | null = null;
	/** The note text the centre shows, to leave it alone when the note did not change. */
	private centreText: string | null = null;

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
		const model = this.path === null ? null : this.brands.framework(this.path);
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
		this.path = typeof path === "string" ? path : null;
		this.centreText = null;
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
		this.register(this.studio.index.onChange((change) => this.scheduleRender(this.path !== null && [...change.updated, ...change.added, ...change.removed].includes(this.path))));
		this.register(this.studio.onSettingsChange(() => this.scheduleRender(false)));
		this.register(this.brands.onEditsChange(() => this.renderHeader(this.path === null ? null : this.brands.framework(this.path))));
		this.registerEvent(
			this.app.vault.on("rename", (file, oldPath) => {
				if (oldPath !== this.path) return;
				this.path = file.path;
				this.app.workspace.requestSaveLayout();
			}),
		);
		void this.studio.ready.then(() => this.scheduleRender(true));
		this.render();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		if (this.renderTimer !== null) window.clearTimeout(this.renderTimer);
		await Promise.resolve();
	}

	/** Many index changes in a row make one render; the centre is read again only when the brand idea's note changed. */
	private scheduleRender(noteChanged: boolean): void {
		if (noteChanged) this.centreText = null;
		if (this.renderTimer !== null) return;
		this.renderTimer = window.setTimeout(() => {
			this.renderTimer = null;
			this.render();
		}, 30);
	}

	private render(): void {
		if (!this.bodyEl) return;
		const model = this.path === null ? null : this.brands.framework(this.path);
		this.renderHeader(model);
		if (this.path === null || !model) {
			this.centreEl = null;
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
		const focused = this.centreEl?.contains(document.activeElement) ?? false;
		// A field being typed in is never rebuilt under the writer's hands.
		const centre = focused && this.centreEl ? this.centreEl : createDiv({ cls: "tls-framework-centre" });
		[...body.children].forEach((child) => child !== centre && child.remove());
		body.prepend(centre);
		this.centreEl = centre;
		if (!focused) void this.fillCentre(model.path, centre);
		this.renderWarnings(body, model.warnings);
		renderSources(body.createDiv({ cls: "tls-framework-section is-sources" }), model, t, this.actions(model));
		renderProducts(body.createDiv({ cls: "tls-framework-section is-products" }), model, t, this.actions(model));
		renderContent(body.createDiv({ cls: "tls-framework-section is-content" }), model, t, this.actions(model));
	}

	private async fillCentre(path: string, el: HTMLElement): Promise<void> {
		const text = this.centreText ?? (await this.brands.text(path).catch(() => null));
		if (text === null || this.path !== path || this.centreEl !== el) return;
		this.centreText = text;
		renderCentre(el, text, this.studio.translate, this.studio.language, (key, change) => void this.edit(path, key, change));
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

	private async edit(path: string, key: Parameters<BrandIdeas["editPart"]>[1], change: (current: string) => string): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		try {
			if (!file) throw new Error("gone");
			await this.brands.editPart(file, key, change);
		} catch (error) {
			new Notice(this.studio.translate("notice.brandEditFailed", { title: noticeTitle(file?.basename ?? path), error: describeBrandError(error, this.studio.translate) }));
			this.centreText = null;
			this.scheduleRender(true);
		}
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

	private actions(model: FrameworkModel): FrameworkActions {
		const t = this.studio.translate;
		return {
			open: (path, newTab) => {
				const file = this.app.vault.getFileByPath(path);
				if (file instanceof TFile) void this.app.workspace.getLeaf(newTab ? "tab" : "split").openFile(file);
			},
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
