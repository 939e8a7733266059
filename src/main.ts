import { Plugin } from "obsidian";
import { Studio } from "./obsidian/shared/studio";
import { StudioSettingTab } from "./obsidian/settings/studio-setting-tab";
import { obsidianLanguage } from "./obsidian/shared/obsidian-language";
import { IdeaPipeline } from "./obsidian/pipeline/idea-pipeline";
import { BoardActions } from "./obsidian/pipeline/board-actions";
import { PipelineView, PIPELINE_VIEW_TYPE } from "./obsidian/pipeline/pipeline-view";
import { openPipelineView } from "./obsidian/pipeline/open-pipeline-view";
import { registerCommands } from "./obsidian/pipeline/register-pipeline-commands";
import type { BoardPlace } from "./core/pipeline/board-layout";
import { TemplateLibrary } from "./obsidian/templates/template-library";
import { NoteWriter } from "./obsidian/shared/note-writer";
import { registerTemplateCommands } from "./obsidian/templates/register-template-commands";
import { registerDraftingCommands, pickFormatAndDraft } from "./obsidian/drafting/register-drafting-commands";
import { Drafting } from "./obsidian/drafting/drafting";
import { DRAFT_TEMPLATES, STRATEGY_TEMPLATE } from "./core/drafting/draft-templates";
import { BrandIdeas } from "./obsidian/brand/brand-ideas";
import { FrameworkView, FRAMEWORK_VIEW_TYPE } from "./obsidian/brand/framework-view";
import { registerBrandCommands } from "./obsidian/brand/register-brand-commands";
import { openFrameworkBoard } from "./obsidian/brand/open-framework-board";
import { pickBrandIdeaAndTie, registerTieCommand } from "./obsidian/brand/tie-to-brand-idea";
import { READING_TEMPLATES } from "./core/reading/reading-templates";
import { Reading } from "./obsidian/reading/reading";
import { registerReadingCommands } from "./obsidian/reading/register-reading-commands";
import { ReadingView, READING_VIEW_TYPE, openReadingView } from "./obsidian/reading/reading-view";
import { registerStats } from "./obsidian/stats/register-stats";
import { registerReuse } from "./obsidian/reuse/register-reuse";
import { PostText } from "./obsidian/channel-text/post-text";
import { registerChannelText } from "./obsidian/channel-text/register-channel-text";
import { Results } from "./obsidian/results/results";
import { registerResultsCommands } from "./obsidian/results/register-results-commands";
import { Planning } from "./obsidian/calendar/planning";
import { registerCalendar } from "./obsidian/calendar/register-calendar";
import { registerBasesPipeline } from "./obsidian/bases/register-bases-pipeline";
import { WeeklyReviews } from "./obsidian/review/weekly-reviews";
import { registerReview } from "./obsidian/review/register-review";
import { afterNextPaint } from "./obsidian/shared/after-next-paint";

/** Lifecycle only: the parts are built in src/core (pure) and src/obsidian (glue). */
export default class ThoughtLeadershipStudioPlugin extends Plugin {
	private studio: Studio | null = null;

	async onload(): Promise<void> {
		const language = obsidianLanguage();
		const studio = await Studio.load(this.app, this.manifest, this, language);
		this.studio = studio;
		const writer = new NoteWriter(this.app);
		const pipeline = new IdeaPipeline(this.app, studio, writer);
		const actions = new BoardActions(this.app, pipeline, studio.translate);
		const openPipeline = (place?: BoardPlace): Promise<void> => openPipelineView(this.app, place);

		const templates = new TemplateLibrary(this.app, writer, () => studio.settings.templatesFolder, language);
		templates.register([...DRAFT_TEMPLATES, STRATEGY_TEMPLATE, ...READING_TEMPLATES]);
		const reading = new Reading(this.app, studio, pipeline, actions, templates);
		const drafting = new Drafting(this.app, studio, pipeline, actions, templates);
		const postText = new PostText(this.app, studio, drafting);
		const results = new Results(this.app, studio, drafting, writer);
		const draftAt = (path: string) => drafting.draft(this.app.vault.getFileByPath(path));
		const calendar = registerCalendar(this, studio, new Planning(this.app, studio, pipeline, actions, drafting), pipeline);
		const draftActions = {
			plan: (path: string) => calendar.planDraft(path),
			copyPostText: (path: string) => {
				const draft = draftAt(path);
				if (draft) void postText.copy(draft);
			},
			recordResults: (path: string) => {
				const draft = results.published(this.app.vault.getFileByPath(path));
				if (draft) results.openRecord(draft);
			},
		};
		const brands = new BrandIdeas(this.app, studio, writer, templates, (stop) => this.register(stop), () => reading.unharvestedCounter());
		this.registerView(
			PIPELINE_VIEW_TYPE,
			(leaf) =>
				new PipelineView(
					leaf,
					studio,
					pipeline,
					actions,
					(path) => pickFormatAndDraft(this, drafting, studio.translate, path),
					() => void openFrameworkBoard(this.app, null),
					reading,
					(path) => pickBrandIdeaAndTie(this.app, studio, brands, path),
					draftActions,
				),
		);
		registerBasesPipeline(this, {
			studio,
			pipeline,
			actions,
			writer,
			draftFromCard: (path) => pickFormatAndDraft(this, drafting, studio.translate, path),
			tieToBrandIdea: (path) => pickBrandIdeaAndTie(this.app, studio, brands, path),
			draftActions,
		});
		this.registerView(FRAMEWORK_VIEW_TYPE, (leaf) => new FrameworkView(leaf, studio, brands, (target) => reading.openBookModal({ title: target }, true)));
		this.registerView(READING_VIEW_TYPE, (leaf) => new ReadingView(leaf, studio, pipeline, reading));
		this.registerHoverLinkSource(PIPELINE_VIEW_TYPE, { display: studio.translate("view.title"), defaultMod: true });
		this.addRibbonIcon("lightbulb", studio.translate("command.openPipeline"), () => void openPipeline());
		registerCommands({ plugin: this, studio, pipeline, actions, openPipeline });
		registerTemplateCommands(this, templates, studio.translate);
		registerDraftingCommands(this, drafting, studio);
		registerChannelText(this, studio, drafting, postText);
		registerResultsCommands(this, studio, results);
		registerBrandCommands(this, studio, brands);
		registerTieCommand(this, studio, brands);
		registerReadingCommands(this, reading, studio, () => openReadingView(this.app));
		registerStats(this, studio, pipeline);
		registerReuse(this, studio, pipeline, drafting, brands);
		registerReview(this, studio, new WeeklyReviews(this.app, studio, pipeline), {
			draft: (path) => pickFormatAndDraft(this, drafting, studio.translate, path),
			move: (path, key, title) => void actions.move(path, key, title),
		});
		this.addSettingTab(new StudioSettingTab(this.app, this, studio));
		// Indexing waits for the layout so it never slows Obsidian's start, and for the views drawn meanwhile (the board
		// of the last start) to be painted.
		this.app.workspace.onLayoutReady(() => {
			this.register(afterNextPaint(() => void studio.start()));
		});
	}

	onunload(): void {
		this.studio?.stop();
	}

	/** data.json changed on disk, e.g. synced from another device. */
	async onExternalSettingsChange(): Promise<void> {
		await this.studio?.reloadSettings();
	}
}
