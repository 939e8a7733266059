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
	format: 5;
	pluginVersion: string;
	/** The settings the entries were read with (the extractors and what shapes them); others make every entry stale. */
	settingsKey: string;
	/**
	 * The entries, sorted by path, {@link ENTRIES_PER_PART} to a part, each part the JSON text of its entries: a part is
	 * written and read in a slice of its own, and the store copies a few strings, not ten thousand arrays, in one go.
	 * An entry is `[shared, rest, mtime, size, encoding, ...one result per extractor, null when it did not read the note]`:
	 * arrays, to keep the cache small. A path is written as the number of characters it shares with the previous entry's
	 * path in its part and the rest (`Journal/2024-02-22.md` after `Journal/2024-02-21.md` is `[19, "2.md"]`): notes of
	 * one folder follow each other, and their folder is written once a part.
	 */
	parts: string[];
}

/** Entries in one part of the stored cache: a few hundred, a millisecond or two to write or read. */
export const ENTRIES_PER_PART = 256;

/** Entries written between two looks at the clock: asking after every one would cost more than it saves. */
const ENTRIES_PER_STEP = 64;

/**
 * The cache for these reads, ready to be stored, written a few entries at a time: `pause` is called between steps and
 * yields to the app when its slice is used up, so that ten thousand ideas never hold it. A read that goes away
 * meanwhile is left out; one that changes is written as it is now (its mtime and size say which text it was read from).
 */
export async function writeIndexCache(reads: ReadonlyMap<string, CachedRead>, pluginVersion: string, settingsKey: string, extractors: readonly NoteExtractor[], pause: () => Promise<unknown> = () => Promise.resolve()): Promise<IndexCacheData> {
	const parts: string[] = [];
	const paths = [...reads.keys()].sort();
	for (let first = 0; first < paths.length; first += ENTRIES_PER_PART) {
		const entries: unknown[][] = [];
		let previous = "";
		for (const [i, path] of paths.slice(first, first + ENTRIES_PER_PART).entries()) {
			if (i % ENTRIES_PER_STEP === 0) await pause();
			const read = reads.get(path);
			if (!read) continue;
			const results = extractors.map((extractor) => (Object.prototype.hasOwnProperty.call(read.extracts, extractor.key) ? extractor.toCache(read.extracts[extractor.key]) : null));
			const shared = sharedLength(previous, path);
			entries.push([shared, path.slice(shared), read.mtime, read.size, read.encoding ?? null, ...results]);
			previous = path;
		}
		parts.push(JSON.stringify(entries));
	}
	return { format: 5, pluginVersion, settingsKey, parts };
}

/** How many characters two paths share at their start, never splitting a surrogate pair. */
function sharedLength(a: string, b: string): number {
	const most = Math.min(a.length, b.length);
	let n = 0;
	while (n < most && a.charCodeAt(n) === b.charCodeAt(n)) n++;
	// A pair cut in two would leave half a character on each side of the cut.
	const last = n > 0 ? b.charCodeAt(n - 1) : 0;
	if (last >= 0xd800 && last <= 0xdbff) n--;
	return n;
}

/** The entries of one stored part, or null when it cannot be read. */
function entriesOf(part: unknown): unknown[] | null {
	if (typeof part !== "string") return null;
	try {
		const entries: unknown = JSON.parse(part);
		return Array.isArray(entries) ? entries : null;
	} catch {
		return null;
	}
}

/** The paths of a stored cache's entries, part by part, in order (null for an entry whose path cannot be read, and every one after it in its part). */
export function cachedPaths(parts: readonly unknown[]): (string | null)[] {
	const paths: (string | null)[] = [];
	for (const part of parts) {
		let previous: string | null = "";
		for (const entry of entriesOf(part) ?? []) {
			previous = previous === null ? null : pathOf(entry, previous);
			paths.push(previous);
		}
	}
	return paths;
}

function pathOf(entry: unknown, previous: string): string | null {
	if (!Array.isArray(entry)) return null;
	const [shared, rest] = entry as unknown[];
	if (typeof shared !== "number" || !Number.isInteger(shared) || shared < 0 || shared > previous.length || typeof rest !== "string") return null;
	return previous.slice(0, shared) + rest;
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function readEntry(entry: unknown[], extractors: readonly NoteExtractor[]): CachedRead | null {
	if (entry.length !== 5 + extractors.length) return null;
	const [, , mtime, size, encoding, ...results] = entry;
	if (!isNumber(mtime) || !isNumber(size)) return null;
	if (encoding !== null && encoding !== "binary" && encoding !== "invalid-utf8") return null;
	const extracts: Record<string, unknown> = {};
	for (const [i, extractor] of extractors.entries()) {
		const raw = results[i];
		if (raw === null) continue;
		const result = extractor.fromCache(raw);
		if (result === null) return null;
		extracts[extractor.key] = result;
	}
	return { mtime, size, extracts, ...(encoding !== null ? { encoding } : {}) };
}

/** A stored cache opened for a pass: its paths are read at once, each entry's results only when its note is looked at. */
export interface CachedReads {
	/** How many entries could be read (their paths, at least). */
	readonly size: number;
	/** Whether some of the stored cache could not be read: a part that is not JSON, a broken path. */
	readonly lost: boolean;
	/** What the cache holds for this note, or null: none, or an entry that cannot be read. */
	get(path: string): CachedRead | null;
}

const NO_READS: CachedReads = { size: 0, lost: false, get: () => null };

/**
 * Opens a cache written by this version with these settings; anything else (older, corrupt, other settings) is ignored,
 * part by part and entry by entry. An entry whose path cannot be read ends the reading of its part: the paths after it
 * are written from it. Only the paths are read here, a part at a time with `pause` between parts (which yields to
 * the app when its slice is used up); each entry's results, what costs, are read by {@link CachedReads.get} as the pass
 * comes to its note, within the pass's slices.
 */
export async function openIndexCache(raw: unknown, pluginVersion: string, settingsKey: string, extractors: readonly NoteExtractor[], pause: () => Promise<unknown> = () => Promise.resolve()): Promise<CachedReads> {
	if (typeof raw !== "object" || raw === null) return NO_READS;
	const data = raw as Partial<IndexCacheData>;
	if (data.format !== 5 || data.pluginVersion !== pluginVersion || data.settingsKey !== settingsKey || !Array.isArray(data.parts)) return NO_READS;
	const byPath = new Map<string, unknown[]>();
	let lost = false;
	for (const part of data.parts) {
		await pause();
		const entries = entriesOf(part);
		if (entries === null) {
			lost = true;
			continue;
		}
		let previous = "";
		for (const entry of entries) {
			const path = pathOf(entry, previous);
			if (path === null) {
				lost = true;
				break;
			}
			previous = path;
			byPath.set(path, entry as unknown[]);
		}
	}
	return {
		size: byPath.size,
		lost,
		get: (path) => {
			const entry = byPath.get(path);
			return entry ? readEntry(entry, extractors) : null;
		},
	};
}
