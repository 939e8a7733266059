import type { NoteRecord } from "../note/note-record";
import type { StageSetting } from "../settings/studio-settings";
import { matchStage, type StageMatch } from "./stage-matcher";
import { propertyOf } from "../note/property-of";
import { displayText } from "../text/display-text";
import { normalizeTag } from "../note/normalize-tag";
import { parseOrigin, type IdeaOrigin } from "./idea-origin";
import { baseNameOf, resolvedTargetOf, sourceTargetOf } from "../note/link-target";
import { parseNoteDate } from "../note/parse-note-date";
import { STAGE_SINCE_KEY } from "./stage-since";

/** An idea note as the pipeline sees it. */
export interface Idea {
	path: string;
	/** What a person reads: {@link text} with its links shown as their display text. */
	title: string;
	/** The idea's words as written: the `title` property, or the file name for a note without one. */
	text: string;
	status: StageMatch;
	/** Epoch milliseconds, or null. */
	created: number | null;
	updated: number | null;
	tags: string[];
	/** Link text of the `source` property without alias or subpath (`Journal 2024-03-01`), or null. */
	sourceTarget: string | null;
	/** Vault path the `source` link resolves to, or null when absent or unresolved. */
	sourcePath: string | null;
	/** Block id the `source` link points at (`et-but-3` in `[[Expert Secrets#^et-but-3]]`), or null. */
	sourceBlock?: string | null;
	/** Where the idea comes from (`origin`: book, knowledge, quote), or null when not said. */
	origin?: IdeaOrigin | null;
	/** The day it came into its stage (`stage-since`, written by a move), epoch ms; null when no move recorded it. */
	stageSince?: number | null;
}

export { propertyOf };

/** Whether a note is an idea note: its `type` is `idea` (read once, by the index, with {@link noteType}). */
export function isIdeaRecord(record: NoteRecord): boolean {
	return record.type === "idea";
}


/** The block id a `source` link points at: `[[Book#^et-but-3]]` gives `et-but-3`. */
export function sourceBlockOf(value: unknown): string | null {
	let current: unknown = value;
	while (Array.isArray(current)) current = (current as unknown[])[0];
	if (typeof current !== "string") return null;
	return /#\^([A-Za-z0-9-]+)/.exec(current)?.[1] ?? null;
}


/** The tags that mean "idea" whatever the setting says: the English and the French one. */
export const IDEA_TAGS: readonly string[] = ["idea", "idée"];

/**
 * The note's tags with `idea`, `idée` and the configured idea tag all shown as the configured one,
 * once: they mean the same, so the board's tag filter lists one entry and finds all of them.
 */
export function withIdeaTag(tags: readonly string[], ideaTag: string): string[] {
	const canonical = normalizeTag(ideaTag) ?? IDEA_TAGS[0] ?? "idea";
	const synonyms = new Set([...IDEA_TAGS, canonical]);
	return [...new Set(tags.map((tag) => (synonyms.has(tag) ? canonical : tag)))];
}

/** The idea's words as written: a non-blank `title` property (one line, as typed), else the file name. */
export function ideaTextOf(record: Pick<NoteRecord, "title" | "properties">): string {
	const title = propertyOf(record.properties, "title");
	if (typeof title === "string" && title.trim() !== "") return title.trim();
	return record.title;
}

/**
 * The pipeline's view of a note, or null when the note is not an idea note. With `ideaTag`, the
 * idea tags are merged under it ({@link withIdeaTag}).
 */
export function toIdea(record: NoteRecord, stages: readonly StageSetting[], ideaTag?: string): Idea | null {
	if (!isIdeaRecord(record)) return null;
	const source = propertyOf(record.properties, "source");
	const sourceTarget = sourceTargetOf(source);
	const text = ideaTextOf(record);
	const since = parseNoteDate(propertyOf(record.properties, STAGE_SINCE_KEY));
	return {
		path: record.path,
		title: displayText(text),
		text,
		status: matchStage(stages, propertyOf(record.properties, "status")),
		created: record.created,
		updated: record.updated,
		tags: ideaTag === undefined ? [...record.tags] : withIdeaTag(record.tags, ideaTag),
		sourceTarget,
		sourcePath: sourceTarget === null ? null : resolvedTargetOf(record, sourceTarget),
		sourceBlock: sourceBlockOf(source),
		origin: parseOrigin(propertyOf(record.properties, "origin")),
		stageSince: since.kind === "date" ? since.time : null,
	};
}


/** The title to show for an idea's source note: from the resolved path, else from the link text; null without source. */
export function sourceTitleOf(idea: Pick<Idea, "sourcePath" | "sourceTarget">): string | null {
	if (idea.sourcePath !== null) return baseNameOf(idea.sourcePath);
	if (idea.sourceTarget !== null) return baseNameOf(idea.sourceTarget);
	return null;
}
