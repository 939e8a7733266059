import type { NoteRecord } from "../note/note-record";
import { propertyOf } from "../note/property-of";
import { parseNoteDate } from "../note/parse-note-date";
import { foldedText } from "../text/comparable-text";
import { linkTargetsOf, resolvedTargetOf } from "../note/link-target";
import type { FormatSetting } from "./format-setting";
import { PLANNED_KEY, readPlannedDate, type PlannedDate } from "./planned-date";
import { resultsReadDay } from "../results/draft-results";

/** The idea a draft was written from, as its `idea` property names it. */
export interface DraftIdeaLink {
	/** Link text without alias or subpath (`Idées/Mon idée`), or the plain text written. */
	target: string;
	/** Vault path the link resolves to, or null when it resolves to no note (yet). */
	path: string | null;
}

/** A draft note (`type: draft`) as the board and the stats see it. */
export interface Draft {
	path: string;
	/** File name without extension. */
	title: string;
	/** The ideas it serves: usually one; a hand-edited list gives several; none when the property is missing. */
	ideas: DraftIdeaLink[];
	/** The `format` property as written (a format key), or null. */
	format: string | null;
	/** The `channel` property as written, or null (the format's channel then applies). */
	channel: string | null;
	published: boolean;
	/** The `published` date, epoch ms, or null when missing or unreadable. */
	publishedAt: number | null;
	/** Epoch ms, from the index (property first, file time as fallback). */
	created: number | null;
	/** When it is to be published (`planned`), or null when not planned or unreadable. */
	planned: PlannedDate | null;
	/** The draft this one re-invests (`reinvested-from`, a link written the way `idea` is), or null for a first draft. */
	reinvestedFrom: DraftIdeaLink | null;
	/** The day its results were read (`results-read`, `YYYY-MM-DD`), or null. */
	resultsRead: string | null;
}

/** The property of a re-invested draft that links the draft it was made from. */
export const REINVESTED_FROM_KEY = "reinvested-from";

/** Status values that mean published: the stored value, and the French words a writer may type by hand. */
const PUBLISHED = new Set(["published", "publie", "publiee"]);

function text(value: unknown): string | null {
	let current = value;
	while (Array.isArray(current) && current.length > 0) current = (current as unknown[])[0];
	if (typeof current !== "string" && typeof current !== "number") return null;
	const trimmed = String(current).trim();
	return trimmed === "" ? null : trimmed;
}


/** Whether a `status` says published: `published`, or the French words a writer may type by hand (`publié`, `publiée`). */
export function isPublishedStatus(value: unknown): boolean {
	const status = text(value);
	return status !== null && PUBLISHED.has(foldedText(status));
}

/** Whether a note is a draft note: its `type` is `draft`. */
export function isDraftRecord(record: Pick<NoteRecord, "type">): boolean {
	return record.type === "draft";
}

/** The draft a note is, or null when it is not a draft note. Pure: links resolve through the record's own resolved links. */
export function toDraft(record: NoteRecord): Draft | null {
	if (!isDraftRecord(record)) return null;
	const date = parseNoteDate(text(propertyOf(record.properties, "published")) ?? undefined);
	const [source] = linkTargetsOf(propertyOf(record.properties, REINVESTED_FROM_KEY));
	return {
		path: record.path,
		title: record.title,
		ideas: linkTargetsOf(propertyOf(record.properties, "idea")).map((target) => ({ target, path: resolvedTargetOf(record, target) })),
		format: text(propertyOf(record.properties, "format")),
		channel: text(propertyOf(record.properties, "channel")),
		published: isPublishedStatus(propertyOf(record.properties, "status")),
		publishedAt: date.kind === "date" ? date.time : null,
		created: record.created,
		planned: readPlannedDate(propertyOf(record.properties, PLANNED_KEY)),
		reinvestedFrom: source === undefined ? null : { target: source, path: resolvedTargetOf(record, source) },
		resultsRead: resultsReadDay(record.properties),
	};
}

/** The channel a draft is published on: its own `channel`, else its format's. */
export function channelOf(draft: Draft, formats: readonly FormatSetting[]): string | null {
	if (draft.channel !== null) return draft.channel;
	const channel = formats.find((f) => f.key === draft.format)?.channel ?? "";
	return channel === "" ? null : channel;
}
