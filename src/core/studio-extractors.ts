import type { NoteExtractor } from "./note/note-extractor";
import { etButExtractor } from "./reading/et-but-extractor";
import { draftExtractor } from "./drafting/draft-extractor";
import type { BookNoteRule } from "./reading/is-book-note";

/**
 * What the capabilities read through the index, beside the idea items it always reads: ET/BUT blocks of book
 * notes, drafts' links. `settings` gives the settings in force (the books folder and tags) each time they are needed.
 */
export function studioExtractors(settings: () => BookNoteRule): readonly NoteExtractor[] {
	return [etButExtractor(settings), draftExtractor];
}
