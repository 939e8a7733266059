import type { NoteRecord } from "../note/note-record";

/** Where the index keeps its cache between sessions (a file in the plugin folder, memory in tests). */
export interface IndexCacheStore {
	load(): Promise<unknown>;
	save(data: unknown): Promise<void>;
}

/** The persisted cache: records keyed by path, each valid only for the mtime and size it was built from. */
export interface IndexCacheData {
	format: 1;
	pluginVersion: string;
	/** The settings the records were built with; other settings make every record stale. */
	settingsKey: string;
	records: NoteRecord[];
}

/** Reads a cache written by this version with these settings; anything else (older, corrupt, other settings) is ignored. */
export function readIndexCache(raw: unknown, pluginVersion: string, settingsKey: string): Map<string, NoteRecord> {
	const byPath = new Map<string, NoteRecord>();
	if (typeof raw !== "object" || raw === null) return byPath;
	const data = raw as Partial<IndexCacheData>;
	if (data.format !== 1 || data.pluginVersion !== pluginVersion || data.settingsKey !== settingsKey || !Array.isArray(data.records)) return byPath;
	for (const record of data.records) {
		if (typeof record === "object" && record !== null && typeof record.path === "string" && typeof record.mtime === "number" && typeof record.size === "number") {
			byPath.set(record.path, record);
		}
	}
	return byPath;
}
