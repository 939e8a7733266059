/**
 * Obsidian's phone layout, with `?mobile=1`: `body.is-mobile.is-phone`, `Platform` saying phone, the main
 * area showing one leaf at a time, the sidebars as drawers over it (the left one holding the ribbon), and
 * the navigation bar at the bottom with the buttons that open them. Revealing a sidebar leaf opens its
 * drawer; opening a note closes the drawers; the backdrop and Escape close them, as on a phone.
 * Stands in for https://docs.obsidian.md/Reference/TypeScript+API/Platform and
 * https://docs.obsidian.md/Reference/TypeScript+API/WorkspaceMobileDrawer
 */
import { Menu, Platform, type App, type WorkspaceLeaf } from "obsidian";
import { setIcon } from "./icons";
import type { Layout } from "./layout";
import { openCommandPalette } from "./plugin-host";
import type { Dock, Docks } from "./workspace";

type DrawerSide = "left" | "right";

/** Whether the page was asked for the phone layout (`?mobile=1`). */
export function phoneRequested(): boolean {
	const asked = new URLSearchParams(window.location.search).get("mobile");
	return asked === "1" || asked === "true";
}

/** What `Platform` answers on an Android phone; set before the plugin loads, as the app does. */
export function setPhonePlatform(): void {
	Object.assign(Platform, {
		isDesktop: false,
		isDesktopApp: false,
		isMobile: true,
		isMobileApp: true,
		isPhone: true,
		isTablet: false,
		isAndroidApp: true,
		isIosApp: false,
		isWin: false,
		isMacOS: false,
		isLinux: false,
	});
}

/** The mock's sidedock objects, whose `collapsed`, `expand`, `collapse` and `toggle` the drawers take over. */
interface DrawerApi {
	collapsed: boolean;
	expand(): void;
	collapse(): void;
	toggle(): void;
}

export class PhoneLayout {
	private open: DrawerSide | null = null;
	private readonly drawers: Record<DrawerSide, HTMLElement>;
	private readonly toggles: Record<DrawerSide, HTMLElement>;
	private readonly tabsCountEl: HTMLElement;

	constructor(
		private readonly app: App,
		private readonly layout: Layout,
		private readonly docks: Docks,
	) {
		const { leftSplitEl, rightSplitEl, ribbonEl, navbarEl, backdropEl } = layout;
		if (!navbarEl || !backdropEl) throw new Error("the phone layout needs a navigation bar and a backdrop");
		this.drawers = { left: leftSplitEl, right: rightSplitEl };
		backdropEl.addEventListener("click", () => this.close());
		// On a phone the ribbon's actions sit in the left drawer; tapping one closes it.
		ribbonEl.addEventListener("click", () => this.close(), true);

		const actions = navbarEl.createDiv("mobile-navbar-actions");
		const action = (icon: string, label: string, onClick: () => void): HTMLElement => {
			const el = actions.createEl("button", { cls: "clickable-icon mobile-navbar-action", attr: { "aria-label": label } });
			setIcon(el, icon);
			el.addEventListener("click", onClick);
			return el;
		};
		const left = action("panel-left", "Open left sidebar", () => this.toggle("left"));
		action("terminal", "Open command palette", () => openCommandPalette(this.app));
		const tabs = action("copy", "Tabs", () => this.showTabs(tabs));
		this.tabsCountEl = tabs.createSpan({ cls: "mobile-tab-count" });
		const right = action("panel-right", "Open right sidebar", () => this.toggle("right"));
		this.toggles = { left, right };

		this.takeOverSplit("left");
		this.takeOverSplit("right");
		document.addEventListener("keydown", (evt) => {
			if (evt.key === "Escape" && this.open && !evt.defaultPrevented && !document.querySelector(".modal-container, .menu")) {
				evt.preventDefault();
				this.close();
			}
		});
		this.app.workspace.on("layout-change", () => this.render());
		this.render();
	}

	/** What the docks call when one of their leaves is revealed or opened active. */
	activated(dock: Dock): void {
		if (dock.side === "root") this.close();
		else this.show(dock.side);
	}

	show(side: DrawerSide): void {
		this.open = side;
		this.render();
	}

	close(): void {
		this.open = null;
		this.render();
	}

	toggle(side: DrawerSide): void {
		if (this.open === side) this.close();
		else this.show(side);
	}

	private takeOverSplit(side: DrawerSide): void {
		const split = (side === "left" ? this.app.workspace.leftSplit : this.app.workspace.rightSplit) as unknown as DrawerApi;
		Object.defineProperty(split, "collapsed", { configurable: true, get: () => this.open !== side });
		split.expand = () => this.show(side);
		split.collapse = () => {
			if (this.open === side) this.close();
		};
		split.toggle = () => this.toggle(side);
	}

	/** Obsidian's tab switcher, as a menu of the main area's tabs. */
	private showTabs(anchor: HTMLElement): void {
		const menu = new Menu();
		const root = this.docks.root;
		for (const tab of root.tabs) {
			const leaf: WorkspaceLeaf | null = tab.leaf;
			menu.addItem((item) =>
				item
					.setTitle(tab.title() || "New tab")
					.setIcon(tab.icon() || "file")
					.setChecked(tab === root.active)
					.onClick(() => {
						if (leaf) void this.app.workspace.revealLeaf(leaf);
					}),
			);
		}
		if (root.tabs.length === 0) menu.addItem((item) => item.setTitle("No open tab").setDisabled(true));
		const rect = anchor.getBoundingClientRect();
		menu.showAtPosition({ x: rect.left, y: rect.top });
	}

	render(): void {
		document.body.toggleClass("is-left-sidedock-open", this.open === "left");
		document.body.toggleClass("is-right-sidedock-open", this.open === "right");
		for (const side of ["left", "right"] as const) {
			const isOpen = this.open === side;
			this.drawers[side].toggleClass("is-open", isOpen);
			this.drawers[side].setAttr("aria-hidden", isOpen ? "false" : "true");
			this.toggles[side].toggleClass("is-active", isOpen);
			this.toggles[side].setAttr("aria-pressed", isOpen ? "true" : "false");
		}
		this.layout.backdropEl?.toggleClass("is-visible", this.open !== null);
		this.tabsCountEl.textContent = String(this.docks.root.tabs.length);
	}
}
