import type { NoteExtractor } from "./note-extractor";
import { compactCacheTuple, fullCacheTuple } from "./cache-tuple";
import type { Translate } from "../i18n/translator";
import type { IdeaItem } from "./note-record";
import { extractIdeaItems, type IdeaItemsResult } from "./extract-idea-items";
import { hasIdeaSection } from "./build-note-record";
import type { GuardedPart } from "./idea-block-reader";

const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function isPart(value: unknown): value is { heading: string; size: number; reason?: unknown } {
	return typeof value === "object" && value !== null && isString((value as { heading?: unknown }).heading) && isNumber((value as { size?: unknown }).size);
}

/** An idea as the cache keeps it, flat to keep the cache small: `[line, title, ...details]`. */
function ideaFromCache(value: unknown): IdeaItem | null {
	if (!Array.isArray(value)) return null;
	const [line, title, ...details] = value as unknown[];
	if (!isNumber(line) || !isString(title) || !details.every(isString)) return null;
	return { title, details, line };
}

function reasonOf(value: unknown): GuardedPart["reason"] {
	return value === "deep" || value === "details" ? value : "large";
}

function kilobytes(chars: number): string {
	return `${Math.max(1, Math.round(chars / 1024))} KB`;
}

const WARNINGS = { deep: "warning.ideaBlockTooDeep", large: "warning.ideaBlockTooLarge", details: "warning.ideaDetailsTooLarge" } as const;

/** Key of the idea items on a record's extracts and in the cache. */
export const IDEA_ITEMS_KEY = "ideas";

/** The grain the ideas are read at: caches of reads at another grain (items without details) are stale. */
const READER_GRAIN = "idea-blocks";

/** The index's first extractor: the ideas under the idea-section headings, with their details (see extract-idea-items.ts). */
export function ideaItemsExtractor(ideaHeadings: () => readonly string[]): NoteExtractor<IdeaItemsResult> {
	return {
		key: IDEA_ITEMS_KEY,
		needsText: (metadata) => hasIdeaSection(metadata, ideaHeadings()),
		extract: (lines, metadata, pause) => extractIdeaItems(lines, metadata.headings, ideaHeadings(), pause),
		warnings(result: IdeaItemsResult, translate: Translate): string[] {
			return [
				...result.skipped.map((skipped) => translate("warning.sectionTooLarge", { heading: skipped.heading, size: kilobytes(skipped.size) })),
				...result.guarded.map((part) => translate(WARNINGS[part.reason], { heading: part.heading, size: kilobytes(part.size) })),
			];
		},
		// Arrays, not objects, and no empty lists at the end, to keep the cache small.
		toCache: (result) => compactCacheTuple([result.items.map((idea) => [idea.line, idea.title, ...idea.details]), result.skipped, result.guarded]),
		fromCache(raw) {
			const tuple = fullCacheTuple(raw, 3);
			if (tuple === null) return null;
			const [items, skipped, guarded] = tuple as [unknown[], unknown[], unknown[]];
			const ideas = items.map(ideaFromCache);
			if (!ideas.every((idea): idea is IdeaItem => idea !== null)) return null;
			if (!skipped.every(isPart) || !guarded.every(isPart)) return null;
			return {
				items: ideas,
				skipped: skipped.map((part) => ({ heading: part.heading, size: part.size })),
				guarded: guarded.map((part) => ({ heading: part.heading, size: part.size, reason: reasonOf(part.reason) })),
			};
		},
		settingsKey: () => JSON.stringify([READER_GRAIN, ideaHeadings()]),
	};
}
