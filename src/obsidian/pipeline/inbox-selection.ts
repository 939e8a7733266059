import { setIcon } from "obsidian";
import type { InboxCard } from "../../core/pipeline/inbox-cards";
import type { Translate } from "../../core/i18n/translator";

/**
 * The Inbox cards the writer selected, by key: kept across the board's redraws for as long as the cards are in the
 * Inbox. A Shift-click selects (or unselects) every card shown from the one clicked last.
 */
export class InboxSelection {
	private readonly keys = new Set<string>();
	/** The card checked or unchecked last, where a Shift-click's range starts. */
	private anchor: string | null = null;

	get size(): number {
		return this.keys.size;
	}

	has(key: string): boolean {
		return this.keys.has(key);
	}

	/** Selects or unselects the card `key`; with `shown` (a Shift-click), every card shown between the last one clicked and it. */
	toggle(key: string, on: boolean, shown?: readonly string[]): void {
		const from = shown && this.anchor !== null ? shown.indexOf(this.anchor) : -1;
		const to = shown ? shown.indexOf(key) : -1;
		const range = shown && from !== -1 && to !== -1 ? shown.slice(Math.min(from, to), Math.max(from, to) + 1) : [key];
		for (const one of range) {
			if (on) this.keys.add(one);
			else this.keys.delete(one);
		}
		this.anchor = key;
	}

	selectAll(keys: Iterable<string>): void {
		for (const key of keys) this.keys.add(key);
	}

	clear(): void {
		this.keys.clear();
		this.anchor = null;
	}

	/** Forgets the cards no longer in the Inbox (promoted, dismissed, their note changed). */
	keep(keys: Iterable<string>): void {
		const present = new Set(keys);
		for (const key of this.keys) if (!present.has(key)) this.keys.delete(key);
		if (this.anchor !== null && !present.has(this.anchor)) this.anchor = null;
	}

	/** The selected cards among `cards`, in their order. */
	of(cards: readonly InboxCard[]): InboxCard[] {
		return cards.filter((card) => this.keys.has(card.key));
	}
}

/** What the selection bar's buttons do. */
export interface SelectionBarActions {
	promote(cards: InboxCard[]): Promise<void>;
	dismiss(cards: InboxCard[]): Promise<void>;
	/** The selection changed from the bar (all selected, or none): the cards on screen show it. */
	changed(): void;
}

/** Whether a card can be selected: a book's block is promoted through its book, one at a time, so it has no checkbox. */
export function isSelectable(card: InboxCard): boolean {
	return card.book === undefined;
}

/**
 * The bar at the top of the Inbox while cards are selected: a button that clears the selection, how many, Promote and
 * Dismiss for all of them at once, and Select all. Hidden while none is. Hands back what brings it up to date.
 */
export function renderSelectionBar(parent: HTMLElement, cards: readonly InboxCard[], selection: InboxSelection, t: Translate, actions: SelectionBarActions): () => void {
	const bar = parent.createDiv({ cls: "tls-inbox-selection", attr: { role: "group" } });
	const clear = bar.createEl("button", { cls: "clickable-icon tls-inbox-clear-selection", attr: { "aria-label": t("board.clearSelection") } });
	setIcon(clear, "x");
	const count = bar.createSpan({ cls: "tls-inbox-selected-count", attr: { "aria-live": "polite" } });
	const promote = bar.createEl("button", { cls: "mod-cta tls-inbox-promote-selected", text: t("board.promoteSelected") });
	const dismiss = bar.createEl("button", { cls: "tls-inbox-dismiss-selected", text: t("board.dismissSelected") });
	const all = bar.createEl("button", { cls: "tls-inbox-select-all" });
	const selectable = cards.filter(isSelectable);
	const update = (): void => {
		const size = selection.size;
		bar.toggleClass("is-hidden", size === 0);
		count.setText(t("board.selected", { count: size }));
		promote.setAttr("aria-label", t("board.promoteSelectedLabel", { count: size }));
		dismiss.setAttr("aria-label", t("board.dismissSelectedLabel", { count: size }));
		all.setText(t("board.selectAll", { count: selectable.length }));
		all.toggleClass("is-hidden", size >= selectable.length);
	};
	const run = (action: (cards: InboxCard[]) => Promise<void>): void => {
		const chosen = selection.of(selectable);
		if (chosen.length === 0) return;
		promote.disabled = dismiss.disabled = true;
		void action(chosen).finally(() => (promote.disabled = dismiss.disabled = false));
	};
	promote.addEventListener("click", () => run((chosen) => actions.promote(chosen)));
	dismiss.addEventListener("click", () => run((chosen) => actions.dismiss(chosen)));
	all.addEventListener("click", () => {
		selection.selectAll(selectable.map((card) => card.key));
		actions.changed();
	});
	clear.addEventListener("click", () => {
		selection.clear();
		actions.changed();
	});
	update();
	return update;
}
