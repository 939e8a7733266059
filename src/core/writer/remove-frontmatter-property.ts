import { FrontmatterEditError } from "./frontmatter-edit-error";
import { frontmatterSource, joinLines, readNoteLines } from "./frontmatter-block";
import { findEntry, readEntries, sharesAnchor } from "./frontmatter-entries";
import { assertOnlyPropertyChanged, type YamlParser } from "./frontmatter-guard";

/**
 * The note with one top-level property taken out: its key line and its value's lines, nothing else (the block's
 * delimiters, comments and the other properties keep every byte). The same text when the note has no such
 * property. As every frontmatter edit, the block is read with `parse` before and after: any removal after which
 * another property reads otherwise is refused.
 *
 * @throws FrontmatterEditError when the removal cannot be sure: properties that do not read, the key written
 *   twice, a value whose end is not certain, an anchor another property refers to (the codes of a property edit).
 */
export function removeFrontmatterProperty(text: string, key: string, parse: YamlParser): string {
	const note = readNoteLines(text);
	if (note.closing === null) return text;
	const entry = findEntry(readEntries(note.lines, 1, note.closing), key);
	if (entry === null) return text;
	if (entry.uncertainEnd) throw new FrontmatterEditError("unparseable", entry.lastValueLine + 2);
	const own = joinLines(note.lines.slice(entry.line, entry.lastValueLine + 1));
	const rest = joinLines([...note.lines.slice(1, entry.line), ...note.lines.slice(entry.lastValueLine + 1, note.closing)]);
	if (sharesAnchor(own, rest)) throw new FrontmatterEditError("sharedValue", entry.line + 1);
	const lines = [...note.lines.slice(0, entry.line), ...note.lines.slice(entry.lastValueLine + 1)];
	const after = { bom: note.bom, lines, closing: note.closing - (entry.lastValueLine - entry.line + 1) };
	assertOnlyPropertyChanged(frontmatterSource(note), frontmatterSource(after), entry.key, { present: false }, parse);
	return note.bom + joinLines(lines);
}
