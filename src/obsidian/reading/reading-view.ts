import { ItemView, TFile, type App, type WorkspaceLeaf } from "obsidian";
import type { Studio } from "../shared/studio";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import type { Reading } from "./reading";
import { readingShelf, type ShelfBook } from "../../core/reading/reading-shelf";
import { horizonMessage } from "../../core/reading/book-horizon";

export const READING_VIEW_TYPE = "tls-reading";

/** Books drawn at first, and added by each "Show more": a shelf of thousands of books stays quick to draw. */
export const SHELF_PAGE = 100;

/**
 * The reading shelf: each book with its author, horizon and status, its ET/BUT blocks, filled
 * "Mon idée" and ideas promoted from it, so the writer sees which books still hold ideas to harvest.
 * Redrawn when the index changes. The first {@link SHELF_PAGE} books are drawn, the next ones a page at a
 * time on request, and what was shown stays shown through a redraw.
 * https://docs.obsidian.md/Reference/TypeScript+API/ItemView
 */
export class ReadingView extends ItemView {
	navigation = false;
	private renderTimer: number | null = null;
	/** How many books are drawn. */
	private shown = SHELF_PAGE;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly studio: Studio,
		private readonly pipeline: IdeaPipeline,
		private readonly reading: Reading,
	) {
		super(leaf);
	}

	getViewType(): string {
		return READING_VIEW_TYPE;
	}

	getDisplayText(): string {
		return this.studio.translate("reading.title");
	}

	getIcon(): string {
		return "book-open";
	}

	async onOpen(): Promise<void> {
		this.contentEl.addClass("tls-reading");
		this.register(this.studio.index.onChange(() => this.scheduleRender()));
		this.register(this.studio.onSettingsChange(() => this.render()));
		void this.studio.ready.then(() => this.render());
		this.render();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		if (this.renderTimer !== null) window.clearTimeout(this.renderTimer);
		await Promise.resolve();
	}

	private scheduleRender(): void {
		if (this.renderTimer !== null) return;
		this.renderTimer = window.setTimeout(() => {
			this.renderTimer = null;
			this.render();
		}, 30);
	}

	private render(): void {
		const t = this.studio.translate;
		const el = this.contentEl;
		el.empty();
		if (!this.studio.isReady()) {
			el.createDiv({ cls: "tls-board-loading", text: t("view.loading") });
			return;
		}
		const books = readingShelf(this.studio.index.notes(), this.pipeline.known(), this.studio.settings, this.studio.language);
		if (books.length === 0) {
			el.createDiv({ cls: "tls-lane-empty", text: t("reading.empty", { folder: this.studio.settings.booksFolder }) });
			return;
		}
		const list = el.createDiv({ cls: "tls-shelf", attr: { role: "list", "aria-label": t("reading.title") } });
		for (const book of books.slice(0, this.shown)) this.renderBook(list, book);
		this.renderMore(list, books);
	}

	/** The button that draws the next page of books, after the list, while some are left; the focus goes to the first one it drew. */
	private renderMore(list: HTMLElement, books: readonly ShelfBook[]): void {
		const left = books.length - Math.min(this.shown, books.length);
		if (left === 0) return;
		const more = this.contentEl.createEl("button", { cls: "tls-shelf-more", text: this.studio.translate("reading.more", { count: Math.min(SHELF_PAGE, left) }) });
		more.addEventListener("click", () => {
			const from = this.shown;
			this.shown += SHELF_PAGE;
			more.remove();
			for (const book of books.slice(from, this.shown)) this.renderBook(list, book);
			list.querySelectorAll<HTMLElement>(".tls-shelf-title")[from]?.focus();
			this.renderMore(list, books);
		});
	}

	private renderBook(list: HTMLElement, book: ShelfBook): void {
		const t = this.studio.translate;
		const item = list.createDiv({ cls: `tls-shelf-book is-${book.status}`, attr: { role: "listitem", "data-path": book.path } });
		const head = item.createDiv({ cls: "tls-shelf-head" });
		const title = head.createEl("a", { cls: "tls-shelf-title", text: book.title, href: "#" });
		title.addEventListener("click", (event) => {
			event.preventDefault();
			const file = this.app.vault.getAbstractFileByPath(book.path);
			if (file instanceof TFile) void this.app.workspace.getLeaf(false).openFile(file);
		});
		head.createSpan({ cls: "tls-shelf-status", text: t(book.status === "read" ? "reading.status.read" : "reading.status.reading") });
		const meta = item.createDiv({ cls: "tls-card-meta" });
		if (book.author) meta.createSpan({ cls: "tls-shelf-author", text: book.author });
		if (book.horizon) meta.createSpan({ cls: "tls-shelf-horizon", text: t(horizonMessage(book.horizon)) });
		const counts = item.createDiv({ cls: "tls-shelf-counts" });
		counts.createSpan({ text: t("reading.blocks", { count: book.blocks }) });
		counts.createSpan({ text: t("reading.filled", { count: book.filled }) });
		counts.createSpan({ text: t("reading.promoted", { count: book.promoted }) });
		if (book.waiting > 0) counts.createSpan({ cls: "tls-shelf-waiting", text: t("reading.waiting", { count: book.waiting }) });
		const actions = item.createDiv({ cls: "tls-shelf-actions" });
		const file = (): TFile | null => this.app.vault.getFileByPath(book.path);
		if (book.waiting > 0) {
			const promote = actions.createEl("button", { cls: "tls-shelf-harvest", text: t("reading.promoteAll") });
			promote.addEventListener("click", () => {
				const note = file();
				promote.disabled = true;
				if (note) void this.reading.promoteAll(note).finally(() => (promote.disabled = false));
			});
		}
		if (book.status === "reading") {
			const read = actions.createEl("button", { cls: "tls-shelf-mark-read", text: t("reading.markRead") });
			read.addEventListener("click", () => {
				const note = file();
				read.disabled = true;
				if (note) void this.reading.markRead(note).finally(() => (read.disabled = false));
			});
		}
	}
}

/** Shows the reading shelf in the right sidebar: the one open, else a new one. */
export async function openReadingView(app: App): Promise<void> {
	const { workspace } = app;
	let leaf = workspace.getLeavesOfType(READING_VIEW_TYPE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type: READING_VIEW_TYPE, active: true });
	}
	await workspace.revealLeaf(leaf);
}
