import { debounce, normalizePath, Notice, type App, type PluginManifest } from "obsidian";
import { NoteIndex, type IndexSettings } from "../../core/index/note-index";
import { translator, type Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import { labelsOf, type Labels } from "../../core/i18n/labels";
import { migrateSettings, readSettings, type SettingsReading, type StudioSettings } from "../../core/settings/studio-settings";
import { earlierFolders, FOLDER_SETTINGS, languageFolders } from "../../core/settings/default-folders";
import { settingsReport } from "../../core/settings/settings-report";
import { ObsidianNoteSource, type EventRegistrar } from "../index/obsidian-note-source";
import { IndexedDbCacheStore } from "../index/indexed-db-cache-store";
import { studioExtractors } from "../../core/studio-extractors";
import { DraftLedger } from "../../core/drafting/draft-ledger";
import { foldersLeftOut, type LeftOutFolder } from "../../core/settings/folders-left-out";
import { NO_TEMPLATES_PLUGIN_FOLDERS, type TemplatesPluginFolders } from "../../core/settings/templates-plugin-folder";
import { readTemplatesPluginFolders } from "../index/templates-plugin-folders";
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

/** What data.json holds (null or undefined when there is none), never rejecting: `unreadable` when `loadData` throws (a file that does not parse), with a warning in the console. */
async function loadSaved(storage: SettingsStorage): Promise<{ data: unknown } | "unreadable"> {
	try {
		return { data: await storage.loadData() };
	} catch (error) {
		warn("data.json could not be read", error);
		return "unreadable";
	}
}

/** What data.json holds: the settings, and beside them the Inbox items the writer dismissed. */
interface SavedData {
	reading: SettingsReading;
	dismissed: DismissedItem[];
}

/** Reads data.json, never rejecting: null when `loadData` throws (a file that does not parse). */
async function readSavedData(storage: SettingsStorage, language: Language, configDir: string): Promise<SavedData | null> {
	const saved = await loadSaved(storage);
	return saved === "unreadable" ? null : { reading: readSettings(saved.data, language, configDir), dismissed: readDismissed(saved.data) };
}

/** A saved data.json that is an object: settings to add to, the rest of the file to keep. */
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
	/** The folders of Obsidian's Templates plugin and of Templater, as last read from their settings. */
	private templatesPluginFolders: TemplatesPluginFolders = NO_TEMPLATES_PLUGIN_FOLDERS;
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
			// The settings in force, read when needed: a change of the books folder or tags rebuilds the index (see afterSettingsChange).
			extractors: studioExtractors(() => this.settings),
		});
		this.drafts = new DraftLedger(this.index);
	}

	/**
	 * The studio with the settings of `data.json`, whatever the file holds: defaults for what cannot be used
	 * (the whole of it when it does not parse), said once in a Notice.
	 *
	 * Where notes go is chosen once: in a vault the plugin starts in for the first time (no data.json), the
	 * folders of the writer's language, saved at once; in a vault whose data.json predates a folder setting,
	 * the folder that vault used so far, added to the file as it is. Obsidian set to another language later
	 * moves nothing. Otherwise the file is not written back: it stays as the writer or a sync left it until a
	 * setting is changed.
	 */
	static async load(app: App, manifest: PluginManifest, host: PluginHost, language: Language): Promise<Studio> {
		const configDir = app.vault.configDir;
		const saved = await loadSaved(host);
		let reading: SettingsReading | null = null;
		if (saved !== "unreadable") {
			const { data } = saved;
			const missing = isRecord(data) ? FOLDER_SETTINGS.filter((name) => !Object.prototype.hasOwnProperty.call(data, name)) : [];
			const earlier = earlierFolders(language, missing.length > 0 ? await existingFolders(app, language) : undefined);
			reading = readSettings(data, language, configDir, earlier);
			if (data === null || data === undefined) await saveChosenFolders(host, reading.settings);
			else if (isRecord(data) && missing.length > 0) await saveChosenFolders(host, { ...data, ...Object.fromEntries(missing.map((name) => [name, earlier[name]])) });
		}
		// A data.json that cannot be read is a vault's all the same: the folders it used, not a new vault's.
		const studio = new Studio(app, manifest, host, reading?.settings ?? migrateSettings({}, language, configDir), language);
		studio.dismissed = saved === "unreadable" ? [] : readDismissed(saved.data);
		studio.tellSettings(reading === null ? studio.translate("settings.loaded.unreadable") : settingsReport(reading.problems, studio.translate));
		return studio;
	}

	/** What the writer reads for a stored channel, format, product or stage, in the settings in use now. */
	get labels(): Labels {
		return labelsOf(this.settings, this.language);
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
		// The other plugins' templates folders are known before the first pass, so that no template is ever shown.
		this.templatesPluginFolders = await readTemplatesPluginFolders(this.app);
		if (this.stopped) return;
		this.index.start();
		this.stopSavingCache = this.index.onChange(() => this.saveCacheSoon());
		// A dismissed item follows its note when the note, or a folder above it, is renamed: it stays dismissed.
		this.storage.registerEvent(this.app.vault.on("rename", (file, oldPath) => this.followRename(oldPath, file.path)));
		void this.removeOldCacheFile();
		try {
			await this.index.setSettings(this.indexSettings());
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
		void this.rereadTemplatesFolders();
		for (const listener of this.settingsListeners) listener();
	}

	/**
	 * The folders whose notes are not the writer's work, and why: the templates folders (Obsidian's Templates
	 * plugin's, Templater's, the studio's own), then those of the setting.
	 */
	foldersLeftOut(): LeftOutFolder[] {
		return foldersLeftOut(this.settings, this.templatesPluginFolders);
	}

	/**
	 * Reads again the folders of Obsidian's Templates plugin and of Templater, which no event announces: when
	 * the studio starts, when a setting changes and when the settings tab opens. A folder that changed
	 * brings the index in line with it, as a setting does.
	 */
	async rereadTemplatesFolders(): Promise<void> {
		const read = await readTemplatesPluginFolders(this.app);
		if (this.stopped || (read.core === this.templatesPluginFolders.core && read.templater === this.templatesPluginFolders.templater)) return;
		this.templatesPluginFolders = read;
		if (this.built) this.rebuildSoon();
	}

	private indexSettings(): IndexSettings {
		return { watchedTags: this.settings.watchedTags, ideaHeadings: this.settings.ideaHeadings, excludedFolders: this.foldersLeftOut().map((left) => left.folder) };
	}
}

/** Saves the folders chosen at load; a failure is said in the console, and the folders are chosen again at the next start. */
async function saveChosenFolders(storage: SettingsStorage, data: unknown): Promise<void> {
	try {
		await storage.saveData(data);
	} catch (error) {
		warn("the folders chosen for this vault could not be saved in data.json", error);
	}
}

/** The folders of brand ideas and products of either language that are already in the vault: where earlier versions put those notes. */
async function existingFolders(app: App, language: Language): Promise<Set<string>> {
	const candidates = [...languageFolders("brandIdeasFolder", language), ...languageFolders("productsFolder", language)];
	const found = new Set<string>();
	for (const folder of candidates) {
		try {
			if (await app.vault.adapter.exists(folder)) found.add(folder);
		} catch (error) {
			warn(`could not look for the folder ${folder}`, error);
		}
	}
	return found;
}
