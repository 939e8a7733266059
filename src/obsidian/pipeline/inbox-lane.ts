import { Keymap, setIcon, type Menu } from "obsidian";
import type { InboxCard } from "../../core/pipeline/inbox-cards";
import type { Translate } from "../../core/i18n/translator";
import { displayText } from "../../core/text/display-text";
import { shortenText } from "../../core/text/shorten-text";
import { detailPreview } from "../../core/pipeline/detail-preview";
import { CARD_TITLE_CHARS } from "./board-card";
import { horizonMessage, parseHorizon } from "../../core/reading/book-horizon";
import { isSelectable, renderSelectionBar, type InboxSelection } from "./inbox-selection";
import { listenForMenu } from "../shared/menu-gesture";

/** Inbox items shown before "Show all": the stages stay in sight in a narrow sidebar. */
export const INBOX_PREVIEW = 5;

/** What the inbox's cards ask of the board. */
export interface InboxActions {
	promote(item: InboxCard): Promise<void>;
	/** Opens the note `sourcePath` at the item's line. */
	openItem: (item: InboxCard, sourcePath: string, newTab: boolean) => void;
	/** The card's menu: Promote, Dismiss, Open the source. */
	menu(item: InboxCard): Menu;
	promoteSelected(items: InboxCard[]): Promise<void>;
	dismissSelected(items: InboxCard[]): Promise<void>;
	toggleExpanded(): void;
}

/** A link to one note holding the item: it opens the note at the item's line. */
export function sourceLink(parent: HTMLElement, text: string, item: InboxCard, path: string, openItem: InboxActions["openItem"]): void {
	const link = parent.createEl("a", { cls: "tls-card-source", text, href: "#" });
	link.addEventListener("click", (event) => {
		event.preventDefault();
		openItem(item, path, Keymap.isModEvent(event) !== false);
	});
}

/** The first lines of the idea's details under its title, as a person reads them, and "+N" for the rest. */
function renderDetails(card: HTMLElement, item: InboxCard, t: Translate): void {
	const { lines, more } = detailPreview(item.details);
	if (lines.length === 0) return;
	const list = card.createEl("ul", { cls: "tls-inbox-details" });
	for (const line of lines) list.createEl("li", { text: line });
	if (more > 0) list.createEl("li", { cls: "tls-inbox-details-more", text: t("board.moreDetails", { count: more }) });
}

/** One Inbox card: a checkbox to select it, its words (opening its note at its line), a menu, its details, where it comes from, and Promote. */
function renderInboxCard(list: HTMLElement, item: InboxCard, selected: boolean, t: Translate, actions: InboxActions): void {
	const card = list.createDiv({ cls: "tls-card tls-inbox-card", attr: { role: "listitem", "data-key": item.key } });
	card.toggleClass("is-selected", selected);
	// Links show as their display text; a long item is shortened at a word, whole on hover and for screen readers.
	const words = displayText(item.text);
	const short = shortenText(words, CARD_TITLE_CHARS);
	const head = card.createDiv({ cls: "tls-card-head" });
	if (isSelectable(item)) {
		const box = head.createEl("label", { cls: "tls-inbox-select" });
		const check = box.createEl("input", { type: "checkbox", attr: { "aria-label": t("board.select", { title: words }), "data-key": item.key } });
		check.checked = selected;
	}
	const title = head.createEl("button", { cls: "tls-card-title tls-inbox-open", text: short, attr: { "aria-label": t("board.openItem", { title: words, source: item.sourceTitle }) } });
	if (short !== words) title.setAttr("title", words);
	const menu = head.createEl("button", { cls: "clickable-icon tls-card-menu", attr: { "aria-label": t("board.cardMenu", { title: words }), "aria-haspopup": "menu" } });
	setIcon(menu, "more-vertical");
	renderDetails(card, item, t);
	const meta = card.createDiv({ cls: "tls-card-meta" });
	if (item.sources.length > 1) {
		const where = meta.createSpan({ cls: "tls-inbox-sources" });
		where.createSpan({ cls: "tls-inbox-count", text: t("board.inNotes", { count: item.sources.length }) });
		for (const source of item.sources) sourceLink(where, source.title, item, source.path, actions.openItem);
	} else {
		sourceLink(meta, t("board.from", { source: item.sourceTitle }), item, item.sourcePath, actions.openItem);
	}
	if (item.book) {
		const horizon = parseHorizon(item.book.horizon);
		meta.createSpan({ cls: "tls-card-origin", text: [t("card.origin.book"), ...(horizon ? [t(horizonMessage(horizon))] : [])].join(" · ") });
	}
	meta.createEl("button", { cls: "tls-card-promote", text: t("board.promote"), attr: { "aria-label": t("board.promoteLabel", { title: words }) } });
}

/**
 * Fills the inbox's list: each item once, its title opening its note at its line, the first lines of its details,
 * where it comes from (every note when several hold it), Promote, and a menu (its ⋮ button, a right-click or a long
 * press) to promote it, dismiss it or open its note; each control named after the item for screen readers. Cards
 * are selected with their checkbox (Shift-click for a range) or a Ctrl- or Cmd-click on the card, and promoted or dismissed together from the bar above
 * them. One listener of each kind serves every card. `count`: the Inbox's cards when `items` holds only the first of them.
 */
export function fillInbox(list: HTMLElement, items: readonly InboxCard[], expanded: boolean, selection: InboxSelection, t: Translate, actions: InboxActions, count = items.length): void {
	selection.keep(items.map((item) => item.key));
	const shown = expanded ? items : items.slice(0, INBOX_PREVIEW);
	const byKey = new Map(shown.map((item) => [item.key, item]));
	const showSelection = (): void => {
		for (const check of Array.from(list.querySelectorAll<HTMLInputElement>(".tls-inbox-select input[data-key]"))) {
			const on = selection.has(check.dataset.key ?? "");
			check.checked = on;
			check.closest(".tls-inbox-card")?.toggleClass("is-selected", on);
		}
		updateBar();
	};
	const updateBar = renderSelectionBar(list, items, selection, t, {
		promote: (chosen) => actions.promoteSelected(chosen),
		dismiss: (chosen) => actions.dismissSelected(chosen),
		changed: showSelection,
	});
	for (const item of shown) renderInboxCard(list, item, selection.has(item.key), t, actions);
	if (count > INBOX_PREVIEW) {
		const toggle = list.createEl("button", { cls: "tls-inbox-toggle", text: expanded ? t("board.showFewer") : t("board.showAll", { count }) });
		toggle.addEventListener("click", () => actions.toggleExpanded());
	}

	const itemAt = (event: Event): InboxCard | undefined => {
		const key = event.target instanceof Element ? event.target.closest<HTMLElement>(".tls-inbox-card[data-key]")?.dataset.key : undefined;
		return key === undefined ? undefined : byKey.get(key);
	};
	list.addEventListener("click", (event) => {
		const item = itemAt(event);
		const target = event.target instanceof Element ? event.target : null;
		if (!item || !target) return;
		if (target.instanceOf(HTMLInputElement) && target.type === "checkbox") {
			selection.toggle(item.key, target.checked, event.shiftKey ? shown.filter(isSelectable).map((one) => one.key) : undefined);
			showSelection();
		} else if ((event.shiftKey || event.ctrlKey || event.metaKey) && !target.closest("button, a, input, .tls-inbox-open") && isSelectable(item)) {
			// Ctrl-click (Cmd-click on a Mac) on a card's body selects it or not; Shift-click selects every card from the last one clicked.
			selection.toggle(item.key, event.shiftKey || !selection.has(item.key), event.shiftKey ? shown.filter(isSelectable).map((one) => one.key) : undefined);
			showSelection();
		} else if (target.closest(".tls-card-menu")) {
			actions.menu(item).showAtMouseEvent(event);
		} else if (target.closest(".tls-inbox-open")) {
			actions.openItem(item, item.sourcePath, Keymap.isModEvent(event) !== false);
		} else {
			const promote = target.closest<HTMLButtonElement>(".tls-card-promote");
			if (!promote) return;
			promote.disabled = true;
			void actions.promote(item).finally(() => (promote.disabled = false));
		}
	});
	listenForMenu(
		list,
		(el) => el.closest<HTMLElement>(".tls-inbox-card[data-key]"),
		(_el, at, event) => {
			const item = itemAt(event);
			if (item) actions.menu(item).showAtPosition(at);
		},
	);
}
