import { Notice, type App, type Editor, type TFile } from "obsidian";
import { format } from "date-fns";
import type { Studio } from "../shared/studio";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import type { BoardActions } from "../pipeline/board-actions";
import { noticeTitle } from "../pipeline/board-actions";
import type { TemplateLibrary } from "../templates/template-library";
import { fillTemplate, templateText, type TemplateClock } from "../../core/templates/fill-template";
import { BOOK_NOTE_TEMPLATE, ET_BUT_BLOCK_TEMPLATE } from "../../core/reading/reading-templates";
import { CURSOR_MARK, etButInsertion, MOVED_NOTICE } from "../../core/reading/et-but-insertion";
import { safeInsertionPoint } from "../../core/note/safe-insertion-point";
import { bookNoteName, bookTitleText, renderBookNote, type BookNoteFields } from "../../core/reading/book-note";
import { horizonMessage } from "../../core/reading/book-horizon";
import { unharvestedBlocks, type BookIdea } from "../../core/reading/harvest";
import { parseEtButBlocks } from "../../core/reading/et-but-blocks";
import { isBookNote } from "../../core/reading/is-book-note";
import { bookAuthor } from "../../core/reading/book-author";
import { harvestedIdeaDetails } from "../../core/reading/harvested-idea-details";
import { noteType } from "../../core/note/property-of";
import { collectTags } from "../../core/note/normalize-tag";
import { addBlockId, freeBlockId } from "../../core/reading/add-block-id";
import { linkAtCursor } from "../../core/reading/link-at-cursor";
import { NoteLines } from "../../core/note/note-lines";
import { StudioError } from "../../core/i18n/studio-error";
import { dateLocale } from "../../core/i18n/date-locale";
import { chainTextEdits, type TextEdit } from "../../core/writer/text-edit";
import { listText } from "../../core/text/list-text";
import { BookNoteModal } from "./book-note-modal";
import { OneAtATime } from "../shared/one-at-a-time";
import { noticeWithButton } from "../shared/notice-with-button";
import { describeError } from "../shared/describe-error";
import { changedSinceCreated, createdNote, type CreatedNote } from "../shared/created-notes";

/** What promoting blocks of a book wrote: the block ids (edits of the book) and the idea notes, with their text as created. */
interface Harvest {
	edits: TextEdit[];
	ideas: CreatedNote[];
}

/**
 * Reading as a flow that feeds the pipeline: ET/BUT blocks inserted from the writer's template, book
 * notes created (or opened, never twice) from a title or an unresolved link, filled "Mon idée" promoted
 * into ideas whose source is the block, and books marked read. Every write goes through the NoteWriter,
 * each an edit that can be undone as a whole; the same create is not started twice at once.
 */
export class Reading {
	private readonly creating = new OneAtATime();

	constructor(
		private readonly app: App,
		private readonly studio: Studio,
		private readonly pipeline: IdeaPipeline,
		private readonly actions: BoardActions,
		private readonly templates: TemplateLibrary,
	) {}

	private get t(): Studio["translate"] {
		return this.studio.translate;
	}

	private clock(): TemplateClock {
		return { now: new Date(), locale: dateLocale(this.studio.language), dateFormat: this.studio.settings.dateFormat };
	}

	/** The ET/BUT block, filled, with the cursor mark still in it. */
	private async blockText(): Promise<string> {
		return fillTemplate(await this.templates.text(ET_BUT_BLOCK_TEMPLATE), {}, this.clock());
	}

	/**
	 * Inserts an ET/BUT block at the cursor, on lines of its own, and leaves the cursor where the writer types first.
	 * Where the cursor is inside something the block would cut (the properties, code, a table, a callout, a comment,
	 * math, a word), the block goes at the nearest line after it that cuts nothing, and a Notice says which line.
	 */
	async insertBlock(editor: Editor): Promise<void> {
		const block = await this.blockText();
		const count = editor.lineCount();
		const lines = { slice: (from: number, to = count) => Array.from({ length: Math.max(0, Math.min(to, count) - from) }, (_, i) => editor.getLine(from + i)) };
		const point = safeInsertionPoint(lines, editor.getCursor());
		if ("openFrom" in point) {
			new Notice(this.t("notice.etButNoPlace", { line: point.openFrom + 1 }));
			return;
		}
		const at = { line: point.line, ch: point.ch };
		const line = editor.getLine(at.line);
		const insertion = etButInsertion(block, {
			before: line.slice(0, at.ch),
			after: line.slice(at.ch),
			previousLine: at.line > 0 ? editor.getLine(at.line - 1) : null,
			nextLine: at.line + 1 < count ? editor.getLine(at.line + 1) : null,
		});
		const start = editor.posToOffset(at);
		editor.replaceRange(insertion.text, at);
		editor.setCursor(editor.offsetToPos(start + insertion.cursor));
		editor.focus();
		if (point.moved !== null) new Notice(this.t(MOVED_NOTICE[point.moved], { line: at.line + insertion.lead + 1 }));
	}

	/**
	 * The book-note dialog, with the vault's unresolved links as title suggestions. With `stayHere`
	 * (from a view the writer is working in, such as the framework board) the note is created without
	 * taking that view's place; the Notice names it.
	 */
	openBookModal(initial?: Partial<BookNoteFields>, stayHere = false): void {
		new BookNoteModal(this.app, this.t, {
			initial,
			suggestions: this.studio.index.unresolvedLinks(),
			onSubmit: async (fields) => (await this.createBook(fields, stayHere)) !== null,
		}).open();
	}

	/** With the cursor on a link: the book-note dialog named after it, or its note opened when it already has one. */
	bookFromLink(editor: Editor, from: TFile | null): void {
		const cursor = editor.getCursor();
		const target = linkAtCursor(editor.getLine(cursor.line), cursor.ch);
		if (target === null) {
			new Notice(this.t("notice.noUnresolvedLink"));
			return;
		}
		const existing = this.app.metadataCache.getFirstLinkpathDest(target, from?.path ?? "");
		if (existing) {
			void this.app.workspace.getLeaf(false).openFile(existing);
			this.tellOpened(existing, target);
			return;
		}
		this.openBookModal({ title: target });
	}

	/** Says that the note named after the book was opened rather than created: a book note already, or a note that is not one (yet). */
	private tellOpened(file: TFile, title: string): void {
		new Notice(this.t(this.isBookFile(file) ? "notice.bookOpened" : "notice.notBookOpened", { title: noticeTitle(title) }));
	}

	/**
	 * Creates the book note in the books folder and opens it; a note that already has the book's name
	 * (anywhere in the vault, as links resolve) is opened, never duplicated or overwritten. Null, with a
	 * message, when the title is empty or the note cannot be written.
	 */
	async createBook(fields: BookNoteFields, stayHere = false): Promise<TFile | null> {
		const open = (file: TFile): Promise<void> => (stayHere ? Promise.resolve() : this.app.workspace.getLeaf(false).openFile(file));
		const title = bookTitleText(fields.title);
		if (title === "") {
			new Notice(this.t("book.emptyTitle"));
			return null;
		}
		const name = bookNoteName(title);
		const folder = this.studio.settings.booksFolder;
		const existing = this.app.metadataCache.getFirstLinkpathDest(name.fileName, "") ?? this.app.vault.getFileByPath(`${folder}/${name.fileName}.md`);
		if (existing) {
			await open(existing);
			this.tellOpened(existing, title);
			return existing;
		}
		try {
			return await this.creating.run(`book:${name.fileName}`, title, async () => {
				const block = (await this.blockText()).replaceAll(CURSOR_MARK, "");
				// The block is the writer's own template: its Templater code stays, unlike what was typed.
				const values = { title, author: fields.author.trim(), year: fields.year.trim(), horizon: this.t(horizonMessage(fields.horizon)), isbn: fields.isbn.trim(), block: templateText(block) };
				const body = fillTemplate(await this.templates.text(BOOK_NOTE_TEMPLATE), values, this.clock());
				const text = renderBookNote({ ...fields, title, started: new Date(), alias: name.alias, body });
				const file = await this.pipeline.writer.createNote(folder, name.fileName, text);
				await open(file);
				new Notice(name.linkResolves ? this.t("notice.bookCreated", { title: noticeTitle(title) }) : this.t("book.forbiddenName", { title, name: name.fileName }), name.linkResolves ? undefined : 15000);
				return file;
			});
		} catch (error) {
			new Notice(this.t("notice.bookCreateFailed", { error: this.actions.describeError(error) }));
			return null;
		}
	}

	/**
	 * Counts the filled blocks without an idea of any book note, against the ideas as they are now: made
	 * once for a whole view (the framework board asks for each of its books), not once a book.
	 */
	unharvestedCounter(): (path: string) => number | null {
		const known = this.pipeline.known();
		return (path) => {
			const record = this.studio.index.get(path);
			return record && isBookNote(record, this.studio.settings) ? unharvestedBlocks(record, known).length : null;
		};
	}

	/** The filled blocks of a book note with no idea yet. */
	pending(path: string): BookIdea[] {
		const record = this.studio.index.get(path);
		return record && isBookNote(record, this.studio.settings) ? unharvestedBlocks(record, this.pipeline.known()) : [];
	}

	/**
	 * Promotes the "Mon idée" of block `index` of a book note: the block gets an id (`^et-but-3`, a
	 * minimal edit, when it has none) and the idea's `source` links to it, with `origin: book`. Null when
	 * the block has an idea already. The note is read again first: if it changed since, the block id is
	 * not written and no idea is created. What was written goes into `harvest`, for its undo.
	 *
	 * @throws StudioError `error.bookChanged`, NoteGoneError, or what the writer throws.
	 */
	private async promoteBlock(path: string, index: number, harvest: Harvest): Promise<TFile | null> {
		const wanted = this.pending(path).find((idea) => idea.index === index);
		const file = this.app.vault.getFileByPath(path);
		if (!wanted || !file) return null;
		const text = await this.app.vault.read(file);
		const { blocks } = await parseEtButBlocks(new NoteLines(text));
		const block = blocks[index];
		const changed = new StudioError("error.bookChanged", { book: noticeTitle(file.basename) });
		if (!block || block.mine !== wanted.block.mine) throw changed;
		const id = block.id ?? freeBlockId(blocks, index);
		if (block.id === null) {
			const edit = await this.pipeline.writer.edit(file, (current) => {
				const next = current === text ? addBlockId(current, block.to, id, block.form) : null;
				if (next === null) throw changed;
				return next;
			});
			if (edit) harvest.edits.push(edit);
		}
		const record = this.studio.index.get(path);
		const details = harvestedIdeaDetails(block, record ? bookAuthor(record) : null);
		const idea = await this.pipeline.capture(wanted.text, details, file, undefined, { origin: "book", subpath: `^${id}` });
		harvest.ideas.push(await createdNote(this.app, idea));
		return idea;
	}

	/** Promotes one block from the board's Inbox; what goes wrong is a Notice. The Notice offers to undo it. */
	async promoteOne(path: string, index: number): Promise<TFile | null> {
		const book = this.app.vault.getFileByPath(path);
		const harvest: Harvest = { edits: [], ideas: [] };
		try {
			const note = await this.creating.run(`harvest:${path}`, noticeTitle(book?.basename ?? path), () => this.promoteBlock(path, index, harvest));
			if (note && book) noticeWithButton(this.t("notice.captured", { title: noticeTitle(this.pipeline.idea(note.path)?.text ?? note.basename) }), this.t("common.undo"), () => void this.undoHarvest(book, harvest));
			return note;
		} catch (error) {
			new Notice(this.t("notice.harvestFailed", { book: noticeTitle(book?.basename ?? path), error: this.actions.describeError(error) }));
			return null;
		}
	}

	/**
	 * Promotes every filled block of the book note with no idea yet; running it again creates nothing, and
	 * it is not started again while it runs. The Notice says what was promoted and offers to undo it whole.
	 */
	async promoteAll(file: TFile): Promise<TFile[]> {
		const book = noticeTitle(file.basename);
		const harvest: Harvest = { edits: [], ideas: [] };
		let failed = false;
		try {
			await this.creating.run(`harvest:${file.path}`, book, async () => {
				for (const idea of this.pending(file.path)) await this.promoteBlock(file.path, idea.index, harvest);
			});
		} catch (error) {
			failed = true;
			new Notice(this.t("notice.harvestFailed", { book, error: this.actions.describeError(error) }));
		}
		// What was promoted before a failure is said too, with its undo.
		const created = harvest.ideas.map((idea) => idea.file);
		if (created.length === 0) {
			if (!failed) new Notice(this.t("notice.bookIdeasNone", { book }));
		} else noticeWithButton(this.t("notice.bookIdeasPromoted", { count: created.length, book }), this.t("common.undo"), () => void this.undoHarvest(file, harvest));
		return created;
	}

	/**
	 * Undoes a harvest as a whole: the block ids out of the book (its exact text before them) and the ideas
	 * to the trash; refused, nothing done, when the book or one of the ideas changed since.
	 */
	private async undoHarvest(book: TFile, harvest: Harvest): Promise<void> {
		const title = noticeTitle(book.basename);
		try {
			const [changed] = await changedSinceCreated(this.app, harvest.ideas);
			if (changed) throw new StudioError("error.harvestIdeaChanged", { idea: noticeTitle(changed.basename) });
			const edit = harvest.edits.length === 0 ? null : chainTextEdits(harvest.edits);
			if (harvest.edits.length > 0 && edit === null) throw new StudioError("error.sectionChangedSince");
			if (edit) await this.pipeline.writer.undo(book, { kind: "text", edit });
			for (const idea of harvest.ideas) await this.pipeline.trash(idea.file.path);
			new Notice(this.t("notice.harvestUndone", { book: title, count: harvest.ideas.length }));
		} catch (error) {
			new Notice(this.t("notice.harvestUndoFailed", { book: title, error: describeError(error, this.t) }));
		}
	}

	/** Whether the note at `path` is a book note the index knows (see `isBookNote`). */
	isBook(path: string): boolean {
		const record = this.studio.index.get(path);
		return record !== undefined && isBookNote(record, this.studio.settings);
	}

	/** What the metadata cache says of a note's type: without waiting for the index, which may not keep the note at all. */
	private typeOf(file: TFile): string | null {
		return noteType(this.app.metadataCache.getFileCache(file)?.frontmatter);
	}

	/** Whether a note is a book note from what the metadata cache says of it now: for a note the index may not keep, or not have read yet. */
	private isBookFile(file: TFile): boolean {
		const cache = this.app.metadataCache.getFileCache(file);
		const tags = collectTags(cache?.frontmatter, (cache?.tags ?? []).map((tag) => tag.tag));
		return isBookNote({ path: file.path, type: this.typeOf(file), tags }, this.studio.settings);
	}

	/** Whether "Make this a book note" has something to write: the note has no `type: book` yet. */
	canMakeBookNote(file: TFile): boolean {
		return this.typeOf(file) !== "book";
	}

	/**
	 * Writes `type: book` in the note's properties, the only change to it (the properties block added when it
	 * has none), so that Bases, Dataview and other devices see what its folder or tag already says; the Notice
	 * offers to undo it. A note of another type (`idea`, `draft`...) is left as it is: it would leave the board
	 * or the drafts. Refused, nothing written, when the properties cannot be read or changed since they were.
	 */
	async makeBookNote(file: TFile): Promise<boolean> {
		const title = noticeTitle(file.basename);
		const type = this.typeOf(file);
		if (type === "book") {
			new Notice(this.t("notice.alreadyBookNote", { title }));
			return false;
		}
		if (type !== null) {
			new Notice(this.t("notice.bookNoteOtherType", { title, type }));
			return false;
		}
		const writer = this.pipeline.writer;
		try {
			const edit = await writer.setProperty(file.path, "type", "book", (properties) => noteType(properties) === null);
			noticeWithButton(this.t("notice.bookNoteMade", { title }), this.t("common.undo"), () => {
				void writer.revert(file, edit).then(
					() => new Notice(this.t("notice.noteEditUndone", { title })),
					(error: unknown) => new Notice(this.t("notice.noteUndoFailed", { title, error: describeError(error, this.t) })),
				);
			});
			return true;
		} catch (error) {
			new Notice(this.t("notice.bookNoteFailed", { title, error: describeError(error, this.t) }));
			return false;
		}
	}

	/**
	 * Sets `status: read` and `finished` (today) in one edit, all or none; the Notice says what was written
	 * and offers to undo it as a whole. A refusal says why, and that nothing was written.
	 */
	async markRead(file: TFile): Promise<boolean> {
		const book = noticeTitle(file.basename);
		const writer = this.pipeline.writer;
		try {
			const edit = await writer.setProperties(file, [
				["status", "read"],
				["finished", format(new Date(), "yyyy-MM-dd")],
			]);
			const written = listText(edit.edits.map((one) => one.key), this.studio.language);
			noticeWithButton(this.t("notice.bookRead", { book, properties: written, count: edit.edits.length }), this.t("common.undo"), () => {
				void writer.undo(file, { kind: "properties", edit }).then(
					() => new Notice(this.t("notice.noteEditUndone", { title: book })),
					(error: unknown) => new Notice(this.t("notice.noteUndoFailed", { title: book, error: describeError(error, this.t) })),
				);
			});
			return true;
		} catch (error) {
			new Notice(this.t("notice.bookReadFailed", { book, error: describeError(error, this.t) }));
			return false;
		}
	}
}
