import type { NoteExtractor } from "./note-extractor";
import type { Translate } from "../i18n/translator";
import { extractIdeaItems, type IdeaItemsResult } from "./extract-idea-items";
import { hasIdeaSection } from "./build-note-record";

const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function isPart(value: unknown): value is { heading: string; size: number; reason?: unknown } {
	return typeof value === "object" && value !== null && isString((value as { heading?: unknown }).heading) && isNumber((value as { size?: unknown }).size);
}

function kilobytes(chars: number): string {
	return `${Math.max(1, Math.round(chars / 1024))} KB`;
}

/** Key of the idea items on a record's extracts and in the cache. */
export const IDEA_ITEMS_KEY = "ideas";

/** The index's first extractor: the list items under the idea-section headings (see extract-idea-items.ts). */
export function ideaItemsExtractor(ideaHeadings: () => readonly string[]): NoteExtractor<IdeaItemsResult> {
	return {
		key: IDEA_ITEMS_KEY,
		needsText: (metadata) => hasIdeaSection(metadata, ideaHeadings()),
		extract: (lines, metadata, pause) => extractIdeaItems(lines, metadata.headings, ideaHeadings(), pause),
		warnings(result: IdeaItemsResult, translate: Translate): string[] {
			return [
				...result.skipped.map((skipped) => translate("warning.sectionTooLarge", { heading: skipped.heading, size: kilobytes(skipped.size) })),
				...result.guarded.map((part) => translate(part.reason === "deep" ? "warning.ideaBlockTooDeep" : "warning.ideaBlockTooLarge", { heading: part.heading, size: kilobytes(part.size) })),
			];
		},
		// Arrays, not objects, to keep the cache small.
		toCache: (result) => [result.items, result.skipped, result.guarded],
		fromCache(raw) {
			if (!Array.isArray(raw) || raw.length !== 3) return null;
			const [items, skipped, guarded] = raw as unknown[];
			if (!Array.isArray(items) || !items.every(isString)) return null;
			if (!Array.isArray(skipped) || !skipped.every(isPart) || !Array.isArray(guarded) || !guarded.every(isPart)) return null;
			return {
				items,
				skipped: skipped.map((part) => ({ heading: part.heading, size: part.size })),
				guarded: guarded.map((part) => ({ heading: part.heading, size: part.size, reason: part.reason === "deep" ? "deep" : "large" })),
			};
		},
		settingsKey: () => JSON.stringify(ideaHeadings()),
	};
}
