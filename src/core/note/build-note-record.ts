import type { EncodingProblem, SourceFile, SourceMetadata } from "./note-source";
import type { Translate } from "../i18n/translator";
import type { IdeaItem, NoteLink, NoteRecord } from "./note-record";
import { collectTags } from "./normalize-tag";
import { parseNoteDate } from "./parse-note-date";
import { parseLink } from "./parse-link";
import { headingKey } from "./extract-idea-items";
import { noteType } from "./property-of";
import { visibleText } from "./visible-text";

/** Everything a record is built from. */
export interface NoteRecordInput {
	file: SourceFile;
	metadata: SourceMetadata;
	ideaHeadings: readonly string[];
	resolveLink: (linkpath: string, fromPath: string) => string | null;
	translate: Translate;
	/** The ideas found under the idea headings; absent when the note has none (its text was not read). */
	ideaItems?: IdeaItem[];
	/** What the index's other extractors read from the note's text, by key (see note-extractor.ts). */
	extracts?: Record<string, unknown>;
	/** The note's links, already resolved (by the index, across slices); else they are resolved here. */
	links?: NoteLink[];
	/** What the note's text showed about its bytes, when it was read. */
	encodingProblem?: EncodingProblem;
}

/** The keys of the idea headings of one settings list: computed once per list, not once per note. */
const wantedKeys = new WeakMap<readonly string[], Set<string>>();

/** Whether the note has one of the idea-section headings, and so needs its text read. */
export function hasIdeaSection(metadata: SourceMetadata, ideaHeadings: readonly string[]): boolean {
	let wanted = wantedKeys.get(ideaHeadings);
	if (!wanted) {
		wanted = new Set(ideaHeadings.map(headingKey));
		wantedKeys.set(ideaHeadings, wanted);
	}
	const keys = wanted;
	return metadata.headings.some((h) => keys.has(headingKey(h.heading)));
}

/** Resolves each link against the vault as it is now. */
export function resolveLinks(links: readonly NoteLink[], fromPath: string, resolve: (linkpath: string, fromPath: string) => string | null): NoteLink[] {
	return links.map((link) => {
		// A link to a heading of the same note (`[[#Idées]]`) points at the note itself.
		const resolvedPath = link.target === "" ? fromPath : resolve(link.target, fromPath);
		return { ...link, resolved: resolvedPath !== null, resolvedPath };
	});
}

function dateOf(value: unknown, field: string, fallback: number, warnings: string[], translate: Translate): number | null {
	const date = parseNoteDate(value);
	if (date.kind === "date") return date.time;
	if (date.kind === "invalid") warnings.push(translate("warning.badDate", { field, value: date.raw }));
	return Number.isFinite(fallback) && fallback > 0 ? fallback : null;
}

/** Share of control characters and undecodable bytes at the start of a file above which it is binary data, not a note with a stray NUL. */
const BINARY_SHARE = 0.1;
const SAMPLE_CHARS = 4096;

/** Whether a text is binary data: more than one character in ten of its start is a control character or an undecodable byte. */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, SAMPLE_CHARS);
	const odd = sample.match(/[^\P{Cc}\t\n\r]|\uFFFD/gu)?.length ?? 0;
	return sample.length > 0 && odd / sample.length > BINARY_SHARE;
}

/**
 * What a text's characters say about the bytes it was decoded from: binary data ({@link looksBinary}), or
 * U+FFFD, which a UTF-8 decoder puts in place of bytes it could not read.
 */
export function encodingProblemOf(text: string): EncodingProblem | undefined {
	if (looksBinary(text)) return "binary";
	if (text.includes("\uFFFD")) return "invalid-utf8";
	return undefined;
}

/** Problems of a file the metadata already shows, for every file, kept by the index or not. */
export function fileProblems(metadata: SourceMetadata, translate: Translate, encoding = metadata.encodingProblem): string[] {
	const problems: string[] = [];
	if (encoding === "binary") problems.push(translate("warning.notText"));
	else if (encoding === "invalid-utf8") problems.push(translate("warning.invalidUtf8"));
	if (metadata.frontmatterUnclosed === true) problems.push(translate("warning.unclosedFrontmatter"));
	if (metadata.frontmatterError !== undefined) problems.push(translate("warning.brokenFrontmatter", { error: metadata.frontmatterError }));
	return problems;
}

/** Builds what the index keeps about one note. Pure: the caller reads files and metadata. */
export function buildNoteRecord(input: NoteRecordInput): NoteRecord {
	const { file, metadata, translate } = input;
	const warnings = fileProblems(metadata, translate, input.encodingProblem ?? metadata.encodingProblem);
	const properties = metadata.frontmatter ?? {};
	const links =
		input.links ??
		resolveLinks(
			metadata.links.map((link) => ({ ...parseLink(link), resolved: false, resolvedPath: null })),
			file.path,
			input.resolveLink,
		);
	const ideaItems = input.ideaItems ?? [];
	return {
		path: file.path,
		title: file.basename,
		tags: collectTags(metadata.frontmatter, metadata.inlineTags),
		type: noteType(properties),
		created: dateOf(properties.created, "created", file.ctime, warnings, translate),
		updated: dateOf(properties.updated, "updated", file.mtime, warnings, translate),
		links,
		headings: metadata.headings.map((h) => ({ text: visibleText(h.heading), level: h.level })),
		ideaItems,
		extracts: input.extracts ?? {},
		warnings,
		properties,
		mtime: file.mtime,
		size: file.size,
	};
}
