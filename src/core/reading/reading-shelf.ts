import type { NoteRecord } from "../note/note-record";
import { propertyOf } from "../note/property-of";
import { ideasByNote } from "../pipeline/ideas-by-note";
import { comparableText } from "../text/comparable-text";
import { bookHorizon, filledBlocks, unharvestedBlocks, type HarvestedIdea } from "./harvest";
import { isBookNote, type BookNoteRule } from "./is-book-note";
import { bookAuthor } from "./book-author";
import { etButBlocksOf } from "./et-but-extractor";
import type { Horizon } from "./book-horizon";
import type { Language } from "../i18n/language";
import { collatorFor } from "../pipeline/board-order";

/** One book on the reading shelf. */
export interface ShelfBook {
	path: string;
	title: string;
	author: string | null;
	horizon: Horizon | null;
	/** `reading` or `read` (`status: read`, `lu`, `finished`...); any other status counts as reading. */
	status: "reading" | "read";
	blocks: number;
	/** Blocks whose "Mon idée" is filled. */
	filled: number;
	/** Ideas whose source is this book. */
	promoted: number;
	/** Filled blocks with no idea yet. */
	waiting: number;
}

const READ = new Set(["read", "lu", "finished", "fini", "terminé", "done"]);

/**
 * The reading shelf: the book notes (`type: book`, or by the books folder or a book tag of `rule`, see
 * `isBookNote`), books still being read first, then those with most ideas waiting, then A to Z. Counts
 * come from the ET/BUT blocks the index parsed and the ideas linked to each book.
 */
export function readingShelf(records: readonly NoteRecord[], ideas: readonly HarvestedIdea[], rule: BookNoteRule, language: Language): ShelfBook[] {
	const books: ShelfBook[] = [];
	// The ideas grouped by the note they came from once: each book then looks at its own, not at every idea.
	const fromNote = ideasByNote(ideas);
	for (const record of records) {
		if (!isBookNote(record, rule)) continue;
		const own = fromNote(record.path);
		const filled = filledBlocks(record);
		const status = propertyOf(record.properties, "status");
		books.push({
			path: record.path,
			title: record.title,
			author: bookAuthor(record),
			horizon: bookHorizon(record),
			status: typeof status === "string" && READ.has(comparableText(status)) ? "read" : "reading",
			blocks: etButBlocksOf(record).length,
			filled: filled.length,
			promoted: own.length,
			waiting: unharvestedBlocks(record, own, filled).length,
		});
	}
	const collator = collatorFor(language);
	return books.sort((a, b) => (a.status === b.status ? 0 : a.status === "reading" ? -1 : 1) || b.waiting - a.waiting || collator.compare(a.title, b.title));
}
