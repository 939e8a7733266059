import type { NoteRecord } from "../note/note-record";
import { propertyOf } from "../note/property-of";
import { channelOf, toDraft } from "../drafting/draft";
import type { FormatSetting } from "../drafting/format-setting";
import { isoDay } from "../text/date-field";
import { draftResults, type DraftResults } from "./draft-results";
import type { MetricSetting } from "./metric-setting";

/** A published draft as an import of results matches it: where it was published, when, on what channel, and the figures it has. */
export interface PublishedDraft {
	path: string;
	title: string;
	/** The `url` property as written, or null. */
	url: string | null;
	/** The day of the `published` property (`YYYY-MM-DD`), or null. */
	day: string | null;
	channel: string | null;
	results: DraftResults;
}

function text(value: unknown): string | null {
	return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** The day a date property holds as written (`2026-12-06`, `2026-12-06T10:00`), or null. */
function dayOf(value: unknown): string | null {
	const written = value instanceof Date ? value.toISOString() : text(value);
	const day = written === null ? undefined : /^(\d{4}-\d{2}-\d{2})/.exec(written)?.[1];
	if (day === undefined) return null;
	return isoDay(day);
}

/** The note as a published draft, or null when it is not a draft or not published. */
export function publishedDraft(record: NoteRecord, formats: readonly FormatSetting[], metrics: readonly MetricSetting[]): PublishedDraft | null {
	const draft = toDraft(record);
	if (!draft?.published) return null;
	return {
		path: draft.path,
		title: draft.title,
		url: text(propertyOf(record.properties, "url")),
		day: dayOf(propertyOf(record.properties, "published")),
		channel: channelOf(draft, formats),
		results: draftResults(record.properties, metrics),
	};
}
