import type { NoteRecord } from "../../../src/core/note/note-record";

/** A NoteRecord with sensible empty defaults, for pipeline tests. */
export function makeRecord(path: string, extra: Partial<NoteRecord> = {}): NoteRecord {
	const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
	return {
		path,
		title: name,
		tags: [],
		type: null,
		created: null,
		updated: null,
		links: [],
		headings: [],
		ideaItems: [],
		warnings: [],
		properties: {},
		mtime: 0,
		size: 0,
		...extra,
	};
}
