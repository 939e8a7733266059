/**
 * Leaves and views: where a leaf lives (left sidebar, main area, right sidebar), opening a registered
 * view into it, revealing and closing it. The mocks keep leaves as plain records (`setViewState` only
 * stores the state); this gives them a place on the page and runs the view's lifecycle.
 */
import { ItemView, MarkdownView, TFile, WorkspaceLeaf, type App, type OpenViewState, type View, type ViewCreator, type ViewState, type Workspace } from "obsidian";
import { App as MockApp, MarkdownView as MockMarkdownView, WorkspaceLeaf as MockWorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { setIcon } from "./icons";
import { originalMethod } from "./original";
import { mountNoteEditor, unmountNoteEditor } from "./note-view";
import { BASES_VIEW_TYPE, BaseFileView } from "./bases";

export type Side = "left" | "root" | "right";

/** A tab of a dock: a leaf, or a built-in pane of the shell (the file list). */
export interface DockTab {
	leaf: WorkspaceLeaf | null;
	el: HTMLElement;
	icon(): string;
	title(): string;
}

/** One of the three areas that hold leaves, with a row of tab headers. */
export class Dock {
	readonly tabs: DockTab[] = [];
	active: DockTab | null = null;
	/** Told when a leaf of this dock is revealed or opened active (the phone layout opens or closes its drawers). */
	onActivate: ((dock: Dock) => void) | null = null;
	private readonly headerEl: HTMLElement;
	private readonly contentEl: HTMLElement;
	private readonly emptyEl: HTMLElement | null;

	constructor(
		readonly side: Side,
		readonly el: HTMLElement,
		emptyText?: string,
	) {
		const tabsEl = el.createDiv("workspace-tabs mod-top");
		this.headerEl = tabsEl.createDiv("workspace-tab-header-container").createDiv("workspace-tab-header-container-inner");
		this.contentEl = tabsEl.createDiv("workspace-tab-container");
		this.emptyEl = emptyText ? this.contentEl.createDiv({ cls: "empty-state preview-empty-state", text: emptyText }) : null;
	}

	add(tab: DockTab, activate: boolean): void {
		if (!this.tabs.includes(tab)) {
			this.tabs.push(tab);
			this.contentEl.appendChild(tab.el);
		}
		if (activate || !this.active) this.active = tab;
		this.render();
		// A leaf opened active is revealed; the shell's own panes are not.
		if (activate && tab.leaf) this.onActivate?.(this);
	}

	remove(tab: DockTab): void {
		const index = this.tabs.indexOf(tab);
		if (index === -1) return;
		this.tabs.splice(index, 1);
		tab.el.remove();
		if (this.active === tab) this.active = this.tabs[Math.min(index, this.tabs.length - 1)] ?? null;
		this.render();
	}

	activate(tab: DockTab): void {
		this.active = tab;
		this.el.removeClass("is-collapsed");
		this.render();
		this.onActivate?.(this);
	}

	render(): void {
		this.headerEl.empty();
		for (const tab of this.tabs) {
			const isActive = tab === this.active;
			const header = this.headerEl.createDiv({
				cls: `workspace-tab-header tappable${isActive ? " is-active mod-active" : ""}`,
				attr: { "aria-label": tab.title(), "data-type": tab.leaf?.view?.getViewType() ?? "shell" },
			});
			const inner = header.createDiv("workspace-tab-header-inner");
			setIcon(inner.createDiv("workspace-tab-header-inner-icon"), tab.icon() || "file");
			if (this.side === "root") {
				inner.createDiv({ cls: "workspace-tab-header-inner-title", text: tab.title() });
				const close = inner.createDiv({ cls: "workspace-tab-header-inner-close-button", attr: { "aria-label": "Close" } });
				setIcon(close, "x");
				close.addEventListener("click", (evt) => {
					evt.stopPropagation();
					tab.leaf?.detach();
				});
			}
			header.addEventListener("click", () => {
				if (tab.leaf && currentWorkspace) void currentWorkspace.revealLeaf(tab.leaf);
				else this.activate(tab);
			});
			tab.el.toggleClass("is-hidden", !isActive);
		}
		this.emptyEl?.toggleClass("is-hidden", this.tabs.length > 0);
	}
}

interface LeafPlace {
	dock: Dock;
	tab: DockTab;
}

const places = new WeakMap<WorkspaceLeaf, LeafPlace>();
const sides = new WeakMap<WorkspaceLeaf, Side>();
/** Views the plugin registered with `registerView`, by type. */
export const viewRegistry = new Map<string, ViewCreator>();

export interface Docks {
	left: Dock;
	root: Dock;
	right: Dock;
}

let docks: Docks | null = null;
let currentWorkspace: Workspace | null = null;
let lastActiveFile: TFile | null = null;

function dockOf(leaf: WorkspaceLeaf): Dock {
	if (!docks) throw new Error("the workspace has no docks yet");
	return docks[sides.get(leaf) ?? "root"];
}

function placeLeaf(leaf: WorkspaceLeaf, activate: boolean): LeafPlace {
	let place = places.get(leaf);
	if (!place) {
		const dock = dockOf(leaf);
		const el = createDiv("workspace-leaf");
		const tab: DockTab = {
			leaf,
			el,
			icon: () => leaf.view?.getIcon() ?? "file",
			title: () => leaf.view?.getDisplayText() ?? "",
		};
		place = { dock, tab };
		places.set(leaf, place);
	}
	place.dock.add(place.tab, activate);
	return place;
}

/** Obsidian's ItemView has a header (title, actions) and a content element: `containerEl.children[1]`. */
function viewHeader(view: View): HTMLElement {
	const existing = view.containerEl.querySelector(":scope > .view-header");
	if (existing instanceof HTMLElement) return existing;
	const header = createDiv("view-header");
	header.createDiv("view-header-title-container").createDiv({ cls: "view-header-title", text: view.getDisplayText() });
	header.createDiv("view-actions");
	view.containerEl.prepend(header);
	return header;
}

function refreshHeader(view: View): void {
	const title = view.containerEl.querySelector(":scope > .view-header .view-header-title");
	if (title) title.textContent = view.getDisplayText();
	const place = places.get(view.leaf);
	place?.dock.render();
}

/** `onOpen` and `onClose` are protected: only the workspace calls them, as here. */
interface ViewLifecycle {
	onOpen(): Promise<void>;
	onClose(): Promise<void>;
}

async function closeView(leaf: WorkspaceLeaf): Promise<void> {
	const view = leaf.view;
	if (!view) return;
	if (view instanceof MarkdownView) unmountNoteEditor(view);
	try {
		await (view as unknown as ViewLifecycle).onClose();
	} finally {
		view.unload();
		view.containerEl.remove();
	}
}

/** Puts a view into a leaf and opens it: `View.load()`, then `onOpen()`, as Obsidian does. */
async function mountView(leaf: WorkspaceLeaf, view: View, activate: boolean): Promise<void> {
	const place = placeLeaf(leaf, activate);
	const container = view.containerEl;
	container.addClass("workspace-leaf-content");
	container.setAttr("data-type", view.getViewType());
	if (view instanceof ItemView) {
		viewHeader(view);
		view.contentEl.addClass("view-content");
	}
	place.tab.el.empty();
	place.tab.el.appendChild(container);
	(leaf as { view: View }).view = view;
	view.load();
	await (view as unknown as ViewLifecycle).onOpen();
	refreshHeader(view);
}

/**
 * Installs the shell's leaves on the workspace. Each replaced method stands in for its page under
 * https://docs.obsidian.md/Reference/TypeScript+API/ (named on each).
 */
export function installWorkspace(app: App, newDocks: Docks): void {
	docks = newDocks;
	const workspace = app.workspace;
	currentWorkspace = workspace;
	const leafProto = WorkspaceLeaf.prototype;
	const storeViewState = originalMethod<(this: WorkspaceLeaf, viewState: ViewState, eState?: unknown) => Promise<void>>(leafProto, "setViewState");
	const forgetLeaf = originalMethod<(this: WorkspaceLeaf) => void>(leafProto, "detach");
	const storeFile = originalMethod<(this: WorkspaceLeaf, file: TFile, openState?: OpenViewState) => Promise<void>>(leafProto, "openFile");

	// https://docs.obsidian.md/Reference/TypeScript+API/WorkspaceLeaf/setViewState
	leafProto.setViewState = async function (this: WorkspaceLeaf, viewState: ViewState, eState?: unknown): Promise<void> {
		if (viewState.type === "markdown" && typeof viewState.state?.["file"] === "string") {
			const file = app.vault.getFileByPath(viewState.state["file"]);
			if (file) {
				await this.openFile(file, { active: viewState.active ?? false, eState: eState as Record<string, unknown> | undefined });
				return;
			}
		}
		const current = this.view;
		if (current && current.getViewType() === viewState.type) {
			await storeViewState.call(this, viewState, eState);
			if (viewState.state) await current.setState(viewState.state, { history: false });
			if (viewState.active) workspace.setActiveLeaf(this, { focus: true });
			return;
		}
		const creator = viewRegistry.get(viewState.type);
		if (!creator && viewState.type !== "empty") {
			console.warn(`preview: no view of type "${viewState.type}" is registered`);
			return;
		}
		await closeView(this);
		await storeViewState.call(this, viewState, eState);
		if (creator) {
			await mountView(this, creator(this), viewState.active ?? true);
			if (viewState.state && this.view) await this.view.setState(viewState.state, { history: false });
			if (eState && this.view) this.view.setEphemeralState(eState);
		}
		if (viewState.active) workspace.setActiveLeaf(this, { focus: true });
		workspace.trigger("layout-change");
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/WorkspaceLeaf/open
	leafProto.open = async function (this: WorkspaceLeaf, view: View): Promise<View> {
		await closeView(this);
		await mountView(this, view, true);
		return view;
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/WorkspaceLeaf/openFile
	leafProto.openFile = async function (this: WorkspaceLeaf, file: TFile, openState?: OpenViewState): Promise<void> {
		if (file.extension === "base") {
			// A base opens in a leaf of its own, with the view it names (bases.ts).
			await closeView(this);
			await mountView(this, new BaseFileView(this, file), openState?.active !== false);
			await storeViewState.call(this, { type: BASES_VIEW_TYPE, state: { file: file.path } });
			if (openState?.active !== false) workspace.setActiveLeaf(this, { focus: true });
			workspace.trigger("layout-change");
			return;
		}
		await storeFile.call(this, file, openState);
		let view = this.view;
		if (!(view instanceof MarkdownView)) {
			await closeView(this);
			view = MockMarkdownView.create2__(MockWorkspaceLeaf.fromOriginalType3__(this)).asOriginalType7__();
			await mountView(this, view, true);
		}
		const markdownView = view as MarkdownView;
		const text = await app.vault.read(file);
		(markdownView as { file: TFile | null }).file = file;
		markdownView.setViewData(text, true);
		mountNoteEditor(app, markdownView, text);
		await storeViewState.call(this, { type: "markdown", state: { file: file.path } });
		refreshHeader(markdownView);
		const place = places.get(this);
		if (place) place.dock.activate(place.tab);
		if (openState?.active !== false) workspace.setActiveLeaf(this, { focus: true });
		if (openState?.eState) markdownView.setEphemeralState(openState.eState);
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/WorkspaceLeaf/detach
	leafProto.detach = function (this: WorkspaceLeaf): void {
		const place = places.get(this);
		void closeView(this).finally(() => {
			place?.dock.remove(place.tab);
			places.delete(this);
			(this as { view: View | null }).view = null;
			workspace.trigger("layout-change");
		});
		forgetLeaf.call(this);
		if (workspace.activeLeaf === this) {
			const next = docks?.root.active?.leaf;
			if (next) workspace.setActiveLeaf(next, { focus: true });
		}
	};

	const createLeaf = (side: Side): WorkspaceLeaf => {
		const leaf = MockWorkspaceLeaf.create2__(MockApp.fromOriginalType__(app)).asOriginalType3__();
		sides.set(leaf, side);
		(workspace as unknown as { leaves: WorkspaceLeaf[] }).leaves.push(leaf);
		return leaf;
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Workspace/getRightLeaf
	workspace.getRightLeaf = (_split: boolean) => createLeaf("right");
	// https://docs.obsidian.md/Reference/TypeScript+API/Workspace/getLeftLeaf
	workspace.getLeftLeaf = (_split: boolean) => createLeaf("left");

	// https://docs.obsidian.md/Reference/TypeScript+API/Workspace/getLeaf
	workspace.getLeaf = (newLeaf?: boolean | "tab" | "split" | "window"): WorkspaceLeaf => {
		if (newLeaf === true || newLeaf === "tab" || newLeaf === "split" || newLeaf === "window") return createLeaf("root");
		const active = workspace.activeLeaf;
		if (active && sides.get(active) === "root" && !active.getViewState().pinned) return active;
		const recent = docks?.root.active?.leaf;
		return recent ?? createLeaf("root");
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Workspace/revealLeaf
	workspace.revealLeaf = async (leaf: WorkspaceLeaf): Promise<void> => {
		const place = places.get(leaf);
		if (place) place.dock.activate(place.tab);
		workspace.setActiveLeaf(leaf, { focus: true });
		await Promise.resolve();
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Workspace/ensureSideLeaf
	workspace.ensureSideLeaf = async (type, side, options) => {
		const existing = workspace.getLeavesOfType(type).find((leaf) => sides.get(leaf) === side);
		const leaf = existing ?? createLeaf(side);
		const state = options?.state as Record<string, unknown> | undefined;
		if (!existing) await leaf.setViewState({ type, active: options?.active ?? false, state });
		if (options?.reveal !== false) await workspace.revealLeaf(leaf);
		return leaf;
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Workspace/setActiveLeaf
	const setActive = workspace.setActiveLeaf.bind(workspace);
	workspace.setActiveLeaf = ((leaf: WorkspaceLeaf, params?: { focus?: boolean }) => {
		const previousFile = workspace.getActiveFile();
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file) {
			lastActiveFile = view.file;
			workspace.activeEditor = view;
		}
		for (const el of document.querySelectorAll(".workspace-leaf.mod-active")) el.removeClass("mod-active");
		places.get(leaf)?.tab.el.addClass("mod-active");
		setActive(leaf, params);
		const file = workspace.getActiveFile();
		if (file !== previousFile) workspace.trigger("file-open", file);
	}) as Workspace["setActiveLeaf"];

	// https://docs.obsidian.md/Reference/TypeScript+API/Workspace/getActiveFile
	workspace.getActiveFile = () => {
		const view = workspace.activeLeaf?.view;
		if (view instanceof MarkdownView && view.file) return view.file;
		if (lastActiveFile && app.vault.getFileByPath(lastActiveFile.path) !== lastActiveFile) lastActiveFile = null;
		return lastActiveFile;
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Workspace/getActiveViewOfType
	workspace.getActiveViewOfType = <T extends View>(type: abstract new (...args: never[]) => T): T | null => {
		const view = workspace.activeLeaf?.view;
		return view instanceof type ? view : null;
	};

	// A renamed file keeps its tab; a deleted one closes it, as in Obsidian.
	app.vault.on("rename", (file) => {
		if (!(file instanceof TFile)) return;
		workspace.iterateAllLeaves((leaf) => {
			if (leaf.view instanceof MarkdownView && leaf.view.file === file) {
				void storeViewState.call(leaf, { type: "markdown", state: { file: file.path } });
				refreshHeader(leaf.view);
			}
		});
	});
	app.vault.on("delete", (file) => {
		const closing: WorkspaceLeaf[] = [];
		workspace.iterateAllLeaves((leaf) => {
			if (leaf.view instanceof MarkdownView && leaf.view.file === file) closing.push(leaf);
		});
		for (const leaf of closing) leaf.detach();
		if (lastActiveFile === file) lastActiveFile = null;
	});
}

/** Adds a built-in pane of the shell (the file list) as a tab of a dock. */
export function addShellPane(dock: Dock, el: HTMLElement, icon: string, title: string): void {
	dock.add({ leaf: null, el, icon: () => icon, title: () => title }, true);
}

/** Every leaf the shell placed, with its side (for the test hook). */
export function leafSide(leaf: WorkspaceLeaf): Side | undefined {
	return sides.get(leaf);
}

/**
 * `ItemView.addAction`: an icon button in the view's header.
 * Stands in for https://docs.obsidian.md/Reference/TypeScript+API/ItemView/addAction
 */
export function installViewActions(): void {
	ItemView.prototype.addAction = function (this: ItemView, icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const actions = viewHeader(this).querySelector(".view-actions") as HTMLElement;
		const el = actions.createEl("button", { cls: "clickable-icon view-action", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => {
			callback(evt);
		});
		return el;
	};
}
