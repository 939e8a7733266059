import { cardSignature, keepUnchangedLanes, type BoardCard, type BoardModel, type Lane } from "../../core/pipeline/board-model";
import type { Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import { renderBoardCard } from "./board-card";
import { renderLaneHeader, showCollapsed, showLaneCount, type LaneHeader } from "./lane-header";
import type { CardHit } from "./board-interactions";

/** Key of the inbox lane on screen; the double underscore keeps it apart from stage keys. */
export const INBOX_KEY = "__inbox";

/** A lane on screen: its root, its header, the list of its cards, and the signature it was drawn from. */
interface LaneElements {
	el: HTMLElement;
	header: LaneHeader;
	list: HTMLElement;
	signature: string;
}

/** What the lanes ask of the board around them. */
export interface LanesHost {
	translate: Translate;
	language: Language;
	/** Unique in the window, for the ids of the lanes' lists (two boards may be open). */
	idPrefix: string;
	isCollapsed(key: string): boolean;
	toggleCollapsed(key: string): void;
	/** "+" on a stage lane; absent, stage lanes have no "+". */
	captureInto?(key: string, label: string): void;
	/** Draws the inbox's cards in its (empty) list; absent, the lanes have no Inbox (a base's lanes). */
	fillInbox?(list: HTMLElement, model: BoardModel): void;
	/** What a stage lane without cards says, or null to say nothing (while the notes are read). */
	emptyText(lane: Lane): string | null;
	/** What a card is called for screen readers; absent, the board's words (its keys move it to another stage). */
	cardLabel?(title: string): string;
}

/**
 * The board's lanes on screen. Lanes whose signature is unchanged are left alone; in the others,
 * card elements are reused by path (a moved card is the same element, moved), and the focused card
 * keeps the focus.
 */
export class BoardLanes {
	/** What is on screen now. */
	model: BoardModel | null = null;
	private readonly laneEls = new Map<string, LaneElements>();
	/** Card elements by note path, reused across renders while what they show is unchanged. */
	private readonly cardEls = new Map<string, { el: HTMLElement; card: BoardCard; signature: string }>();
	/** What each card on screen stands for, for the board's delegated event handlers. */
	private readonly cardsOnScreen = new Map<string, { card: BoardCard; lane: Lane }>();

	constructor(
		private readonly root: HTMLElement,
		private readonly host: LanesHost,
	) {}

	/** Forgets every lane and card: the next render draws all anew. */
	clear(): void {
		this.laneEls.clear();
		this.cardEls.clear();
		this.cardsOnScreen.clear();
		this.root.empty();
		this.model = null;
	}

	/** Redraws the inbox at the next render (its "Show all" changed). */
	invalidateInbox(): void {
		const inbox = this.laneEls.get(INBOX_KEY);
		if (inbox) inbox.signature = "";
	}

	/** Shows each lane collapsed or not, after the board moved to another place. */
	showCollapsedLanes(): void {
		for (const [key, entry] of this.laneEls) showCollapsed(entry.el, entry.header, this.host.isCollapsed(key));
	}

	/** How many of the model's cards have no element on screen yet. */
	cardsToDraw(model: BoardModel): number {
		let missing = 0;
		for (const lane of model.lanes) for (const card of lane.cards) if (!this.cardEls.has(card.path)) missing++;
		return missing;
	}

	/** The title of a card on screen. */
	titleOf(path: string): string | undefined {
		return this.cardsOnScreen.get(path)?.card.title;
	}

	/**
	 * Puts the model on screen. A focused card moved or drawn anew gets the focus back: at once, so that a key pressed
	 * meanwhile (a second Shift+arrow while its note is written) reaches it, or at the next frame with `focusLater`
	 * (a move shown before its write, whose caller focuses the card then), without forcing a layout now.
	 */
	render(next: BoardModel, focusLater = false): void {
		const lanesEl = this.root;
		const focused = activeDocument.activeElement instanceof HTMLElement ? activeDocument.activeElement.closest<HTMLElement>(".tls-card[data-path]")?.dataset.path : undefined;
		const model = this.model ? keepUnchangedLanes(this.model, next) : next;
		this.model = model;
		const wanted = [...(this.host.fillInbox ? [INBOX_KEY] : []), ...model.lanes.map((l) => l.key)];
		for (const [key, entry] of this.laneEls) {
			if (!wanted.includes(key)) {
				entry.el.remove();
				this.laneEls.delete(key);
			}
		}
		const seen = new Set<string>();
		let previous: HTMLElement | null = null;
		for (const key of wanted) {
			const lane = key === INBOX_KEY ? null : (model.lanes.find((l) => l.key === key) ?? null);
			let entry = this.laneEls.get(key);
			if (lane) {
				if (!entry) {
					entry = this.shell(lane.key, lane.label ?? this.host.translate("board.other"), lane.kind === "other" ? "tls-lane-other" : "", lane.kind === "stage");
					this.laneEls.set(key, entry);
				}
				if (entry.signature !== lane.signature) this.fillLane(entry, lane);
				for (const card of lane.cards) seen.add(card.path);
			} else if (!entry || entry.signature !== model.inboxSignature) {
				const inbox = this.inbox(model);
				if (entry) entry.el.replaceWith(inbox.el);
				entry = inbox;
				this.laneEls.set(key, entry);
			}
			// Keep lanes in stage order, moving only what is out of place.
			const expected: Element | null = previous ? previous.nextElementSibling : lanesEl.firstElementChild;
			if (expected !== entry.el) {
				if (previous) previous.after(entry.el);
				else lanesEl.prepend(entry.el);
			}
			previous = entry.el;
		}
		for (const [path, card] of this.cardEls) {
			if (seen.has(path)) continue;
			card.el.remove();
			this.cardEls.delete(path);
			this.cardsOnScreen.delete(path);
		}
		if (focused !== undefined && activeDocument.activeElement?.closest(".tls-card[data-path]") == null) {
			if (focusLater) window.requestAnimationFrame(() => this.focusCard(focused));
			else this.focusCard(focused);
		}
	}

	/** The card under an event, and what it stands for. */
	cardAt(event: Event): CardHit | null {
		const target = event.target;
		if (!(target instanceof Element)) return null;
		const el = target.closest<HTMLElement>(".tls-card[data-path]");
		const path = el?.dataset.path;
		const shown = path === undefined ? undefined : this.cardsOnScreen.get(path);
		return el && shown ? { el, ...shown } : null;
	}

	focusCard(path: string): void {
		this.cardEls.get(path)?.el.focus({ preventScroll: true });
	}

	private shell(key: string, title: string, extraCls: string, isStage: boolean): LaneElements {
		const el = createDiv({ cls: `tls-lane ${extraCls}`, attr: { "data-lane": key } });
		if (isStage) el.addClass("tls-drop-zone");
		const listId = `${this.host.idPrefix}-${key}`;
		const captureInto = this.host.captureInto?.bind(this.host);
		const onAdd = isStage && captureInto ? () => captureInto(key, title) : undefined;
		const header = renderLaneHeader(el.createDiv({ cls: "tls-lane-header" }), { title, listId, onAdd, onToggle: () => this.host.toggleCollapsed(key) }, this.host.translate);
		const list = el.createDiv({ cls: "tls-lane-cards", attr: { id: listId, role: "list", "aria-label": title } });
		showCollapsed(el, header, this.host.isCollapsed(key));
		return { el, header, list, signature: "" };
	}

	private inbox(model: BoardModel): LaneElements {
		const t = this.host.translate;
		const entry = this.shell(INBOX_KEY, t("board.inbox"), "tls-lane-inbox", false);
		showLaneCount(entry.header.count, model.inboxCount ?? model.inbox.length, model.inboxTotal, t);
		entry.signature = model.inboxSignature;
		entry.el.setAttr("title", t("board.inboxHint"));
		this.host.fillInbox?.(entry.list, model);
		return entry;
	}

	/** Brings a lane's cards in line with the model, reusing and moving existing card elements. */
	private fillLane(entry: LaneElements, lane: Lane): void {
		entry.signature = lane.signature;
		showLaneCount(entry.header.count, lane.count, lane.total, this.host.translate);
		const list = entry.list;
		list.querySelector(":scope > .tls-lane-empty")?.remove();
		const wanted = new Set(lane.cards.map((c) => c.path));
		// Cards that left this lane are stepped over, not removed: the lane that takes them moves them
		// (one DOM move, not one per card after them); cards gone from the board are removed in renderLanes.
		const stranger = (node: ChildNode): boolean => !node.instanceOf(HTMLElement) || node.dataset.path === undefined || !wanted.has(node.dataset.path);
		let cursor: ChildNode | null = list.firstChild;
		for (const card of lane.cards) {
			let known = this.cardEls.get(card.path);
			// A move keeps the card objects of the model, so most cards are known by identity alone.
			if (known?.card !== card) {
				const signature = cardSignature(card);
				if (!known || known.signature !== signature) {
					const el = renderBoardCard(card, this.host.translate, this.host.language, this.host.cardLabel?.(card.title));
					// The old element may be where the cursor is: the new one takes its place.
					if (known && cursor === known.el) cursor = cursor.nextSibling;
					known?.el.remove();
					known = { el, card, signature };
				} else {
					known = { ...known, card };
				}
				this.cardEls.set(card.path, known);
			}
			this.cardsOnScreen.set(card.path, { card, lane });
			while (cursor && cursor !== known.el && stranger(cursor)) cursor = cursor.nextSibling;
			if (cursor === known.el) cursor = cursor.nextSibling;
			else list.insertBefore(known.el, cursor);
		}
		const empty = lane.cards.length === 0 ? this.host.emptyText(lane) : null;
		if (empty !== null) list.createDiv({ cls: "tls-lane-empty", text: empty });
	}
}
