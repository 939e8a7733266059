import { ItemView, Keymap, TFile, type Menu, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { buildBoardModel, keepUnchangedLanes, moveCard, OTHER_LANE_KEY, type BoardCard, type BoardModel, type InboxCard, type Lane } from "../../core/pipeline/board-model";
import type { Idea } from "../../core/pipeline/idea";
import type { Studio } from "../studio";
import type { IdeaPipeline } from "../idea-pipeline";
import type { BoardActions } from "../board-actions";
import { cardSignature, renderBoardCard, renderCardTitle } from "./board-card";
import { displayText } from "../../core/text/display-text";
import { buildCardMenu } from "./card-menu";
import { renderFilterBar } from "./board-filter-bar";
import { DEFAULT_BOARD_STATE, readBoardViewState, type BoardViewState } from "./board-view-state";
import { listenToBoard, type CardHit } from "./board-interactions";

export const PIPELINE_VIEW_TYPE = "thought-leadership-pipeline";
const INBOX_KEY = "__inbox";
/** Inbox items shown before "Show all": the stages stay in sight in a narrow sidebar. */
const INBOX_PREVIEW = 5;

/** A lane on screen: its root, the list of its cards, its count, and the signature it was drawn from. */
interface LaneElements {
	el: HTMLElement;
	list: HTMLElement;
	count: HTMLElement;
	signature: string;
}

/**
 * The idea pipeline board: an inbox, then one lane per stage. Re-renders only lanes whose content
 * changed; moves show at once and roll back if the write fails.
 * https://docs.obsidian.md/Reference/TypeScript+API/ItemView
 */
export class PipelineView extends ItemView {
	private model: BoardModel | null = null;
	private state: BoardViewState = { ...DEFAULT_BOARD_STATE };
	private lanesEl: HTMLElement | null = null;
	private filtersEl: HTMLElement | null = null;
	private loadingEl: HTMLElement | null = null;
	private readonly laneEls = new Map<string, LaneElements>();
	/** Card elements by note path, reused across renders while what they show is unchanged. */
	private readonly cardEls = new Map<string, { el: HTMLElement; card: BoardCard; signature: string }>();
	/** What each card on screen stands for, for the board's delegated event handlers. */
	private readonly cardsOnScreen = new Map<string, { card: BoardCard; lane: Lane }>();
	private renderTimer: number | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly studio: Studio,
		private readonly pipeline: IdeaPipeline,
		private readonly actions: BoardActions,
	) {
		super(leaf);
	}

	getViewType(): string {
		return PIPELINE_VIEW_TYPE;
	}

	getDisplayText(): string {
		return this.studio.translate("view.title");
	}

	getIcon(): string {
		return "lightbulb";
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), filter: { ...this.state.filter }, sort: this.state.sort, scroll: this.lanesEl?.scrollTop ?? this.state.scroll, inboxExpanded: this.state.inboxExpanded };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		this.state = readBoardViewState(state);
		await super.setState(state, result);
		this.renderAll();
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("tls-board");
		this.filtersEl = this.contentEl.createDiv({ cls: "tls-board-filters" });
		this.loadingEl = this.contentEl.createDiv({ cls: "tls-board-loading", text: this.studio.translate("view.loading") });
		this.lanesEl = this.contentEl.createDiv({ cls: "tls-board-lanes" });
		this.lanesEl.addEventListener("scroll", () => {
			this.state.scroll = this.lanesEl?.scrollTop ?? 0;
		});
		listenToBoard(this.lanesEl, {
			cardAt: (event) => this.cardAt(event),
			open: (path, newTab) => this.open(path, newTab),
			menu: (card, lane) => this.cardMenu(card, lane),
			moveTo: (path, key, keepFocus) => void this.moveTo(path, key, keepFocus),
			stageBeside: (path, step) => this.pipeline.stageBeside(path, step)?.key ?? null,
			hover: (event, hit) => this.app.workspace.trigger("hover-link", { event, source: PIPELINE_VIEW_TYPE, hoverParent: this, targetEl: hit.el, linktext: hit.card.path }),
		});
		this.register(this.studio.index.onChange(() => this.scheduleRender()));
		this.register(this.studio.onSettingsChange(() => this.renderAll()));
		void this.studio.ready.then(() => this.scheduleRender());
		this.renderAll();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		if (this.renderTimer !== null) window.clearTimeout(this.renderTimer);
		this.laneEls.clear();
		this.cardEls.clear();
		this.cardsOnScreen.clear();
		await Promise.resolve();
	}

	/** Many index changes in a row (a sync, a bulk rename) make one render. */
	private scheduleRender(): void {
		if (this.renderTimer !== null) return;
		this.renderTimer = window.setTimeout(() => {
			this.renderTimer = null;
			this.renderLanes(this.buildModel());
		}, 30);
	}

	private buildModel(ideas: readonly Idea[] = this.pipeline.ideas()): BoardModel {
		return buildBoardModel({
			ideas,
			inbox: this.pipeline.inbox(ideas),
			stages: this.pipeline.stages,
			language: this.studio.language,
			filter: this.state.filter,
			sort: this.state.sort,
		});
	}

	private renderAll(): void {
		if (!this.lanesEl || !this.filtersEl) return;
		const ideas = this.pipeline.ideas();
		const model = this.buildModel(ideas);
		this.renderFilters(model, ideas);
		this.laneEls.clear();
		this.cardEls.clear();
		this.cardsOnScreen.clear();
		this.lanesEl.empty();
		this.model = null;
		this.renderLanes(model);
		this.lanesEl.scrollTop = this.state.scroll;
	}

	private renderFilters(model: BoardModel, ideas: readonly Idea[]): void {
		if (!this.filtersEl) return;
		const tags = ideas.flatMap((i) => i.tags);
		renderFilterBar(this.filtersEl, { tags, model }, this.state, this.studio.translate, this.studio.language, () => this.renderLanes(this.buildModel()));
	}

	/**
	 * Puts the model on screen. Lanes whose signature is unchanged are left alone; in the others,
	 * card elements are reused by path (a moved card is the same element, moved), and the focused
	 * card keeps the focus.
	 */
	private renderLanes(next: BoardModel): void {
		const lanesEl = this.lanesEl;
		if (!lanesEl) return;
		this.loadingEl?.toggleClass("is-hidden", this.studio.isReady());
		const focused = activeDocument.activeElement instanceof HTMLElement ? activeDocument.activeElement.closest<HTMLElement>(".tls-card[data-path]")?.dataset.path : undefined;
		const model = this.model ? keepUnchangedLanes(this.model, next) : next;
		this.model = model;
		const wanted = [INBOX_KEY, ...model.lanes.map((l) => l.key)];
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
					entry = this.laneShell(lane.key, lane.label ?? this.studio.translate("board.other"), lane.kind === "other" ? "tls-lane-other" : "");
					if (lane.kind === "stage") entry.el.addClass("tls-drop-zone");
					this.laneEls.set(key, entry);
				}
				if (entry.signature !== lane.signature) this.fillLane(entry, lane);
				for (const card of lane.cards) seen.add(card.path);
			} else if (!entry || entry.signature !== model.inboxSignature) {
				const inbox = this.renderInbox(model.inbox);
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
		// A moved element loses the focus; give it back before the next frame, without forcing a layout now.
		if (focused !== undefined && activeDocument.activeElement?.closest(".tls-card[data-path]") == null) {
			window.requestAnimationFrame(() => this.focusCard(focused));
		}
	}

	private laneShell(key: string, title: string, extraCls: string): LaneElements {
		const el = createDiv({ cls: `tls-lane ${extraCls}`, attr: { "data-lane": key } });
		const header = el.createDiv({ cls: "tls-lane-header" });
		header.createSpan({ cls: "tls-lane-title", text: title });
		const count = header.createSpan({ cls: "tls-lane-count" });
		const list = el.createDiv({ cls: "tls-lane-cards", attr: { role: "list", "aria-label": title } });
		return { el, list, count, signature: "" };
	}

	/** Brings a lane's cards in line with the model, reusing and moving existing card elements. */
	private fillLane(entry: LaneElements, lane: Lane): void {
		entry.signature = lane.signature;
		entry.count.setText(String(lane.count));
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
					const el = renderBoardCard(card, this.studio.translate, this.studio.language);
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
		if (lane.cards.length === 0) list.createDiv({ cls: "tls-lane-empty", text: this.studio.translate("board.empty") });
	}

	private renderInbox(items: readonly InboxCard[]): LaneElements {
		const t = this.studio.translate;
		const entry = this.laneShell(INBOX_KEY, t("board.inbox"), "tls-lane-inbox");
		const { el, list } = entry;
		entry.count.setText(String(items.length));
		entry.signature = this.model?.inboxSignature ?? "";
		el.setAttr("title", t("board.inboxHint"));
		if (items.length === 0) list.createDiv({ cls: "tls-lane-empty", text: t("board.empty") });
		const shown = this.state.inboxExpanded ? items : items.slice(0, INBOX_PREVIEW);
		for (const item of shown) {
			const card = list.createDiv({ cls: "tls-card tls-inbox-card", attr: { role: "listitem", "data-key": item.key } });
			renderCardTitle(card, displayText(item.text));
			const meta = card.createDiv({ cls: "tls-card-meta" });
			const source = meta.createEl("a", { cls: "tls-card-source", text: t("board.from", { source: item.sourceTitle }), href: "#" });
			source.addEventListener("click", (event) => {
				event.preventDefault();
				void this.app.workspace.openLinkText(item.sourcePath, "", Keymap.isModEvent(event));
			});
			const promote = meta.createEl("button", { cls: "tls-card-promote", text: t("board.promote") });
			promote.addEventListener("click", () => {
				promote.disabled = true;
				void this.promoteItem(item).finally(() => (promote.disabled = false));
			});
		}
		if (items.length > INBOX_PREVIEW) {
			const toggle = list.createEl("button", {
				cls: "tls-inbox-toggle",
				text: this.state.inboxExpanded ? t("board.showFewer") : t("board.showAll", { count: items.length }),
			});
			toggle.addEventListener("click", () => {
				this.state.inboxExpanded = !this.state.inboxExpanded;
				const shown = this.laneEls.get(INBOX_KEY);
				if (shown) shown.signature = "";
				if (this.model) this.renderLanes(this.model);
			});
		}
		return entry;
	}

	private async promoteItem(item: InboxCard): Promise<void> {
		const source = this.app.vault.getFileByPath(item.sourcePath);
		await this.actions.capture(item.text, "", source);
	}

	/** The card under an event, and what it stands for. */
	private cardAt(event: Event): CardHit | null {
		const target = event.target;
		if (!(target instanceof Element)) return null;
		const el = target.closest<HTMLElement>(".tls-card[data-path]");
		const path = el?.dataset.path;
		const shown = path === undefined ? undefined : this.cardsOnScreen.get(path);
		return el && shown ? { el, ...shown } : null;
	}

	private cardMenu(card: BoardCard, lane: Lane): Menu {
		return buildCardMenu(this.app, card, lane.key, this.pipeline.stages, this.studio.language, this.studio.translate, {
			open: (path, newTab) => this.open(path, newTab),
			moveTo: (path, key) => void this.moveTo(path, key, true),
			trash: (path) => void this.actions.trash(path),
		});
	}

	private open(path: string, newTab: boolean): void {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (file instanceof TFile) void this.app.workspace.getLeaf(newTab ? "tab" : false).openFile(file);
	}

	/** Shows the move at once, writes it, and puts the card back if the write fails. */
	private async moveTo(path: string, key: string, keepFocus = false): Promise<void> {
		if (key === OTHER_LANE_KEY || !this.model) return;
		const title = this.cardsOnScreen.get(path)?.card.title ?? path;
		this.renderLanes(moveCard(this.model, path, key));
		if (keepFocus) window.requestAnimationFrame(() => this.focusCard(path));
		const written = await this.actions.move(path, key, title);
		if (!written) this.renderLanes(this.buildModel());
	}

	private focusCard(path: string): void {
		this.cardEls.get(path)?.el.focus({ preventScroll: true });
	}
}
