import type { IdeaItem, NoteRecord } from "../../../src/core/note/note-record";
import { noteType } from "../../../src/core/note/property-of";

/** A NoteRecord with sensible empty defaults, for pipeline tests; its `type` read from its properties, as the index does. */
export function makeRecord(path: string, extra: Partial<NoteRecord> = {}): NoteRecord {
	const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
	return {
		path,
		title: name,
		tags: [],
		created: null,
		updated: null,
		links: [],
		headings: [],
		ideaItems: [],
		extracts: {},
		warnings: [],
		properties: {},
		mtime: 0,
		size: 0,
		...extra,
		type: extra.type !== undefined ? extra.type : noteType(extra.properties),
	};
}

/** Ideas without details, one a line from the note's line `from`: what the index reads under an idea heading from a plain list. */
export function ideaItems(titles: readonly string[], from = 1): IdeaItem[] {
	return titles.map((title, n) => ({ title, details: [], line: from + n }));
}
