/**
 * What floats over the window: modals (and the suggest modals built on them), menus and notices.
 * The mocks build their elements but never show them (a mock modal even closes itself at once);
 * here they get Obsidian's classes and a place on the page.
 */
import { FuzzySuggestModal, Menu, Modal, Notice, SuggestModal, type FuzzyMatch } from "obsidian";
import { Menu as MockMenu, MenuItem as MockMenuItem, MenuSeparator as MockMenuSeparator } from "obsidian-test-mocks/obsidian";
import { setIcon } from "./icons";
import { originalMethod } from "./original";

let overlayEl: HTMLElement = document.body;
/** Open modals, the newest last (Escape closes the newest). */
const modalStack: Modal[] = [];
let openMenu: { menu: Menu; el: HTMLElement } | null = null;

export function openModals(): readonly Modal[] {
	return modalStack;
}

/** Folds case and accents, for matching typed text against names. */
export function fold(text: string): string {
	return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Fuzzy match in the manner of Obsidian's palette: every typed word, or else every typed letter in order. */
export function fuzzyScore(query: string, text: string): number | null {
	const q = fold(query).trim();
	if (!q) return 0;
	const t = fold(text);
	const words = q.split(/\s+/);
	if (words.every((word) => t.includes(word))) return 100 - t.indexOf(words[0] ?? "") / 10;
	let at = 0;
	for (const ch of q.replace(/\s+/g, "")) {
		const found = t.indexOf(ch, at);
		if (found === -1) return null;
		at = found + 1;
	}
	return 10 - at / 100;
}

// ---------------------------------------------------------------------------------------------------
// Modals: https://docs.obsidian.md/Reference/TypeScript+API/Modal (open, close, onOpen, onClose, titleEl,
// contentEl), https://docs.obsidian.md/Reference/TypeScript+API/SuggestModal and
// https://docs.obsidian.md/Reference/TypeScript+API/FuzzySuggestModal

interface SuggestState {
	items: unknown[];
	selected: number;
}

const suggestStates = new WeakMap<Modal, SuggestState>();

function renderSuggestions<T>(modal: SuggestModal<T>): void {
	const state = suggestStates.get(modal);
	if (!state) return;
	const query = modal.inputEl.value;
	void Promise.resolve(modal.getSuggestions(query)).then((items) => {
		state.items = items.slice(0, modal.limit || 100);
		state.selected = 0;
		const results = modal.resultContainerEl;
		results.empty();
		if (state.items.length === 0) {
			results.createDiv({ cls: "suggestion-empty", text: modal.emptyStateText });
			modal.onNoSuggestion();
			return;
		}
		state.items.forEach((item, index) => {
			const el = results.createDiv({ cls: `suggestion-item mod-complex${index === 0 ? " is-selected" : ""}` });
			modal.renderSuggestion(item as T, el);
			el.addEventListener("mousemove", () => selectSuggestion(modal, index));
			el.addEventListener("click", (evt) => modal.selectSuggestion(item as T, evt));
		});
	});
}

function selectSuggestion<T>(modal: SuggestModal<T>, index: number): void {
	const state = suggestStates.get(modal);
	if (!state || state.items.length === 0) return;
	state.selected = (index + state.items.length) % state.items.length;
	const els = modal.resultContainerEl.querySelectorAll(".suggestion-item");
	els.forEach((el, i) => el.toggleClass("is-selected", i === state.selected));
	els[state.selected]?.scrollIntoView({ block: "nearest" });
}

function setUpSuggestModal<T>(modal: SuggestModal<T>): void {
	modal.modalEl.addClass("prompt");
	modal.inputEl.addClass("prompt-input");
	modal.inputEl.setAttr("enterkeyhint", "done");
	const inputContainer = createDiv("prompt-input-container");
	modal.modalEl.prepend(inputContainer);
	inputContainer.appendChild(modal.inputEl);
	modal.resultContainerEl.addClass("prompt-results");
	suggestStates.set(modal, { items: [], selected: 0 });
	modal.inputEl.addEventListener("input", () => renderSuggestions(modal));
	modal.inputEl.addEventListener("keydown", (evt) => {
		const state = suggestStates.get(modal);
		if (!state) return;
		if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
			evt.preventDefault();
			selectSuggestion(modal, state.selected + (evt.key === "ArrowDown" ? 1 : -1));
		} else if (evt.key === "Enter" && !evt.isComposing) {
			evt.preventDefault();
			const item = state.items[state.selected];
			if (item !== undefined) modal.selectSuggestion(item as T, evt);
		}
	});
	renderSuggestions(modal);
	modal.inputEl.focus();
}

function installModals(): void {
	const proto = Modal.prototype;
	const mockClose = originalMethod<(this: Modal) => void>(proto, "close");

	proto.open = function (this: Modal): void {
		if (modalStack.includes(this)) return;
		const { containerEl, modalEl, titleEl, contentEl } = this;
		containerEl.addClass("modal-container", "mod-dim");
		if (!containerEl.querySelector(":scope > .modal-bg")) {
			const bg = createDiv("modal-bg");
			containerEl.prepend(bg);
			bg.addEventListener("click", () => this.close());
			modalEl.addClass("modal");
			const closeButton = createDiv({ cls: "modal-close-button", attr: { "aria-label": "Close" } });
			closeButton.addEventListener("click", () => this.close());
			const header = createDiv("modal-header");
			titleEl.addClass("modal-title");
			header.appendChild(titleEl);
			contentEl.addClass("modal-content");
			modalEl.prepend(closeButton, header);
			header.after(contentEl);
		}
		overlayEl.appendChild(containerEl);
		modalStack.push(this);
		if (this instanceof SuggestModal) setUpSuggestModal(this);
		try {
			const opened: unknown = this.onOpen();
			if (opened instanceof Promise) opened.catch((err: unknown) => console.error("preview: a modal failed to open", err));
		} catch (err) {
			console.error("preview: a modal failed to open", err);
		}
	};

	proto.close = function (this: Modal): void {
		const index = modalStack.indexOf(this);
		if (index === -1) return;
		modalStack.splice(index, 1);
		this.containerEl.remove();
		mockClose.call(this);
	};

	// A fuzzy modal's suggestions: its items matched against the typed text, as in Obsidian.
	const fuzzyProto = FuzzySuggestModal.prototype as FuzzySuggestModal<unknown>;
	fuzzyProto.getSuggestions = function (this: FuzzySuggestModal<unknown>, query: string): FuzzyMatch<unknown>[] {
		const matches: { match: FuzzyMatch<unknown>; score: number }[] = [];
		for (const item of this.getItems()) {
			const score = fuzzyScore(query, this.getItemText(item));
			if (score !== null) matches.push({ match: { item, match: { score, matches: [] } }, score });
		}
		return matches.sort((a, b) => b.score - a.score).map((m) => m.match);
	};
	fuzzyProto.renderSuggestion = function (this: FuzzySuggestModal<unknown>, value: FuzzyMatch<unknown>, el: HTMLElement): void {
		el.createDiv({ cls: "suggestion-content" }).createDiv({ cls: "suggestion-title", text: this.getItemText(value.item) });
	};
}

// ---------------------------------------------------------------------------------------------------
// Menus: https://docs.obsidian.md/Reference/TypeScript+API/Menu (showAtMouseEvent, showAtPosition, hide)
// and https://docs.obsidian.md/Reference/TypeScript+API/MenuItem

function closeMenu(): void {
	if (!openMenu) return;
	const { menu, el } = openMenu;
	openMenu = null;
	el.remove();
	menu.close();
}

function renderMenu(menu: Menu, x: number, y: number): void {
	closeMenu();
	const mock = MockMenu.fromOriginalType2__(menu);
	const el = overlayEl.createDiv({ cls: "menu", attr: { role: "menu" } });
	el.addEventListener("mousedown", (evt) => evt.stopPropagation());
	el.addEventListener("contextmenu", (evt) => evt.preventDefault());
	let lastWasSeparator = true;
	for (const entry of mock.items__) {
		if (entry instanceof MockMenuSeparator) {
			if (!lastWasSeparator) el.createDiv("menu-separator");
			lastWasSeparator = true;
			continue;
		}
		if (!(entry instanceof MockMenuItem)) continue;
		lastWasSeparator = false;
		const item = el.createDiv({
			cls: `menu-item tappable${entry.disabled__ ? " is-disabled" : ""}${entry.warning__ ? " is-warning" : ""}${entry.isLabel__ ? " is-label" : ""}`,
			attr: { role: "menuitem", tabindex: "-1" },
		});
		const icon = item.createDiv("menu-item-icon");
		if (entry.icon__) setIcon(icon, entry.icon__);
		const title = item.createDiv("menu-item-title");
		if (typeof entry.title__ === "string") title.textContent = entry.title__;
		else title.appendChild(entry.title__.cloneNode(true));
		if (entry.checked__) setIcon(item.createDiv("menu-item-icon mod-checked"), "check");
		item.addEventListener("mouseenter", () => {
			el.querySelectorAll(".menu-item.selected").forEach((other) => other.removeClass("selected"));
			item.addClass("selected");
		});
		item.addEventListener("click", (evt) => {
			if (entry.disabled__ || entry.isLabel__) return;
			closeMenu();
			entry.onClick__?.(evt);
		});
	}
	openMenu = { menu, el };
	// Kept inside the window, as Obsidian does.
	const rect = el.getBoundingClientRect();
	el.style.left = `${Math.max(0, Math.min(x, window.innerWidth - rect.width - 4))}px`;
	el.style.top = `${Math.max(0, Math.min(y, window.innerHeight - rect.height - 4))}px`;
	const first = el.querySelector<HTMLElement>(".menu-item:not(.is-disabled)");
	first?.focus({ preventScroll: true });
}

function installMenus(): void {
	const proto = Menu.prototype;
	proto.showAtMouseEvent = function (this: Menu, evt: MouseEvent): Menu {
		evt.preventDefault();
		renderMenu(this, evt.clientX, evt.clientY);
		return this;
	};
	proto.showAtPosition = function (this: Menu, position: { x: number; y: number }): Menu {
		renderMenu(this, position.x, position.y);
		return this;
	};
	const mockHide = originalMethod<(this: Menu) => Menu>(proto, "hide");
	proto.hide = function (this: Menu): Menu {
		if (openMenu?.menu === this) closeMenu();
		return mockHide.call(this);
	};
	document.addEventListener("mousedown", () => closeMenu());
	window.addEventListener("blur", () => closeMenu());
	document.addEventListener("keydown", (evt) => {
		if (!openMenu) return;
		const items = [...openMenu.el.querySelectorAll<HTMLElement>(".menu-item:not(.is-disabled):not(.is-label)")];
		const current = items.findIndex((item) => item.hasClass("selected"));
		if (evt.key === "Escape") {
			evt.preventDefault();
			evt.stopImmediatePropagation();
			closeMenu();
		} else if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
			evt.preventDefault();
			const next = items[(current + (evt.key === "ArrowDown" ? 1 : -1) + items.length) % items.length];
			items.forEach((item) => item.removeClass("selected"));
			next?.addClass("selected");
		} else if (evt.key === "Enter" && current !== -1) {
			evt.preventDefault();
			items[current]?.click();
		}
	}, true);
}

// ---------------------------------------------------------------------------------------------------
// Notices: https://docs.obsidian.md/Reference/TypeScript+API/Notice (message, duration, hide, setMessage)

const DEFAULT_NOTICE_MS = 4500;
let noticeContainer: HTMLElement | null = null;

function installNotices(): void {
	const proto = Notice.prototype;
	// The mocks' constructor calls this hook with the constructor's arguments.
	(proto as unknown as { constructor__(this: Notice, message: string | DocumentFragment, duration?: number): void }).constructor__ = function (this: Notice, message: string | DocumentFragment, duration?: number): void {
		noticeContainer ??= overlayEl.createDiv("notice-container");
		if (!noticeContainer.isConnected) overlayEl.appendChild(noticeContainer);
		const { noticeEl, messageEl } = this;
		noticeEl.addClass("notice");
		messageEl.addClass("notice-message");
		// The mocks show a copy of a fragment, whose buttons have lost their listeners: show the fragment itself.
		if (typeof message !== "string") {
			messageEl.empty();
			messageEl.appendChild(message);
		}
		noticeEl.appendChild(messageEl);
		noticeEl.addEventListener("click", () => this.hide());
		noticeContainer.appendChild(noticeEl);
		const ms = duration ?? DEFAULT_NOTICE_MS;
		if (ms > 0) window.setTimeout(() => this.hide(), ms);
	};
	proto.hide = function (this: Notice): void {
		this.noticeEl.remove();
	};
	proto.setMessage = function (this: Notice, message: string | DocumentFragment): Notice {
		this.messageEl.empty();
		if (typeof message === "string") this.messageEl.textContent = message;
		else this.messageEl.appendChild(message);
		return this;
	};
}

/** The messages of the notices on screen. */
export function visibleNotices(): string[] {
	return [...(noticeContainer?.querySelectorAll(".notice") ?? [])].map((el) => el.textContent ?? "");
}

export function installOverlays(container: HTMLElement): void {
	overlayEl = container;
	installModals();
	installMenus();
	installNotices();
	// Escape closes the newest modal, as each modal's scope does in Obsidian.
	document.addEventListener("keydown", (evt) => {
		if (evt.key !== "Escape" || evt.defaultPrevented) return;
		const top = modalStack[modalStack.length - 1];
		if (top) {
			evt.preventDefault();
			top.close();
		}
	});
}
