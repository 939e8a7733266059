import { Keymap, type Menu } from "obsidian";
import type { BoardCard, Lane } from "../../core/pipeline/board-model";
import { draftPathAt } from "../drafting/draft-chips";
import { listenForMenu } from "../shared/menu-gesture";
import { onDragOver } from "../shared/drag-over";

/** The drag data type of a board card, so that other drags (a file from the explorer) are left alone. */
export const DRAG_TYPE = "application/x-thought-leadership-idea";

/** A card under an event, and what it stands for. */
export interface CardHit {
	el: HTMLElement;
	card: BoardCard;
	lane: Lane;
}

/** What the board's mouse, keyboard and drag handlers ask of the board. */
export interface BoardHost {
	cardAt(event: Event): CardHit | null;
	open(path: string, newTab: boolean): void;
	menu(card: BoardCard, lane: Lane): Menu;
	/** The menu of one of a card's draft chips (open, plan, copy its text...); absent or null, a chip's right click opens the card's menu. */
	draftMenu?(card: BoardCard, draftPath: string): Menu | null;
	/** Moves a card to a stage; `keepFocus` when the keyboard or a menu did it. */
	moveTo(path: string, stageKey: string, keepFocus: boolean): void;
	/** The next (1) or previous (-1) stage's key of a card, or null at the ends. */
	stageBeside(path: string, step: 1 | -1): string | null;
	/** Shows Obsidian's page preview of a card's note. */
	hover(event: MouseEvent, hit: CardHit): void;
}

/** The stage lane under a drag event, if any. */
function dropLaneAt(event: Event): HTMLElement | null {
	return event.target instanceof Element ? event.target.closest<HTMLElement>(".tls-lane.tls-drop-zone") : null;
}

function onCardKey(root: HTMLElement, host: BoardHost, event: KeyboardEvent, hit: CardHit): void {
	const { card, lane, el } = hit;
	if (event.key === "Enter") {
		event.preventDefault();
		host.open(draftPathAt(event) ?? card.path, Boolean(Keymap.isModEvent(event)));
	} else if (event.shiftKey && (event.key === "ArrowRight" || event.key === "ArrowLeft")) {
		event.preventDefault();
		const key = host.stageBeside(card.path, event.key === "ArrowRight" ? 1 : -1);
		if (key) host.moveTo(card.path, key, true);
	} else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
		event.preventDefault();
		const cards = Array.from(root.querySelectorAll<HTMLElement>(".tls-card[data-path]"));
		cards[cards.indexOf(el) + (event.key === "ArrowDown" ? 1 : -1)]?.focus();
	} else if (event.key === "ContextMenu" || (event.shiftKey && event.key === "F10")) {
		event.preventDefault();
		const chip = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>("[data-path]") : null;
		const rect = (chip ?? el).getBoundingClientRect();
		menuAt(host, event, card, lane).showAtPosition({ x: rect.left + 16, y: rect.bottom });
	}
}

/** The menu for an event on a card: its draft chip's when the event is on one, else the card's. */
function menuAt(host: BoardHost, event: Event, card: BoardCard, lane: Lane): Menu {
	const draft = draftPathAt(event);
	return (draft !== null ? host.draftMenu?.(card, draft) : null) ?? host.menu(card, lane);
}

/**
 * The board's handlers, one per kind of event for all its cards (thousands of cards cost no thousands of
 * listeners): click and Ctrl/Cmd-click, hover preview, context menu (right-click or long press; a draft chip's own) and menu button, keys, drag and drop.
 */
export function listenToBoard(root: HTMLElement, host: BoardHost): void {
	let dragged: string | null = null;
	root.addEventListener("click", (event) => {
		const hit = host.cardAt(event);
		if (!hit) return;
		if (event.target instanceof Element && event.target.closest(".tls-card-menu")) {
			event.stopPropagation();
			host.menu(hit.card, hit.lane).showAtMouseEvent(event);
		} else host.open(draftPathAt(event) ?? hit.card.path, Boolean(Keymap.isModEvent(event)));
	});
	root.addEventListener("mouseover", (event) => {
		const hit = host.cardAt(event);
		if (hit && !(event.relatedTarget instanceof Node && hit.el.contains(event.relatedTarget))) host.hover(event, hit);
	});
	// A right-click, or a long press on a touch screen, where there is no right click and no drag: a draft chip's own menu on a chip.
	listenForMenu(
		root,
		(el) => el.closest<HTMLElement>(".tls-card[data-path]"),
		(_el, at, event) => {
			const hit = host.cardAt(event);
			if (hit) menuAt(host, event, hit.card, hit.lane).showAtPosition(at);
		},
	);
	root.addEventListener("keydown", (event) => {
		const hit = host.cardAt(event);
		if (hit) onCardKey(root, host, event, hit);
	});
	root.addEventListener("dragstart", (event) => {
		const hit = host.cardAt(event);
		if (!hit) return;
		dragged = hit.card.path;
		event.dataTransfer?.setData(DRAG_TYPE, hit.card.path);
		event.dataTransfer?.setData("text/plain", hit.card.title);
		if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
		hit.el.addClass("is-dragging");
	});
	root.addEventListener("dragend", (event) => {
		dragged = null;
		host.cardAt(event)?.el.removeClass("is-dragging");
		for (const lane of Array.from(root.querySelectorAll(".is-drop-target"))) lane.removeClass("is-drop-target");
	});
	// A lane takes the card from the moment the pointer enters it, so that a drop right after is not refused.
	onDragOver(root, (event) => {
		const lane = dropLaneAt(event);
		if (!lane || !dragged) return;
		event.preventDefault();
		if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
		lane.addClass("is-drop-target");
	});
	root.addEventListener("dragleave", (event) => {
		const lane = dropLaneAt(event);
		if (lane && !(event.relatedTarget instanceof Node && lane.contains(event.relatedTarget))) lane.removeClass("is-drop-target");
	});
	root.addEventListener("drop", (event) => {
		const lane = dropLaneAt(event);
		if (!lane) return;
		event.preventDefault();
		lane.removeClass("is-drop-target");
		const path = event.dataTransfer?.getData(DRAG_TYPE) || dragged;
		dragged = null;
		const key = lane.dataset.lane;
		if (path && key) host.moveTo(path, key, false);
	});
}
