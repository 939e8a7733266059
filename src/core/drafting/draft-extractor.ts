import type { NoteExtractor } from "../note/note-extractor";
import { draftWarnings } from "./draft-warnings";

/**
 * Drafting's part in the index: it reads no note's text (a draft is all in its properties), and tells
 * which drafts point at no idea, which only the whole vault can say.
 */
export const draftExtractor: NoteExtractor<null> = {
	key: "draft",
	needsText: () => false,
	extract: () => Promise.resolve(null),
	warnings: () => [],
	toCache: () => null,
	fromCache: () => null,
	settingsKey: () => "",
	vaultWarnings: draftWarnings,
};
