import { Notice, type App, type TFile } from "obsidian";
import type { Translate } from "../core/i18n/translator";
import { FrontmatterEditError } from "../core/writer/frontmatter-edit-error";
import { EmptyIdeaError, type IdeaPipeline } from "./idea-pipeline";
import { NoteGoneError } from "./note-writer";

/** Shows a Notice with one action button. */
function noticeWithButton(message: string, button: string, onClick: () => void): Notice {
	const notice = new Notice(message, 8000);
	const action = notice.messageEl.createEl("button", { text: button, cls: "tls-notice-button" });
	action.addEventListener("click", () => {
		notice.hide();
		onClick();
	});
	return notice;
}

/**
 * What a person sees when the pipeline acts: the write, then a Notice (with Open or Undo),
 * or a clear message when it cannot be done. Shared by the board and the commands.
 */
export class BoardActions {
	/** The last move's Notice: a new move replaces it rather than piling up over the board. */
	private moveNotice: Notice | null = null;

	constructor(
		private readonly app: App,
		private readonly pipeline: IdeaPipeline,
		private readonly t: Translate,
	) {}

	describeError(error: unknown): string {
		if (error instanceof NoteGoneError) return this.t("notice.noteGone");
		if (error instanceof FrontmatterEditError) return this.t("notice.unsafeProperties", { error: error.message });
		return error instanceof Error ? error.message : String(error);
	}

	/** Captures an idea; false (with a message) when it is empty or cannot be written. */
	async capture(text: string, body: string, source: TFile | null): Promise<boolean> {
		try {
			const file = await this.pipeline.capture(text, body, source);
			noticeWithButton(this.t("notice.captured", { title: file.basename }), this.t("common.open"), () => void this.app.workspace.getLeaf(false).openFile(file));
			return true;
		} catch (error) {
			new Notice(error instanceof EmptyIdeaError ? this.t("notice.emptyIdea") : this.t("notice.createFailed", { error: this.describeError(error) }));
			return false;
		}
	}

	async promote(note: TFile): Promise<TFile[]> {
		try {
			const created = await this.pipeline.promote(note);
			const sought = created.length === 0 ? this.pipeline.missingIdeaHeadings(note) : null;
			if (sought) new Notice(this.t("notice.noIdeaHeading", { note: note.basename, headings: sought.join(", ") }));
			else if (created.length === 0) new Notice(this.t("notice.nothingToPromote", { note: note.basename }));
			else new Notice(created.length === 1 ? this.t("notice.promotedOne", { note: note.basename }) : this.t("notice.promoted", { count: created.length, note: note.basename }));
			return created;
		} catch (error) {
			new Notice(this.t("notice.createFailed", { error: this.describeError(error) }));
			return [];
		}
	}

	/** Moves an idea; true when the note was written. The Notice offers Undo. */
	async move(path: string, toKey: string, title: string): Promise<boolean> {
		try {
			const move = await this.pipeline.move(path, toKey);
			if (!move) return false;
			this.moveNotice?.hide();
			this.moveNotice = noticeWithButton(this.t("notice.moved", { title: move.title, stage: this.pipeline.stageLabel(toKey) }), this.t("common.undo"), () => void this.undo());
			return true;
		} catch (error) {
			new Notice(this.t("notice.moveFailed", { title, error: this.describeError(error) }));
			return false;
		}
	}

	async undo(): Promise<void> {
		try {
			const move = await this.pipeline.undo();
			this.moveNotice?.hide();
			this.moveNotice = new Notice(move ? this.t("notice.undone", { title: move.title, stage: this.pipeline.stageLabel(move.fromKey) }) : this.t("notice.nothingToUndo"));
		} catch (error) {
			new Notice(this.t("notice.moveFailed", { title: "", error: this.describeError(error) }));
		}
	}

	async trash(path: string): Promise<void> {
		try {
			await this.pipeline.writer.trash(path);
		} catch (error) {
			new Notice(this.describeError(error));
		}
	}
}
