import { Notice, TFile, type App } from "obsidian";
import { format as formatDate } from "date-fns";
import type { FormatSetting } from "../../core/drafting/format-setting";
import type { BuiltInTemplate } from "../../core/templates/built-in-template";
import type { TemplateClock, TemplateValues } from "../../core/templates/fill-template";
import { draftBody, renderDraftNote } from "../../core/drafting/draft-note";
import { draftValues } from "../../core/drafting/draft-values";
import { draftBaseName } from "../../core/drafting/draft-name";
import { advancedStage, nextStageKey } from "../../core/drafting/stage-advance";
import { formatsInOrder } from "../../core/drafting/format-order";
import { reinvestBody } from "../../core/drafting/reinvest-body";
import { renderStrategyNote } from "../../core/drafting/strategy-note";
import { STRATEGY_TEMPLATE } from "../../core/drafting/draft-templates";
import type { Idea } from "../../core/pipeline/idea";
import { baseNameOf, sourceTargetOf } from "../../core/note/link-target";
import { dateLocale } from "../../core/i18n/date-locale";
import { channelKey } from "../../core/i18n/labels";
import { toFileName } from "../../core/writer/file-name";
import { displayText } from "../../core/text/display-text";
import { listText } from "../../core/text/list-text";
import { dateFieldText, type DateFieldOptions } from "../../core/text/date-field";
import type { Studio } from "../shared/studio";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import { noticeTitle, type BoardActions } from "../pipeline/board-actions";
import type { TemplateLibrary } from "../templates/template-library";
import type { Publication } from "./publish-modal";
import { OneAtATime } from "../shared/one-at-a-time";
import { noticeWithButton } from "../shared/notice-with-button";
import { describeError } from "../shared/describe-error";

/** The stage a re-invested idea moves to. */
const REINVEST_STAGE = "re-invest";

/** A format added by the writer without a template of its own: the idea's words and text, to start from. */
const PLAIN_TEMPLATE = "# {{title}}\n\n{{idea}}\n";

/** The idea a draft is made for: its words, its note (null when not found) and the idea read from it. */
interface DraftOrigin {
	ideaText: string;
	ideaFile: TFile | null;
	idea: Idea | null;
}

/** A draft note as the commands see it: its properties, read from Obsidian's metadata cache. */
export interface DraftNote {
	file: TFile;
	/** Link text of its `idea` property (`Idées/Mon idée`), or null. */
	ideaTarget: string | null;
	formatKey: string | null;
	channel: string | null;
}

/**
 * Drafting over the vault: a draft from an idea in a format, a re-invested draft, a draft marked
 * published, a strategy note. Every note is created through the NoteWriter under a free name, one
 * create at a time for the same idea, draft or note; ideas move forward through BoardActions (same
 * minimal edit and Undo as a board move).
 */
export class Drafting {
	private readonly creating = new OneAtATime();

	constructor(
		private readonly app: App,
		private readonly studio: Studio,
		private readonly pipeline: IdeaPipeline,
		private readonly actions: BoardActions,
		private readonly templates: TemplateLibrary,
		/** The clock: today for the publish dialog, `created` of new notes. */
		readonly now: () => Date = () => new Date(),
	) {}

	private get t() {
		return this.studio.translate;
	}

	formatName(format: FormatSetting): string {
		return this.studio.labels.format(format.key);
	}

	/** The channel and stage of a format, as the picker shows them, in the writer's language. */
	formatDetail(format: FormatSetting): string {
		return this.t("draft.formatDetail", { channel: this.studio.labels.channel(format.channel), stage: this.pipeline.stageLabel(format.stage) });
	}

	/** The idea at `path`, or null when it is not an idea note. */
	idea(path: string): Idea | null {
		return this.pipeline.idea(path);
	}

	/** The formats for drafting from an idea: those of its next stage first. */
	formatsFor(idea: Idea): FormatSetting[] {
		return formatsInOrder(this.studio.settings.formats, nextStageKey(this.pipeline.stages, idea.status));
	}

	/** The formats a draft can be re-invested in: every other one. */
	formatsBesides(draft: DraftNote): FormatSetting[] {
		return this.studio.settings.formats.filter((format) => format.key !== draft.formatKey);
	}

	/** The note as a draft (its `type` is `draft`), or null. */
	draft(file: TFile | null): DraftNote | null {
		if (!file || file.extension !== "md") return null;
		const properties = this.app.metadataCache.getFileCache(file)?.frontmatter;
		if (!properties || String(properties.type ?? "").trim().toLowerCase() !== "draft") return null;
		const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
		return { file, ideaTarget: sourceTargetOf(properties.idea), formatKey: text(properties.format), channel: text(properties.channel) };
	}

	/**
	 * Creates a draft of `idea` in `format` (planned for `planned`, a day of the calendar, when given), opens
	 * it in a new tab and moves the idea forward to the format's stage when it is earlier (never backwards).
	 * Null, with a Notice saying why, when it cannot be written.
	 */
	async draftFromIdea(ideaPath: string, format: FormatSetting, selection = "", planned: string | null = null): Promise<TFile | null> {
		const idea = this.pipeline.idea(ideaPath);
		const ideaFile = this.app.vault.getFileByPath(ideaPath);
		if (!idea || !ideaFile) {
			new Notice(this.t("notice.draftFailed", { error: this.t("notice.noteGone") }));
			return null;
		}
		const draft = await this.once(`draft:${ideaPath}:${format.key}`, format, idea.text, () => this.create(format, { ideaText: idea.text, ideaFile, idea, reinvestedFrom: null, after: undefined, selection, planned }));
		if (!draft) return null;
		await this.advance(idea, format.stage);
		return draft;
	}

	/**
	 * Creates a draft in `format` for the same idea as `source`: the new template filled as for a fresh
	 * draft, then what the writer wrote in the source draft (its template's guidance, the lines its template
	 * put there and the headings left empty stay behind) under a heading that links it; `reinvested-from`
	 * links it too. The idea moves to
	 * Re-Invest. An idea the draft's link does not find (renamed without its links updated,
	 * deleted) is linked as written and not moved, with a Notice saying so.
	 */
	async reinvest(source: DraftNote, format: FormatSetting): Promise<TFile | null> {
		const ideaFile = source.ideaTarget === null ? null : this.app.metadataCache.getFirstLinkpathDest(source.ideaTarget, source.file.path);
		const idea = ideaFile ? this.pipeline.idea(ideaFile.path) : null;
		const sourceText = await this.app.vault.cachedRead(source.file);
		const folder = this.studio.settings.draftsFolder;
		const ideaText = idea?.text ?? baseNameOf(source.ideaTarget ?? source.file.basename);
		const sourceTemplate = await this.sourceTemplate(source, { ideaText, ideaFile: idea ? ideaFile : null, idea });
		const after = reinvestBody(sourceText, this.app.metadataCache.fileToLinktext(source.file, `${folder}/x.md`, true), this.t("draft.reinvestHeading"), sourceTemplate);
		const draft = await this.once(`reinvest:${source.file.path}:${format.key}`, format, ideaText, () =>
			this.create(format, { ideaText, ideaFile: idea ? ideaFile : null, idea, reinvestedFrom: source.file, after, selection: "", ideaTarget: source.ideaTarget }),
		);
		if (!draft) return null;
		if (idea) await this.advance(idea, REINVEST_STAGE);
		else new Notice(this.t("notice.draftIdeaMissing", { link: source.ideaTarget ?? "—" }));
		return draft;
	}

	/**
	 * What the writer reads for a draft: its idea's own words and its format's name (`Le doute :
	 * « la » méthode — Post LinkedIn`), since the file name had to drop the colon; the file name
	 * when its idea or format is not found.
	 */
	draftTitle(draft: DraftNote): string {
		const ideaFile = draft.ideaTarget === null ? null : this.app.metadataCache.getFirstLinkpathDest(draft.ideaTarget, draft.file.path);
		const idea = ideaFile ? this.pipeline.idea(ideaFile.path) : null;
		const format = this.studio.settings.formats.find((f) => f.key === draft.formatKey);
		return idea && format ? `${idea.title} — ${this.formatName(format)}` : draft.file.basename;
	}

	/** The channel the publish dialog proposes, as the writer reads it: the draft's, else its format's (`Site web` for `Website`). */
	defaultChannel(draft: DraftNote): string {
		return this.studio.labels.channel(this.storedChannel(draft));
	}

	/** The draft's channel as stored, else its format's. */
	private storedChannel(draft: DraftNote): string {
		return draft.channel ?? this.studio.settings.formats.find((format) => format.key === draft.formatKey)?.channel ?? "";
	}

	/** How the writer's date fields read dates: their date format (and ISO), in their language. */
	dateField(): DateFieldOptions {
		return { pattern: this.studio.settings.dateFormat, time: false, locale: dateLocale(this.studio.language) };
	}

	/** Today, as the publish dialog's date field starts: in the writer's date format when it reads back. */
	todayText(): string {
		return dateFieldText({ day: formatDate(this.now(), "yyyy-MM-dd"), time: null }, this.dateField());
	}

	/**
	 * Writes `url` (when given), `published`, `channel` (when changed) and `status: published` in one edit,
	 * all or none; the Notice says what was written and offers to undo it as a whole. False, with a Notice
	 * saying why (nothing written), when the edit is refused.
	 */
	async markPublished(draft: DraftNote, publication: Publication): Promise<boolean> {
		const title = noticeTitle(this.draftTitle(draft));
		const stored = this.storedChannel(draft);
		// The proposed channel left as shown (`Site web`) is the one stored (`Website`): nothing to write for it.
		const channel = publication.channel !== "" && channelKey(publication.channel) === channelKey(stored) ? stored : publication.channel;
		const values: [string, string][] = [];
		if (publication.url !== null) values.push(["url", publication.url]);
		values.push(["published", publication.date]);
		if (channel !== "" && channel !== draft.channel) values.push(["channel", channel]);
		values.push(["status", "published"]);
		const writer = this.pipeline.writer;
		try {
			const edit = await writer.setProperties(draft.file, values);
			const written = listText(edit.edits.map((one) => one.key), this.studio.language);
			noticeWithButton(this.t("notice.published", { title, channel: this.studio.labels.channel(channel || stored), properties: written, count: edit.edits.length }), this.t("common.undo"), () => {
				void writer.undo(draft.file, { kind: "properties", edit }).then(
					() => new Notice(this.t("notice.noteEditUndone", { title })),
					(error: unknown) => new Notice(this.t("notice.noteUndoFailed", { title, error: describeError(error, this.t) })),
				);
			});
			return true;
		} catch (error) {
			new Notice(this.t("notice.publishFailed", { title, error: this.actions.describeError(error) }));
			return false;
		}
	}

	/** Creates a strategy note in the strategy folder (the vault's root when it is empty), from the strategy template (the writer's own when there is one), and opens it. */
	async newStrategy(): Promise<TFile | null> {
		const name = STRATEGY_TEMPLATE.names[this.studio.language];
		try {
			return await this.creating.run("strategy", name, async () => {
				const settings = this.studio.settings;
				const text = renderStrategyNote(await this.templates.text(STRATEGY_TEMPLATE), this.now(), settings.dateFormat, dateLocale(this.studio.language), this.clock());
				const file = await this.pipeline.writer.createNote(settings.strategyFolder, toFileName(name), text);
				await this.app.workspace.getLeaf("tab").openFile(file, { active: true });
				new Notice(this.t("notice.strategyCreated", { name: noticeTitle(file.basename) }));
				return file;
			});
		} catch (error) {
			new Notice(this.t("notice.strategyFailed", { error: this.actions.describeError(error) }));
			return null;
		}
	}

	private clock(): TemplateClock {
		return { now: this.now(), locale: dateLocale(this.studio.language), dateFormat: "yyyy-MM-dd" };
	}

	/**
	 * The texts of the templates a draft of the format may come from: the one a new draft takes now (the
	 * writer's note in the templates folder, else the built-in one), and the built-in one in each language.
	 */
	async templateTexts(formatKey: string | null): Promise<string[]> {
		const format = this.studio.settings.formats.find((f) => f.key === formatKey) ?? (formatKey === null ? null : { key: formatKey, names: { en: formatKey, fr: formatKey }, channel: "", stage: "" });
		if (!format) return [];
		const template = this.template(format);
		let own: string | null = null;
		try {
			own = await this.templates.text(template);
		} catch {
			// A template whose aliases do not read: the built-in ones still tell the skeleton.
		}
		return [...new Set([...(own === null ? [] : [own]), template.text.fr, template.text.en])];
	}

	private template(format: FormatSetting): BuiltInTemplate {
		return this.templates.builtIns().find((template) => template.key === format.key) ?? { key: format.key, names: format.names, text: { en: PLAIN_TEMPLATE, fr: PLAIN_TEMPLATE } };
	}

	/** Runs `create` unless a create of the same `key` runs: a second one is refused, with a Notice saying why. */
	private async once(key: string, format: FormatSetting, ideaText: string, create: () => Promise<TFile | null>): Promise<TFile | null> {
		try {
			return await this.creating.run(key, noticeTitle(`${displayText(ideaText)} — ${this.formatName(format)}`), create);
		} catch (error) {
			new Notice(this.t("notice.draftFailed", { error: this.actions.describeError(error) }));
			return null;
		}
	}

	/** The values of `format`'s template for a draft of `from` at `here`, links written as Obsidian would from there. */
	private async values(format: FormatSetting, from: DraftOrigin, here: string, selection: string): Promise<TemplateValues> {
		const linkTo = (file: TFile): string => this.app.metadataCache.fileToLinktext(file, here, true);
		const source = from.idea?.sourcePath ? this.app.vault.getFileByPath(from.idea.sourcePath) : null;
		return draftValues({
			ideaText: from.ideaText,
			ideaNoteText: from.ideaFile ? await this.app.vault.cachedRead(from.ideaFile) : "",
			sourceLinkText: source ? linkTo(source) : (from.idea?.sourceTarget ?? null),
			formatName: this.formatName(format),
			channel: format.channel,
			selection,
		});
	}

	/**
	 * The text the source draft's template gave it, filled today for the same idea: what a re-invest leaves
	 * behind of the source draft. Null when its format is not in the settings any more or its template cannot be read.
	 */
	private async sourceTemplate(source: DraftNote, from: DraftOrigin): Promise<string | null> {
		const format = this.studio.settings.formats.find((f) => f.key === source.formatKey);
		if (!format) return null;
		try {
			return draftBody(await this.templates.text(this.template(format)), await this.values(format, from, source.file.path, ""), this.clock());
		} catch {
			// A template of the writer's that cannot be read: the source's comments and empty headings still stay behind.
			return null;
		}
	}

	private async create(format: FormatSetting, from: DraftOrigin & { reinvestedFrom: TFile | null; after: string | undefined; selection: string; ideaTarget?: string | null; planned?: string | null }): Promise<TFile | null> {
		const settings = this.studio.settings;
		const folder = settings.draftsFolder;
		const name = draftBaseName(from.ideaText, this.formatName(format));
		// Links are written as Obsidian would from a note in the drafts folder.
		const here = `${folder}/${name}.md`;
		const linkTo = (file: TFile): string => this.app.metadataCache.fileToLinktext(file, here, true);
		try {
			const text = renderDraftNote(
				{
					ideaLinkText: from.ideaFile ? linkTo(from.ideaFile) : (from.ideaTarget ?? from.ideaText),
					formatKey: format.key,
					channel: format.channel,
					created: this.now(),
					dateFormat: settings.dateFormat,
					locale: dateLocale(this.studio.language),
					reinvestedFrom: from.reinvestedFrom ? linkTo(from.reinvestedFrom) : null,
					template: await this.templates.text(this.template(format)),
					values: await this.values(format, from, here, from.selection),
					after: from.after,
					planned: from.planned ?? null,
				},
				this.clock(),
			);
			const file = await this.pipeline.writer.createNote(folder, name, text);
			await this.app.workspace.getLeaf("tab").openFile(file, { active: true });
			new Notice(this.t("notice.drafted", { name: noticeTitle(`${displayText(from.ideaText)} — ${this.formatName(format)}`) }));
			return file;
		} catch (error) {
			new Notice(this.t("notice.draftFailed", { error: this.actions.describeError(error) }));
			return null;
		}
	}

	private async advance(idea: Idea, stageKey: string): Promise<void> {
		const target = advancedStage(this.pipeline.stages, idea.status, stageKey);
		if (target !== null) await this.actions.move(idea.path, target, idea.title);
	}
}
