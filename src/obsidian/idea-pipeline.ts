import type { App, TFile } from "obsidian";
import { toIdea, type Idea } from "../core/pipeline/idea";
import { inboxItems, pendingIdeaItems, type InboxItem, type PromotedIdea } from "../core/pipeline/promotion";
import { renderIdeaNote } from "../core/pipeline/idea-note";
import { effectiveStageKey } from "../core/pipeline/stage-matcher";
import { OTHER_LANE_KEY } from "../core/pipeline/board-model";
import { toFileName } from "../core/writer/file-name";
import type { StageSetting } from "../core/settings/studio-settings";
import type { Studio } from "./studio";
import { NoteGoneError, NoteWriter, type PropertyEdit } from "./note-writer";

/** A move on the board, remembered so it can be undone. */
export interface BoardMove {
	title: string;
	fromKey: string;
	toKey: string;
	edit: PropertyEdit;
}

/** Why an idea cannot be captured. */
export class EmptyIdeaError extends Error {
	constructor() {
		super("empty idea");
		this.name = "EmptyIdeaError";
	}
}

const MAX_UNDO = 50;

/**
 * The idea pipeline's operations over the vault: ideas and inbox from the index, capture,
 * promotion, moves between stages and their undo. Views and commands call these; all writes go
 * through the NoteWriter.
 */
export class IdeaPipeline {
	readonly writer: NoteWriter;
	private readonly history: BoardMove[] = [];
	/** Ideas created here that the index may not have seen yet, so a quick second promotion does not repeat them. */
	private readonly justCreated: (PromotedIdea & { path: string })[] = [];

	constructor(
		private readonly app: App,
		private readonly studio: Studio,
	) {
		this.writer = new NoteWriter(app);
	}

	get stages(): readonly StageSetting[] {
		return this.studio.settings.stages;
	}

	ideas(): Idea[] {
		const ideas: Idea[] = [];
		for (const record of this.studio.index.notes()) {
			const idea = toIdea(record, this.stages);
			if (idea) ideas.push(idea);
		}
		return ideas;
	}

	idea(path: string): Idea | null {
		const record = this.studio.index.get(path);
		return record ? toIdea(record, this.stages) : null;
	}

	inbox(ideas: readonly Idea[] = this.ideas()): InboxItem[] {
		const watched = this.studio.index.watchedNotes();
		return inboxItems(watched, this.known(ideas), new Set(watched.map((r) => r.path)));
	}

	/** Creates an idea note in the first stage; `source` links to the note it came from. */
	async capture(text: string, body: string, source: TFile | null): Promise<TFile> {
		const idea = text.replace(/\s+/g, " ").trim();
		const name = toFileName(idea);
		if (name === "") throw new EmptyIdeaError();
		const settings = this.studio.settings;
		const folder = settings.ideasFolder;
		const sourceLinkText = source ? this.app.metadataCache.fileToLinktext(source, `${folder}/${name}.md`, true) : null;
		const first = this.stages[0]?.key ?? "spark";
		const note = renderIdeaNote({ title: idea, body, stageKey: first, created: new Date(), dateFormat: settings.dateFormat, sourceLinkText, tags: ["idea"] });
		const file = await this.writer.createNote(folder, name, note);
		this.justCreated.push({ path: file.path, title: file.basename, sourcePath: source?.path ?? null, sourceTarget: sourceLinkText });
		return file;
	}

	/** Turns the note's idea items that have no idea note yet into idea notes. Running it twice creates nothing twice. */
	async promote(note: TFile): Promise<TFile[]> {
		const items = await this.studio.index.ideaItemsOf(note.path);
		const pending = pendingIdeaItems(note.path, items, this.known(this.ideas()));
		const created: TFile[] = [];
		for (const item of pending) created.push(await this.capture(item, "", note));
		return created;
	}

	/** The idea headings looked for, when the note has none of them; else null. */
	missingIdeaHeadings(note: TFile): string[] | null {
		return this.studio.index.missingIdeaHeadings(note.path);
	}

	/** Moves an idea to a stage by editing only its `status` line. Remembered for undo. */
	async move(path: string, toKey: string): Promise<BoardMove | null> {
		const idea = this.idea(path);
		// Deleted or renamed while it was being dragged: say so, write nothing.
		if (!idea || !this.app.vault.getFileByPath(path)) throw new NoteGoneError(path);
		const fromKey = effectiveStageKey(this.stages, idea.status) ?? OTHER_LANE_KEY;
		if (fromKey === toKey) return null;
		const edit = await this.writer.setProperty(path, "status", toKey);
		const move: BoardMove = { title: idea.title, fromKey, toKey, edit };
		this.history.push(move);
		if (this.history.length > MAX_UNDO) this.history.shift();
		return move;
	}

	/** Moves by one stage; null at the ends or for a note that is not an idea. */
	stageBeside(path: string, step: 1 | -1): StageSetting | null {
		const idea = this.idea(path);
		if (!idea) return null;
		const key = effectiveStageKey(this.stages, idea.status);
		const index = key === null ? -1 : this.stages.findIndex((s) => s.key === key);
		if (index === -1) return step === 1 ? (this.stages[0] ?? null) : null;
		return this.stages[index + step] ?? null;
	}

	/** Undoes the last move: the note gets back its exact previous text, unless it was edited since. */
	async undo(): Promise<BoardMove | null> {
		const move = this.history.pop();
		if (!move) return null;
		const fallback = move.fromKey === OTHER_LANE_KEY ? (this.stages[0]?.key ?? "") : move.fromKey;
		await this.writer.revert(move.edit, "status", fallback);
		return move;
	}

	canUndo(): boolean {
		return this.history.length > 0;
	}

	stageLabel(key: string): string {
		if (key === OTHER_LANE_KEY) return this.studio.translate("board.other");
		const stage = this.stages.find((s) => s.key === key);
		return stage ? stage.labels[this.studio.language] : key;
	}

	private known(ideas: readonly Idea[]): PromotedIdea[] {
		const indexed = new Set(ideas.map((i) => i.path));
		for (let i = this.justCreated.length - 1; i >= 0; i--) {
			const entry = this.justCreated[i];
			if (entry && indexed.has(entry.path)) this.justCreated.splice(i, 1);
		}
		return [...ideas, ...this.justCreated];
	}
}
