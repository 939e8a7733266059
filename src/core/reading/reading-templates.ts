import type { BuiltInTemplate } from "../templates/built-in-template";
import etButFr from "./templates/fr/et-but-block.md";
import etButEn from "./templates/en/et-but-block.md";
import bookFr from "./templates/fr/book-note.md";
import bookEn from "./templates/en/book-note.md";

/**
 * The ET/BUT block `insert-et-but-block` inserts: `{{cursor}}` marks where the writer types first
 * (see et-but-insertion.ts); `{{date}}` and the writer's own text work as in every template.
 */
export const ET_BUT_BLOCK_TEMPLATE: BuiltInTemplate = {
	key: "et-but-block",
	names: { fr: "Bloc ET et BUT", en: "AND and BUT block" },
	text: { fr: etButFr, en: etButEn },
};

/** The body of a new book note, under the properties the plugin writes: `{{title}}`, `{{author}}`, `{{year}}`, `{{horizon}}`, `{{isbn}}` and `{{block}}` for the first ET/BUT block. */
export const BOOK_NOTE_TEMPLATE: BuiltInTemplate = {
	key: "book-note",
	names: { fr: "Note de lecture", en: "Book note" },
	text: { fr: bookFr, en: bookEn },
};

/** The reading capability's templates, for the template library. */
export const READING_TEMPLATES: readonly BuiltInTemplate[] = [ET_BUT_BLOCK_TEMPLATE, BOOK_NOTE_TEMPLATE];
