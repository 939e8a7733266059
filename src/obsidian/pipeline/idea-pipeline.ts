import type { App, TFile } from "obsidian";
import { toIdea, type Idea } from "../../core/pipeline/idea";
import { inboxItems, pendingIdeas, type InboxItem, type PromotedIdea } from "../../core/pipeline/promotion";
import { ideaBody, ideaTitleText, renderIdeaNote } from "../../core/pipeline/idea-note";
import { effectiveStageKey, matchStage } from "../../core/pipeline/stage-matcher";
import { propertyOf } from "../../core/note/property-of";
import { stageBeside } from "../../core/pipeline/stage-beside";
import { MoveHistory, type BoardMove } from "../../core/pipeline/move-history";
import { STAGE_SINCE_PLACE, stageMoveValues, stageSinceDay } from "../../core/pipeline/stage-since";
import { OTHER_LANE_KEY } from "../../core/pipeline/board-model";
import { toFileName } from "../../core/writer/file-name";
import { dateLocale } from "../../core/i18n/date-locale";
import { displayText } from "../../core/text/display-text";
import { shortenText } from "../../core/text/shorten-text";
import { watchedTagMatcher } from "../../core/note/normalize-tag";
import type { StageSetting, StudioSettings } from "../../core/settings/studio-settings";
import type { IdeaOrigin } from "../../core/pipeline/idea-origin";
import { bookInboxItems } from "../../core/reading/harvest";
import { dismissedMatcher, withDismissed, withoutDismissed, type DismissedItem } from "../../core/pipeline/dismissed-items";
import { ideasByWords, type WordedIdea } from "../../core/pipeline/ideas-by-words";
import type { IdeaItem, NoteRecord } from "../../core/note/note-record";
import type { Studio } from "../shared/studio";
import type { Language } from "../../core/i18n/language";
import { NoteGoneError, NoteWriter } from "../shared/note-writer";
import { holdsLaneValue, laneValueText, type LaneValue } from "../../core/bases/lane-value";

/** The ideas of a note that promotion would turn into idea notes. */
export interface Promotable {
	items: IdeaItem[];
	/** Whether the note has a watched tag, so that the Inbox lists its items. */
	watched: boolean;
}

/** Why an idea cannot be captured. */
export class EmptyIdeaError extends Error {
	constructor() {
		super("empty idea");
		this.name = "EmptyIdeaError";
	}
}

/** What a capture may say beyond the words: where the idea comes from, and the block of the source it was taken from. */
export interface CaptureExtra {
	origin?: IdeaOrigin | null;
	/** A block of the source (`^et-but-3`): the `source` link points at it. */
	subpath?: string;
}

/** The Inbox, and what the writer dismissed from it. */
export interface InboxParts {
	/** Idea items with no idea note yet that the writer has not dismissed: the Inbox. */
	inbox: InboxItem[];
	/** Those the writer dismissed, still without an idea note: the Inbox's Dismissed list. */
	dismissed: InboxItem[];
}

/** A move between the lanes of a base grouped by a property: what it writes, and what the writer was shown. */
export interface PropertyMove {
	/** The property the lanes are the values of (`priorité`). */
	property: string;
	/** The value the note held when its card was drawn (as the lane is named; null: none): a note changed since is not written over. */
	from: string | null;
	/** The value of the lane it was dropped on. */
	to: LaneValue;
	/** The lanes' names, for the Notice and its Undo. */
	fromLabel: string;
	toLabel: string;
	/** The note as its card names it. */
	title: string;
}

/** Longest file name made from an idea's words; the whole of them is in its `title`. */
const FILE_NAME_CHARS = 100;

/**
 * The idea pipeline's operations over the vault: ideas and inbox from the index, capture,
 * promotion, moves between stages and their undo. Views and commands call these; all writes go
 * through the NoteWriter.
 */
export class IdeaPipeline {
	private readonly history = new MoveHistory<BoardMove<TFile>>();
	/** Ideas created here that the index may not have seen yet, so a quick second promotion does not repeat them. */
	private readonly justCreated: (PromotedIdea & { path: string })[] = [];
	/** Ideas already made from records, so that a re-render of the board does not make 2,000 anew. */
	private readonly seen = new WeakMap<NoteRecord, { stages: readonly StageSetting[]; ideaTag: string; idea: Idea | null }>();
	/** Counts the changes to {@link IdeaPipeline.justCreated}, for {@link IdeaPipeline.inboxParts}'s memory. */
	private createdChanges = 0;
	/** The last Inbox worked out, and what it was worked out from: a re-render that changed none of it (a sort, a filter) reuses it. */
	private inboxMemo: { index: object; revision: number; settings: StudioSettings; dismissed: readonly DismissedItem[]; created: number; parts: InboxParts } | null = null;
	/** The set of dismissed items, made once a list (the studio replaces the list when it changes). */
	private dismissedSet: { list: readonly DismissedItem[]; has: (source: string, text: string) => boolean } | null = null;

	constructor(
		private readonly app: App,
		private readonly studio: Studio,
		/** The plugin's one writer; a pipeline made alone (in a test) has its own. */
		readonly writer: NoteWriter = new NoteWriter(app),
		/** The clock: the day a move writes in `stage-since`. */
		private readonly now: () => Date = () => new Date(),
	) {}

	get stages(): readonly StageSetting[] {
		return this.studio.settings.stages;
	}

	/** The language the writer uses Obsidian in. */
	get language(): Language {
		return this.studio.language;
	}

	/** The folder new idea notes go to. */
	get ideasFolder(): string {
		return this.studio.settings.ideasFolder;
	}

	/** The tags that make a note one of the writer's thinking notes, as set. */
	get watchedTags(): readonly string[] {
		return this.studio.settings.watchedTags;
	}

	ideas(): Idea[] {
		const ideas: Idea[] = [];
		for (const record of this.studio.index.notes()) {
			const idea = this.ideaOf(record);
			if (idea) ideas.push(idea);
		}
		return ideas;
	}

	idea(path: string): Idea | null {
		const record = this.studio.index.get(path);
		return record ? this.ideaOf(record) : null;
	}

	/** The idea a record is, made once a record (the index replaces a record when its note changes) and settings. */
	private ideaOf(record: NoteRecord): Idea | null {
		const { stages } = this;
		const { ideaTag } = this.studio.settings;
		const known = this.seen.get(record);
		if (known && known.stages === stages && known.ideaTag === ideaTag) return known.idea;
		const idea = toIdea(record, stages, ideaTag);
		this.seen.set(record, { stages, ideaTag, idea });
		return idea;
	}

	/** Idea items of the watched notes, then filled "Mon idée" blocks of book notes, that have no idea note yet and were not dismissed. */
	inbox(ideas: readonly Idea[] = this.ideas()): InboxItem[] {
		return this.inboxParts(ideas).inbox;
	}

	/**
	 * The items waiting for an idea note, told apart: the Inbox, and those the writer dismissed from it. `ideas` are
	 * {@link IdeaPipeline.ideas} as they are now: the parts are worked out again only when the index, the settings, the
	 * dismissed items or the ideas just created changed since the last call (the same lists are given back otherwise).
	 */
	inboxParts(ideas: readonly Idea[] = this.ideas()): InboxParts {
		const { index, settings, dismissed } = this.studio;
		const known = this.known(ideas);
		const memo = this.inboxMemo;
		const revision = index.revision();
		if (memo && memo.index === index && memo.revision === revision && memo.settings === settings && memo.dismissed === dismissed && memo.created === this.createdChanges) return memo.parts;
		const watched = index.watchedNotes();
		const waiting = [...inboxItems(watched, known, new Set(watched.map((r) => r.path))), ...bookInboxItems(index.notes(), known, settings)];
		const isDismissed = this.isDismissed();
		const parts: InboxParts = { inbox: [], dismissed: [] };
		for (const item of waiting) (isDismissed(item.sourcePath, item.text) ? parts.dismissed : parts.inbox).push(item);
		this.inboxMemo = { index, revision, settings, dismissed, created: this.createdChanges, parts };
		return parts;
	}

	/**
	 * Sets `items` aside: out of the Inbox on every device (data.json), until their words change or the writer brings
	 * them back. Items of notes no longer in the vault are forgotten meanwhile.
	 */
	async dismiss(items: readonly DismissedItem[]): Promise<void> {
		const kept = this.studio.dismissed.filter((item) => this.app.vault.getFileByPath(item.source) !== null);
		await this.studio.updateDismissed(withDismissed(kept, items));
	}

	/** Brings dismissed items back into the Inbox. */
	async bringBack(items: readonly DismissedItem[]): Promise<void> {
		await this.studio.updateDismissed(withoutDismissed(this.studio.dismissed, items));
	}

	/** Whether the writer dismissed the item of the note at `source` with the words `text`. */
	private isDismissed(): (source: string, text: string) => boolean {
		const list = this.studio.dismissed;
		if (this.dismissedSet?.list !== list) this.dismissedSet = { list, has: dismissedMatcher(list) };
		return this.dismissedSet.has;
	}

	/** Finds the idea note with the same words as a text, those just created included: capturing the text again would make a second. */
	ideaWithWords(): (text: string) => WordedIdea | null {
		return ideasByWords(this.known());
	}

	/**
	 * Creates an idea note in `stageKey` (the first stage when it names none): its `title` the idea's
	 * exact words, its file name a safe name made from what they show, `source` a link to the note it came from.
	 */
	async capture(text: string, body: string, source: TFile | null, stageKey?: string, extra: CaptureExtra = {}): Promise<TFile> {
		const idea = ideaTitleText(text);
		// Cut at a word, with "…", before toFileName would cut it at its length limit mid-word.
		const name = toFileName(shortenText(displayText(idea), FILE_NAME_CHARS));
		if (name === "") throw new EmptyIdeaError();
		const settings = this.studio.settings;
		const folder = settings.ideasFolder;
		const linkText = source ? this.app.metadataCache.fileToLinktext(source, `${folder}/${name}.md`, true) : null;
		const sourceLinkText = linkText !== null && extra.subpath ? `${linkText}#${extra.subpath}` : linkText;
		const stage = this.stages.find((s) => s.key === stageKey)?.key ?? this.stages[0]?.key ?? "spark";
		const note = renderIdeaNote({ title: idea, body, stageKey: stage, created: new Date(), dateFormat: settings.dateFormat, locale: dateLocale(this.studio.language), sourceLinkText, tags: [settings.ideaTag], origin: extra.origin ?? null });
		const file = await this.writer.createNote(folder, name, note);
		this.justCreated.push({ path: file.path, text: idea, sourcePath: source?.path ?? null, sourceTarget: linkText, sourceBlock: extra.subpath?.replace(/^\^/, "") ?? null });
		this.createdChanges++;
		return file;
	}

	/**
	 * The note's ideas that have no idea note yet, and whether the Inbox lists them (the note has a watched tag). Those
	 * the writer dismissed from the Inbox are left out: set aside there, they are not ideas to make notes of.
	 */
	async promotable(note: TFile): Promise<Promotable> {
		const items = await this.studio.index.ideaItemsOf(note.path);
		const record = this.studio.index.get(note.path);
		const watched = record !== undefined && watchedTagMatcher(this.studio.settings.watchedTags)(record.tags);
		const isDismissed = this.isDismissed();
		return { items: pendingIdeas(note.path, items, this.known(this.ideas())).filter((item) => !isDismissed(note.path, item.title)), watched };
	}

	/**
	 * Turns the note's ideas that have no idea note yet (of `only` when given: the ideas the writer was
	 * shown, by title) into idea notes, each with its details under its words, each put into `created` as
	 * it is made, so that a failure half way still tells what was. Running it twice creates nothing twice.
	 */
	async promote(note: TFile, only?: readonly IdeaItem[], created: TFile[] = []): Promise<TFile[]> {
		const { items } = await this.promotable(note);
		const shown = only === undefined ? null : new Set(only.map((item) => item.title));
		const pending = shown === null ? items : items.filter((item) => shown.has(item.title));
		for (const item of pending) created.push(await this.capture(item.title, ideaBody(item.details), note));
		return created;
	}

	/** Moves a note to the trash; an idea created here is forgotten, so that its item can be promoted again. */
	async trash(path: string): Promise<void> {
		await this.writer.trash(path);
		const index = this.justCreated.findIndex((entry) => entry.path === path);
		if (index !== -1) {
			this.justCreated.splice(index, 1);
			this.createdChanges++;
		}
	}

	/** Whether the note is in a folder the studio leaves out (a templates folder, one of the setting): its ideas are never read. */
	leavesOut(note: TFile): boolean {
		return this.studio.index.leavesOut(note.path);
	}

	/** The idea headings looked for, when the note has none of them; else null. */
	missingIdeaHeadings(note: TFile): string[] | null {
		return this.studio.index.missingIdeaHeadings(note.path);
	}

	/**
	 * Moves an idea to a stage by editing its `status` line and, unless the writer turned it off, its
	 * `stage-since` line (the day of the move, below the status), in one edit. Remembered for undo.
	 * `shownIn`: the lane the board showed the card in. A second move right after a first one starts from where the first
	 * put it, though the index may not have read that write yet; the note must still stand there, or nothing is written.
	 */
	async move(path: string, toKey: string, shownIn?: string): Promise<BoardMove<TFile> | null> {
		const idea = this.idea(path);
		const note = this.app.vault.getFileByPath(path);
		// Deleted or renamed while it was being dragged: say so, write nothing.
		if (!idea || !note) throw new NoteGoneError(path);
		const fromKey = shownIn ?? effectiveStageKey(this.stages, idea.status) ?? OTHER_LANE_KEY;
		if (fromKey === toKey) return null;
		// Moved from the stage the card showed: a status changed meanwhile (a sync, another pane) is not written over.
		const stillInFromStage = (properties: Record<string, unknown>): boolean => (effectiveStageKey(this.stages, matchStage(this.stages, propertyOf(properties, "status"))) ?? OTHER_LANE_KEY) === fromKey;
		const since = this.studio.settings.recordStageSince ? stageSinceDay(this.now()) : null;
		const edit = await this.writer.setProperties(note, stageMoveValues(toKey, since), { after: STAGE_SINCE_PLACE, stillAsSeen: stillInFromStage });
		const move: BoardMove<TFile> = { note, title: idea.title, fromKey, toKey, edit };
		this.history.push(move);
		return move;
	}

	/**
	 * Moves a note between the lanes of a base grouped by a property: writes the lane's value to that property, in one
	 * minimal edit, refused when the note no longer holds the value its card showed. Remembered for undo, as a board move;
	 * null when the note already holds the value.
	 */
	async moveProperty(path: string, change: PropertyMove): Promise<BoardMove<TFile> | null> {
		const note = this.app.vault.getFileByPath(path);
		if (!note) throw new NoteGoneError(path);
		const to = laneValueText(change.to);
		if (to === change.from) return null;
		const edit = await this.writer.setProperties(note, [[change.property, change.to]], { stillAsSeen: (properties) => holdsLaneValue(propertyOf(properties, change.property), change.from) });
		const move: BoardMove<TFile> = { note, title: change.title, fromKey: change.from ?? "", toKey: to ?? "", edit, lane: { property: change.property, from: change.fromLabel, to: change.toLabel } };
		this.history.push(move);
		return move;
	}

	/** Moves by one stage; null at the ends or for a note that is not an idea. */
	stageBeside(path: string, step: 1 | -1): StageSetting | null {
		const idea = this.idea(path);
		return idea ? stageBeside(this.stages, idea.status, step) : null;
	}

	/**
	 * Undoes `move` (by default the last one), its status and its day together, exactly or not at all:
	 * null when there is nothing to undo. A move whose note has changed its status since is refused and kept, so it can be
	 * undone once the status is back; a move whose note is gone is forgotten.
	 *
	 * @throws FrontmatterEditError (`changedSince`...) or NoteGoneError; nothing written.
	 */
	async undo(move?: BoardMove<TFile>): Promise<BoardMove<TFile> | null> {
		const target = this.history.target(move);
		if (!target) return null;
		try {
			await this.writer.undo(target.note, { kind: "properties", edit: target.edit });
		} catch (error) {
			if (error instanceof NoteGoneError) this.history.forget(target);
			throw error;
		}
		this.history.forget(target);
		return target;
	}

	/** The move `undo(move)` would take back, or null when there is none. */
	undoTarget(move?: BoardMove<TFile>): BoardMove<TFile> | null {
		return this.history.target(move);
	}

	canUndo(): boolean {
		return this.history.size > 0;
	}

	stageLabel(key: string): string {
		if (key === OTHER_LANE_KEY) return this.studio.translate("board.other");
		return this.studio.labels.stage(key);
	}

	/** The ideas, with those just created that the index has not seen yet: what promotion and harvest compare with. */
	known(ideas: readonly Idea[] = this.ideas()): (PromotedIdea & WordedIdea)[] {
		const indexed = new Set(ideas.map((i) => i.path));
		for (let i = this.justCreated.length - 1; i >= 0; i--) {
			const entry = this.justCreated[i];
			if (entry && indexed.has(entry.path)) {
				this.justCreated.splice(i, 1);
				this.createdChanges++;
			}
		}
		return [...ideas, ...this.justCreated];
	}
}
