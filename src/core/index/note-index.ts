import type { IdeaItem, NoteRecord, NoteWarning } from "../note/note-record";
import type { Translate } from "../i18n/translator";
import type { NoteSource, SourceEvent, UnresolvedLink } from "../note/note-source";
import { hasIdeaSection, resolveLinks } from "../note/build-note-record";
import { ideaItemsExtractor } from "../note/idea-items-extractor";
import type { IdeaItemsResult } from "../note/extract-idea-items";
import type { NoteExtractor } from "../note/note-extractor";
import { watchedTagMatcher } from "../note/normalize-tag";
import { excludedFolderMatcher } from "../note/excluded-folders";
import { openIndexCache, writeIndexCache, type CachedRead, type CachedReads, type IndexCacheStore } from "./index-cache";
import { NoteReader, type Built } from "./note-reader";

export type { IndexCacheStore } from "./index-cache";
export type { NoteExtractor } from "../note/note-extractor";

/** The settings the index depends on. */
export interface IndexSettings {
	watchedTags: string[];
	ideaHeadings: string[];
	/** Folders whose notes are not the writer's work (templates, archives): no record, never read. None when absent. */
	excludedFolders?: readonly string[];
}

/** How far a pass over the vault is: notes looked at so far, out of the vault's. */
export interface IndexProgress {
	read: number;
	total: number;
}

/** Shortest time between two progress reports, in ms: a loading line that changes more often only costs paint. */
const PROGRESS_EVERY_MS = 250;

/** What changed in one update, by path. */
export interface IndexChange {
	added: string[];
	updated: string[];
	removed: string[];
}

export interface NoteIndexOptions {
	source: NoteSource;
	settings: IndexSettings;
	translate: Translate;
	pluginVersion: string;
	cache?: IndexCacheStore;
	/** Called between chunks of work so the app stays responsive: a macrotask in Obsidian (`window.setTimeout`), `setImmediate` in Node. */
	yieldToMain: () => Promise<void>;
	/** Longest stretch of work before yielding, in ms. */
	sliceMs?: number;
	/** Clock for time slicing. */
	now?: () => number;
	/** Told about what goes wrong with the index itself (a cache that cannot be loaded or saved): never a failed build. */
	onWarning?: (message: string, error: unknown) => void;
	/** What the capabilities read from note texts beside the idea items (ET/BUT blocks of book notes...), each with a key of its own. */
	extractors?: readonly NoteExtractor[];
}


const defaultNow = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

function basenameKey(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.replace(/\.md$/i, "").toLowerCase();
}

/**
 * The vault's thinking notes (tagged with a watched tag), typed notes (`type: idea`...) and the notes an
 * extractor keeps (book notes by their folder or tag), kept up to date from the source's events. Reads the metadata cache for every file, but reads and parses text only
 * for included notes an extractor needs the text of (an idea section, a book note...), and only when their
 * mtime or size changed. Never writes a note.
 */
export class NoteIndex {
	private records = new Map<string, NoteRecord>();
	/** The records sorted by path, made once after each change: the board and the stats ask for them on every render. */
	private sorted: NoteRecord[] | null = null;
	/** Counts the changes to the records: see {@link NoteIndex.revision}. */
	private changes = 0;
	private problems = new Map<string, string[]>();
	private readonly listeners = new Set<(change: IndexChange) => void>();
	private readonly progressListeners = new Set<(progress: IndexProgress) => void>();
	/** The pass under way, or null; and when its progress was last told. */
	private passProgress: IndexProgress | null = null;
	private progressToldAt = 0;
	private readonly inFlight = new Map<string, Promise<void>>();
	private readonly dirty = new Set<string>();
	/** What each read of a note's text gave, for the cache: the only thing the metadata cache cannot give again. */
	private reads = new Map<string, CachedRead>();
	/** Whether the reads differ from what the store was last given (or holds, after a warm start): a save is needed. */
	private readsUnsaved = true;
	/** The save under way, or null. */
	private saving: Promise<void> | null = null;
	private settings: IndexSettings;
	private isWatched: (tags: readonly string[]) => boolean;
	private isExcluded: (path: string) => boolean;
	private unsubscribe: (() => void) | null = null;
	private generation = 0;
	private building = false;
	private sliceStart = 0;

	private readonly reader: NoteReader;
	private readonly ideaExtractor: NoteExtractor<IdeaItemsResult>;
	private readonly extractors: readonly NoteExtractor[];

	constructor(private readonly options: NoteIndexOptions) {
		this.settings = options.settings;
		this.isWatched = watchedTagMatcher(options.settings.watchedTags);
		this.isExcluded = excludedFolderMatcher(options.settings.excludedFolders ?? []);
		this.ideaExtractor = ideaItemsExtractor(() => this.settings.ideaHeadings);
		this.extractors = [this.ideaExtractor, ...(options.extractors ?? [])];
		this.reader = new NoteReader({
			source: options.source,
			translate: options.translate,
			extractors: this.extractors,
			ideaHeadings: () => this.settings.ideaHeadings,
			isWatched: (tags) => this.isWatched(tags),
			breathe: (fresh) => this.breathe(fresh),
		});
	}

	private now(): number {
		return (this.options.now ?? defaultNow)();
	}

	private sliceUsedUp(): boolean {
		return this.now() - this.sliceStart > (this.options.sliceMs ?? 10);
	}

	/** Yields to the app when the current slice of work is used up (or at once, for a `fresh` slice); true when it did. */
	private async breathe(fresh = false): Promise<boolean> {
		if (!fresh && !this.sliceUsedUp()) return false;
		await this.options.yieldToMain();
		this.sliceStart = this.now();
		return true;
	}

	/** Key of the settings that shape records: a cache built with other settings is stale. */
	private settingsKey(): string {
		return JSON.stringify([this.settings.watchedTags, this.settings.excludedFolders ?? [], ...this.extractors.map((extractor) => [extractor.key, extractor.settingsKey()])]);
	}

	/**
	 * A full pass over the vault, in time slices: records are built from the metadata cache, and note texts are
	 * read only when the cache holds no read of them at their current mtime and size. Never rejects because of the
	 * cache. Readers keep seeing the previous state until the pass ends; files that change meanwhile are read after it.
	 */
	async build(): Promise<void> {
		const generation = ++this.generation;
		this.building = true;
		try {
			// The pass yields as soon as its slice is used up, from the listing of the files on.
			this.sliceStart = this.now();
			// Listed before the cache is loaded, so that the vault's size is known while it loads; files that change meanwhile are read after the pass.
			const files = this.options.source.listFiles();
			this.passProgress = { read: 0, total: files.length };
			this.tellProgress();
			// Listing a hundred thousand files and loading the cache are two slices' work.
			await this.breathe();
			if (generation !== this.generation) return;
			const cached = await this.loadCache();
			if (generation !== this.generation) return;
			const records = new Map<string, NoteRecord>();
			const problems = new Map<string, string[]>();
			const reads = new Map<string, CachedRead>();
			let hits = 0;
			for (const [i, file] of files.entries()) {
				if (this.sliceUsedUp()) {
					this.passProgress = { read: i, total: files.length };
					if (this.now() - this.progressToldAt >= PROGRESS_EVERY_MS) this.tellProgress();
					await this.breathe();
					if (generation !== this.generation) return;
				}
				// A note of a left-out folder gets no record: never read, so no cached read can bring it back.
				if (this.isExcluded(file.path)) continue;
				const step = this.reader.classify(file);
				let built: Built;
				if ("built" in step) built = step.built;
				else {
					const hit = cached.get(file.path);
					const read = hit && hit.mtime === file.mtime && hit.size === file.size ? hit : null;
					if (read) hits++;
					built = await this.reader.complete(file, step, read, reads);
					if (generation !== this.generation) return;
				}
				if (built.record) records.set(file.path, built.record);
				if (built.problems.length > 0) problems.set(file.path, built.problems);
			}
			// Every note looked at: what is left (telling the views, saving) says so rather than a count short of the total.
			this.passProgress = { read: files.length, total: files.length };
			this.tellProgress();
			// Telling the views starts a slice of its own: they render from what it says.
			await this.breathe();
			if (generation !== this.generation) return;
			const change: IndexChange = { added: [], updated: [], removed: [] };
			for (const path of records.keys()) (this.records.has(path) ? change.updated : change.added).push(path);
			for (const path of this.records.keys()) if (!records.has(path)) change.removed.push(path);
			this.swap(records, problems, reads);
			// Nothing read anew and every stored entry used: the store holds these reads already.
			this.readsUnsaved = cached.lost || hits !== reads.size || hits !== cached.size;
			this.building = false;
			this.emit(change);
			// The index is ready now: the save (IndexedDB can take a while) runs on its own and never fails the build.
			void this.saveCache();
		} finally {
			if (generation === this.generation) {
				this.building = false;
				this.passProgress = null;
				// Files that changed during the pass are read now, whatever happened to it.
				const missed = [...this.dirty];
				this.dirty.clear();
				await Promise.all(missed.map((path) => this.refresh(path)));
			}
		}
	}

	/** How far the pass under way is, or null when none is: cheap enough to ask on every render. */
	progress(): IndexProgress | null {
		return this.passProgress === null ? null : { ...this.passProgress };
	}

	/** Subscribes to the progress of passes, told at the pass's start and then at most every 250 ms; returns the unsubscribe function. */
	onProgress(listener: (progress: IndexProgress) => void): () => void {
		this.progressListeners.add(listener);
		return () => this.progressListeners.delete(listener);
	}

	private tellProgress(): void {
		const progress = this.passProgress;
		if (progress === null) return;
		this.progressToldAt = this.now();
		for (const listener of this.progressListeners) listener({ ...progress });
	}

	/** The reads a previous session saved, or none: a store that fails is a warning and a full pass. */
	private async loadCache(): Promise<CachedReads> {
		const { cache } = this.options;
		if (!cache) return openIndexCache(null, "", "", []);
		try {
			return await openIndexCache(await cache.load(), this.options.pluginVersion, this.settingsKey(), this.extractors, () => this.breathe());
		} catch (error) {
			this.options.onWarning?.("The index cache could not be loaded; every note is read again.", error);
			return openIndexCache(null, "", "", []);
		}
	}

	/** The pass's maps take the place of the previous ones at once: copying a hundred thousand entries would hold the app. */
	private swap(records: Map<string, NoteRecord>, problems: Map<string, string[]>, reads: Map<string, CachedRead>): void {
		this.records = records;
		this.problems = problems;
		this.reads = reads;
		this.changed();
	}

	/** Follows the source's events from now on. */
	start(): void {
		this.unsubscribe ??= this.options.source.subscribe((event) => void this.onSourceEvent(event));
	}

	stop(): void {
		this.unsubscribe?.();
		this.unsubscribe = null;
		this.generation++;
		this.building = false;
		this.passProgress = null;
		this.dirty.clear();
	}

	/** New settings: every record is rebuilt. */
	async setSettings(settings: IndexSettings): Promise<void> {
		this.settings = settings;
		this.isWatched = watchedTagMatcher(settings.watchedTags);
		this.isExcluded = excludedFolderMatcher(settings.excludedFolders ?? []);
		await this.build();
	}

	/** Re-reads one file. Requests for a file that is being read are merged into one more read after it. */
	refresh(path: string): Promise<void> {
		if (this.building) {
			this.dirty.add(path);
			return Promise.resolve();
		}
		const running = this.inFlight.get(path);
		if (running) {
			this.dirty.add(path);
			return running;
		}
		const run = (async (): Promise<void> => {
			try {
				do {
					this.dirty.delete(path);
					await this.refreshNow(path);
				} while (this.dirty.has(path));
			} finally {
				this.inFlight.delete(path);
			}
		})();
		this.inFlight.set(path, run);
		return run;
	}

	/** Forgets a deleted file. */
	remove(path: string): void {
		if (this.building) {
			this.dirty.add(path);
			return;
		}
		const had = this.records.delete(path);
		this.changed();
		this.problems.delete(path);
		if (this.reads.delete(path)) this.readsUnsaved = true;
		const updated = this.reresolve(path);
		if (had || updated.length > 0) this.emit({ added: [], updated, removed: had ? [path] : [] });
	}

	/** Follows a renamed file: its record moves, and links to either name are resolved again. */
	async rename(oldPath: string, newPath: string): Promise<void> {
		if (this.building) {
			this.dirty.add(oldPath);
			this.dirty.add(newPath);
			return;
		}
		const had = this.records.delete(oldPath);
		this.changed();
		this.problems.delete(oldPath);
		if (this.reads.delete(oldPath)) this.readsUnsaved = true;
		if (had) this.emit({ added: [], updated: [], removed: [oldPath] });
		await this.refresh(newPath);
		const updated = [...new Set([...this.reresolve(oldPath), ...this.reresolve(newPath)])].filter((p) => p !== newPath);
		if (updated.length > 0) this.emit({ added: [], updated, removed: [] });
	}

	/** Whether the note is in a left-out folder (a templates folder, one of the setting): not the writer's work, never read for ideas. */
	leavesOut(path: string): boolean {
		return this.isExcluded(path);
	}

	/** The ideas of any note: from its record, or read now for a note the index does not keep (nothing is stored); none for a note of a left-out folder. */
	async ideaItemsOf(path: string): Promise<IdeaItem[]> {
		if (this.isExcluded(path)) return [];
		const record = this.records.get(path);
		if (record) return record.ideaItems;
		const file = this.options.source.getFile(path);
		const metadata = this.options.source.getMetadata(path);
		if (!file || !metadata || !hasIdeaSection(metadata, this.settings.ideaHeadings)) return [];
		this.sliceStart = this.now();
		const read = await this.reader.readText(file, metadata, [this.ideaExtractor]);
		return (read.extracts[this.ideaExtractor.key] as IdeaItemsResult | undefined)?.items ?? [];
	}

	/** The idea-section headings the note lacks, as set, or null when it has one of them (or is not a note). */
	missingIdeaHeadings(path: string): string[] | null {
		const metadata = this.options.source.getMetadata(path);
		if (!metadata || hasIdeaSection(metadata, this.settings.ideaHeadings)) return null;
		return [...this.settings.ideaHeadings];
	}

	/** The vault's links that resolve to no note, most linked first: titles of notes to come (book notes...). */
	unresolvedLinks(): UnresolvedLink[] {
		return this.options.source.unresolvedLinks();
	}

	get(path: string): NoteRecord | undefined {
		return this.records.get(path);
	}

	/** Every indexed note (watched, typed, or kept by an extractor), sorted by path. */
	notes(): NoteRecord[] {
		this.sorted ??= [...this.records.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		return this.sorted.slice();
	}

	/**
	 * A number that changes whenever a record does (a note read, removed, renamed, its links resolved anew, a new pass):
	 * what a view works out from the records alone can be kept while it stays the same.
	 */
	revision(): number {
		return this.changes;
	}

	private changed(): void {
		this.sorted = null;
		this.changes++;
	}

	/** The writer's thinking notes: those with a watched tag, sorted by path. */
	watchedNotes(): NoteRecord[] {
		return this.notes().filter((record) => this.isWatched(record.tags));
	}

	/** Every note with a problem, watched or not, sorted by path, with what the extractors see across the vault. */
	warnings(): NoteWarning[] {
		const list: NoteWarning[] = [];
		for (const [path, messages] of this.problems) for (const message of messages) list.push({ path, message });
		for (const extractor of this.extractors) list.push(...(extractor.vaultWarnings?.(this.records.values(), this.options.translate) ?? []));
		return list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	}

	/** Subscribes to changes; returns the unsubscribe function. */
	onChange(listener: (change: IndexChange) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/**
	 * Saves what the reads of note texts gave, in slices of their own, unless the store holds them already (a warm start
	 * that read nothing); a store that fails is a warning, and the next start reads those notes again.
	 */
	saveCache(): Promise<void> {
		const { cache } = this.options;
		// A save under way holds every read up to its start: the caller waits for it.
		if (!cache || !this.readsUnsaved) return this.saving ?? Promise.resolve();
		// Reads that change from now on are saved by the next call.
		this.readsUnsaved = false;
		const previous = this.saving ?? Promise.resolve();
		const run = (async (): Promise<void> => {
			// One save at a time, in order: an older one never lands after a newer one.
			await previous;
			try {
				await this.breathe(true);
				const data = await writeIndexCache(this.reads, this.options.pluginVersion, this.settingsKey(), this.extractors, () => this.breathe());
				await cache.save(data);
			} catch (error) {
				this.readsUnsaved = true;
				this.options.onWarning?.("The index cache could not be saved; the next start reads every note again.", error);
			}
		})();
		this.saving = run;
		void run.then(() => {
			if (this.saving === run) this.saving = null;
		});
		return run;
	}

	private async onSourceEvent(event: SourceEvent): Promise<void> {
		if (event.kind === "deleted") this.remove(event.path);
		else if (event.kind === "renamed") await this.rename(event.oldPath, event.path);
		else {
			const isNew = !this.records.has(event.path);
			await this.refresh(event.path);
			// A new file may resolve links that were dangling.
			if (isNew) {
				const updated = this.reresolve(event.path).filter((p) => p !== event.path);
				if (updated.length > 0) this.emit({ added: [], updated, removed: [] });
			}
		}
	}

	private async refreshNow(path: string): Promise<void> {
		this.sliceStart = this.now();
		const file = this.options.source.getFile(path);
		const had = this.records.has(path);
		if (!file) {
			this.remove(path);
			return;
		}
		const step = this.isExcluded(path) ? { built: { record: null, problems: [] } } : this.reader.classify(file);
		if (this.reads.delete(path)) this.readsUnsaved = true;
		const { record, problems } = "built" in step ? step.built : await this.reader.complete(file, step, null, this.reads);
		if (this.reads.has(path)) this.readsUnsaved = true;
		if (problems.length > 0) this.problems.set(path, problems);
		else this.problems.delete(path);
		if (record) this.records.set(path, record);
		this.changed();
		if (record) this.emit({ added: had ? [] : [path], updated: had ? [path] : [], removed: [] });
		else if (had) {
			this.records.delete(path);
			this.changed();
			this.emit({ added: [], updated: [], removed: [path] });
		}
	}

	/** Re-resolves links that may point at `path`; returns the paths of records whose links changed. */
	private reresolve(path: string): string[] {
		const key = basenameKey(path);
		const changed: string[] = [];
		for (const record of this.records.values()) {
			if (!record.links.some((l) => l.resolvedPath === path || basenameKey(l.target) === key)) continue;
			const links = resolveLinks(record.links, record.path, (l, from) => this.options.source.resolveLink(l, from));
			if (links.some((l, i) => l.resolvedPath !== record.links[i]?.resolvedPath)) {
				this.records.set(record.path, { ...record, links });
				this.changed();
				changed.push(record.path);
			}
		}
		return changed;
	}

	private emit(change: IndexChange): void {
		if (change.added.length + change.updated.length + change.removed.length === 0) return;
		for (const listener of this.listeners) listener(change);
	}
}
