/**
 * The window: a title bar, the left ribbon, the left sidebar (file list), the main area (open notes),
 * the right sidebar (where plugin views open) and the status bar. Class names follow Obsidian's, so a
 * plugin's styles.css and a theme's variables apply as they do in the app.
 */
export interface Layout {
	titlebarEl: HTMLElement;
	titlebarActionsEl: HTMLElement;
	ribbonEl: HTMLElement;
	ribbonActionsEl: HTMLElement;
	ribbonSettingsEl: HTMLElement;
	leftSplitEl: HTMLElement;
	rootSplitEl: HTMLElement;
	rightSplitEl: HTMLElement;
	statusBarEl: HTMLElement;
	/** Where modals, menus, notices and popovers go. */
	overlayEl: HTMLElement;
}

export function buildLayout(vaultName: string, appName: string): Layout {
	const body = document.body;
	body.empty();
	body.addClass("preview-body", "mod-linux", "is-focused");
	const appEl = body.createDiv("app-container");

	const titlebarEl = appEl.createDiv("titlebar preview-titlebar");
	const titleEl = titlebarEl.createDiv("preview-titlebar-title");
	titleEl.createSpan({ cls: "preview-titlebar-vault", text: vaultName });
	titleEl.createSpan({ cls: "preview-titlebar-app", text: ` — ${appName} (preview)` });
	const titlebarActionsEl = titlebarEl.createDiv("preview-titlebar-actions");

	const main = appEl.createDiv("horizontal-main-container");
	const workspaceEl = main.createDiv("workspace");

	const ribbonEl = workspaceEl.createDiv("workspace-ribbon side-dock-ribbon mod-left");
	const ribbonActionsEl = ribbonEl.createDiv("side-dock-actions");
	const ribbonSettingsEl = ribbonEl.createDiv("side-dock-settings");

	const leftSplitEl = workspaceEl.createDiv("workspace-split mod-horizontal mod-sidedock mod-left-split");
	workspaceEl.createDiv("workspace-leaf-resize-handle");
	const rootSplitEl = workspaceEl.createDiv("workspace-split mod-vertical mod-root");
	workspaceEl.createDiv("workspace-leaf-resize-handle");
	const rightSplitEl = workspaceEl.createDiv("workspace-split mod-horizontal mod-sidedock mod-right-split");

	const statusBarEl = appEl.createDiv("status-bar");
	const overlayEl = body.createDiv("preview-overlays");
	return {
		titlebarEl,
		titlebarActionsEl,
		ribbonEl,
		ribbonActionsEl,
		ribbonSettingsEl,
		leftSplitEl,
		rootSplitEl,
		rightSplitEl,
		statusBarEl,
		overlayEl,
	};
}
