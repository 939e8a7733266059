import type { NoteRecord } from "../note/note-record";
import { propertyOf } from "../note/property-of";

/**
 * The book's author as its `author` property writes it (a link stays a link), trimmed; several authors
 * written as a list are joined with commas. Null when the property is missing, empty or not text.
 */
export function bookAuthor(record: Pick<NoteRecord, "properties">): string | null {
	const value = propertyOf(record.properties, "author");
	const names = (Array.isArray(value) ? (value as unknown[]) : [value]).filter((name): name is string => typeof name === "string").map((name) => name.trim());
	const author = names.filter((name) => name !== "").join(", ");
	return author === "" ? null : author;
}
