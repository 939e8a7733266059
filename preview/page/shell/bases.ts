/**
 * Bases: a `.base` file opens in a leaf of its own, with a toolbar (the view's name, a menu of the base's views, the
 * count of results) above the view, as in Obsidian. Views a plugin registered (`registerBasesView`) are drawn by the
 * plugin over the in-memory vault, through the fake query of tests/mocks/fake-bases.ts (the one place it lives, shared
 * with the glue tests); Obsidian's own layouts (table, cards, list, map) are not drawn here, only named.
 * Stands in for https://docs.obsidian.md/Reference/TypeScript+API/Plugin/registerBasesView and the Bases core plugin.
 */
import { ItemView, Plugin, type BasesViewRegistration, type TFile, type WorkspaceLeaf } from "obsidian";
import { baseViews, mountBasesView, parseBase, type MountedBasesView } from "../../../tests/mocks/fake-bases";
import { getLanguage } from "./language";
import { originalMethod } from "./original";

/** The view type of a leaf showing a base, as in Obsidian. */
export const BASES_VIEW_TYPE = "bases";

/** Bases views the plugin registered, by id. */
export const basesViewRegistry = new Map<string, BasesViewRegistration>();

/** Records the plugin's Bases views, as Obsidian does with the Bases core plugin on: `registerBasesView` answers true. */
export function installBasesHost(): void {
	const proto = Plugin.prototype;
	const record = originalMethod<(this: Plugin, viewId: string, registration: BasesViewRegistration) => boolean>(proto, "registerBasesView");
	// https://docs.obsidian.md/Reference/TypeScript+API/Plugin/registerBasesView
	proto.registerBasesView = function (this: Plugin, viewId: string, registration: BasesViewRegistration): boolean {
		record.call(this, viewId, registration);
		basesViewRegistry.set(viewId, registration);
		this.register(() => basesViewRegistry.delete(viewId));
		return true;
	};
}

/** A `.base` file in a leaf: its toolbar, and the view it shows. */
export class BaseFileView extends ItemView {
	private mounted: MountedBasesView | null = null;
	private viewName: string | null = null;
	private bodyEl: HTMLElement | null = null;
	private toolbarEl: HTMLElement | null = null;
	private countEl: HTMLElement | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		readonly file: TFile,
	) {
		super(leaf);
	}

	getViewType(): string {
		return BASES_VIEW_TYPE;
	}

	getDisplayText(): string {
		return this.file.basename;
	}

	getIcon(): string {
		return "layout-list";
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("preview-bases");
		this.toolbarEl = this.contentEl.createDiv({ cls: "bases-header preview-bases-toolbar" });
		this.bodyEl = this.contentEl.createDiv({ cls: "bases-view preview-bases-body" });
		await this.show();
		// The file changed (a view picked, an option set): the toolbar follows; the view follows through the fake query.
		this.registerEvent(
			this.app.vault.on("modify", (file) => {
				if (file === this.file) void this.drawToolbar();
			}),
		);
	}

	async onClose(): Promise<void> {
		this.mounted?.close();
		this.mounted = null;
		await Promise.resolve();
	}

	private async drawToolbar(): Promise<{ type: string; name: string } | null> {
		const toolbar = this.toolbarEl;
		if (!toolbar) return null;
		const views = baseViews(parseBase(await this.app.vault.read(this.file)));
		const current = views.find((view) => view.name === this.viewName) ?? views[0] ?? null;
		toolbar.empty();
		const select = toolbar.createEl("select", { cls: "dropdown preview-bases-views", attr: { "aria-label": "Views" } });
		for (const view of views) select.createEl("option", { text: view.name, attr: { value: view.name } });
		if (current) select.value = current.name;
		select.addEventListener("change", () => {
			this.viewName = select.value;
			void this.show();
		});
		this.countEl = toolbar.createSpan({ cls: "preview-bases-count" });
		this.showCount();
		return current;
	}

	/** How many notes the view shows, as Obsidian's toolbar says it. */
	private showCount(): void {
		const count = this.mounted?.view.data.data.length;
		const words = getLanguage().startsWith("fr") ? "résultat" : "result";
		this.countEl?.setText(count === undefined ? "" : `${count} ${words}${count === 1 ? "" : "s"}`);
	}

	/** Draws the chosen view (the first one at first) in the body. */
	private async show(): Promise<void> {
		this.mounted?.close();
		this.mounted = null;
		const body = this.bodyEl;
		if (!body) return;
		body.empty();
		let current: { type: string; name: string } | null;
		try {
			current = await this.drawToolbar();
		} catch (err) {
			body.createDiv({ cls: "empty-state preview-empty-state", text: `This base is not valid YAML: ${String(err)}` });
			return;
		}
		const registration = current ? basesViewRegistry.get(current.type) : undefined;
		if (!current || !registration) {
			body.createDiv({ cls: "empty-state preview-empty-state", text: current ? `The preview draws the views plugins register; "${current.type}" is one of Obsidian's own.` : "This base has no view." });
			return;
		}
		this.viewName = current.name;
		this.mounted = await mountBasesView(this.app, registration, body, { file: this.file, viewName: current.name, onUpdate: () => this.showCount() });
		this.showCount();
	}
}
