import type { NoteExtractor } from "../note/note-extractor";
import type { NoteRecord } from "../note/note-record";
import { noteType } from "../note/property-of";
import { parseEtButBlocks, type EtButBlock, type EtButResult } from "./et-but-blocks";

/** Key of the ET/BUT blocks on a record's extracts and in the cache. */
export const ET_BUT_KEY = "etBut";

type CachedBlock = [string, string, string, string, string, string | null, number, number, 0 | 1];

const isString = (value: unknown): value is string => typeof value === "string";
const isLine = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

function blockFromCache(raw: unknown): EtButBlock | null {
	if (!Array.isArray(raw) || raw.length !== 9) return null;
	const [idea, location, and, but, mine, id, from, to, form] = raw as unknown[];
	if (![idea, location, and, but, mine].every(isString) || !(id === null || isString(id)) || !isLine(from) || !isLine(to) || (form !== 0 && form !== 1)) return null;
	return { idea: idea as string, location: location as string, and: and as string, but: but as string, mine: mine as string, id, from, to, form: form === 1 ? "heading" : "callout" };
}

/** The index's extractor of ET/BUT blocks: notes of `type: book` only, parsed again only when they changed. */
export const etButExtractor: NoteExtractor<EtButResult> = {
	key: ET_BUT_KEY,
	needsText: (metadata) => noteType(metadata.frontmatter) === "book",
	extract: (lines, _metadata, pause) => parseEtButBlocks(lines, pause),
	warnings(result, translate) {
		return [
			...result.unlabelled.map((line) => translate("warning.etButUnlabelled", { line: line + 1 })),
			...result.tooLarge.map((line) => translate("warning.etButTooLarge", { line: line + 1 })),
		];
	},
	toCache: (result) => [result.blocks.map((b): CachedBlock => [b.idea, b.location, b.and, b.but, b.mine, b.id, b.from, b.to, b.form === "heading" ? 1 : 0]), result.unlabelled, result.tooLarge],
	fromCache(raw) {
		if (!Array.isArray(raw) || raw.length !== 3) return null;
		const [blocks, unlabelled, tooLarge] = raw as unknown[];
		if (!Array.isArray(blocks) || !Array.isArray(unlabelled) || !unlabelled.every(isLine) || !Array.isArray(tooLarge) || !tooLarge.every(isLine)) return null;
		const read = blocks.map(blockFromCache);
		if (read.some((block) => block === null)) return null;
		return { blocks: read as EtButBlock[], unlabelled, tooLarge };
	},
	// "2": code, math and comments no longer read as words, ids read on their own line in heading blocks.
	settingsKey: () => "2",
};

/** The ET/BUT blocks the index found in a book note; none for any other note. */
export function etButBlocksOf(record: Pick<NoteRecord, "extracts">): EtButBlock[] {
	const result = record.extracts[ET_BUT_KEY] as EtButResult | undefined;
	return result?.blocks ?? [];
}
