import { Plugin } from "obsidian";
import { migrateSettings } from "./core/settings/studio-settings";
import { Studio } from "./obsidian/studio";
import { StudioSettingTab } from "./obsidian/studio-setting-tab";
import { obsidianLanguage } from "./obsidian/obsidian-language";

/** Lifecycle only: the parts are built in src/core (pure) and src/obsidian (glue). */
export default class ThoughtLeadershipStudioPlugin extends Plugin {
	private studio: Studio | null = null;

	async onload(): Promise<void> {
		const settings = migrateSettings(await this.loadData());
		const studio = new Studio(this.app, this.manifest, this, settings, obsidianLanguage());
		this.studio = studio;
		this.addSettingTab(new StudioSettingTab(this.app, this, studio));
		// Indexing waits for the layout so it never slows Obsidian's start.
		this.app.workspace.onLayoutReady(() => {
			void studio.start();
		});
	}

	onunload(): void {
		this.studio?.stop();
		void this.studio?.index.saveCache();
	}

	/** data.json changed on disk, e.g. synced from another device. */
	async onExternalSettingsChange(): Promise<void> {
		await this.studio?.reloadSettings();
	}
}
