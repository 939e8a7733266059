import { Notice, type App, type TFile } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { FrontmatterEditError } from "../../core/writer/frontmatter-edit-error";
import { displayText } from "../../core/text/display-text";
import { shortenText } from "../../core/text/shorten-text";
import { ideaBody, ideaTitleText } from "../../core/pipeline/idea-note";
import type { BoardMove } from "../../core/pipeline/move-history";
import { planPromoteBatch } from "../../core/pipeline/promote-batch";
import type { WordedIdea } from "../../core/pipeline/ideas-by-words";
import type { DismissedItem } from "../../core/pipeline/dismissed-items";
import { listText } from "../../core/text/list-text";
import { EmptyIdeaError, type CaptureExtra, type IdeaPipeline, type PropertyMove } from "./idea-pipeline";
import { NoteGoneError } from "../shared/note-writer";
import { confirmFirst } from "../shared/confirm-modal";
import { chooseFirst } from "../shared/choice-modal";
import { changedSinceCreated, createdNote, type CreatedNote } from "../shared/created-notes";
import { describeError } from "../shared/describe-error";
import { noticeWithButton } from "../shared/notice-with-button";
import { OneAtATime } from "../shared/one-at-a-time";

/** Longest idea or note title a Notice shows; the rest is in the note. */
const NOTICE_TITLE_CHARS = 80;

/** A title as a Notice shows it: links as their display text, shortened at a word. */
export function noticeTitle(text: string): string {
	return shortenText(displayText(text), NOTICE_TITLE_CHARS);
}

/** What a capture did: the note it made, or the idea with the same words that the writer chose to open instead. */
export interface CaptureResult {
	file: TFile;
	created: boolean;
}

/** One idea of a batch promotion: its words, its details as typed, and the note it comes from. */
export interface BatchIdea {
	text: string;
	details: readonly string[];
	source: TFile | null;
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

	/**
	 * Captures an idea (in `stageKey`, else the first stage); true once it has a note, made now or, when an idea note
	 * has the same words, opened instead at the writer's choice. False (with a message) when it is empty or cannot be
	 * written, or the writer answered nothing.
	 */
	async capture(text: string, body: string, source: TFile | null, stageKey?: string, extra?: CaptureExtra): Promise<boolean> {
		return (await this.captureNote(text, body, source, stageKey, extra)) !== null;
	}

	/**
	 * Captures an idea and hands back its note. When an idea note has the same words (compared as the plugin compares
	 * words), the writer is asked first: open that note (handed back, `created` false), or create a second one anyway.
	 * Null (with a message) when it is empty, being captured already, or cannot be written, and when the question is
	 * closed unanswered.
	 */
	async captureNote(text: string, body: string, source: TFile | null, stageKey?: string, extra?: CaptureExtra): Promise<CaptureResult | null> {
		const title = noticeTitle(ideaTitleText(text));
		try {
			const result = await this.creating.run(`capture:${text.trim()}`, title, async (): Promise<CaptureResult | null> => {
				const existing = this.pipeline.ideaWithWords()(ideaTitleText(text));
				const choice = existing ? await this.askAboutDuplicate(ideaTitleText(text), existing) : "create";
				if (choice === "create") return { file: await this.pipeline.capture(text, body, source, stageKey, extra), created: true };
				const file = choice === "open" && existing ? this.app.vault.getFileByPath(existing.path) : null;
				if (file) await this.app.workspace.getLeaf(false).openFile(file);
				return file ? { file, created: false } : null;
			});
			const file = result?.created ? result.file : null;
			if (file) noticeWithButton(this.t("notice.captured", { title }), this.t("common.open"), () => void this.app.workspace.getLeaf(false).openFile(file));
			return result;
		} catch (error) {
			new Notice(error instanceof EmptyIdeaError ? this.t("notice.emptyIdea") : this.t("notice.createFailed", { error: this.describeError(error) }));
			return null;
		}
	}

	/** Open the idea note with the same words, or create a second one anyway; null when the writer closes the question. */
	private askAboutDuplicate(words: string, existing: WordedIdea): Promise<"open" | "create" | null> {
		return chooseFirst(this.app, {
			title: this.t("confirm.duplicate.title"),
			body: this.t("confirm.duplicate.body", { title: noticeTitle(words), path: existing.path }),
			choices: [
				{ value: "open", label: this.t("confirm.duplicate.open"), cta: true },
				{ value: "create", label: this.t("confirm.duplicate.create") },
			],
			cancel: this.t("common.cancel"),
		});
	}

	/**
	 * Which of `items` to promote, asking the writer what needs asking: how many, when more than twenty (unless
	 * `counted`: a question before already showed them all), then, when idea notes already have the words of some,
	 * whether to leave those out or make them anyway. Null when the writer said no or closed a question.
	 */
	private async whatToPromote<T>(items: readonly T[], textOf: (item: T) => string, counted: boolean): Promise<T[] | null> {
		const plan = planPromoteBatch(items, textOf, this.pipeline.ideaWithWords());
		if (plan.asks && !counted) {
			const agreed = await confirmFirst(this.app, {
				title: this.t("confirm.promoteMany.title", { count: items.length }),
				body: this.t("confirm.promoteMany.body", { count: items.length, folder: this.pipeline.ideasFolder }),
				confirm: this.t("confirm.promoteMany.ok", { count: items.length }),
				cancel: this.t("common.cancel"),
				tone: "cta",
			});
			if (!agreed) return null;
		}
		if (plan.duplicates.length === 0) return plan.fresh;
		const choice = await chooseFirst(this.app, {
			title: this.t("confirm.duplicates.title"),
			body: this.t("confirm.duplicates.body", { count: plan.duplicates.length }),
			items: plan.duplicates.map(({ item }) => displayText(textOf(item))),
			choices: [
				{ value: "leaveOut", label: this.t("confirm.duplicates.leaveOut"), cta: true },
				{ value: "create", label: this.t("confirm.duplicates.create") },
			],
			cancel: this.t("common.cancel"),
		});
		if (choice === null) return null;
		return choice === "create" ? [...items] : plan.fresh;
	}

	/**
	 * Promotes several Inbox items at once (a selection of cards), each with its details, after {@link whatToPromote}
	 * asked what needs asking. The Notice offers one Undo for them all. False when the writer said no to a question,
	 * or it could not start.
	 */
	async promoteMany(ideas: readonly BatchIdea[]): Promise<boolean> {
		const created: CreatedNote[] = [];
		let answered = false;
		try {
			await this.creating.run("promote:selection", this.t("board.selectionName", { count: ideas.length }), async () => {
				const chosen = await this.whatToPromote(ideas, (idea) => idea.text, false);
				answered = chosen !== null;
				if (chosen?.length === 0) new Notice(this.t("notice.promotedNone"));
				for (const idea of chosen ?? []) created.push(await createdNote(this.app, await this.pipeline.capture(idea.text, ideaBody(idea.details), idea.source)));
			});
		} catch (error) {
			const cause = this.describeError(error);
			new Notice(created.length === 0 ? this.t("notice.createFailed", { error: cause }) : this.t("notice.promotedManyThenFailed", { count: created.length, error: cause }));
		}
		if (created.length > 0) noticeWithButton(this.t("notice.promotedMany", { count: created.length }), this.t("common.undo"), () => void this.undoPromotion(created));
		return answered;
	}

	/**
	 * Takes a promotion back as a whole: its idea notes to the trash, refused (nothing trashed, the Notice naming
	 * them) when one of them was edited, moved away or deleted since.
	 */
	async undoPromotion(created: readonly CreatedNote[]): Promise<void> {
		try {
			const changed = await changedSinceCreated(this.app, created);
			if (changed.length > 0) {
				const notes = listText(changed.map((file) => this.t("board.quoted", { text: noticeTitle(file.basename) })), this.pipeline.language);
				new Notice(this.t("notice.promotionUndoChanged", { count: changed.length, notes }));
				return;
			}
			for (const note of created) await this.pipeline.trash(note.file.path);
			new Notice(this.t("notice.promotionUndone", { count: created.length }));
		} catch (error) {
			new Notice(this.t("notice.promotionUndoFailed", { error: this.describeError(error) }));
		}
	}

	/**
	 * Sets Inbox items aside (every device, data.json); the Notice names them (`what`: the item's words, or how many
	 * cards) and offers to bring them back.
	 */
	async dismiss(items: readonly DismissedItem[], what: string | number): Promise<void> {
		try {
			await this.pipeline.dismiss(items);
			const message = typeof what === "number" ? this.t("notice.dismissedMany", { count: what }) : this.t("notice.dismissed", { title: noticeTitle(what) });
			noticeWithButton(message, this.t("common.undo"), () => void this.bringBack(items, what));
		} catch (error) {
			new Notice(this.t("notice.dismissFailed", { error: this.describeError(error) }));
		}
	}

	/** Brings dismissed items back into the Inbox; the Notice names them as {@link dismiss} does. */
	async bringBack(items: readonly DismissedItem[], what: string | number): Promise<void> {
		try {
			await this.pipeline.bringBack(items);
			new Notice(typeof what === "number" ? this.t("notice.broughtBackMany", { count: what }) : this.t("notice.broughtBack", { title: noticeTitle(what) }));
		} catch (error) {
			new Notice(this.t("notice.dismissFailed", { error: this.describeError(error) }));
		}
	}

	/**
	 * Promotes the note's ideas that have no idea note yet, with their details. A note without a watched tag is
	 * not in the Inbox, so its items are promoted only once the writer has seen them and agreed; more than twenty,
	 * or ideas an idea note already has the words of, are asked about first ({@link whatToPromote}). The Notice
	 * offers one Undo for them all.
	 */
	async promote(note: TFile): Promise<TFile[]> {
		const name = noticeTitle(note.basename);
		const created: TFile[] = [];
		let failure: unknown = null;
		try {
			await this.creating.run(`promote:${note.path}`, name, async () => {
				const { items, watched } = await this.pipeline.promotable(note);
				if (items.length === 0) {
					new Notice(this.nothingToPromote(note, name));
					return;
				}
				if (!watched && !(await this.confirmUnwatched(name, items.map((item) => item.title)))) return;
				const chosen = await this.whatToPromote(items, (item) => item.title, !watched);
				if (chosen === null) return;
				if (chosen.length > 0) await this.pipeline.promote(note, chosen, created);
				if (created.length === 0) new Notice(this.t("notice.nothingToPromote", { note: name }));
			});
		} catch (error) {
			failure = error;
			const cause = this.describeError(error);
			if (created.length === 0) new Notice(this.t("notice.createFailed", { error: cause }));
		}
		if (created.length > 0) {
			// What was made before a failure is said too, with its undo.
			const notes = await Promise.all(created.map((file) => createdNote(this.app, file)));
			const message = failure === null ? this.t("notice.promoted", { count: created.length, note: name }) : this.t("notice.promotedThenFailed", { count: created.length, note: name, error: this.describeError(failure) });
			noticeWithButton(message, this.t("common.undo"), () => void this.undoPromotion(notes));
		}
		return created;
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

	/**
	 * Moves an idea; true when the note was written. The Notice offers Undo. `fromKey`: the lane its card showed it in,
	 * when the move comes from a board (see {@link IdeaPipeline.move}).
	 */
	move(path: string, toKey: string, title: string, fromKey?: string): Promise<boolean> {
		return this.announceMove(() => this.pipeline.move(path, toKey, fromKey), title);
	}

	/** Moves a note between the lanes of a base grouped by any property, with the Notice and the Undo of a board move. */
	moveProperty(path: string, change: PropertyMove): Promise<boolean> {
		return this.announceMove(() => this.pipeline.moveProperty(path, change), change.title);
	}

	/** Writes a move and says so, with Undo; true when the note was written. A failure is said, naming the note (`title`). */
	private async announceMove(write: () => Promise<BoardMove<TFile> | null>, title: string): Promise<boolean> {
		try {
			const move = await write();
			if (!move) return false;
			this.moveNotice?.hide();
			this.moveNotice = noticeWithButton(this.t("notice.moved", { title: noticeTitle(move.title), stage: this.laneOf(move, "to") }), this.t("common.undo"), () => void this.undo(move));
			return true;
		} catch (error) {
			new Notice(this.t("notice.moveFailed", { title: noticeTitle(title), error: this.describeError(error) }));
			return false;
		}
	}

	/** The name of the stage (or a base's lane) a move went from or to. */
	private laneOf(move: BoardMove<TFile>, end: "from" | "to"): string {
		if (move.lane) return move.lane[end];
		return this.pipeline.stageLabel(end === "from" ? move.fromKey : move.toKey);
	}

	/** Undoes `move` (by default the last one); a refusal says why and leaves the note as it is. */
	async undo(move?: BoardMove<TFile>): Promise<void> {
		const target = this.pipeline.undoTarget(move);
		try {
			const undone = await this.pipeline.undo(move);
			this.moveNotice?.hide();
			this.moveNotice = new Notice(undone ? this.t("notice.undone", { title: noticeTitle(undone.title), stage: this.laneOf(undone, "from") }) : this.t("notice.nothingToUndo"));
		} catch (error) {
			const title = noticeTitle(target?.title ?? "");
			if (error instanceof FrontmatterEditError && error.code === "changedSince") {
				const lane = target?.lane;
				new Notice(lane ? this.t("notice.undoChangedSinceProperty", { title, property: lane.property, value: lane.to }) : this.t("notice.undoChangedSince", { title, stage: this.pipeline.stageLabel(target?.toKey ?? "") }));
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
