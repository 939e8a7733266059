import { FrontmatterEditError } from "./frontmatter-edit-error";
import { frontmatterSource, joinLines, lineOffset, readNoteLines } from "./frontmatter-block";
import { findEntry, readEntries } from "./frontmatter-entries";
import { assertOnlyPropertyChanged, readProperties, type ExpectedProperty, type YamlParser } from "./frontmatter-guard";
import type { PropertyEdit } from "./set-frontmatter-property";

/**
 * The note `current` with `edit` undone, exactly or not at all:
 * - unchanged since the edit: the text before it, byte for byte;
 * - changed elsewhere, the property still as the edit wrote it: the property's previous lines
 *   put back as they were (an unknown value, a label, a list, its quoting), or the lines the edit
 *   added removed (and the block, when the edit added it and it holds nothing else);
 * - otherwise refused.
 *
 * @throws FrontmatterEditError `changedSince` when the property changed since the edit, and the
 *   codes of any frontmatter edit (the last guard reads the block before and after).
 */
export function revertPropertyEdit(current: string, edit: PropertyEdit, parse: YamlParser): string {
	if (current === edit.after) return edit.before;
	const note = readNoteLines(current);
	if (note.closing === null) throw new FrontmatterEditError("changedSince");
	const entries = readEntries(note.lines, 1, note.closing);
	const entry = findEntry(entries, edit.key);
	if (entry === null || entry.key !== edit.key) throw new FrontmatterEditError("changedSince");
	const start = lineOffset(note, entry.line);
	const end = lineOffset(note, entry.lastValueLine + 1);
	if (current.slice(start, end) !== edit.written) throw new FrontmatterEditError("changedSince", entry.line + 1);

	// The block the edit added, holding nothing but the property's lines (one, or a key and its list): it goes too.
	const onlyEntry = edit.addedBlock && edit.previous === null && entries.length === 1 && entry.line === 1 && note.closing === entry.lastValueLine + 1;
	const reverted = onlyEntry ? note.bom + joinLines(note.lines.slice(note.closing + 1)) : current.slice(0, start) + (edit.previous ?? "") + current.slice(end);

	const previous = readProperties(frontmatterSource(readNoteLines(edit.before)), parse);
	const expected: ExpectedProperty =
		previous !== null && Object.prototype.hasOwnProperty.call(previous, edit.key) ? { present: true, value: previous[edit.key] } : { present: false };
	assertOnlyPropertyChanged(frontmatterSource(note), frontmatterSource(readNoteLines(reverted)), edit.key, expected, parse);
	return reverted;
}
