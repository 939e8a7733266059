import { Keymap } from "obsidian";
import type { InboxCard } from "../../core/pipeline/inbox-cards";
import type { Translate } from "../../core/i18n/translator";
import { displayText } from "../../core/text/display-text";
import { shortenText } from "../../core/text/shorten-text";
import { CARD_TITLE_CHARS } from "./board-card";
import { horizonMessage, parseHorizon } from "../../core/reading/book-horizon";

/** Inbox items shown before "Show all": the stages stay in sight in a narrow sidebar. */
export const INBOX_PREVIEW = 5;

/** What the inbox's cards ask of the board. */
export interface InboxActions {
	promote(item: InboxCard): Promise<void>;
	/** Opens the note `sourcePath` at the item's line. */
	openItem(item: InboxCard, sourcePath: string, newTab: boolean): void;
	toggleExpanded(): void;
}

/** A link to one note holding the item: it opens the note at the item's line. */
function sourceLink(parent: HTMLElement, text: string, item: InboxCard, path: string, actions: InboxActions): void {
	const link = parent.createEl("a", { cls: "tls-card-source", text, href: "#" });
	link.addEventListener("click", (event) => {
		event.preventDefault();
		actions.openItem(item, path, Keymap.isModEvent(event) !== false);
	});
}

/**
 * Fills the inbox's list: each item once, its title opening its note at its line, where it comes
 * from (every note when several hold it), and Promote, each named after the item for screen readers.
 */
export function fillInbox(list: HTMLElement, items: readonly InboxCard[], expanded: boolean, t: Translate, actions: InboxActions): void {
	for (const item of expanded ? items : items.slice(0, INBOX_PREVIEW)) {
		const card = list.createDiv({ cls: "tls-card tls-inbox-card", attr: { role: "listitem", "data-key": item.key } });
		// Links show as their display text; a long item is shortened at a word, whole on hover and for screen readers.
		const words = displayText(item.text);
		const short = shortenText(words, CARD_TITLE_CHARS);
		const title = card.createEl("button", { cls: "tls-card-title tls-inbox-open", text: short, attr: { "aria-label": t("board.openItem", { title: words, source: item.sourceTitle }) } });
		if (short !== words) title.setAttr("title", words);
		title.addEventListener("click", (event) => actions.openItem(item, item.sourcePath, Keymap.isModEvent(event) !== false));
		const meta = card.createDiv({ cls: "tls-card-meta" });
		if (item.sources.length > 1) {
			const where = meta.createSpan({ cls: "tls-inbox-sources" });
			where.createSpan({ cls: "tls-inbox-count", text: t("board.inNotes", { count: item.sources.length }) });
			for (const source of item.sources) sourceLink(where, source.title, item, source.path, actions);
		} else {
			sourceLink(meta, t("board.from", { source: item.sourceTitle }), item, item.sourcePath, actions);
		}
		if (item.book) {
			const horizon = parseHorizon(item.book.horizon);
			meta.createSpan({ cls: "tls-card-origin", text: [t("card.origin.book"), ...(horizon ? [t(horizonMessage(horizon))] : [])].join(" · ") });
		}
		const promote = meta.createEl("button", { cls: "tls-card-promote", text: t("board.promote"), attr: { "aria-label": t("board.promoteLabel", { title: words }) } });
		promote.addEventListener("click", () => {
			promote.disabled = true;
			void actions.promote(item).finally(() => (promote.disabled = false));
		});
	}
	if (items.length > INBOX_PREVIEW) {
		const toggle = list.createEl("button", { cls: "tls-inbox-toggle", text: expanded ? t("board.showFewer") : t("board.showAll", { count: items.length }) });
		toggle.addEventListener("click", () => actions.toggleExpanded());
	}
}
