import type { NoteRecord } from "../note/note-record";
import type { HarvestedIdea } from "../reading/harvest";
import type { BookNoteRule } from "../reading/is-book-note";
import { readingShelf } from "../reading/reading-shelf";
import type { Language } from "../i18n/language";
import { collatorFor } from "../pipeline/board-order";

/** A book note whose filled "Mon idée" blocks are not all ideas yet. */
export interface WaitingBook {
	path: string;
	title: string;
	/** Filled "Mon idée" blocks with no idea yet. */
	waiting: number;
}

/** The books of the reading shelf with ideas left to harvest, most waiting first, then by title. */
export function waitingBooks(records: readonly NoteRecord[], ideas: readonly HarvestedIdea[], rule: BookNoteRule, language: Language): WaitingBook[] {
	const collator = collatorFor(language);
	const books: WaitingBook[] = [];
	for (const book of readingShelf(records, ideas, rule, language)) if (book.waiting > 0) books.push({ path: book.path, title: book.title, waiting: book.waiting });
	return books.sort((a, b) => b.waiting - a.waiting || collator.compare(a.title, b.title));
}
