import type { NoteLink, NoteRecord } from "../note/note-record";
import type { Translate } from "../i18n/translator";
import type { NoteSource, SourceFile, SourceMetadata } from "../note/note-source";
import { buildNoteRecord, encodingProblemOf, fileProblems, resolveLinks } from "../note/build-note-record";
import type { IdeaItemsResult } from "../note/extract-idea-items";
import { IDEA_ITEMS_KEY } from "../note/idea-items-extractor";
import { NoteLines } from "../note/note-lines";
import { collectTags } from "../note/normalize-tag";
import { parseLink } from "../note/parse-link";
import { noteType } from "../note/property-of";
import type { CachedRead } from "./index-cache";
import type { NoteExtractor, NoteFacts } from "../note/note-extractor";

/** A file's record (null when the index does not keep it) and its problems. */
export interface Built {
	record: NoteRecord | null;
	problems: string[];
}

/** A note that needs more than its metadata: its text read, or many links resolved across slices. */
export interface PendingNote {
	metadata: SourceMetadata;
	needsText: boolean;
}

/** A file this large is read in a slice of its own: reading and scanning megabytes takes milliseconds. */
const LARGE_FILE_BYTES = 256 * 1024;

/** Links resolved in one go: a note with thousands of links is resolved across slices. */
const LINKS_PER_STEP = 500;

export interface NoteReaderOptions {
	source: NoteSource;
	translate: Translate;
	/** The idea-section headings of the settings in force. */
	ideaHeadings: () => readonly string[];
	/** What is read from note texts: the idea items first, then each capability's extractor. */
	extractors: readonly NoteExtractor[];
	/** Whether tags hold a watched one, under the settings in force. */
	isWatched: (tags: readonly string[]) => boolean;
	/** Yields to the app when the current slice of work is used up, or at once with `fresh`. */
	breathe: (fresh?: boolean) => Promise<unknown>;
}

/** What the extractors are told of a note before its text is read: its path, type and tags, as its record will have them. */
function noteFacts(file: SourceFile, metadata: SourceMetadata): NoteFacts {
	return { path: file.path, type: noteType(metadata.frontmatter), tags: collectTags(metadata.frontmatter, metadata.inlineTags) };
}

/** Builds the index's record of one file, from the metadata cache and, only where needed, the file's text. */
export class NoteReader {
	constructor(private readonly options: NoteReaderOptions) {}

	/**
	 * Everything that needs no file read and few links, done synchronously: most files of a vault are
	 * settled here, without a promise per file. Notes an extractor needs the text of, or with many links, go on to {@link NoteReader.complete}.
	 */
	classify(file: SourceFile): { built: Built } | PendingNote {
		const { source, translate } = this.options;
		const metadata = source.getMetadata(file.path);
		if (!metadata) return { built: { record: null, problems: [] } };
		const note = noteFacts(file, metadata);
		const included = this.options.isWatched(note.tags) || note.type !== null || this.options.extractors.some((extractor) => extractor.keeps?.(metadata, note) === true);
		if (!included) return { built: { record: null, problems: fileProblems(metadata, translate) } };
		const needsText = metadata.encodingProblem !== "binary" && this.options.extractors.some((extractor) => extractor.needsText(metadata, note));
		if (needsText || metadata.links.length > LINKS_PER_STEP) return { metadata, needsText };
		const record = buildNoteRecord({ file, metadata, ideaHeadings: this.options.ideaHeadings(), resolveLink: (l, from) => source.resolveLink(l, from), translate });
		return { built: { record, problems: record.warnings } };
	}

	/** Builds the record of a note that needs its text (unless `read` still holds it) or many links resolved, across slices. */
	async complete(file: SourceFile, step: PendingNote, read: CachedRead | null, reads: Map<string, CachedRead>): Promise<Built> {
		const { metadata } = step;
		const { translate } = this.options;
		const readWarnings: string[] = [];
		let result = read;
		if (step.needsText && !result) {
			try {
				result = await this.readText(file, metadata);
			} catch (error) {
				readWarnings.push(translate("warning.readFailed", { error: error instanceof Error ? error.message : String(error) }));
			}
		}
		if (result) reads.set(file.path, result);
		const links = await this.resolveInSteps(metadata, file.path);
		const extracts: Record<string, unknown> = {};
		const extractWarnings: string[] = [];
		for (const extractor of this.options.extractors) {
			if (!result || !Object.prototype.hasOwnProperty.call(result.extracts, extractor.key)) continue;
			const value = result.extracts[extractor.key];
			extractWarnings.push(...extractor.warnings(value, translate));
			if (extractor.key !== IDEA_ITEMS_KEY) extracts[extractor.key] = value;
		}
		const ideas = result?.extracts[IDEA_ITEMS_KEY] as IdeaItemsResult | undefined;
		const record = buildNoteRecord({
			file,
			metadata,
			ideaHeadings: this.options.ideaHeadings(),
			resolveLink: (l, from) => this.options.source.resolveLink(l, from),
			translate,
			links,
			extracts,
			...(ideas ? { ideaItems: ideas.items } : {}),
			...(result?.encoding !== undefined ? { encodingProblem: result.encoding } : {}),
		});
		record.warnings.push(...extractWarnings, ...readWarnings);
		return { record, problems: record.warnings };
	}

	/**
	 * Reads a note's text and gives its lines to each extractor that needs them (`only`: those
	 * extractors alone), in slices; a file that is not text is not parsed.
	 */
	async readText(file: SourceFile, metadata: SourceMetadata, only?: readonly NoteExtractor[]): Promise<CachedRead> {
		if (file.size > LARGE_FILE_BYTES) await this.options.breathe(true);
		const text = await this.options.source.read(file.path);
		const encoding = metadata.encodingProblem ?? encodingProblemOf(text);
		const extracts: Record<string, unknown> = {};
		if (encoding !== "binary") {
			const lines = new NoteLines(text);
			const pause = (): Promise<void> => this.options.breathe().then(() => undefined);
			const note = noteFacts(file, metadata);
			for (const extractor of only ?? this.options.extractors) {
				if (extractor.needsText(metadata, note)) extracts[extractor.key] = await extractor.extract(lines, metadata, pause);
			}
		}
		return { mtime: file.mtime, size: file.size, extracts, ...(encoding !== undefined ? { encoding } : {}) };
	}

	/** The note's links, resolved a few hundred at a time with a yield between: ten thousand links never hold the app. */
	private async resolveInSteps(metadata: SourceMetadata, path: string): Promise<NoteLink[]> {
		const links: NoteLink[] = [];
		for (let at = 0; at < metadata.links.length; at += LINKS_PER_STEP) {
			if (at > 0) await this.options.breathe();
			const step = metadata.links.slice(at, at + LINKS_PER_STEP).map((link) => ({ ...parseLink(link), resolved: false, resolvedPath: null }));
			links.push(...resolveLinks(step, path, (l, from) => this.options.source.resolveLink(l, from)));
		}
		return links;
	}
}
