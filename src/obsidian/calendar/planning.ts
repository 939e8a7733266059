import { Notice, parseYaml, type App, type TFile } from "obsidian";
import { format } from "date-fns";
import type { Draft } from "../../core/drafting/draft";
import { channelOf } from "../../core/drafting/draft";
import { draftIdeaWords, draftLabel } from "../../core/drafting/draft-words";
import type { FormatSetting } from "../../core/drafting/format-setting";
import { PLANNED_KEY, plannedText, readPlannedDate, type PlannedDate } from "../../core/drafting/planned-date";
import { dayAfter, dayDate, dayKey, type DayKey, type WeekStart } from "../../core/calendar/calendar-day";
import type { CalendarInput } from "../../core/calendar/calendar-entries";
import { freeSlots } from "../../core/calendar/free-slots";
import { dateLocale } from "../../core/i18n/date-locale";
import { baseNameOf } from "../../core/note/link-target";
import { propertyOf } from "../../core/note/property-of";
import { comparableText } from "../../core/text/comparable-text";
import { dateFieldText, type DateFieldOptions } from "../../core/text/date-field";
import { FrontmatterEditError } from "../../core/writer/frontmatter-edit-error";
import { readFrontmatter } from "../../core/writer/read-frontmatter";
import { removeFrontmatterProperty } from "../../core/writer/remove-frontmatter-property";
import { NoteGoneError, type NoteEdit } from "../shared/note-writer";
import type { Studio } from "../shared/studio";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import { noticeTitle, type BoardActions } from "../pipeline/board-actions";
import type { Drafting } from "../drafting/drafting";
import { noticeWithButton } from "../shared/notice-with-button";
import { describeError } from "../shared/describe-error";

/** Where a missing `planned` goes: right below the draft's status. */
const PLANNED_PLACE: Readonly<Record<string, string>> = { [PLANNED_KEY]: "status" };

/** How many free days the plan dialog offers. */
const FREE_SLOTS = 5;

/**
 * Planning over the vault: the calendar's drafts, a draft's planned date set (the plan dialog) or moved to
 * another day (the calendar's drag, keys and menu), each the minimal edit of `planned` through the
 * NoteWriter with a Notice that offers Undo, and a draft made for a free slot of the calendar.
 */
export class Planning {
	/** The last plan's Notice: a new one replaces it rather than piling up over the calendar. */
	private notice: Notice | null = null;

	constructor(
		private readonly app: App,
		private readonly studio: Studio,
		private readonly pipeline: IdeaPipeline,
		private readonly actions: BoardActions,
		readonly drafting: Drafting,
		/** The clock: today for the calendar, the overdue drafts and the free days. */
		readonly now: () => Date = () => new Date(),
	) {}

	private get t() {
		return this.studio.translate;
	}

	/** The writer's today. */
	today(): DayKey {
		return dayKey(this.now());
	}

	/** The first day of the week in the writer's language: Monday in French. */
	weekStartsOn(): WeekStart {
		return dateLocale(this.studio.language).options?.weekStartsOn ?? 0;
	}

	/** What the calendar is drawn from, now. */
	calendarInput(): CalendarInput {
		return { drafts: this.studio.drafts.all(), formats: this.studio.settings.formats, labels: this.studio.labels, ideaWords: (draft) => this.ideaWords(draft), today: this.today() };
	}

	get rhythm(): Readonly<Record<string, number>> {
		return this.studio.settings.rhythm;
	}

	/** The draft at `path`, as the index last read it. */
	draft(path: string): Draft | undefined {
		return this.studio.drafts.get(path);
	}

	/** The words of a draft's idea: its idea note's title, else its link as written, else the draft's name. */
	ideaWords(draft: Draft): string {
		return draftIdeaWords(draft, (path) => this.pipeline.idea(path)?.title ?? null);
	}

	/** What a Notice and a dialog call a draft: its idea's words and its format's name. */
	titleOf(draft: Draft): string {
		return draftLabel(draft, this.ideaWords(draft), this.studio.labels);
	}

	/** The channel a draft is published on, as stored. */
	channelOf(draft: Draft): string | null {
		return channelOf(draft, this.studio.settings.formats);
	}

	/** The next free days of the draft's channel (its rhythm's empty slots when it has one), its own day left free. */
	freeDays(draft: Draft): DayKey[] {
		const channel = this.channelOf(draft);
		if (channel === null) return [];
		return freeSlots(this.calendarInput(), channel, { rhythm: this.rhythm, weekStartsOn: this.weekStartsOn(), count: FREE_SLOTS, except: draft.path });
	}

	/** How the plan dialog reads a date: the writer's date format and ISO, a time allowed. */
	dateField(): DateFieldOptions {
		return { pattern: this.studio.settings.dateFormat, time: true, locale: dateLocale(this.studio.language) };
	}

	/** A planned date as the plan dialog's field shows it: in the writer's date format when it reads back. */
	fieldText(planned: PlannedDate): string {
		return dateFieldText(planned, this.dateField());
	}

	/** A day as the calendar and its Notices say it: `mardi 8 décembre 2026`, with its time when it has one. */
	dayText(day: DayKey, time: string | null = null): string {
		const date = dayDate(day);
		if (time !== null) {
			const [hours, minutes] = time.split(":").map(Number);
			date.setHours(hours ?? 0, minutes ?? 0);
		}
		return format(date, time === null ? "PPPP" : "PPPPp", { locale: dateLocale(this.studio.language) });
	}

	/** A short day, for a slot button: `mar. 8 déc.`, `Tue, Dec 8`. */
	shortDayText(day: DayKey): string {
		return format(dayDate(day), this.studio.language === "fr" ? "EEE d MMM" : "EEE, MMM d", { locale: dateLocale(this.studio.language) });
	}

	/** A day of the month without its year, as a week's column heads it: `8 déc.`, `Dec 8`. */
	monthDayText(day: DayKey): string {
		return format(dayDate(day), this.studio.language === "fr" ? "d MMM" : "MMM d", { locale: dateLocale(this.studio.language) });
	}

	/** A planned time as the writer's language says it: `09:30`, `9:30 AM`. */
	timeText(time: string): string {
		const [hours, minutes] = time.split(":").map(Number);
		return format(new Date(2000, 0, 1, hours ?? 0, minutes ?? 0), "p", { locale: dateLocale(this.studio.language) });
	}

	/**
	 * Plans the draft at `path` for `planned`, when its `planned` property still says what the writer was
	 * shown (`seen`): the minimal edit, with a Notice that offers Undo. False, with a Notice saying why
	 * (nothing written), when it cannot be.
	 */
	async plan(path: string, planned: PlannedDate, seen: PlannedDate | null): Promise<boolean> {
		const draft = this.draft(path);
		const file = this.app.vault.getFileByPath(path);
		const title = noticeTitle(draft ? this.titleOf(draft) : baseNameOf(path));
		if (!file) {
			new Notice(this.t("notice.planFailed", { title, error: this.t("notice.noteGone") }));
			return false;
		}
		const stillAsSeen = (properties: Record<string, unknown>): boolean => samePlanned(readPlannedDate(propertyOf(properties, PLANNED_KEY)), seen);
		const writer = this.pipeline.writer;
		try {
			const edit = await writer.setProperties(file, [[PLANNED_KEY, plannedText(planned)]], { after: PLANNED_PLACE, stillAsSeen });
			this.notice?.hide();
			this.notice = noticeWithButton(this.t("notice.planned", { title, date: this.dayText(planned.day, planned.time) }), this.t("common.undo"), () => void this.undo(file, { kind: "properties", edit }, title));
			return true;
		} catch (error) {
			new Notice(this.t("notice.planFailed", { title, error: this.actions.describeError(error) }));
			return false;
		}
	}

	/**
	 * Takes the draft's `planned` date out, when it still says what the writer was shown (`seen`): its line alone,
	 * with a Notice that offers Undo. False, with a Notice saying why (nothing written), when it cannot be.
	 */
	async unplan(path: string, seen: PlannedDate | null): Promise<boolean> {
		const draft = this.draft(path);
		const file = this.app.vault.getFileByPath(path);
		const title = noticeTitle(draft ? this.titleOf(draft) : baseNameOf(path));
		try {
			if (!file) throw new NoteGoneError(path);
			const edit = await this.pipeline.writer.edit(file, (text) => {
				if (!samePlanned(readPlannedDate(propertyOf(readFrontmatter(text, parseYaml).properties, PLANNED_KEY)), seen)) throw new FrontmatterEditError("changedSince");
				return removeFrontmatterProperty(text, PLANNED_KEY, parseYaml);
			});
			this.notice?.hide();
			this.notice = edit === null ? new Notice(this.t("notice.unplanned", { title })) : noticeWithButton(this.t("notice.unplanned", { title }), this.t("common.undo"), () => void this.undo(file, { kind: "text", edit }, title));
			return true;
		} catch (error) {
			new Notice(this.t("notice.unplanFailed", { title, error: this.actions.describeError(error) }));
			return false;
		}
	}

	/** Moves a planned draft to another day, keeping its time. False when it was not written (a Notice says why). */
	move(path: string, toDay: DayKey): Promise<boolean> {
		const planned = this.draft(path)?.planned ?? null;
		if (planned === null || planned.day === toDay) return Promise.resolve(false);
		return this.plan(path, { day: toDay, time: planned.time }, planned);
	}

	/** The day `days` after a draft's planned day, or null when it is not planned. */
	shifted(path: string, days: number): DayKey | null {
		const planned = this.draft(path)?.planned ?? null;
		return planned === null ? null : dayAfter(planned.day, days);
	}

	private async undo(file: TFile, edit: NoteEdit, title: string): Promise<void> {
		try {
			await this.pipeline.writer.undo(file, edit);
			this.notice?.hide();
			this.notice = new Notice(this.t("notice.noteEditUndone", { title }));
		} catch (error) {
			new Notice(this.t("notice.noteUndoFailed", { title, error: describeError(error, this.t) }));
		}
	}

	/** The formats published on `channel` (case aside), in the order of the setting. */
	formatsOf(channel: string): FormatSetting[] {
		const key = comparableText(channel);
		return this.studio.settings.formats.filter((format) => comparableText(format.channel) === key);
	}

	/** Drafts an idea in `format`, planned for `day`: the drafting command's path, with the day written in the new draft. */
	draftFor(ideaPath: string, format: FormatSetting, day: DayKey): Promise<TFile | null> {
		return this.drafting.draftFromIdea(ideaPath, format, "", day);
	}
}

/** Whether two planned dates are the same day and time (or both none). */
function samePlanned(a: PlannedDate | null, b: PlannedDate | null): boolean {
	return a === null ? b === null : b !== null && a.day === b.day && a.time === b.time;
}
