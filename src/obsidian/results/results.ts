import { Notice, TFile, type App } from "obsidian";
import { format as formatDate } from "date-fns";
import { dateFieldText, type DateFieldOptions } from "../../core/text/date-field";
import type { Studio } from "../shared/studio";
import type { Drafting, DraftNote } from "../drafting/drafting";
import type { NoteWriter, NoteEdit } from "../shared/note-writer";
import { NotesChangedError } from "../shared/note-writer";
import { noticeTitle } from "../pipeline/board-actions";
import { noticeWithButton } from "../shared/notice-with-button";
import { describeError } from "../shared/describe-error";
import { isPublishedStatus } from "../../core/drafting/draft";
import { draftResults, type DraftResults } from "../../core/results/draft-results";
import { publishedDraft, type PublishedDraft } from "../../core/results/published-draft";
import { importPreview, importedValues, type ImportPreview, type MatchedRow } from "../../core/results/import-preview";
import type { CsvTable } from "../../core/results/csv-table";
import type { ColumnMapping } from "../../core/results/csv-columns";
import type { PropertyValue } from "../../core/writer/yaml-scalar";
import { listText } from "../../core/text/list-text";
import { RecordResultsModal } from "./record-results-modal";

/** Whether two readings of a draft's results say the same figures and day. */
function sameResults(a: DraftResults, b: DraftResults): boolean {
	const keys = new Set([...Object.keys(a.values), ...Object.keys(b.values)]);
	return a.read === b.read && [...keys].every((key) => a.values[key] === b.values[key]);
}

/**
 * Results per publication over the vault: Record results on a published draft (one edit of its figures and
 * the day read, undone from its Notice), and Import results (a CSV's rows matched to published drafts,
 * previewed, then written a draft at a time, and undone as one). Every write goes through the NoteWriter
 * and is refused when the draft's figures changed since they were shown.
 */
export class Results {
	constructor(
		private readonly app: App,
		private readonly studio: Studio,
		private readonly drafting: Drafting,
		private readonly writer: NoteWriter,
		private readonly now: () => Date = () => new Date(),
	) {}

	private get t() {
		return this.studio.translate;
	}

	/** Today, as the date fields of the results start: in the writer's date format when it reads back. */
	today(): string {
		return dateFieldText({ day: formatDate(this.now(), "yyyy-MM-dd"), time: null }, this.drafting.dateField());
	}

	/** How the results' date fields read what is typed: the writer's date format, and ISO. */
	dateField(): DateFieldOptions {
		return this.drafting.dateField();
	}

	/** The clock's day, for the date fields' examples. */
	day(): Date {
		return this.now();
	}

	/** The note as a published draft (its `status` says published), or null. */
	published(file: TFile | null): DraftNote | null {
		const draft = this.drafting.draft(file);
		if (!draft) return null;
		return isPublishedStatus(this.app.metadataCache.getFileCache(draft.file)?.frontmatter?.status) ? draft : null;
	}

	/** The results the draft's properties hold now, as Obsidian read them. */
	current(file: TFile): DraftResults {
		return draftResults(this.app.metadataCache.getFileCache(file)?.frontmatter, this.studio.settings.metrics);
	}

	/** Opens Record results on a published draft. */
	openRecord(draft: DraftNote): void {
		const seen = this.current(draft.file);
		new RecordResultsModal(this.app, this.t, {
			title: noticeTitle(this.drafting.draftTitle(draft)),
			metrics: this.studio.settings.metrics,
			current: seen.values,
			date: this.today(),
			dateField: this.dateField(),
			today: this.now(),
			language: this.studio.language,
			onSubmit: (values) => this.record(draft, values, seen),
		}).open();
	}

	/**
	 * Writes a draft's figures and the day read in one edit, refused when its results changed since `seen`; the
	 * Notice says what was written and undoes it as a whole. False, with a Notice saying why, when refused.
	 */
	async record(draft: DraftNote, values: readonly (readonly [string, PropertyValue])[], seen: DraftResults): Promise<boolean> {
		const title = noticeTitle(this.drafting.draftTitle(draft));
		try {
			const edit = await this.writer.setProperties(draft.file, values, { stillAsSeen: (properties) => sameResults(draftResults(properties, this.studio.settings.metrics), seen) });
			const written = listText(edit.edits.map((one) => one.key), this.studio.language);
			noticeWithButton(this.t("notice.resultsRecorded", { title, properties: written }), this.t("common.undo"), () => {
				void this.writer.undo(draft.file, { kind: "properties", edit }).then(
					() => new Notice(this.t("notice.noteEditUndone", { title })),
					(error: unknown) => new Notice(this.t("notice.noteUndoFailed", { title, error: describeError(error, this.t) })),
				);
			});
			return true;
		} catch (error) {
			new Notice(this.t("notice.resultsFailed", { title, error: describeError(error, this.t) }));
			return false;
		}
	}

	/** The vault's published drafts, from the index's records. */
	publishedDrafts(): PublishedDraft[] {
		const { formats, metrics } = this.studio.settings;
		const drafts: PublishedDraft[] = [];
		for (const record of this.studio.index.notes()) {
			const draft = publishedDraft(record, formats, metrics);
			if (draft) drafts.push(draft);
		}
		return drafts;
	}

	/** What importing the table would do (see `importPreview`), over the vault's published drafts as they are now. */
	preview(table: CsvTable, mapping: ColumnMapping, channel: string): ImportPreview {
		return importPreview(table, mapping, { drafts: this.publishedDrafts(), channel });
	}

	/**
	 * Writes the figures of each matched row on its draft, one edit a draft, each refused when the draft's
	 * figures changed since the preview; the Notice says how many were written (and which could not be) and
	 * undoes them all as one: every draft exactly as it was, or none when one changed since, named.
	 */
	async writeImport(matched: readonly MatchedRow[], readOn: string): Promise<number> {
		const edits: { note: TFile; edit: NoteEdit }[] = [];
		const failed: string[] = [];
		let lastError: unknown = null;
		for (const match of matched) {
			const file = this.app.vault.getFileByPath(match.draft.path);
			try {
				if (!file) throw new Error(this.t("notice.noteGone"));
				const edit = await this.writer.setProperties(file, importedValues(match, readOn), { stillAsSeen: (properties) => sameResults(draftResults(properties, this.studio.settings.metrics), match.draft.results) });
				edits.push({ note: file, edit: { kind: "properties", edit } });
			} catch (error) {
				failed.push(noticeTitle(match.draft.title));
				lastError = error;
			}
		}
		const count = edits.length;
		const message =
			failed.length > 0
				? this.t("notice.importedFailed", { count, titles: listText(failed, this.studio.language), error: describeError(lastError, this.t) })
				: this.t("notice.imported", { count });
		if (count === 0) new Notice(message, 10000);
		else noticeWithButton(message, this.t("common.undo"), () => void this.undoImport(edits));
		return count;
	}

	private async undoImport(edits: readonly { note: TFile; edit: NoteEdit }[]): Promise<void> {
		try {
			await this.writer.undoAll(edits);
			new Notice(this.t("notice.importUndone", { count: edits.length }));
		} catch (error) {
			if (error instanceof NotesChangedError) new Notice(this.t("notice.importUndoChanged", { titles: listText(error.notes.map((note) => noticeTitle(note.basename)), this.studio.language) }), 15000);
			else new Notice(this.t("notice.importUndoFailed", { error: describeError(error, this.t) }));
		}
	}
}
