import { Plugin } from "obsidian";
import { migrateSettings } from "./core/settings/studio-settings";
import { Studio } from "./obsidian/studio";
import { StudioSettingTab } from "./obsidian/studio-setting-tab";
import { obsidianLanguage } from "./obsidian/obsidian-language";
import { IdeaPipeline } from "./obsidian/idea-pipeline";
import { BoardActions } from "./obsidian/board-actions";
import { PipelineView, PIPELINE_VIEW_TYPE } from "./obsidian/ui/pipeline-view";
import { openPipelineView } from "./obsidian/open-pipeline-view";
import { registerCommands } from "./obsidian/commands/register-commands";
import type { BoardPlace } from "./core/pipeline/board-layout";
import { TemplateLibrary } from "./obsidian/templates/template-library";
import { NoteWriter } from "./obsidian/note-writer";
import { registerTemplateCommands } from "./obsidian/commands/register-template-commands";
import { registerStats } from "./obsidian/stats/register-stats";

/** Lifecycle only: the parts are built in src/core (pure) and src/obsidian (glue). */
export default class ThoughtLeadershipStudioPlugin extends Plugin {
	private studio: Studio | null = null;

	async onload(): Promise<void> {
		const language = obsidianLanguage();
		const settings = migrateSettings(await this.loadData(), language);
		const studio = new Studio(this.app, this.manifest, this, settings, language);
		this.studio = studio;
		const pipeline = new IdeaPipeline(this.app, studio);
		const actions = new BoardActions(this.app, pipeline, studio.translate);
		const openPipeline = (place?: BoardPlace): Promise<void> => openPipelineView(this.app, place);

		this.registerView(PIPELINE_VIEW_TYPE, (leaf) => new PipelineView(leaf, studio, pipeline, actions));
		this.registerHoverLinkSource(PIPELINE_VIEW_TYPE, { display: studio.translate("view.title"), defaultMod: true });
		this.addRibbonIcon("lightbulb", studio.translate("command.openPipeline"), () => void openPipeline());
		const templates = new TemplateLibrary(this.app, new NoteWriter(this.app), () => studio.settings.templatesFolder, language);
		registerCommands({ plugin: this, studio, pipeline, actions, openPipeline });
		registerTemplateCommands(this, templates, studio.translate);
		registerStats(this, studio, pipeline);
		this.addSettingTab(new StudioSettingTab(this.app, this, studio));
		// Indexing waits for the layout so it never slows Obsidian's start.
		this.app.workspace.onLayoutReady(() => {
			void studio.start();
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
