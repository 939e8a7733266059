import { Notice, type App, type TFile } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { FrontmatterEditError } from "../../core/writer/frontmatter-edit-error";
import { displayText } from "../../core/text/display-text";
import { shortenText } from "../../core/text/shorten-text";
import { ideaTitleText } from "../../core/pipeline/idea-note";
import type { BoardMove } from "../../core/pipeline/move-history";
import { EmptyIdeaError, type CaptureExtra, type IdeaPipeline } from "./idea-pipeline";
import { NoteGoneError } from "../shared/note-writer";
import { confirmFirst } from "../shared/confirm-modal";
import { describeError } from "../shared/describe-error";
import { noticeWithButton } from "../shared/notice-with-button";
import { OneAtATime } from "../shared/one-at-a-time";

/** Longest idea or note title a Notice shows; the rest is in the note. */
const NOTICE_TITLE_CHARS = 80;

/** A title as a Notice shows it: links as their display text, shortened at a word. */
export function noticeTitle(text: string): string {
	return shortenText(displayText(text), NOTICE_TITLE_CHARS);
}

/**
 * What a person sees when the pipeline acts: the write, then a Notice (with Open or Undo),
 * or a clear message when it cannot be done. Shared by the board and the commands.
 */
export class BoardActions {
	/** The last move's Notice: a new move replaces it rather than piling up over the board. */
	private moveNotice: Notice | null = null;
	/** Captures and promotions under way: the same one is not started twice at once. */
	private readonly creating = new OneAtATime();

	constructor(
		private readonly app: App,
		private readonly pipeline: IdeaPipeline,
		private readonly t: Translate,
	) {}

	/** An error in the writer's words; a refused property edit says the properties need fixing by hand. */
	describeError(error: unknown): string {
		const described = describeError(error, this.t);
		return error instanceof FrontmatterEditError ? this.t("notice.unsafeProperties", { error: described }) : described;
	}

	/** Captures an idea (in `stageKey`, else the first stage); false (with a message) when it is empty or cannot be written. */
	async capture(text: string, body: string, source: TFile | null, stageKey?: string, extra?: CaptureExtra): Promise<boolean> {
		return (await this.captureNote(text, body, source, stageKey, extra)) !== null;
	}

	/** Captures an idea and hands back its note; null (with a message) when it is empty, being captured already, or cannot be written. */
	async captureNote(text: string, body: string, source: TFile | null, stageKey?: string, extra?: CaptureExtra): Promise<TFile | null> {
		try {
			const file = await this.creating.run(`capture:${text.trim()}`, noticeTitle(ideaTitleText(text)), () => this.pipeline.capture(text, body, source, stageKey, extra));
			noticeWithButton(this.t("notice.captured", { title: noticeTitle(ideaTitleText(text)) }), this.t("common.open"), () => void this.app.workspace.getLeaf(false).openFile(file));
			return file;
		} catch (error) {
			new Notice(error instanceof EmptyIdeaError ? this.t("notice.emptyIdea") : this.t("notice.createFailed", { error: this.describeError(error) }));
			return null;
		}
	}

	/**
	 * Promotes the note's ideas that have no idea note yet, with their details. A note without a watched tag is
	 * not in the Inbox, so its items are promoted only once the writer has seen them and agreed.
	 */
	async promote(note: TFile): Promise<TFile[]> {
		const name = noticeTitle(note.basename);
		const created: TFile[] = [];
		try {
			return await this.creating.run(`promote:${note.path}`, name, async () => {
				const { items, watched } = await this.pipeline.promotable(note);
				if (items.length === 0) {
					new Notice(this.nothingToPromote(note, name));
					return [];
				}
				if (!watched && !(await this.confirmUnwatched(name, items.map((item) => item.title)))) return [];
				await this.pipeline.promote(note, items, created);
				if (created.length === 0) new Notice(this.t("notice.nothingToPromote", { note: name }));
				else new Notice(this.t("notice.promoted", { count: created.length, note: name }));
				return created;
			});
		} catch (error) {
			const cause = this.describeError(error);
			new Notice(created.length === 0 ? this.t("notice.createFailed", { error: cause }) : this.t("notice.promotedThenFailed", { count: created.length, note: name, error: cause }));
			return created;
		}
	}

	/** Why a note gives no idea to promote: it is a template or left out, it has none of the idea headings, or its ideas all have a note. */
	private nothingToPromote(note: TFile, name: string): string {
		if (this.pipeline.leavesOut(note)) return this.t("notice.leftOutNote", { note: name });
		const sought = this.pipeline.missingIdeaHeadings(note);
		return sought ? this.t("notice.noIdeaHeading", { note: name, headings: sought.join(", ") }) : this.t("notice.nothingToPromote", { note: name });
	}

	private confirmUnwatched(note: string, items: readonly string[]): Promise<boolean> {
		const tags = this.pipeline.watchedTags.map((tag) => `#${tag}`).join(", ");
		return confirmFirst(this.app, {
			title: this.t("confirm.promoteUnwatched.title"),
			body: this.t("confirm.promoteUnwatched.body", { note, tags, count: items.length }),
			items: items.map((item) => displayText(item)),
			confirm: this.t("confirm.promoteUnwatched.ok"),
			cancel: this.t("common.cancel"),
			tone: "cta",
		});
	}

	/** Moves an idea; true when the note was written. The Notice offers Undo. */
	async move(path: string, toKey: string, title: string): Promise<boolean> {
		try {
			const move = await this.pipeline.move(path, toKey);
			if (!move) return false;
			this.moveNotice?.hide();
			this.moveNotice = noticeWithButton(this.t("notice.moved", { title: noticeTitle(move.title), stage: this.pipeline.stageLabel(toKey) }), this.t("common.undo"), () => void this.undo(move));
			return true;
		} catch (error) {
			new Notice(this.t("notice.moveFailed", { title: noticeTitle(title), error: this.describeError(error) }));
			return false;
		}
	}

	/** Undoes `move` (by default the last one); a refusal says why and leaves the note as it is. */
	async undo(move?: BoardMove<TFile>): Promise<void> {
		const target = this.pipeline.undoTarget(move);
		try {
			const undone = await this.pipeline.undo(move);
			this.moveNotice?.hide();
			this.moveNotice = new Notice(undone ? this.t("notice.undone", { title: noticeTitle(undone.title), stage: this.pipeline.stageLabel(undone.fromKey) }) : this.t("notice.nothingToUndo"));
		} catch (error) {
			const title = noticeTitle(target?.title ?? "");
			if (error instanceof FrontmatterEditError && error.code === "changedSince") {
				new Notice(this.t("notice.undoChangedSince", { title, stage: this.pipeline.stageLabel(target?.toKey ?? "") }));
			} else if (error instanceof NoteGoneError) {
				new Notice(this.t("notice.undoNoteGone", { title }));
			} else {
				new Notice(this.t("notice.undoFailed", { title, error: this.describeError(error) }));
			}
		}
	}

	async trash(path: string): Promise<void> {
		try {
			await this.pipeline.trash(path);
		} catch (error) {
			new Notice(this.describeError(error));
		}
	}
}
