/**
 * The window: a title bar, the left ribbon, the left sidebar (file list), the main area (open notes),
 * the right sidebar (where plugin views open) and the status bar. Class names follow Obsidian's, so a
 * plugin's styles.css and a theme's variables apply as they do in the app. On a phone (`phone.ts`) the
 * sidebars are drawers over the main area, the ribbon sits in the left drawer, and a navigation bar runs
 * along the bottom.
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
	/** On a phone: the bottom navigation bar, and the backdrop behind an open drawer. */
	navbarEl: HTMLElement | null;
	backdropEl: HTMLElement | null;
}

export function buildLayout(vaultName: string, appName: string, phone: boolean): Layout {
	const body = document.body;
	body.empty();
	body.addClass("preview-body", "is-focused");
	if (phone) body.addClass("is-mobile", "is-phone", "is-android");
	else body.addClass("mod-linux");
	const appEl = body.createDiv("app-container");

	const titlebarEl = appEl.createDiv("titlebar preview-titlebar");
	const titleEl = titlebarEl.createDiv("preview-titlebar-title");
	titleEl.createSpan({ cls: "preview-titlebar-vault", text: vaultName });
	titleEl.createSpan({ cls: "preview-titlebar-app", text: ` — ${appName} (preview)` });
	const titlebarActionsEl = titlebarEl.createDiv("preview-titlebar-actions");

	const main = appEl.createDiv("horizontal-main-container");
	const workspaceEl = main.createDiv("workspace");

	const ribbonEl = createDiv("workspace-ribbon side-dock-ribbon mod-left");
	const ribbonActionsEl = ribbonEl.createDiv("side-dock-actions");
	const ribbonSettingsEl = ribbonEl.createDiv("side-dock-settings");
	const sidedock = (side: "left" | "right"): HTMLElement =>
		createDiv(`workspace-split mod-horizontal mod-sidedock mod-${side}-split${phone ? ` workspace-drawer mod-${side}` : ""}`);
	const leftSplitEl = sidedock("left");
	const rootSplitEl = createDiv("workspace-split mod-vertical mod-root");
	const rightSplitEl = sidedock("right");
	let backdropEl: HTMLElement | null = null;
	if (phone) {
		ribbonEl.addClass("workspace-drawer-ribbon");
		leftSplitEl.prepend(ribbonEl);
		backdropEl = createDiv("workspace-drawer-backdrop");
		workspaceEl.append(rootSplitEl, backdropEl, leftSplitEl, rightSplitEl);
	} else {
		workspaceEl.append(ribbonEl, leftSplitEl, createDiv("workspace-leaf-resize-handle"), rootSplitEl, createDiv("workspace-leaf-resize-handle"), rightSplitEl);
	}

	const navbarEl = phone ? appEl.createDiv("mobile-navbar") : null;
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
		navbarEl,
		backdropEl,
	};
}
