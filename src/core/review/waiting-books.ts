import type { NoteRecord } from "../note/note-record";
import type { Language } from "../i18n/language";
import { collatorFor } from "../pipeline/board-order";
import { ideasByNote } from "../pipeline/ideas-by-note";
import { filledBlocks, unharvestedBlocks, type HarvestedIdea } from "../reading/harvest";
import { isBookNote, type BookNoteRule } from "../reading/is-book-note";

/** A book note whose filled "Mon idée" blocks are not all ideas yet. */
export interface WaitingBook {
	path: string;
	title: string;
	/** Filled "Mon idée" blocks with no idea yet. */
	waiting: number;
}

/**
 * The book notes (as the reading shelf finds them) with ideas left to harvest, counted as the shelf counts them,
 * most waiting first, then by title. Only a book with a filled block is looked at further.
 */
export function waitingBooks(records: readonly NoteRecord[], ideas: readonly HarvestedIdea[], rule: BookNoteRule, language: Language): WaitingBook[] {
	const fromNote = ideasByNote(ideas);
	const books: WaitingBook[] = [];
	for (const record of records) {
		if (!isBookNote(record, rule)) continue;
		const filled = filledBlocks(record);
		if (filled.length === 0) continue;
		const waiting = unharvestedBlocks(record, fromNote(record.path), filled).length;
		if (waiting > 0) books.push({ path: record.path, title: record.title, waiting });
	}
	const collator = collatorFor(language);
	return books.sort((a, b) => b.waiting - a.waiting || collator.compare(a.title, b.title));
}
