import type { SourceFile, SourceMetadata } from "./note-source";
import type { Translate } from "../i18n/translator";
import type { NoteLink, NoteRecord } from "./note-record";
import { collectTags } from "./normalize-tag";
import { parseNoteDate } from "./parse-note-date";
import { parseLink } from "./parse-link";
import { headingKey, type IdeaItemsResult } from "./extract-idea-items";
import { noteType } from "./property-of";

/** Everything a record is built from. */
export interface NoteRecordInput {
	file: SourceFile;
	metadata: SourceMetadata;
	ideaHeadings: readonly string[];
	resolveLink: (linkpath: string, fromPath: string) => string | null;
	translate: Translate;
	/** What was found under the idea headings; absent when the note has none (its text was not read). */
	ideaItems?: IdeaItemsResult;
}

/** Whether the note has one of the idea-section headings, and so needs its text read. */
export function hasIdeaSection(metadata: SourceMetadata, ideaHeadings: readonly string[]): boolean {
	const wanted = new Set(ideaHeadings.map(headingKey));
	return metadata.headings.some((h) => wanted.has(headingKey(h.heading)));
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

/** The note's lines, as the metadata cache numbers them. */
export function splitLines(text: string): string[] {
	return text.replace(/^\uFEFF/, "").split(/\r?\n/);
}

/** Builds what the index keeps about one note. Pure: the caller reads files and metadata. */
export function buildNoteRecord(input: NoteRecordInput): NoteRecord {
	const { file, metadata, translate } = input;
	const warnings: string[] = [];
	if (metadata.frontmatterError !== undefined) warnings.push(translate("warning.brokenFrontmatter", { error: metadata.frontmatterError }));
	const properties = metadata.frontmatter ?? {};
	const links = resolveLinks(
		metadata.links.map((link) => ({ ...parseLink(link), resolved: false, resolvedPath: null })),
		file.path,
		input.resolveLink,
	);
	const ideaItems = input.ideaItems?.items ?? [];
	if (input.ideaItems) {
		for (const skipped of input.ideaItems.skipped) {
			warnings.push(translate("warning.sectionTooLarge", { heading: skipped.heading, size: `${Math.round(skipped.size / 1024)} KB` }));
		}
	}
	return {
		path: file.path,
		title: file.basename,
		tags: collectTags(metadata.frontmatter, metadata.inlineTags),
		type: noteType(properties),
		created: dateOf(properties.created, "created", file.ctime, warnings, translate),
		updated: dateOf(properties.updated, "updated", file.mtime, warnings, translate),
		links,
		headings: metadata.headings.map((h) => ({ text: h.heading, level: h.level })),
		ideaItems,
		warnings,
		properties,
		mtime: file.mtime,
		size: file.size,
	};
}
