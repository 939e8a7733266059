import type { NoteExtractor } from "../note/note-extractor";
import { compactCacheTuple, fullCacheTuple } from "../note/cache-tuple";
import type { NoteRecord } from "../note/note-record";
import { parseEtButBlocks, type EtButBlock, type EtButResult } from "./et-but-blocks";
import { isBookNote, type BookNoteRule } from "./is-book-note";

/** Key of the ET/BUT blocks on a record's extracts and in the cache. */
export const ET_BUT_KEY = "etBut";

type CachedBlock = [string, string, string, string, string, string | null, number, number, 0 | 1, string, string];

const isString = (value: unknown): value is string => typeof value === "string";
const isLine = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

function blockFromCache(raw: unknown): EtButBlock | null {
	if (!Array.isArray(raw) || raw.length !== 11) return null;
	const [idea, location, and, but, mine, id, from, to, form, andLabel, butLabel] = raw as unknown[];
	if (![idea, location, and, but, mine, andLabel, butLabel].every(isString) || !(id === null || isString(id)) || !isLine(from) || !isLine(to) || (form !== 0 && form !== 1)) return null;
	return {
		idea: idea as string,
		location: location as string,
		and: and as string,
		but: but as string,
		mine: mine as string,
		labels: { and: andLabel as string, but: butLabel as string },
		id,
		from,
		to,
		form: form === 1 ? "heading" : "callout",
	};
}

/**
 * The index's extractor of ET/BUT blocks: book notes only (`type: book`, or the books folder and book tags of
 * `rule`, the settings in force), which the index keeps even untyped and unwatched; parsed again only when they changed.
 */
export function etButExtractor(rule: () => BookNoteRule): NoteExtractor<EtButResult> {
	return {
		key: ET_BUT_KEY,
		needsText: (_metadata, note) => isBookNote(note, rule()),
		keeps: (_metadata, note) => isBookNote(note, rule()),
		extract: (lines, _metadata, pause) => parseEtButBlocks(lines, pause),
		warnings(result, translate) {
			return [
				...result.unlabelled.map((line) => translate("warning.etButUnlabelled", { line: line + 1 })),
				...result.tooLarge.map((line) => translate("warning.etButTooLarge", { line: line + 1 })),
			];
		},
		// A book note with no block and no warning is `[]`: most book notes found by tag hold none.
		toCache: (result) => compactCacheTuple([result.blocks.map((b): CachedBlock => [b.idea, b.location, b.and, b.but, b.mine, b.id, b.from, b.to, b.form === "heading" ? 1 : 0, b.labels.and, b.labels.but]), result.unlabelled, result.tooLarge]),
		fromCache(raw) {
			const tuple = fullCacheTuple(raw, 3);
			if (tuple === null) return null;
			const [blocks, unlabelled, tooLarge] = tuple as [unknown[], unknown[], unknown[]];
			if (!unlabelled.every(isLine) || !tooLarge.every(isLine)) return null;
			const read = blocks.map(blockFromCache);
			if (read.some((block) => block === null)) return null;
			return { blocks: read as EtButBlock[], unlabelled, tooLarge };
		},
		// "3": the ET and MAIS labels kept as typed; the books folder and tags say which notes are read.
		settingsKey: () => JSON.stringify(["3", rule().booksFolder, rule().bookTags]),
	};
}

/** The ET/BUT blocks the index found in a book note; none for any other note. */
export function etButBlocksOf(record: Pick<NoteRecord, "extracts">): EtButBlock[] {
	const result = record.extracts[ET_BUT_KEY] as EtButResult | undefined;
	return result?.blocks ?? [];
}
