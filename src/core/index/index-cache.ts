import type { EncodingProblem } from "../note/note-source";
import type { NoteExtractor } from "../note/note-extractor";

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
	/** Each extractor's result, by its key: only extractors that needed this note's text. */
	extracts: Record<string, unknown>;
	encoding?: EncodingProblem;
}

/** The persisted cache: one entry per note whose text was read, nothing the metadata cache already has. */
export interface IndexCacheData {
	format: 3;
	pluginVersion: string;
	/** The settings the entries were read with (the extractors and what shapes them); others make every entry stale. */
	settingsKey: string;
	/** `[path, mtime, size, encoding, ...one result per extractor, null when it did not read the note]`: arrays, to keep the cache small. */
	entries: unknown[][];
}

/** The cache for these reads, ready to be stored. */
export function writeIndexCache(reads: ReadonlyMap<string, CachedRead>, pluginVersion: string, settingsKey: string, extractors: readonly NoteExtractor[]): IndexCacheData {
	const entries: unknown[][] = [];
	for (const [path, read] of reads) {
		const results = extractors.map((extractor) => (Object.prototype.hasOwnProperty.call(read.extracts, extractor.key) ? extractor.toCache(read.extracts[extractor.key]) : null));
		entries.push([path, read.mtime, read.size, read.encoding ?? null, ...results]);
	}
	return { format: 3, pluginVersion, settingsKey, entries };
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function readEntry(entry: unknown, extractors: readonly NoteExtractor[]): [string, CachedRead] | null {
	if (!Array.isArray(entry) || entry.length !== 4 + extractors.length) return null;
	const [path, mtime, size, encoding, ...results] = entry as unknown[];
	if (typeof path !== "string" || !isNumber(mtime) || !isNumber(size)) return null;
	if (encoding !== null && encoding !== "binary" && encoding !== "invalid-utf8") return null;
	const extracts: Record<string, unknown> = {};
	for (const [i, extractor] of extractors.entries()) {
		const raw = results[i];
		if (raw === null) continue;
		const result = extractor.fromCache(raw);
		if (result === null) return null;
		extracts[extractor.key] = result;
	}
	return [path, { mtime, size, extracts, ...(encoding !== null ? { encoding } : {}) }];
}

/** Reads a cache written by this version with these settings; anything else (older, corrupt, other settings) is ignored, entry by entry. */
export function readIndexCache(raw: unknown, pluginVersion: string, settingsKey: string, extractors: readonly NoteExtractor[]): Map<string, CachedRead> {
	const byPath = new Map<string, CachedRead>();
	if (typeof raw !== "object" || raw === null) return byPath;
	const data = raw as Partial<IndexCacheData>;
	if (data.format !== 3 || data.pluginVersion !== pluginVersion || data.settingsKey !== settingsKey || !Array.isArray(data.entries)) return byPath;
	for (const entry of data.entries) {
		const read = readEntry(entry, extractors);
		if (read) byPath.set(read[0], read[1]);
	}
	return byPath;
}
