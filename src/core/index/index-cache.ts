import type { IdeaItemsResult } from "../note/extract-idea-items";
import type { EncodingProblem } from "../note/note-source";

/**
 * Where the index keeps its cache between sessions: the device's IndexedDB in Obsidian (never synced),
 * JSON in memory for Node tools and tests. Either call may fail: the index then reads every note again.
 */
export interface IndexCacheStore {
	load(): Promise<unknown>;
	save(data: unknown): Promise<void>;
}

/**
 * What one read of a note's text gave: the only thing the index cannot rebuild from the metadata cache
 * without reading the file again. Valid for the mtime and size it was read at.
 */
export interface CachedRead {
	mtime: number;
	size: number;
	ideas: IdeaItemsResult;
	encoding?: EncodingProblem;
}

/** The persisted cache: one entry per note whose text was read, nothing the metadata cache already has. */
export interface IndexCacheData {
	format: 2;
	pluginVersion: string;
	/** The settings the entries were read with; other settings make every entry stale. */
	settingsKey: string;
	/** `[path, mtime, size, items, skipped, guarded, encoding]`: arrays, not objects, to keep the cache small. */
	entries: CacheEntry[];
}

type CacheEntry = [string, number, number, string[], IdeaItemsResult["skipped"], IdeaItemsResult["guarded"], EncodingProblem | null];

/** The cache for these reads, ready to be stored. */
export function writeIndexCache(reads: ReadonlyMap<string, CachedRead>, pluginVersion: string, settingsKey: string): IndexCacheData {
	const entries: CacheEntry[] = [];
	for (const [path, read] of reads) entries.push([path, read.mtime, read.size, read.ideas.items, read.ideas.skipped, read.ideas.guarded, read.encoding ?? null]);
	return { format: 2, pluginVersion, settingsKey, entries };
}

const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function isPart(value: unknown): value is { heading: string; size: number; reason?: unknown } {
	return typeof value === "object" && value !== null && isString((value as { heading?: unknown }).heading) && isNumber((value as { size?: unknown }).size);
}

function readEntry(entry: unknown): [string, CachedRead] | null {
	if (!Array.isArray(entry) || entry.length !== 7) return null;
	const [path, mtime, size, items, skipped, guarded, encoding] = entry as unknown[];
	if (!isString(path) || !isNumber(mtime) || !isNumber(size) || !Array.isArray(items) || !items.every(isString)) return null;
	if (!Array.isArray(skipped) || !skipped.every(isPart) || !Array.isArray(guarded) || !guarded.every(isPart)) return null;
	if (encoding !== null && encoding !== "binary" && encoding !== "invalid-utf8") return null;
	const ideas: IdeaItemsResult = {
		items,
		skipped: skipped.map((part) => ({ heading: part.heading, size: part.size })),
		guarded: guarded.map((part) => ({ heading: part.heading, size: part.size, reason: part.reason === "deep" ? "deep" : "large" })),
	};
	return [path, { mtime, size, ideas, ...(encoding !== null ? { encoding } : {}) }];
}

/** Reads a cache written by this version with these settings; anything else (older, corrupt, other settings) is ignored, entry by entry. */
export function readIndexCache(raw: unknown, pluginVersion: string, settingsKey: string): Map<string, CachedRead> {
	const byPath = new Map<string, CachedRead>();
	if (typeof raw !== "object" || raw === null) return byPath;
	const data = raw as Partial<IndexCacheData>;
	if (data.format !== 2 || data.pluginVersion !== pluginVersion || data.settingsKey !== settingsKey || !Array.isArray(data.entries)) return byPath;
	for (const entry of data.entries) {
		const read = readEntry(entry);
		if (read) byPath.set(read[0], read[1]);
	}
	return byPath;
}
