import { debounce, type App, type PluginManifest } from "obsidian";
import { NoteIndex } from "../core/index/note-index";
import { translator, type Translate } from "../core/i18n/translator";
import type { Language } from "../core/i18n/language";
import { migrateSettings, type StudioSettings } from "../core/settings/studio-settings";
import { ObsidianNoteSource } from "./obsidian-note-source";
import { PluginCacheStore } from "./plugin-cache-store";

/** Where settings live: the plugin's `loadData`/`saveData`. */
export interface SettingsStorage {
	loadData(): Promise<unknown>;
	saveData(data: unknown): Promise<void>;
}

/**
 * The running plugin's shared state, handed to views, commands and the settings tab:
 * settings, language, and the index over the vault. Created in onload, started once the layout is ready.
 */
export class Studio {
	settings: StudioSettings;
	readonly index: NoteIndex;
	readonly translate: Translate;
	private readonly settingsListeners = new Set<() => void>();
	private readonly saveCacheSoon = debounce(() => void this.index.saveCache().catch((error) => console.warn("Thought Leadership Studio: could not save the index cache", error)), 5000, true);
	private readonly rebuildSoon = debounce(() => void this.index.setSettings(this.indexSettings()), 800, true);
	private stopSavingCache: (() => void) | null = null;
	private built = false;
	private markReady: () => void = () => undefined;
	/** Resolves once the first full pass over the vault is done. */
	readonly ready: Promise<void> = new Promise((resolve) => (this.markReady = resolve));

	constructor(
		readonly app: App,
		manifest: PluginManifest,
		private readonly storage: SettingsStorage,
		settings: StudioSettings,
		readonly language: Language,
	) {
		this.settings = settings;
		this.translate = translator(language);
		this.index = new NoteIndex({
			source: new ObsidianNoteSource(app),
			settings: this.indexSettings(),
			translate: this.translate,
			pluginVersion: manifest.version,
			cache: new PluginCacheStore(app.vault.adapter, manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`),
			yieldToMain: () => new Promise((resolve) => window.setTimeout(resolve, 0)),
		});
	}

	/** Builds the index and follows the vault; called after the workspace layout is ready. */
	async start(): Promise<void> {
		this.index.start();
		this.stopSavingCache = this.index.onChange(() => this.saveCacheSoon());
		await this.index.build();
		this.built = true;
		this.markReady();
	}

	/** Whether the first full pass over the vault is done: until then the board says it is reading. */
	isReady(): boolean {
		return this.built;
	}

	stop(): void {
		this.index.stop();
		this.stopSavingCache?.();
		this.saveCacheSoon.cancel();
		this.rebuildSoon.cancel();
	}

	/** Saves new settings and brings the index in line with them. */
	async updateSettings(change: Partial<StudioSettings>): Promise<void> {
		this.settings = migrateSettings({ ...this.settings, ...change }, this.language);
		await this.storage.saveData(this.settings);
		this.afterSettingsChange();
	}

	/** Settings changed on disk (sync from another device): take them as they are. */
	async reloadSettings(): Promise<void> {
		this.settings = migrateSettings(await this.storage.loadData(), this.language);
		this.afterSettingsChange();
	}

	onSettingsChange(listener: () => void): () => void {
		this.settingsListeners.add(listener);
		return () => this.settingsListeners.delete(listener);
	}

	private afterSettingsChange(): void {
		this.rebuildSoon();
		for (const listener of this.settingsListeners) listener();
	}

	private indexSettings(): { watchedTags: string[]; ideaHeadings: string[] } {
		return { watchedTags: this.settings.watchedTags, ideaHeadings: this.settings.ideaHeadings };
	}
}
