import type { App, TFile } from "obsidian";
import type { NoteWriter } from "../note-writer";
import { BOOKS_FOLDER } from "../../core/brand/brand-folders";
import { baseNameOf } from "../../core/pipeline/idea";

/**
 * The book note of an unresolved source such as `[[Expert Secrets]]`: the note the link already leads to when
 * there is one, else a new note with `type: book` in `Lectures/`, named after the link so that it resolves.
 * Reading's book-note flow (`book-note-from-link`) replaces this fallback once it lands: this is the one place to switch.
 */
export async function createBookNoteFor(app: App, writer: NoteWriter, target: string, fromPath: string): Promise<TFile> {
	const existing = app.metadataCache.getFirstLinkpathDest(target, fromPath);
	if (existing) return existing;
	const name = baseNameOf(target);
	return writer.createNote(BOOKS_FOLDER, name, `---\ntype: book\n---\n# ${name}\n`);
}
