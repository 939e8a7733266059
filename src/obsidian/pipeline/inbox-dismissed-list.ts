import type { InboxCard } from "../../core/pipeline/inbox-cards";
import type { Translate } from "../../core/i18n/translator";
import { displayText } from "../../core/text/display-text";
import { shortenText } from "../../core/text/shorten-text";
import { CARD_TITLE_CHARS } from "./board-card";
import { sourceLink } from "./inbox-lane";
import { renderLongList } from "../shared/long-list";

/** What the Inbox's Dismissed list asks of the board. */
export interface DismissedListActions {
	/** Shows or hides the list. */
	toggle(): void;
	bringBack(item: InboxCard): Promise<void>;
	bringAllBack(items: readonly InboxCard[]): Promise<void>;
	openItem: (item: InboxCard, sourcePath: string, newTab: boolean) => void;
	/** Remembers how many dismissed items the writer unrolled, for the next redraw. */
	onShown(count: number): void;
}

/** How the Dismissed list is drawn: open or not, and how many of its items were unrolled. */
export interface DismissedListState {
	open: boolean;
	shown: number;
}

function renderDismissedCard(list: HTMLElement, item: InboxCard, t: Translate, actions: DismissedListActions): void {
	const words = displayText(item.text);
	const row = list.createDiv({ cls: "tls-inbox-dismissed-card", attr: { role: "listitem", "data-key": item.key } });
	const short = shortenText(words, CARD_TITLE_CHARS);
	const title = row.createDiv({ cls: "tls-inbox-dismissed-title", text: short });
	if (short !== words) title.setAttr("title", words);
	const meta = row.createDiv({ cls: "tls-card-meta" });
	sourceLink(meta, t("board.from", { source: item.sourceTitle }), item, item.sourcePath, actions.openItem);
	const back = meta.createEl("button", { cls: "tls-inbox-restore", text: t("board.bringBack"), attr: { "aria-label": t("board.bringBackLabel", { title: words }) } });
	back.addEventListener("click", () => {
		back.disabled = true;
		void actions.bringBack(item).finally(() => (back.disabled = false));
	});
}

/**
 * The Inbox's Dismissed list, after its cards: a button that says how many items the writer set aside and shows them,
 * each with where it comes from and Bring back (all of them at once too). Nothing when none is dismissed. A long
 * list is drawn a page at a time.
 */
export function fillDismissed(list: HTMLElement, items: readonly InboxCard[], state: DismissedListState, t: Translate, actions: DismissedListActions): void {
	if (items.length === 0) return;
	const toggle = list.createEl("button", {
		cls: "tls-inbox-dismissed-toggle",
		text: state.open ? t("board.hideDismissed", { count: items.length }) : t("board.showDismissed", { count: items.length }),
		attr: { "aria-expanded": String(state.open) },
	});
	toggle.addEventListener("click", () => actions.toggle());
	if (!state.open) return;
	const section = list.createDiv({ cls: "tls-inbox-dismissed" });
	if (items.length > 1) {
		const all = section.createEl("button", { cls: "tls-inbox-restore-all", text: t("board.bringAllBack", { count: items.length }) });
		all.addEventListener("click", () => {
			all.disabled = true;
			void actions.bringAllBack(items).finally(() => (all.disabled = false));
		});
	}
	const cards = section.createDiv({ cls: "tls-inbox-dismissed-list", attr: { role: "list", "aria-label": t("board.showDismissed", { count: items.length }) } });
	renderLongList(cards, {
		items,
		shown: state.shown,
		onShown: (count) => actions.onShown(count),
		render: (item) => renderDismissedCard(cards, item, t, actions),
		more: (count, left) => t("board.moreDismissed", { count, left }),
	});
}
