import type { Translate } from "../i18n/translator";
import type { SourceMetadata } from "./note-source";
import type { NoteLines } from "./note-lines";
import type { NoteRecord, NoteWarning } from "./note-record";

/** What the index knows of a note before reading its text, made once a note: its path, its `type` in lower case (or null), its normalised tags. */
export type NoteFacts = Pick<NoteRecord, "path" | "type" | "tags">;

/**
 * What one capability reads from a note's text (idea items, ET/BUT blocks of a book...): the index
 * reads a note's text only when an extractor needs it, gives its lines to each extractor that does,
 * keeps each result on the record (`extracts[key]`) and in the cache, and parses again only when the
 * note changed. One index, one pass over the vault, whatever the number of capabilities.
 */
export interface NoteExtractor<T = unknown> {
	/** Stable key of the result on the record and in the cache. */
	readonly key: string;
	/** Whether this note's text must be read for this extractor, from its metadata and what the index knows of it: a cheap test run on every note the index keeps. */
	needsText(metadata: SourceMetadata, note: NoteFacts): boolean;
	/**
	 * Whether the index keeps a note that is neither watched nor typed, because this extractor reads it (a book
	 * note by its folder or tag): a cheap test run on every such note. Without it, the extractor reads only notes kept anyway.
	 */
	keeps?(metadata: SourceMetadata, note: NoteFacts): boolean;
	/** What the note's lines give; `pause` is awaited between pieces of work, so that no task holds the app for long. */
	extract(lines: NoteLines, metadata: SourceMetadata, pause: () => Promise<void>): Promise<T>;
	/** Messages for the note's warnings, in the writer's language. */
	warnings(result: T, translate: Translate): string[];
	/** The result as small JSON for the cache. */
	toCache(result: T): unknown;
	/** The result back from the cache, or null when what the cache holds is not one (corrupt, older). */
	fromCache(raw: unknown): T | null;
	/** Settings that shape the result (the idea headings...): a cache made with others is stale. */
	settingsKey(): string;
	/** Warnings that only the whole vault can tell (a draft whose idea finds no note), asked for with the index's warnings. */
	vaultWarnings?(records: Iterable<NoteRecord>, translate: Translate): NoteWarning[];
}
