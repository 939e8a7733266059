import { normalizePath, Notice, TFile, type App } from "obsidian";
import { createdText } from "../../core/drafting/draft-note";
import { dateLocale } from "../../core/i18n/date-locale";
import { isoWeekKey, isoWeekOf, type IsoWeek } from "../../core/review/iso-week";
import { reviewNoteText } from "../../core/review/review-note";
import { reviewSections, type ReviewSection } from "../../core/review/review-sections";
import { weeklyReview, type WeeklyReview } from "../../core/review/weekly-review";
import { pathKey } from "../../core/writer/taken-paths";
import { vaultFolder } from "../shared/vault-folder";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import { describeError } from "../shared/describe-error";
import { OneAtATime } from "../shared/one-at-a-time";
import type { Studio } from "../shared/studio";

/**
 * The weekly review over the vault: its model from the index, the pipeline's ideas and the drafts, its parts
 * in words, and Save this review, which writes it once as a note named by its ISO week in the reviews
 * folder, through the NoteWriter, and never over a review already there.
 */
export class WeeklyReviews {
	private readonly saving = new OneAtATime();

	constructor(
		private readonly app: App,
		private readonly studio: Studio,
		private readonly pipeline: IdeaPipeline,
		/** The clock: the week of today, and the day what waits is counted on. */
		readonly now: () => Date = () => new Date(),
	) {}

	private get t() {
		return this.studio.translate;
	}

	/** The ISO week of today. */
	thisWeek(): IsoWeek {
		return isoWeekOf(this.now());
	}

	/** The review of `week`, its evergreen candidates ranked by the metric of key `metric` (null: impressions). */
	review(week: IsoWeek, metric: string | null): WeeklyReview {
		const { index, settings } = this.studio;
		return weeklyReview({
			week,
			now: this.now().getTime(),
			ideas: this.pipeline.ideas(),
			drafts: this.studio.drafts.all(),
			records: index.notes(),
			recordOf: (path) => index.get(path),
			settings,
			labels: this.studio.labels,
			metric,
		});
	}

	/** The review's parts in the writer's words. */
	sections(review: WeeklyReview): ReviewSection[] {
		return reviewSections(review, { t: this.t, labels: this.studio.labels, metrics: this.studio.settings.metrics });
	}

	/** The note of the week's review in the reviews folder, however the vault spells its name and folder (case and Unicode form aside), or null. */
	existing(week: IsoWeek): TFile | null {
		const { vault } = this.app;
		const dir = vaultFolder(vault, this.studio.settings.reviewsFolder);
		const wanted = pathKey(dir === "" ? `${isoWeekKey(week)}.md` : `${dir}/${isoWeekKey(week)}.md`);
		const siblings = (dir === "" ? vault.getRoot() : vault.getFolderByPath(dir))?.children ?? [];
		const found = siblings.find((child) => pathKey(child.path) === wanted);
		return found instanceof TFile ? found : null;
	}

	/**
	 * Saves the review of `week` as a note named by it (`2026-W49`) in the reviews folder, its links wikilinks to
	 * the notes, and opens it (in a new tab with `newTab`). When the week's note is there already, it is opened and
	 * a Notice says so: nothing is written. Null, with a Notice, when the note cannot be written.
	 */
	async save(week: IsoWeek, metric: string | null, newTab = false): Promise<TFile | null> {
		const key = isoWeekKey(week);
		const open = (file: TFile): Promise<void> => this.app.workspace.getLeaf(newTab ? "tab" : false).openFile(file);
		try {
			return await this.saving.run(`review:${key}`, key, async () => {
				const existing = this.existing(week);
				if (existing) {
					await open(existing);
					new Notice(this.t("notice.reviewExists", { week: key }));
					return existing;
				}
				const folder = this.studio.settings.reviewsFolder;
				const review = this.review(week, metric);
				const here = normalizePath(`${folder}/${key}.md`);
				const text = reviewNoteText({
					review,
					sections: this.sections(review),
					words: { t: this.t, labels: this.studio.labels },
					created: createdText(this.now(), this.studio.settings.dateFormat, dateLocale(this.studio.language)),
					linkText: (path) => {
						const file = this.app.vault.getFileByPath(path);
						return file ? this.app.metadataCache.fileToLinktext(file, here, true) : path.replace(/\.md$/i, "");
					},
				});
				const file = await this.pipeline.writer.createNote(folder, key, text);
				await open(file);
				new Notice(this.t("notice.reviewSaved", { week: key, folder: folder === "" ? "/" : folder }));
				return file;
			});
		} catch (error) {
			new Notice(this.t("notice.reviewSaveFailed", { week: key, error: describeError(error, this.t) }));
			return null;
		}
	}
}
