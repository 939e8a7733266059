import { Notice, type App, type Editor, type TFile } from "obsidian";
import { format } from "date-fns";
import type { Studio } from "../shared/studio";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import type { BoardActions } from "../pipeline/board-actions";
import { noticeTitle } from "../pipeline/board-actions";
import type { TemplateLibrary } from "../templates/template-library";
import { fillTemplate, templateText, type TemplateClock } from "../../core/templates/fill-template";
import { BOOK_NOTE_TEMPLATE, ET_BUT_BLOCK_TEMPLATE } from "../../core/reading/reading-templates";
import { CURSOR_MARK, etButInsertion } from "../../core/reading/et-but-insertion";
import { bookNoteName, bookTitleText, renderBookNote, type BookNoteFields } from "../../core/reading/book-note";
import { horizonMessage } from "../../core/reading/book-horizon";
import { isBookRecord, unharvestedBlocks, type BookIdea } from "../../core/reading/harvest";
import { parseEtButBlocks, type EtButBlock } from "../../core/reading/et-but-blocks";
import { addBlockId, freeBlockId } from "../../core/reading/add-block-id";
import { linkAtCursor } from "../../core/reading/link-at-cursor";
import { NoteLines } from "../../core/note/note-lines";
import { StudioError } from "../../core/i18n/studio-error";
import { dateLocale } from "../../core/i18n/date-locale";
import { BookNoteModal } from "./book-note-modal";

/** The details of a promoted block's idea: the author's words and where they are, ET and MAIS, for the post to come. */
function ideaDetails(block: EtButBlock): string {
	const lines: string[] = [];
	if (block.idea !== "") lines.push(...block.idea.split("\n").map((line) => `> ${line}`), ...(block.location !== "" ? [`> — ${block.location}`] : []));
	if (block.and !== "") lines.push("", block.and);
	if (block.but !== "") lines.push("", block.but);
	return lines.join("\n");
}

/**
 * Reading as a flow that feeds the pipeline: ET/BUT blocks inserted from the writer's template, book
 * notes created (or opened, never twice) from a title or an unresolved link, filled "Mon idée" promoted
 * into ideas whose source is the block, and books marked read. Every write goes through the NoteWriter
 * or `Vault.process` with a minimal edit.
 */
export class Reading {
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

	/** Inserts an ET/BUT block at the cursor, on lines of its own, and leaves the cursor where the writer types first. */
	async insertBlock(editor: Editor): Promise<void> {
		const block = await this.blockText();
		const cursor = editor.getCursor();
		const line = editor.getLine(cursor.line);
		const insertion = etButInsertion(block, { before: line.slice(0, cursor.ch), after: line.slice(cursor.ch), previousLine: cursor.line > 0 ? editor.getLine(cursor.line - 1) : null });
		const start = editor.posToOffset(cursor);
		editor.replaceRange(insertion.text, cursor);
		editor.setCursor(editor.offsetToPos(start + insertion.cursor));
		editor.focus();
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
			new Notice(this.t("notice.bookOpened", { title: noticeTitle(target) }));
			return;
		}
		this.openBookModal({ title: target });
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
			new Notice(this.t("notice.bookOpened", { title: noticeTitle(title) }));
			return existing;
		}
		try {
			const block = (await this.blockText()).replaceAll(CURSOR_MARK, "");
			// The block is the writer's own template: its Templater code stays, unlike what was typed.
			const values = { title, author: fields.author.trim(), year: fields.year.trim(), horizon: this.t(horizonMessage(fields.horizon)), isbn: fields.isbn.trim(), block: templateText(block) };
			const body = fillTemplate(await this.templates.text(BOOK_NOTE_TEMPLATE), values, this.clock());
			const text = renderBookNote({ ...fields, title, started: new Date(), alias: name.alias, body });
			const file = await this.pipeline.writer.createNote(folder, name.fileName, text);
			await open(file);
			new Notice(name.linkResolves ? this.t("notice.bookCreated", { title: noticeTitle(title) }) : this.t("book.forbiddenName", { title, name: name.fileName }), name.linkResolves ? undefined : 15000);
			return file;
		} catch (error) {
			new Notice(this.t("notice.createFailed", { error: this.actions.describeError(error) }));
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
			return record && isBookRecord(record) ? unharvestedBlocks(record, known).length : null;
		};
	}

	/** The filled blocks of a book note with no idea yet. */
	pending(path: string): BookIdea[] {
		const record = this.studio.index.get(path);
		return record && isBookRecord(record) ? unharvestedBlocks(record, this.pipeline.known()) : [];
	}

	/**
	 * Promotes the "Mon idée" of block `index` of a book note: the block gets an id (`^et-but-3`, a
	 * minimal edit, when it has none) and the idea's `source` links to it, with `origin: book`. Null when
	 * the block has an idea already. The note is read again first: if the block moved or changed since
	 * the index read it, nothing is written.
	 *
	 * @throws StudioError `error.bookChanged`, NoteGoneError, or what the writer throws.
	 */
	async promoteBlock(path: string, index: number): Promise<TFile | null> {
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
			await this.app.vault.process(file, (current) => {
				const next = current === text ? addBlockId(current, block.to, id, block.form) : null;
				if (next === null) throw changed;
				return next;
			});
		}
		return this.pipeline.capture(wanted.text, ideaDetails(block), file, undefined, { origin: "book", subpath: `^${id}` });
	}

	/** Promotes one block from the board's Inbox; what goes wrong is a Notice. */
	async promoteOne(path: string, index: number): Promise<TFile | null> {
		try {
			const note = await this.promoteBlock(path, index);
			if (note) new Notice(this.t("notice.captured", { title: noticeTitle(this.pipeline.idea(note.path)?.text ?? note.basename) }));
			return note;
		} catch (error) {
			new Notice(this.t("notice.createFailed", { error: this.actions.describeError(error) }));
			return null;
		}
	}

	/** Promotes every filled block of the book note with no idea yet; running it again creates nothing. */
	async promoteAll(file: TFile): Promise<TFile[]> {
		const book = noticeTitle(file.basename);
		const created: TFile[] = [];
		try {
			for (const idea of this.pending(file.path)) {
				const note = await this.promoteBlock(file.path, idea.index);
				if (note) created.push(note);
			}
		} catch (error) {
			new Notice(this.t("notice.createFailed", { error: this.actions.describeError(error) }));
		}
		if (created.length === 0) new Notice(this.t("notice.bookIdeasNone", { book }));
		else new Notice(this.t("notice.bookIdeasPromoted", { count: created.length, book }));
		return created;
	}

	/** Whether the note at `path` is a book note the index knows. */
	isBook(path: string): boolean {
		const record = this.studio.index.get(path);
		return record !== undefined && isBookRecord(record);
	}

	/** Sets `status: read` and `finished` (today) with minimal edits; a refusal says why and writes nothing more. */
	async markRead(file: TFile): Promise<boolean> {
		try {
			await this.pipeline.writer.setProperty(file.path, "status", "read");
			await this.pipeline.writer.setProperty(file.path, "finished", format(new Date(), "yyyy-MM-dd"));
			new Notice(this.t("notice.bookRead", { book: noticeTitle(file.basename) }));
			return true;
		} catch (error) {
			new Notice(this.actions.describeError(error));
			return false;
		}
	}
}
