import type { NoteRecord } from "../note/note-record";
import { watchedTagMatcher } from "../note/normalize-tag";
import { comparableText } from "../text/comparable-text";

/** The settings that make a note a book note beside `type: book`: the books folder and the book tags. */
export interface BookNoteRule {
	readonly booksFolder: string;
	readonly bookTags: readonly string[];
}

/** What a note must tell to be judged: where it is, its `type` in lower case (or null), its normalised tags. */
export type BookNoteFacts = Pick<NoteRecord, "path" | "type" | "tags">;

/** Folders remembered by one folder test: a vault has a few hundred, and the index asks about each of its notes. */
const FOLDERS_KEPT = 10_000;

/**
 * Whether a path is in `folder` or a folder under it, as the vault compares paths (case and Unicode form
 * aside). Only the path's first folders, as many as `folder` has, are compared, each of them once.
 */
function folderTest(folder: string): (path: string) => boolean {
	const dir = folder.replace(/^\/+|\/+$/g, "");
	if (dir === "") return () => true;
	const wanted = comparableText(dir);
	const depth = dir.split("/").length;
	const seen = new Map<string, boolean>();
	return (path) => {
		let end = -1;
		for (let n = 0; n < depth; n++) {
			end = path.indexOf("/", end + 1);
			if (end < 0) return false;
		}
		const head = path.slice(0, end);
		let inside = seen.get(head);
		if (inside === undefined) {
			if (seen.size >= FOLDERS_KEPT) seen.clear();
			inside = comparableText(head) === wanted;
			seen.set(head, inside);
		}
		return inside;
	};
}

/** The test of the last rule asked for, made once: the index asks it of every note of the vault, and the rule only changes with the settings. */
let last: { folder: string; tags: readonly string[]; test: (note: BookNoteFacts) => boolean } | null = null;

function testFor(rule: BookNoteRule): (note: BookNoteFacts) => boolean {
	if (last !== null && last.folder === rule.booksFolder && last.tags === rule.bookTags) return last.test;
	const inFolder = folderTest(rule.booksFolder);
	const tagged = watchedTagMatcher(rule.bookTags);
	const test = (note: BookNoteFacts): boolean => note.type === "book" || (note.type === null && (inFolder(note.path) || tagged(note.tags)));
	last = { folder: rule.booksFolder, tags: rule.bookTags, test };
	return test;
}

/**
 * Whether a note is a book note, for every command, the reading shelf, the harvest and the boards alike:
 * - `type: book` makes one wherever it is;
 * - a note of another type (`idea`, `draft`...) never is one: the writer said what it is;
 * - a note without a type is one when it is in the books folder or a folder under it (`Lectures/Essais/`),
 *   compared as the vault compares paths, or when it carries one of the book tags, in its properties
 *   or in its text, any case, or a tag nested under one (`#lecture/essai` counts as `lecture`).
 *   Accents count, as in Obsidian's tags: `#lecturé` is another tag.
 */
export function isBookNote(note: BookNoteFacts, rule: BookNoteRule): boolean {
	return testFor(rule)(note);
}
