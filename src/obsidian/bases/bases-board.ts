import { Platform, TFile, type Component, type HoverParent, type Menu } from "obsidian";
import { moveCard, toCard, withSignature, type BoardCard, type BoardModel, type Lane } from "../../core/pipeline/board-model";
import { pipelineLanes, type BasesLane, type EntryGroup } from "../../core/bases/pipeline-lanes";
import type { LaneProperty, PipelineViewOptions } from "../../core/bases/pipeline-view-options";
import { comparableText } from "../../core/text/comparable-text";
import type { Studio } from "../shared/studio";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import type { BoardActions } from "../pipeline/board-actions";
import { BoardLanes } from "../pipeline/board-lanes";
import { DRAG_TYPE, listenToBoard } from "../pipeline/board-interactions";
import { scrollNearEdges } from "../pipeline/edge-scroll";
import { buildCardMenu } from "../pipeline/card-menu";
import { cardExtras, type CardExtras } from "../pipeline/card-extras";
import { PIPELINE_VIEW_TYPE } from "../pipeline/pipeline-view";
import { buildDraftChipMenu, type DraftChipActions } from "../drafting/draft-chip-menu";

/** What the pipeline view of a base works with: the plugin's parts, the same as the board's. */
export interface BasesBoardParts {
	studio: Studio;
	pipeline: IdeaPipeline;
	actions: BoardActions;
	/** Drafts from an idea's card (its menu); absent, the menu offers no drafting. */
	draftFromCard?: (path: string) => void;
	/** Ties an idea to a brand idea (its card's menu); absent, the menu does not offer it. */
	tieToBrandIdea?: (path: string) => void;
	/** What a draft chip's menu does; without it, a chip's right click opens the card's menu. */
	draftActions?: Omit<DraftChipActions, "open">;
}

/** What the board reads of a base at one update: plain data, none of Bases' own objects (each update replaces them). */
export interface BasesSnapshot {
	/** The property whose values are the lanes. */
	property: LaneProperty;
	/** Its values and their notes, in the base's order. */
	groups: EntryGroup[];
	options: PipelineViewOptions;
}

/** What the board asks of the Bases view it is drawn in: the component that holds its listeners and hover previews. */
export type BasesBoardOwner = Component & HoverParent;

/** How long the board waits after an index change (a draft written, an idea renamed) before drawing its cards anew, in ms. */
const INDEX_PAUSE_MS = 30;

/** Boards of bases opened so far, so that each one's element ids are its own. */
let boardsOpened = 0;

/** Whether the lanes' property is the plugin's status, whose values are the stages. */
function isStatus(property: LaneProperty): boolean {
	return property.writable && comparableText(property.name) === "status";
}

/**
 * The idea pipeline drawn from a base: its lanes are the values of the property the base groups by (the stages for
 * `status`), its cards the base's notes in the base's order, with the board's card. A card dropped on a lane (or moved by
 * Shift+arrows, or from its menu) takes that lane's value, through the board's move: one minimal edit, its Notice, its
 * Undo. Updates that arrive while a card is dragged wait for the drop, so that the card under the pointer stays.
 */
export class BasesBoard {
	readonly el: HTMLElement;
	private readonly lanesEl: HTMLElement;
	private readonly lanes: BoardLanes;
	/** The newest snapshot of the base, and the one on screen. */
	private latest: BasesSnapshot | null = null;
	private drawn: BasesSnapshot | null = null;
	/** The lanes on screen, by key. */
	private readonly shown = new Map<string, BasesLane>();
	private readonly collapsed = new Set<string>();
	private dragging = false;
	/** Moves written now: the base's update after each shows where the card went. */
	private moving = 0;
	private redrawTimer: number | null = null;

	constructor(
		containerEl: HTMLElement,
		private readonly parts: BasesBoardParts,
		private readonly owner: BasesBoardOwner,
	) {
		const { studio } = parts;
		// Columns side by side, as the board in a tab; on a phone, lanes stacked, as the board in its drawer.
		this.el = containerEl.createDiv({ cls: `tls-board tls-bases-board ${Platform.isPhone ? "is-side" : "is-tab"}` });
		this.lanesEl = this.el.createDiv({ cls: "tls-board-lanes" });
		this.lanes = new BoardLanes(this.lanesEl, {
			translate: studio.translate,
			language: studio.language,
			idPrefix: `tls-bases-${++boardsOpened}-lane`,
			isCollapsed: (key) => this.collapsed.has(key),
			toggleCollapsed: (key) => {
				if (!this.collapsed.delete(key)) this.collapsed.add(key);
				this.lanes.showCollapsedLanes();
			},
			emptyText: (lane) => (lane.kind === "stage" ? studio.translate("bases.emptyLane") : null),
			cardLabel: (title) => studio.translate(this.drawn && !isStatus(this.drawn.property) ? "bases.cardLabel" : "board.cardLabel", { title }),
		});
		listenToBoard(this.lanesEl, {
			cardAt: (event) => this.lanes.cardAt(event),
			open: (path, newTab) => this.open(path, newTab),
			menu: (card, lane) => this.menu(card, lane),
			draftMenu: (card, path) => this.draftMenu(card, path),
			moveTo: (path, key, keepFocus) => void this.moveTo(path, key, keepFocus),
			stageBeside: (path, step) => this.laneBeside(path, step),
			hover: (event, hit) => studio.app.workspace.trigger("hover-link", { event, source: PIPELINE_VIEW_TYPE, hoverParent: owner, targetEl: hit.el, linktext: hit.card.path }),
		});
		scrollNearEdges(this.lanesEl, DRAG_TYPE);
		this.lanesEl.addEventListener("dragstart", (event) => {
			if (this.lanes.cardAt(event)) this.dragging = true;
		});
		// The drag ends at the drop (the moved card may be drawn anew, its old element gone with its `dragend`), or at `dragend`.
		const dragEnded = (): void => {
			if (!this.dragging) return;
			this.dragging = false;
			// What arrived during the drag; after a drop, the base's update that follows the write shows it.
			if (this.moving === 0 && this.latest !== this.drawn) this.draw(this.latest);
		};
		this.lanesEl.addEventListener("drop", dragEnded);
		this.lanesEl.addEventListener("dragend", dragEnded);
	}

	/** Follows the index (a card shows its idea's drafts and days as they change) until the owner unloads. */
	start(): void {
		const { studio } = this.parts;
		this.owner.register(studio.index.onChange(() => this.redrawSoon()));
		this.owner.register(studio.onSettingsChange(() => this.draw(this.drawn)));
		this.owner.register(() => {
			if (this.redrawTimer !== null) window.clearTimeout(this.redrawTimer);
			this.lanes.clear();
		});
	}

	/** New data from the base: drawn now, or once the card being dragged is dropped. */
	update(snapshot: BasesSnapshot): void {
		this.latest = snapshot;
		if (!this.dragging) this.draw(snapshot);
	}

	private redrawSoon(): void {
		if (this.redrawTimer !== null) return;
		this.redrawTimer = window.setTimeout(() => {
			this.redrawTimer = null;
			if (!this.dragging) this.draw(this.drawn);
		}, INDEX_PAUSE_MS);
	}

	private draw(snapshot: BasesSnapshot | null): void {
		if (!snapshot) return;
		// Lanes of another property: every card says anew what its arrow keys move it to (a stage, or a lane).
		if (this.drawn && isStatus(this.drawn.property) !== isStatus(snapshot.property)) this.lanes.clear();
		this.drawn = snapshot;
		const { studio, pipeline } = this.parts;
		const lanes = pipelineLanes({ groups: snapshot.groups, stages: isStatus(snapshot.property) ? pipeline.stages : null, language: studio.language, order: snapshot.options.laneOrder });
		this.shown.clear();
		for (const lane of lanes) this.shown.set(lane.key, lane);
		this.el.toggleClass("is-compact", snapshot.options.compact);
		this.lanes.render(this.model(lanes));
	}

	private laneName(lane: BasesLane): string {
		const t = this.parts.studio.translate;
		return lane.label ?? t(lane.kind === "none" ? "bases.noValue" : "board.other");
	}

	private model(lanes: readonly BasesLane[]): BoardModel {
		const extras = cardExtras(this.parts.studio);
		const boardLanes: Lane[] = lanes.map((lane) => {
			const cards = lane.cards.map((card) => this.cardOf(card.path, extras));
			return withSignature({ key: lane.key, kind: lane.value !== null ? "stage" : lane.kind === "other" ? "other" : "fixed", label: this.laneName(lane), count: cards.length, total: cards.length, cards });
		});
		return { inbox: [], lanes: boardLanes, inboxTotal: 0, dismissed: [], inboxSignature: "", sort: "created", language: this.parts.studio.language };
	}

	/** The board's card of an idea the index knows; else a plain card with the note's name. */
	private cardOf(path: string, extras: CardExtras): BoardCard {
		const idea = this.parts.pipeline.idea(path);
		if (idea) return toCard(idea, extras.draftsOf(path), extras.horizonOf, extras.stalled);
		const name = this.parts.studio.app.vault.getFileByPath(path)?.basename ?? path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]*$/, "");
		return { path, title: name, sourcePath: null, sourceTitle: null, tags: [], created: null, updated: null };
	}

	/** The lane on screen that holds a card, and the card as the base gave it. */
	private placeOf(path: string): { lane: BasesLane; text: string | null } | null {
		for (const lane of this.shown.values()) {
			const card = lane.cards.find((c) => c.path === path);
			if (card) return { lane, text: card.text };
		}
		return null;
	}

	/** The next (1) or previous (-1) lane a card can be moved to, or null at the ends. */
	private laneBeside(path: string, step: 1 | -1): string | null {
		const lanes = [...this.shown.values()];
		const at = lanes.findIndex((lane) => lane.cards.some((card) => card.path === path));
		if (at === -1) return null;
		for (let i = at + step; i >= 0 && i < lanes.length; i += step) {
			const lane = lanes[i];
			if (lane && lane.value !== null) return lane.key;
		}
		return null;
	}

	/**
	 * Moves a card to a lane: shown at once, then written, as on the board. A stage of an idea the index knows moves it as
	 * the board does (its `stage-since` too); any other lane writes its value to the lanes' property. A failed write puts
	 * the card back.
	 */
	private async moveTo(path: string, key: string, keepFocus: boolean): Promise<void> {
		const to = this.shown.get(key);
		const from = this.placeOf(path);
		const snapshot = this.drawn;
		const model = this.lanes.model;
		if (!to || to.value === null || !from || from.lane.key === key || !snapshot || !model) return;
		const title = this.lanes.titleOf(path) ?? path;
		this.lanes.render(moveCard(model, path, key), keepFocus);
		if (keepFocus) window.requestAnimationFrame(() => this.lanes.focusCard(path));
		const { actions, pipeline } = this.parts;
		this.moving++;
		let written = false;
		try {
			written =
				to.stageKey !== undefined && pipeline.idea(path)
					? await actions.move(path, to.stageKey, title)
					: await actions.moveProperty(path, { property: snapshot.property.name, from: from.text, to: to.value, fromLabel: this.laneName(from.lane), toLabel: this.laneName(to), title });
		} finally {
			this.moving--;
		}
		if (!written) this.draw(this.latest);
	}

	private menu(card: BoardCard, lane: Lane): Menu {
		const { studio, pipeline, actions } = this.parts;
		const targets = [...this.shown.values()].filter((l) => l.value !== null).map((l) => ({ key: l.key, label: this.laneName(l) }));
		const idea = pipeline.idea(card.path) !== null;
		return buildCardMenu(studio.app, card, lane.key, targets, studio.language, studio.translate, {
			open: (path, newTab) => this.open(path, newTab),
			moveTo: (path, key) => void this.moveTo(path, key, true),
			trash: (path) => void actions.trash(path),
			draft: idea ? this.parts.draftFromCard : undefined,
			tieToBrandIdea: idea ? this.parts.tieToBrandIdea : undefined,
		});
	}

	private draftMenu(card: BoardCard, path: string): Menu | null {
		const draft = card.drafts?.find((chip) => chip.path === path);
		const actions = this.parts.draftActions;
		if (!draft || !actions) return null;
		return buildDraftChipMenu(draft, this.parts.studio.translate, { ...actions, open: (p, newTab) => this.open(p, newTab) });
	}

	/** Opens a note from a card: in the pane in front, or a new tab rather than over the base itself. */
	private open(path: string, newTab: boolean): void {
		const { workspace, vault } = this.parts.studio.app;
		const file = vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) return;
		let leaf = workspace.getLeaf(newTab ? "tab" : false);
		if (!newTab && leaf.view?.containerEl.contains(this.el)) leaf = workspace.getLeaf("tab");
		void leaf.openFile(file);
	}
}
