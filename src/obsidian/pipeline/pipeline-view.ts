import { debounce, Notice, TFile, type Menu, type PaneType, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { buildBoardModel, moveCard, OTHER_LANE_KEY, type BoardCard, type BoardModel, type Lane } from "../../core/pipeline/board-model";
import { firstCards } from "../../core/pipeline/first-cards";
import type { InboxCard } from "../../core/pipeline/inbox-cards";
import { toggleLane, type BoardPlace } from "../../core/pipeline/board-layout";
import { lineOfItem } from "../../core/pipeline/item-line";
import { ideaBody } from "../../core/pipeline/idea-note";
import type { Idea } from "../../core/pipeline/idea";
import type { Studio } from "../shared/studio";
import { IndexView } from "../shared/index-view";
import type { IdeaPipeline } from "./idea-pipeline";
import type { BoardActions } from "./board-actions";
import { buildCardMenu } from "./card-menu";
import { buildDraftChipMenu, type DraftChipActions } from "../drafting/draft-chip-menu";
import { boardViewStateData, DEFAULT_BOARD_STATE, readBoardViewState, type BoardViewState } from "./board-view-state";
import { saveLastBoardState } from "./last-board-state";
import { DRAG_TYPE, listenToBoard } from "./board-interactions";
import { renderFilterBar, type FilterBar } from "./board-filter-bar";
import { BoardLanes } from "./board-lanes";
import { fillInbox } from "./inbox-lane";
import { fillDismissed, type DismissedListState } from "./inbox-dismissed-list";
import { InboxSelection } from "./inbox-selection";
import { buildInboxCardMenu } from "./inbox-card-menu";
import { itemsOfCard } from "../../core/pipeline/dismissed-items";
import { fillEmptyInbox } from "./inbox-empty-state";
import { emptyLaneMessage } from "../../core/pipeline/empty-lane";
import { readingLine } from "../shared/still-reading";
import { openPluginSettings } from "../shared/open-plugin-settings";
import type { Reading } from "../reading/reading";
import { scrollNearEdges } from "./edge-scroll";
import { loadCollapsedLanes, saveCollapsedLanes } from "./collapsed-lanes";
import { CaptureIdeaModal } from "./capture-idea-modal";
import { cardExtras } from "./card-extras";
import { forgetBoardSnapshot, loadBoardSnapshot, saveBoardSnapshot } from "./saved-board-snapshot";

export const PIPELINE_VIEW_TYPE = "thought-leadership-pipeline";
/**
 * Cards each lane shows at once when a board of many cards not yet on screen is drawn (the first board once the notes
 * are read): more than a lane shows before it is scrolled. The rest follow in steps, each a short task.
 */
const FIRST_CARDS = 20;
/** How long a step of drawing aims to take (ms): the page answers between two, on a phone too. */
const STEP_MS = 40;
/** How long the board stays unchanged before its snapshot is kept for the next start (ms): a burst of changes is one save. */
const SNAPSHOT_SAVE_MS = 2000;
/** Boards opened so far, so that each board's element ids are its own. */
let boardsOpened = 0;

/**
 * The idea pipeline board: an inbox, then one lane per stage. One view type wherever it is open,
 * laid out by its place: lanes stacked in a side panel, columns side by side in a main tab (a tab
 * dragged into a sidebar turns compact). Re-renders only lanes whose content changed; moves show
 * at once and roll back if the write fails. Its search, filters and sort are its view state, kept
 * with the workspace and for the next board opened in its place.
 * https://docs.obsidian.md/Reference/TypeScript+API/ItemView
 */
export class PipelineView extends IndexView {
	/** A board is not navigated away from: notes opened from it go to another tab. https://docs.obsidian.md/Reference/TypeScript+API/View/navigation */
	navigation = false;
	private state: BoardViewState = { ...DEFAULT_BOARD_STATE };
	private lanesEl: HTMLElement | null = null;
	private filtersEl: HTMLElement | null = null;
	private filterBar: FilterBar | null = null;
	/** Where the board is open, read from its place in the workspace; lanes collapsed there. */
	private boardPlace: BoardPlace = "side";
	private collapsed: string[] = [];
	private loadingEl: HTMLElement | null = null;
	private lanes: BoardLanes | null = null;
	/** Whether the lanes on screen were drawn before the first pass was done: they say nothing of being empty. */
	private drawnWhileReading = false;
	/** The snapshot of the last start's board, read once a key (see {@link PipelineView.snapshotKey}) while the notes are first read. */
	private snapshot: { key: string; model: BoardModel | null } | null = null;
	private readonly saveSnapshotSoon = debounce(() => this.saveSnapshot(), SNAPSHOT_SAVE_MS, true);
	/** While the board is drawn in steps: the whole board, the cards a lane shows so far, how many more the next step adds, and its timer. */
	private steps: { whole: BoardModel; perLane: number; grow: number; next: number } | null = null;
	/** The note in front of the writer, which "This note" follows. */
	private openNote: TFile | null = null;
	/** The Inbox cards selected, to promote or dismiss together. */
	private readonly selection = new InboxSelection();
	/** Whether the Inbox's Dismissed list is open, and how far it was unrolled. */
	private readonly dismissedList: DismissedListState = { open: false, shown: 0 };

	constructor(
		leaf: WorkspaceLeaf,
		studio: Studio,
		private readonly pipeline: IdeaPipeline,
		private readonly actions: BoardActions,
		/** Drafts from a card (its menu); absent, the menu offers no drafting. */
		private readonly draftFromCard?: (path: string) => void,
		/** Opens the list of brand ideas with their coverage (the framework board). */
		private readonly openBrandIdeas?: () => void,
		/** Promotes a book's block from the Inbox (reading/reading.ts); without it, book items promote as plain ideas. */
		private readonly reading?: Pick<Reading, "promoteOne">,
		/** Ties a card's idea to a brand idea (its menu); absent, the menu does not offer it. */
		private readonly tieToBrandIdea?: (path: string) => void,
		/** What a draft chip's menu does (plan, copy the post's text, record results); without it, a chip's right click opens the card's menu. */
		private readonly draftActions?: Omit<DraftChipActions, "open">,
	) {
		super(leaf, studio, 30);
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
		return { ...super.getState(), ...boardViewStateData({ ...this.state, scroll: this.lanesEl?.scrollTop ?? this.state.scroll }) };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		this.state = readBoardViewState(state);
		await super.setState(state, result);
		this.renderAll();
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("tls-board");
		this.updatePlace();
		this.filtersEl = this.contentEl.createDiv({ cls: "tls-board-filters" });
		if (this.openBrandIdeas) {
			const brandLink = this.contentEl.createEl("button", { cls: "tls-board-brand-link", text: this.studio.translate("brand.list") });
			brandLink.addEventListener("click", () => this.openBrandIdeas?.());
		}
		this.loadingEl = this.contentEl.createDiv({ cls: "tls-board-loading", text: readingLine(this.studio) });
		this.lanesEl = this.contentEl.createDiv({ cls: "tls-board-lanes" });
		this.lanesEl.addEventListener("scroll", () => {
			this.state.scroll = this.lanesEl?.scrollTop ?? 0;
		});
		scrollNearEdges(this.lanesEl, DRAG_TYPE);
		const lanes = new BoardLanes(this.lanesEl, {
			translate: this.studio.translate,
			language: this.studio.language,
			idPrefix: `tls-board-${++boardsOpened}-lane`,
			isCollapsed: (key) => this.collapsed.includes(key),
			toggleCollapsed: (key) => this.toggleCollapsed(key),
			captureInto: (key, label) => this.captureInto(key, label),
			fillInbox: (list, model) => this.fillInbox(list, model),
			emptyText: (lane) => (this.studio.isReady() ? this.studio.translate(emptyLaneMessage(lane, this.pipeline.stages)) : null),
		});
		this.lanes = lanes;
		listenToBoard(this.lanesEl, {
			cardAt: (event) => lanes.cardAt(event),
			open: (path, newTab) => this.open(path, newTab),
			menu: (card, lane) => this.cardMenu(card, lane),
			draftMenu: (card, path) => this.draftMenu(card, path),
			moveTo: (path, key, keepFocus) => void this.moveTo(path, key, keepFocus),
			stageBeside: (path, step) => this.stageBeside(path, step),
			hover: (event, hit) => this.app.workspace.trigger("hover-link", { event, source: PIPELINE_VIEW_TYPE, hoverParent: this, targetEl: hit.el, linktext: hit.card.path }),
		});
		this.followIndex();
		// A dismissed item leaves the Inbox at once, here and on the board of another pane.
		this.register(this.studio.onDismissedChange(() => this.redraw()));
		// The loading line says how far the first pass is; the index tells it a few times a second at most.
		this.register(this.studio.index.onProgress(() => this.showReading()));
		this.registerEvent(this.app.workspace.on("layout-change", () => this.updatePlace()));
		this.openNote = this.activeNote();
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.followOpenNote()));
		this.registerEvent(this.app.workspace.on("file-open", () => this.followOpenNote()));
		this.renderAll();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.stopSteps();
		this.saveSnapshotSoon.cancel();
		this.saveSnapshot();
		this.lanes?.clear();
		await Promise.resolve();
	}

	onResize(): void {
		this.updatePlace();
	}

	/** Where the board is open: a main tab or a side panel. */
	get place(): BoardPlace {
		return this.boardPlace;
	}

	/** Gives the focus to the board, its first idea card or else its search field: called when a person opens it. */
	focusBoard(): void {
		const target = this.lanesEl?.querySelector<HTMLElement>(".tls-lane:not(.is-collapsed) .tls-card[data-path]") ?? this.filtersEl?.querySelector<HTMLElement>(".tls-board-search");
		target?.focus({ preventScroll: true });
	}

	/** Lays the board out for its place, with the lanes collapsed there, when the leaf moved. */
	private updatePlace(): void {
		const place: BoardPlace = this.containerEl.closest(".mod-root") ? "tab" : "side";
		if (place === this.boardPlace && this.contentEl.hasClass(`is-${place}`)) return;
		this.boardPlace = place;
		this.contentEl.toggleClass("is-tab", place === "tab");
		this.contentEl.toggleClass("is-side", place === "side");
		this.collapsed = loadCollapsedLanes(this.app, place);
		this.lanes?.showCollapsedLanes();
	}

	private toggleCollapsed(key: string): void {
		this.collapsed = toggleLane(this.collapsed, key);
		saveCollapsedLanes(this.app, this.boardPlace, this.collapsed);
		this.lanes?.showCollapsedLanes();
	}

	/** The note in front of the writer: the active note, or the last one when the board itself is active. */
	private activeNote(): TFile | null {
		const file = this.app.workspace.getActiveFile();
		return file?.extension === "md" ? file : null;
	}

	/** Another note came in front of the writer: a board showing the ideas of the open note shows that note's. */
	private followOpenNote(): void {
		const note = this.activeNote();
		if (note === this.openNote) return;
		this.openNote = note;
		if (!this.state.openNote) return;
		this.filterBar?.followNote(note?.basename ?? null);
		this.renderLanes(this.buildModel());
	}

	/** The search, filters or sort changed: the board shows it and remembers it. */
	private stateChanged(): void {
		this.filterBar?.followNote(this.openNote?.basename ?? null);
		this.renderLanes(this.buildModel());
		this.rememberState();
	}

	/** Keeps what the board shows for a board opened anew in its place, and has the workspace saved with it, for a restart. */
	private rememberState(): void {
		saveLastBoardState(this.app, this.boardPlace, this.state);
		this.app.workspace.requestSaveLayout();
	}

	/** The lanes whose cards changed, and the filters' choices. */
	protected redraw(): void {
		const ideas = this.pipeline.ideas();
		const model = this.buildModel(ideas);
		this.filterBar?.update({ tags: ideas.flatMap((i) => i.tags), model });
		// The open note may have been renamed.
		this.filterBar?.followNote(this.openNote?.basename ?? null);
		this.renderLanes(model);
	}

	protected redrawAll(): void {
		this.renderAll();
	}

	private buildModel(ideas: readonly Idea[] = this.pipeline.ideas()): BoardModel {
		const { inbox, dismissed } = this.pipeline.inboxParts(ideas);
		return buildBoardModel({
			ideas,
			inbox,
			dismissed,
			stages: this.pipeline.stages,
			language: this.studio.language,
			filter: this.state.openNote ? { ...this.state.filter, openNote: { path: this.openNote?.path ?? null } } : this.state.filter,
			sort: this.state.sort,
			noteDates: (path) => this.studio.index.get(path) ?? null,
			...cardExtras(this.studio),
		});
	}

	private renderAll(): void {
		if (!this.lanesEl || !this.filtersEl) return;
		const ideas = this.pipeline.ideas();
		const model = this.buildModel(ideas);
		this.renderFilters(model, ideas);
		this.lanes?.clear();
		this.renderLanes(model);
		this.lanesEl.scrollTop = this.state.scroll;
	}

	private renderFilters(model: BoardModel, ideas: readonly Idea[]): void {
		if (!this.filtersEl) return;
		const tags = ideas.flatMap((i) => i.tags);
		this.filterBar = renderFilterBar(this.filtersEl, { tags, model }, this.state, this.studio.translate, this.studio.language, () => this.stateChanged());
		this.filterBar.followNote(this.openNote?.basename ?? null);
	}

	/** Puts `model` on screen; `focusLater`: the caller gives the focus back itself, at the next frame. */
	private renderLanes(model: BoardModel, focusLater = false): void {
		const ready = this.studio.isReady();
		// Lanes drawn while reading said nothing of being empty (or were the last start's): drawn anew once the notes are
		// read, even those that did not change, where the writer had them scrolled.
		const readNow = ready && this.drawnWhileReading;
		if (readNow) this.lanes?.clear();
		this.drawnWhileReading = !ready;
		this.showReading();
		const snapshot = ready ? null : this.snapshotFor(model);
		if (snapshot) {
			try {
				this.lanes?.render(snapshot, focusLater);
				return;
			} catch {
				// A snapshot this version cannot draw: the board as the index has it, and the snapshot forgotten.
				this.snapshot = { key: this.snapshot?.key ?? "", model: null };
				forgetBoardSnapshot(this.app, this.boardPlace);
				this.lanes?.clear();
			}
		}
		this.drawInSteps(model, focusLater);
		if (readNow && this.lanesEl) this.lanesEl.scrollTop = this.state.scroll;
		if (ready) this.saveSnapshotSoon();
	}

	/**
	 * Puts `model` on screen, at once when few of its cards are new; else (thousands of cards, the first board once the
	 * notes are read) each lane's first {@link FIRST_CARDS} cards at once, then more each task, as many as this device
	 * draws in about {@link STEP_MS}; every count is whole from the first step. A model that comes meanwhile is drawn on
	 * from where the steps are.
	 */
	private drawInSteps(model: BoardModel, focusLater = false): void {
		const lanes = this.lanes;
		if (!lanes) return;
		let perLane = this.steps?.perLane ?? Infinity;
		if (perLane === Infinity && lanes.cardsToDraw(model) > 2 * FIRST_CARDS * model.lanes.length) perLane = FIRST_CARDS;
		const shown = perLane === Infinity ? model : firstCards(model, perLane);
		lanes.render(shown, focusLater);
		if (shown === model) {
			this.stopSteps();
			return;
		}
		if (this.steps) {
			this.steps.whole = model;
			return;
		}
		const step = (): void => {
			const steps = this.steps;
			if (!steps) return;
			steps.perLane += steps.grow;
			steps.next = window.setTimeout(step, 0);
			const began = performance.now();
			this.drawInSteps(steps.whole);
			// The next step takes as many cards as fit in its time, from what this one took.
			const took = Math.max(1, performance.now() - began);
			steps.grow = Math.min(4 * steps.grow, Math.max(10, Math.round((steps.grow * STEP_MS) / took)));
		};
		this.steps = { whole: model, perLane, grow: FIRST_CARDS, next: window.setTimeout(step, 0) };
	}

	private stopSteps(): void {
		if (this.steps) window.clearTimeout(this.steps.next);
		this.steps = null;
	}

	/**
	 * What the board drawn with this state, these stages and this language shows: the key of its snapshot. None for a
	 * board that follows the open note (another note may be open at the next start).
	 */
	private snapshotKey(): string | null {
		if (this.state.openNote) return null;
		return JSON.stringify([this.state.filter, this.state.sort, this.studio.language, this.pipeline.stages]);
	}

	/**
	 * The last start's board, while the first reading of the notes has nothing to show yet: the writer sees their board at
	 * once, the loading line saying how far the reading is. Null once anything is read, or when no snapshot fits.
	 */
	private snapshotFor(model: BoardModel): BoardModel | null {
		if (model.inbox.length > 0 || model.lanes.some((lane) => lane.total > 0)) return null;
		const key = this.snapshotKey();
		if (key === null) return null;
		if (this.snapshot?.key !== key) this.snapshot = { key, model: loadBoardSnapshot(this.app, this.boardPlace, key) };
		return this.snapshot.model;
	}

	/** Keeps the board on screen for the next start, once the notes are read. */
	private saveSnapshot(): void {
		const key = this.snapshotKey();
		const model = this.lanes?.model;
		if (key === null || !model || !this.studio.isReady() || this.drawnWhileReading) return;
		saveBoardSnapshot(this.app, this.boardPlace, model, key);
	}

	/** The loading line: how far the first pass is, hidden once it is done. */
	private showReading(): void {
		const ready = this.studio.isReady();
		this.loadingEl?.toggleClass("is-hidden", ready);
		if (!ready) this.loadingEl?.setText(readingLine(this.studio));
	}

	/** "+" on a stage lane: the capture dialog, the idea going straight into that stage. */
	private captureInto(key: string, label: string): void {
		new CaptureIdeaModal(this.app, this.studio.translate, {
			title: this.studio.translate("board.addToLane", { lane: label }),
			sourceTitle: null,
			onSubmit: ({ text, body, origin }) => this.actions.capture(text, body, null, key, { origin }),
		}).open();
	}

	private fillInbox(list: HTMLElement, model: BoardModel): void {
		const t = this.studio.translate;
		const openItem = (item: InboxCard, path: string, newLeaf: boolean): void => void this.openItem(item, path, newLeaf);
		if (model.inbox.length > 0) {
			fillInbox(list, model.inbox, this.state.inboxExpanded, this.selection, t, {
				promote: (item) => this.promoteItem(item),
				openItem,
				menu: (item) => buildInboxCardMenu(item, t, { promote: (one) => void this.promoteItem(one), dismiss: (one) => void this.actions.dismiss(itemsOfCard(one), one.text), openItem }),
				promoteSelected: (items) => this.promoteSelected(items),
				dismissSelected: (items) => {
					// Done with: the Inbox drawn without them shows no selection.
					this.selection.clear();
					return this.actions.dismiss(items.flatMap(itemsOfCard), items.length);
				},
				toggleExpanded: () => {
					this.state.inboxExpanded = !this.state.inboxExpanded;
					this.redrawInbox();
					this.rememberState();
				},
			}, model.inboxCount);
		} else if (this.studio.isReady()) {
			// An Inbox still being read says nothing of being empty: the loading line says how far the reading is.
			const { settings, language } = this.studio;
			fillEmptyInbox(list, {
				filtered: model.inboxTotal > 0,
				ideaHeadings: settings.ideaHeadings,
				watchedTags: settings.watchedTags,
				language,
				t,
				openSettings: () => {
					if (!openPluginSettings(this.app, this.studio.pluginId)) new Notice(t("notice.openSettings"));
				},
			});
		}
		fillDismissed(list, model.dismissed, this.dismissedList, t, {
			toggle: () => {
				this.dismissedList.open = !this.dismissedList.open;
				this.redrawInbox();
			},
			bringBack: (item) => this.actions.bringBack(itemsOfCard(item), item.text),
			bringAllBack: (items) => this.actions.bringBack(items.flatMap(itemsOfCard), items.length),
			openItem,
			onShown: (count) => (this.dismissedList.shown = count),
		});
	}

	/** Draws the Inbox anew from the model on screen: what it shows changed (Show all, the Dismissed list), not the model. */
	private redrawInbox(): void {
		this.lanes?.invalidateInbox();
		if (this.lanes?.model) this.renderLanes(this.lanes.model);
	}

	/**
	 * Promotes the selected Inbox cards at once, each with its details, from its lead source: one Undo for them all.
	 * Once the writer has answered (the selection promoted, or its ideas left out), the selection is done with.
	 */
	private async promoteSelected(items: readonly InboxCard[]): Promise<void> {
		const answered = await this.actions.promoteMany(items.map((item) => ({ text: item.text, details: item.details ?? [], source: this.app.vault.getFileByPath(item.sourcePath) })));
		if (!answered) return;
		this.selection.clear();
		this.redrawInbox();
	}

	/** Promotes an inbox item with its details; an item several notes hold links its lead source, the most recently updated one. */
	private async promoteItem(item: InboxCard): Promise<void> {
		if (item.book && this.reading) {
			await this.reading.promoteOne(item.sourcePath, item.book.index);
			return;
		}
		const source = this.app.vault.getFileByPath(item.sourcePath);
		await this.actions.capture(item.text, ideaBody(item.details ?? []), source);
	}

	/** Opens a note at the line of an inbox item, found now in the note's text (it may have changed since it was indexed). */
	private async openItem(item: InboxCard, path: string, newLeaf: PaneType | boolean): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) {
			new Notice(this.studio.translate("notice.noteGone"));
			return;
		}
		if (item.book) {
			await this.noteLeaf(newLeaf).openFile(file, { active: true, eState: { line: item.book.line } });
			return;
		}
		const text = await this.app.vault.cachedRead(file);
		const listLines = (this.app.metadataCache.getFileCache(file)?.listItems ?? []).map((li) => li.position.start.line);
		const line = lineOfItem(text, listLines, item.text, item.sources.find((source) => source.path === path)?.line);
		await this.noteLeaf(newLeaf).openFile(file, line === null ? { active: true } : { active: true, eState: { line } });
	}

	private cardMenu(card: BoardCard, lane: Lane): Menu {
		return buildCardMenu(this.app, card, lane.key, this.pipeline.stages, this.studio.language, this.studio.translate, {
			open: (path, newTab) => this.open(path, newTab),
			moveTo: (path, key) => void this.moveTo(path, key, true),
			trash: (path) => void this.actions.trash(path),
			draft: this.draftFromCard,
			tieToBrandIdea: this.tieToBrandIdea,
		});
	}

	private draftMenu(card: BoardCard, path: string): Menu | null {
		const draft = card.drafts?.find((chip) => chip.path === path);
		const actions = this.draftActions;
		if (!draft || !actions) return null;
		return buildDraftChipMenu(draft, this.studio.translate, { ...actions, open: (p, newTab) => this.open(p, newTab) });
	}

	private open(path: string, newTab: boolean): void {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (file instanceof TFile) void this.noteLeaf(newTab ? "tab" : false).openFile(file);
	}

	/** Where a note opens from the board: never over a board open in a tab. */
	private noteLeaf(newLeaf: PaneType | boolean): WorkspaceLeaf {
		const leaf = this.app.workspace.getLeaf(newLeaf);
		return leaf.view instanceof PipelineView ? this.app.workspace.getLeaf("tab") : leaf;
	}

	/** The stage lane a card shows in now, which a move just made may have changed before the index read its write. */
	private shownStage(path: string): string | null {
		const lane = this.lanes?.model?.lanes.find((one) => one.cards.some((card) => card.path === path));
		return lane?.kind === "stage" ? lane.key : null;
	}

	/** The stage before or after the lane the card shows in (Shift and the arrow keys); from the index for a card of the other lane. */
	private stageBeside(path: string, step: 1 | -1): string | null {
		const shown = this.shownStage(path);
		if (shown === null) return this.pipeline.stageBeside(path, step)?.key ?? null;
		const stages = this.pipeline.stages;
		return stages[stages.findIndex((stage) => stage.key === shown) + step]?.key ?? null;
	}

	/** Shows the move at once, writes it from the lane the card showed it in, and puts the card back if the write fails. */
	private async moveTo(path: string, key: string, keepFocus = false): Promise<void> {
		const shown = this.lanes?.model;
		if (key === OTHER_LANE_KEY || !shown) return;
		const title = this.lanes?.titleOf(path) ?? path;
		const from = this.shownStage(path) ?? undefined;
		this.renderLanes(moveCard(shown, path, key), keepFocus);
		if (keepFocus) window.requestAnimationFrame(() => this.lanes?.focusCard(path));
		const written = await this.actions.move(path, key, title, from);
		if (!written) this.renderLanes(this.buildModel());
	}
}
