import { ItemView, Keymap, Menu, TFile, setIcon, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { formatDistanceToNow } from "date-fns";
import { buildBoardModel, keepUnchangedLanes, moveCard, OTHER_LANE_KEY, type BoardCard, type BoardFilter, type BoardModel, type BoardSort, type InboxCard, type Lane } from "../../core/pipeline/board-model";
import { dateLocale } from "../../core/i18n/date-locale";
import type { Studio } from "../studio";
import type { IdeaPipeline } from "../idea-pipeline";
import type { BoardActions } from "../board-actions";
import { ConfirmModal } from "./confirm-modal";

export const PIPELINE_VIEW_TYPE = "thought-leadership-pipeline";
const DRAG_TYPE = "application/x-thought-leadership-idea";
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

/** What a card shows, apart from its lane: when it is unchanged, its element is reused (moved, not redrawn). */
function cardSignature(card: BoardCard): string {
	return JSON.stringify([card.title, card.sourceTitle, card.created, card.tags, card.warning ?? null, card.rawStatus ?? null]);
}

/** What the view remembers across reloads (Obsidian saves it with the workspace). */
interface BoardViewState {
	filter: BoardFilter;
	sort: BoardSort;
	scroll: number;
	inboxExpanded: boolean;
}

function isSort(value: unknown): value is BoardSort {
	return value === "created" || value === "updated" || value === "title";
}

/**
 * The idea pipeline board: an inbox, then one lane per stage. Re-renders only lanes whose content
 * changed; moves show at once and roll back if the write fails.
 * https://docs.obsidian.md/Reference/TypeScript+API/ItemView
 */
export class PipelineView extends ItemView {
	private model: BoardModel | null = null;
	private state: BoardViewState = { filter: { text: "", tag: null, source: null }, sort: "created", scroll: 0, inboxExpanded: false };
	private lanesEl: HTMLElement | null = null;
	private filtersEl: HTMLElement | null = null;
	private loadingEl: HTMLElement | null = null;
	private readonly laneEls = new Map<string, LaneElements>();
	/** Card elements by note path, reused across renders while what they show is unchanged. */
	private readonly cardEls = new Map<string, { el: HTMLElement; card: BoardCard; signature: string }>();
	/** What each card on screen stands for, for the board's delegated event handlers. */
	private readonly cardsOnScreen = new Map<string, { card: BoardCard; lane: Lane }>();
	private renderTimer: number | null = null;
	private draggedPath: string | null = null;

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
		const data = (typeof state === "object" && state !== null ? state : {}) as Record<string, unknown>;
		const filter = (typeof data.filter === "object" && data.filter !== null ? data.filter : {}) as Record<string, unknown>;
		this.state = {
			filter: {
				text: typeof filter.text === "string" ? filter.text : "",
				tag: typeof filter.tag === "string" ? filter.tag : null,
				source: typeof filter.source === "string" ? filter.source : null,
			},
			sort: isSort(data.sort) ? data.sort : "created",
			scroll: typeof data.scroll === "number" ? data.scroll : 0,
			inboxExpanded: data.inboxExpanded === true,
		};
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
		this.listenToCards(this.lanesEl);
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

	private buildModel(): BoardModel {
		const ideas = this.pipeline.ideas();
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
		const model = this.buildModel();
		this.renderFilters(model);
		this.laneEls.clear();
		this.cardEls.clear();
		this.cardsOnScreen.clear();
		this.lanesEl.empty();
		this.model = null;
		this.renderLanes(model);
		this.lanesEl.scrollTop = this.state.scroll;
	}

	private renderFilters(model: BoardModel): void {
		const el = this.filtersEl;
		if (!el) return;
		const t = this.studio.translate;
		el.empty();
		const search = el.createEl("input", { type: "search", cls: "tls-board-search", attr: { placeholder: t("board.search"), "aria-label": t("board.search") } });
		search.value = this.state.filter.text;
		search.addEventListener("input", () => {
			this.state.filter = { ...this.state.filter, text: search.value };
			this.renderLanes(this.buildModel());
		});
		const ideas = this.pipeline.ideas();
		const tags = [...new Set(ideas.flatMap((i) => i.tags))].sort((a, b) => a.localeCompare(b, this.studio.language));
		const sources = new Map<string, string>();
		for (const lane of model.lanes) for (const card of lane.cards) if (card.sourcePath && card.sourceTitle) sources.set(card.sourcePath, card.sourceTitle);
		for (const item of model.inbox) sources.set(item.sourcePath, item.sourceTitle);
		this.select(el, "tls-board-tag", t("board.allTags"), tags.map((tag) => [tag, `#${tag}`]), this.state.filter.tag, (value) => (this.state.filter = { ...this.state.filter, tag: value }));
		const sourceOptions = [...sources].sort((a, b) => a[1].localeCompare(b[1], this.studio.language));
		this.select(el, "tls-board-source", t("board.allSources"), sourceOptions, this.state.filter.source, (value) => (this.state.filter = { ...this.state.filter, source: value }));
		const sorts: [BoardSort, string][] = [
			["created", t("board.sort.created")],
			["updated", t("board.sort.updated")],
			["title", t("board.sort.title")],
		];
		const sort = el.createEl("select", { cls: "dropdown tls-board-sort", attr: { "aria-label": t("board.sort.title") } });
		for (const [value, label] of sorts) sort.createEl("option", { value, text: label });
		sort.value = this.state.sort;
		sort.addEventListener("change", () => {
			if (isSort(sort.value)) this.state.sort = sort.value;
			this.renderLanes(this.buildModel());
		});
	}

	private select(parent: HTMLElement, cls: string, anyLabel: string, options: [string, string][], value: string | null, set: (value: string | null) => void): void {
		const select = parent.createEl("select", { cls: `dropdown ${cls}`, attr: { "aria-label": anyLabel } });
		select.createEl("option", { value: "", text: anyLabel });
		for (const [key, label] of options) select.createEl("option", { value: key, text: label });
		select.value = value ?? "";
		select.addEventListener("change", () => {
			set(select.value === "" ? null : select.value);
			this.renderLanes(this.buildModel());
		});
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
					const el = this.renderCard(card);
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
			card.createDiv({ cls: "tls-card-title", text: item.text });
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

	private renderCard(card: BoardCard): HTMLElement {
		const t = this.studio.translate;
		const el = createDiv({
			cls: "tls-card",
			attr: { role: "listitem", tabindex: "0", draggable: "true", "data-path": card.path, "aria-label": t("board.cardLabel", { title: card.title }) },
		});
		const head = el.createDiv({ cls: "tls-card-head" });
		head.createDiv({ cls: "tls-card-title", text: card.title });
		// The menu a tap can reach: on a phone there is no right click and no drag.
		const menu = head.createEl("button", { cls: "clickable-icon tls-card-menu", attr: { "aria-label": t("board.cardMenu"), tabindex: "-1" } });
		setIcon(menu, "more-vertical");
		const meta = el.createDiv({ cls: "tls-card-meta" });
		if (card.sourceTitle) meta.createSpan({ cls: "tls-card-source", text: t("board.from", { source: card.sourceTitle }) });
		if (card.created !== null) {
			meta.createSpan({ cls: "tls-card-age", text: formatDistanceToNow(card.created, { addSuffix: true, locale: dateLocale(this.studio.language) }) });
		}
		if (card.tags.length > 0) {
			const tags = el.createDiv({ cls: "tls-card-tags" });
			for (const tag of card.tags) tags.createSpan({ cls: "tls-card-tag", text: `#${tag}` });
		}
		if (card.warning === "unknownStatus") el.createDiv({ cls: "tls-card-warning", text: t("board.unknownStatus", { status: card.rawStatus ?? "" }) });
		return el;
	}

	/** The card under an event, and what it stands for. */
	private cardAt(event: Event): { el: HTMLElement; card: BoardCard; lane: Lane } | null {
		const target = event.target;
		if (!(target instanceof Element)) return null;
		const el = target.closest<HTMLElement>(".tls-card[data-path]");
		const path = el?.dataset.path;
		const shown = path === undefined ? undefined : this.cardsOnScreen.get(path);
		return el && shown ? { el, ...shown } : null;
	}

	/** One listener per kind of event for all cards: thousands of cards cost no thousands of listeners. */
	private listenToCards(root: HTMLElement): void {
		root.addEventListener("click", (event) => {
			const hit = this.cardAt(event);
			if (!hit) return;
			if (event.target instanceof Element && event.target.closest(".tls-card-menu")) {
				event.stopPropagation();
				this.cardMenu(hit.card, hit.lane).showAtMouseEvent(event);
			} else this.open(hit.card.path, Boolean(Keymap.isModEvent(event)));
		});
		root.addEventListener("mouseover", (event) => {
			const hit = this.cardAt(event);
			if (!hit || (event.relatedTarget instanceof Node && hit.el.contains(event.relatedTarget))) return;
			this.app.workspace.trigger("hover-link", { event, source: PIPELINE_VIEW_TYPE, hoverParent: this, targetEl: hit.el, linktext: hit.card.path });
		});
		root.addEventListener("contextmenu", (event) => {
			const hit = this.cardAt(event);
			if (!hit) return;
			event.preventDefault();
			this.cardMenu(hit.card, hit.lane).showAtMouseEvent(event);
		});
		root.addEventListener("keydown", (event) => {
			const hit = this.cardAt(event);
			if (hit) this.onCardKey(event, hit.card, hit.lane, hit.el);
		});
		root.addEventListener("dragstart", (event) => {
			const hit = this.cardAt(event);
			if (!hit) return;
			this.draggedPath = hit.card.path;
			event.dataTransfer?.setData(DRAG_TYPE, hit.card.path);
			event.dataTransfer?.setData("text/plain", hit.card.title);
			if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
			hit.el.addClass("is-dragging");
		});
		root.addEventListener("dragend", (event) => {
			this.draggedPath = null;
			this.cardAt(event)?.el.removeClass("is-dragging");
			for (const lane of Array.from(root.querySelectorAll(".is-drop-target"))) lane.removeClass("is-drop-target");
		});
		root.addEventListener("dragover", (event) => {
			const lane = this.dropLaneAt(event);
			if (!lane || !this.draggedPath) return;
			event.preventDefault();
			if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
			lane.addClass("is-drop-target");
		});
		root.addEventListener("dragleave", (event) => {
			const lane = this.dropLaneAt(event);
			if (lane && !(event.relatedTarget instanceof Node && lane.contains(event.relatedTarget))) lane.removeClass("is-drop-target");
		});
		root.addEventListener("drop", (event) => {
			const lane = this.dropLaneAt(event);
			if (!lane) return;
			event.preventDefault();
			lane.removeClass("is-drop-target");
			const path = event.dataTransfer?.getData(DRAG_TYPE) || this.draggedPath;
			this.draggedPath = null;
			const key = lane.dataset.lane;
			if (path && key) void this.moveTo(path, key);
		});
	}

	/** The stage lane under a drag event, if any. */
	private dropLaneAt(event: Event): HTMLElement | null {
		return event.target instanceof Element ? event.target.closest<HTMLElement>(".tls-lane.tls-drop-zone") : null;
	}

	private onCardKey(event: KeyboardEvent, card: BoardCard, lane: Lane, el: HTMLElement): void {
		if (event.key === "Enter") {
			event.preventDefault();
			this.open(card.path, Boolean(Keymap.isModEvent(event)));
		} else if (event.shiftKey && (event.key === "ArrowRight" || event.key === "ArrowLeft")) {
			event.preventDefault();
			const stage = this.pipeline.stageBeside(card.path, event.key === "ArrowRight" ? 1 : -1);
			if (stage) void this.moveTo(card.path, stage.key, true);
		} else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
			event.preventDefault();
			const cards = Array.from(this.contentEl.querySelectorAll<HTMLElement>(".tls-card[data-path]"));
			const next = cards[cards.indexOf(el) + (event.key === "ArrowDown" ? 1 : -1)];
			next?.focus();
		} else if (event.key === "ContextMenu" || (event.shiftKey && event.key === "F10")) {
			event.preventDefault();
			const rect = el.getBoundingClientRect();
			this.cardMenu(card, lane).showAtPosition({ x: rect.left + 16, y: rect.bottom });
		}
	}

	private cardMenu(card: BoardCard, lane: Lane): Menu {
		const t = this.studio.translate;
		const menu = new Menu();
		menu.addItem((item) => item.setTitle(t("menu.open")).setIcon("file-text").onClick(() => this.open(card.path, false)));
		menu.addItem((item) => item.setTitle(t("menu.openInNewTab")).setIcon("file-plus").onClick(() => this.open(card.path, true)));
		if (card.sourcePath) {
			const sourcePath = card.sourcePath;
			menu.addItem((item) => item.setTitle(t("menu.openSource")).setIcon("link").onClick(() => this.open(sourcePath, false)));
		}
		menu.addSeparator();
		for (const stage of this.pipeline.stages) {
			if (stage.key === lane.key) continue;
			menu.addItem((item) =>
				item
					.setTitle(t("menu.moveTo", { stage: stage.labels[this.studio.language] }))
					.setIcon("arrow-right")
					.onClick(() => void this.moveTo(card.path, stage.key, true)),
			);
		}
		menu.addSeparator();
		menu.addItem((item) =>
			item
				.setTitle(t("menu.delete"))
				.setIcon("trash")
				.setWarning(true)
				.onClick(() => {
					new ConfirmModal(this.app, {
						title: t("confirm.delete.title"),
						body: t("confirm.delete.body", { title: card.title }),
						confirm: t("confirm.delete.ok"),
						cancel: t("common.cancel"),
						onConfirm: () => void this.actions.trash(card.path),
					}).open();
				}),
		);
		return menu;
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
