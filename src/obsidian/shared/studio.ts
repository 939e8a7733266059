import { debounce, normalizePath, Notice, type App, type PluginManifest } from "obsidian";
import { NoteIndex } from "../../core/index/note-index";
import { translator, type Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import { migrateSettings, readSettings, type SettingsReading, type StudioSettings } from "../../core/settings/studio-settings";
import { settingsReport } from "../../core/settings/settings-report";
import { ObsidianNoteSource, type EventRegistrar } from "../index/obsidian-note-source";
import { IndexedDbCacheStore } from "../index/indexed-db-cache-store";
import { STUDIO_EXTRACTORS } from "../../core/studio-extractors";
import { DraftLedger } from "../../core/drafting/draft-ledger";
import { afterRename, DISMISSED_DATA_KEY, readDismissed, type DismissedItem } from "../../core/pipeline/dismissed-items";

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

/** What data.json holds: the settings, and beside them the Inbox items the writer dismissed. */
interface SavedData {
	reading: SettingsReading;
	dismissed: DismissedItem[];
}

/** Reads data.json, never rejecting: null when `loadData` throws (a file that does not parse), with a warning in the console. */
async function readSavedData(storage: SettingsStorage, language: Language, configDir: string): Promise<SavedData | null> {
	try {
		const data = await storage.loadData();
		return { reading: readSettings(data, language, configDir), dismissed: readDismissed(data) };
	} catch (error) {
		warn("data.json could not be read", error);
		return null;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The running plugin's shared state, handed to views, commands and the settings tab:
 * settings, language, and the index over the vault. Created in onload, started once the layout is ready.
 */
export class Studio {
	settings: StudioSettings;
	/**
	 * The Inbox items the writer dismissed, oldest first: kept in data.json beside the settings (not in them: they
	 * are the writer's data, not a setting), so that they stay out of the Inbox on every device the file syncs to.
	 */
	dismissed: readonly DismissedItem[] = [];
	readonly index: NoteIndex;
	/** The vault's drafts, kept from the index. */
	readonly drafts: DraftLedger;
	readonly translate: Translate;
	/** The plugin's id, which Obsidian names its settings tab by. */
	readonly pluginId: string;
	private readonly settingsListeners = new Set<() => void>();
	private readonly dismissedListeners = new Set<() => void>();
	/** The writes of data.json under way, one after the other: the last one written holds the last change. */
	private saving: Promise<void> = Promise.resolve();
	private readonly saveCacheSoon = debounce(() => void this.index.saveCache(), 5000, true);
	private readonly rebuildSoon = debounce(() => void this.index.setSettings(this.indexSettings()), 800, true);
	private stopSavingCache: (() => void) | null = null;
	private readonly cache: IndexedDbCacheStore;
	private readonly pluginDir: string;
	private built = false;
	private stopped = false;
	private markReady: () => void = () => undefined;
	/** The last thing said about data.json, so that a file synced again as it was is not reported again. */
	private settingsNotice: string | null = null;
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
	 * The studio with the settings of `data.json`, whatever the file holds: defaults for what cannot be used
	 * (the whole of it when it does not parse), said once in a Notice. The file is not written back: it stays
	 * as the writer or a sync left it until a setting is changed.
	 */
	static async load(app: App, manifest: PluginManifest, host: PluginHost, language: Language): Promise<Studio> {
		const saved = await readSavedData(host, language, app.vault.configDir);
		const studio = new Studio(app, manifest, host, saved?.reading.settings ?? migrateSettings(undefined, language, app.vault.configDir), language);
		studio.dismissed = saved?.dismissed ?? [];
		studio.tellSettings(saved === null ? studio.translate("settings.loaded.unreadable") : settingsReport(saved.reading.problems, studio.translate));
		return studio;
	}

	/** Obsidian's configuration folder in this vault (`.obsidian` unless the vault says otherwise): no folder setting may point into it. */
	get configDir(): string {
		return this.app.vault.configDir;
	}

	private tellSettings(message: string | null): void {
		if (message !== null && message !== this.settingsNotice) new Notice(message, 15000);
		this.settingsNotice = message;
	}

	/**
	 * Builds the index and follows the vault; called after the workspace layout is ready. Never leaves the
	 * board reading forever: whatever happens to the pass, the studio is ready after it. Does nothing after {@link stop}.
	 */
	async start(): Promise<void> {
		if (this.stopped) return;
		this.index.start();
		this.stopSavingCache = this.index.onChange(() => this.saveCacheSoon());
		// A dismissed item follows its note when the note, or a folder above it, is renamed: it stays dismissed.
		this.storage.registerEvent(this.app.vault.on("rename", (file, oldPath) => this.followRename(oldPath, file.path)));
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
		this.settings = migrateSettings({ ...this.settings, ...change }, this.language, this.configDir);
		this.settingsNotice = null;
		await this.save(() => this.settings);
		this.afterSettingsChange();
	}

	/**
	 * Keeps a new list of dismissed items: the views that show the Inbox hear of it at once, and data.json is written
	 * with the rest of it as it is on disk (as the writer or a sync left it: dismissing an item changes no setting).
	 */
	async updateDismissed(next: readonly DismissedItem[]): Promise<void> {
		this.dismissed = next;
		for (const listener of this.dismissedListeners) listener();
		await this.save(async () => {
			let onDisk: unknown = null;
			try {
				onDisk = await this.storage.loadData();
			} catch {
				// A file that does not parse: the settings in use are written in its place.
			}
			return isRecord(onDisk) ? onDisk : this.settings;
		});
	}

	onDismissedChange(listener: () => void): () => void {
		this.dismissedListeners.add(listener);
		return () => this.dismissedListeners.delete(listener);
	}

	/** Writes data.json from `base` (the settings, or the file as it is) and the dismissed items as they are when it is written. */
	private save(base: () => object | Promise<object>): Promise<void> {
		const write = async (): Promise<void> => {
			const data: Record<string, unknown> = { ...(await base()) };
			if (this.dismissed.length > 0) data[DISMISSED_DATA_KEY] = this.dismissed;
			else delete data[DISMISSED_DATA_KEY];
			await this.storage.saveData(data);
		};
		const saved = this.saving.then(write);
		this.saving = saved.catch(() => undefined);
		return saved;
	}

	private followRename(oldPath: string, newPath: string): void {
		const next = afterRename(this.dismissed, oldPath, newPath);
		if (next !== this.dismissed) void this.updateDismissed(next);
	}

	/**
	 * Settings changed on disk (sync from another device): taken as they are, defaults for what cannot be
	 * used, said once. A file that does not parse at all leaves the settings in use as they were.
	 */
	async reloadSettings(): Promise<void> {
		const saved = await readSavedData(this.storage, this.language, this.configDir);
		if (saved === null) {
			this.tellSettings(this.translate("settings.loaded.unreadableKept"));
			return;
		}
		this.settings = saved.reading.settings;
		this.tellSettings(settingsReport(saved.reading.problems, this.translate));
		if (JSON.stringify(saved.dismissed) !== JSON.stringify(this.dismissed)) {
			this.dismissed = saved.dismissed;
			for (const listener of this.dismissedListeners) listener();
		}
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
