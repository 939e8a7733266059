import { debounce, normalizePath, type App, type PluginManifest } from "obsidian";
import { NoteIndex } from "../../core/index/note-index";
import { translator, type Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import { migrateSettings, type StudioSettings } from "../../core/settings/studio-settings";
import { ObsidianNoteSource, type EventRegistrar } from "../index/obsidian-note-source";
import { IndexedDbCacheStore } from "../index/indexed-db-cache-store";
import { STUDIO_EXTRACTORS } from "../../core/studio-extractors";
import { DraftLedger } from "../../core/drafting/draft-ledger";

/** Where settings live: the plugin's `loadData`/`saveData`. */
export interface SettingsStorage {
	loadData(): Promise<unknown>;
	saveData(data: unknown): Promise<void>;
}

/** What the plugin gives the studio: its data, and `registerEvent` so that every vault event is removed at unload. */
export type PluginHost = SettingsStorage & EventRegistrar;

/** Where versions up to 0.1.0 kept the index cache, a file the sync services copied: removed once it is found. */
const OLD_CACHE_FILE = "index-cache.json";

function warn(message: string, error?: unknown): void {
	console.warn(`Thought Leadership Studio: ${message}`, error);
}

/**
 * The running plugin's shared state, handed to views, commands and the settings tab:
 * settings, language, and the index over the vault. Created in onload, started once the layout is ready.
 */
export class Studio {
	settings: StudioSettings;
	readonly index: NoteIndex;
	/** The vault's drafts, kept from the index. */
	readonly drafts: DraftLedger;
	readonly translate: Translate;
	/** The plugin's id, which Obsidian names its settings tab by. */
	readonly pluginId: string;
	private readonly settingsListeners = new Set<() => void>();
	private readonly saveCacheSoon = debounce(() => void this.index.saveCache(), 5000, true);
	private readonly rebuildSoon = debounce(() => void this.index.setSettings(this.indexSettings()), 800, true);
	private stopSavingCache: (() => void) | null = null;
	private readonly cache: IndexedDbCacheStore;
	private readonly pluginDir: string;
	private built = false;
	private stopped = false;
	private markReady: () => void = () => undefined;
	/** Resolves once the first full pass over the vault is done. */
	readonly ready: Promise<void> = new Promise((resolve) => (this.markReady = resolve));

	constructor(
		readonly app: App,
		manifest: PluginManifest,
		private readonly storage: PluginHost,
		settings: StudioSettings,
		readonly language: Language,
	) {
		this.settings = settings;
		this.translate = translator(language);
		this.pluginId = manifest.id;
		this.pluginDir = manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`;
		this.cache = new IndexedDbCacheStore(app);
		this.index = new NoteIndex({
			source: new ObsidianNoteSource(app, storage),
			settings: this.indexSettings(),
			translate: this.translate,
			pluginVersion: manifest.version,
			cache: this.cache,
			yieldToMain: () => new Promise((resolve) => window.setTimeout(resolve, 0)),
			onWarning: warn,
			extractors: STUDIO_EXTRACTORS,
		});
		this.drafts = new DraftLedger(this.index);
	}

	/**
	 * Builds the index and follows the vault; called after the workspace layout is ready. Never leaves the
	 * board reading forever: whatever happens to the pass, the studio is ready after it. Does nothing after {@link stop}.
	 */
	async start(): Promise<void> {
		if (this.stopped) return;
		this.index.start();
		this.stopSavingCache = this.index.onChange(() => this.saveCacheSoon());
		void this.removeOldCacheFile();
		try {
			await this.index.build();
		} catch (error) {
			warn("the first pass over the vault failed; the board shows what was read", error);
		} finally {
			this.built = true;
			this.markReady();
		}
	}

	/** The cache file of earlier versions, in the plugin folder: only ever the plugin's own file. */
	private async removeOldCacheFile(): Promise<void> {
		const path = normalizePath(`${this.pluginDir}/${OLD_CACHE_FILE}`);
		try {
			if (await this.app.vault.adapter.exists(path)) await this.app.vault.adapter.remove(path);
		} catch (error) {
			warn(`could not remove the old cache file ${path}`, error);
		}
	}

	/** Whether the first full pass over the vault is done: until then the board says it is reading. */
	isReady(): boolean {
		return this.built;
	}

	/** Stops following the vault, and saves the cache before its database is closed. */
	stop(): void {
		this.stopped = true;
		this.index.stop();
		this.drafts.stop();
		void this.index.saveCache().finally(() => this.cache.close());
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
