import { FrontmatterEditError } from "./frontmatter-edit-error";
import { frontmatterSource, joinLines, readNoteLines, type Line, type NoteLines } from "./frontmatter-block";
import { findEntry, readEntries, sharesAnchor, type Entry } from "./frontmatter-entries";
import { assertOnlyPropertyChanged, readProperties, type YamlParser } from "./frontmatter-guard";
import { needsYamlQuotes, toYamlValue, type PropertyValue } from "./yaml-scalar";

/** One property edit, with what it takes to undo it exactly. */
export interface PropertyEdit {
	/** The property's name as the note writes it (`Status` when the note says so). */
	key: string;
	before: string;
	after: string;
	/** The property's lines before the edit (key line and value lines, each with its break), or null when the edit added it. */
	previous: string | null;
	/** The line the edit wrote, with its break. */
	written: string;
	/** Whether the edit added the frontmatter block itself, the note having none. */
	addedBlock: boolean;
}

/** The edited note's lines, and the index of its closing delimiter. */
function withLines(note: NoteLines, lines: Line[], closing: number): NoteLines {
	return { bom: note.bom, lines, closing };
}

/** The text of the entry's value on its lines, anchors included, and the rest of the block. */
function valueAndRest(note: NoteLines, entry: Entry): { value: string; rest: string } {
	const value: string[] = [];
	const rest: string[] = [];
	note.lines.slice(1, note.closing ?? 1).forEach((line, index) => {
		const at = index + 1;
		if (at === entry.line) {
			rest.push(line.text.slice(0, entry.valueStart));
			value.push(line.text.slice(entry.valueStart));
		} else if (at > entry.line && at <= entry.lastValueLine) value.push(line.text);
		else rest.push(line.text);
	});
	return { value: value.join("\n"), rest: rest.join("\n") };
}

/** The key line with its value replaced by `scalar`; what followed the value (a comment) stays. */
function editedKeyLine(note: NoteLines, entry: Entry, scalar: string): string {
	const keyLine = note.lines[entry.line]?.text ?? "";
	// Nothing on the line after the colon but blanks or a comment: the value goes first, the rest stays.
	if (entry.valueStart === entry.colonEnd) return `${keyLine.slice(0, entry.colonEnd)} ${scalar}${keyLine.slice(entry.colonEnd)}`;
	// A multi-line quoted or flow value: whatever followed its end (a comment) moves up with it.
	if (entry.closeOffset !== null) return keyLine.slice(0, entry.valueStart) + scalar + (note.lines[entry.lastValueLine]?.text ?? "").slice(entry.closeOffset);
	return keyLine.slice(0, entry.valueStart) + scalar + keyLine.slice(entry.valueEnd);
}

/**
 * Sets one top-level property of a note's frontmatter to a string (or a number), changing nothing else:
 * other properties and their values, their order and quoting, comments (a comment after the
 * edited value too), blank lines, the body, LF, CRLF or CR line endings and a leading BOM all stay
 * byte for byte. Only the property's own lines change.
 *
 * - An existing value (plain, quoted, empty, a block scalar, a block or flow list, a nested map)
 *   is replaced by the scalar on the key's line. The key is found written exactly so, else
 *   ignoring case. Keys in nested maps or inside block scalars are not keys of the note.
 * - A missing key is appended as the last line of the block; with `below`, right under that property's
 *   lines when the note has it (`stage-since` next to `status`).
 * - A note without frontmatter gets one at the top (after the BOM), with the note's line ending.
 *
 * The value is written plain when YAML reads it back unchanged, double-quoted otherwise. As a last
 * guard the block is read with `parse` before and after: any edit after which anything but this
 * property differs is refused.
 *
 * @throws FrontmatterEditError instead of writing whenever the edit cannot be sure (see its codes).
 */
export function setFrontmatterProperty(text: string, key: string, value: PropertyValue, parse: YamlParser, below?: string): PropertyEdit {
	if (needsYamlQuotes(key) || key.includes(":")) throw new FrontmatterEditError("invalidKey");
	const note = readNoteLines(text);
	const scalar = toYamlValue(value);
	const expected = { present: true as const, value: readProperties(`value: ${scalar}`, parse)?.value };
	const { bom, lines, closing } = note;

	if (closing === null) {
		const eol = lines.find((line) => line.eol === "\n" || line.eol === "\r\n")?.eol ?? "\n";
		const written = `${key}: ${scalar}${eol}`;
		assertOnlyPropertyChanged("", written, key, expected, parse);
		return { key, before: text, after: `${bom}---${eol}${written}---${eol}${text.slice(bom.length)}`, previous: null, written, addedBlock: true };
	}
	// The opening line has a break, since the closing line follows it.
	const eol = lines[0]?.eol || "\n";
	const entries = readEntries(lines, 1, closing);
	const entry = findEntry(entries, key);
	if (entry === null) {
		const written = `${key}: ${scalar}`;
		const neighbour = below === undefined ? null : findEntry(entries, below);
		// Below the neighbour's last line, unless where its value ends is not certain: then at the end.
		const at = neighbour !== null && !neighbour.uncertainEnd ? neighbour.lastValueLine + 1 : closing;
		const edited = [...lines.slice(0, at), { text: written, eol }, ...lines.slice(at)];
		const after = withLines(note, edited, closing + 1);
		assertOnlyPropertyChanged(frontmatterSource(note), frontmatterSource(after), key, expected, parse);
		return { key, before: text, after: bom + joinLines(edited), previous: null, written: written + eol, addedBlock: false };
	}
	if (entry.uncertainEnd) throw new FrontmatterEditError("unparseable", entry.lastValueLine + 2);
	const { value: oldValue, rest } = valueAndRest(note, entry);
	if (sharesAnchor(oldValue, rest)) throw new FrontmatterEditError("sharedValue", entry.line + 1);

	const keyLine: Line = { text: editedKeyLine(note, entry, scalar), eol: lines[entry.line]?.eol ?? eol };
	// The key line keeps its own ending; the value lines below it, if any, go.
	const edited = [...lines.slice(0, entry.line), keyLine, ...lines.slice(entry.lastValueLine + 1)];
	const after = withLines(note, edited, closing - (entry.lastValueLine - entry.line));
	assertOnlyPropertyChanged(frontmatterSource(note), frontmatterSource(after), entry.key, expected, parse);
	return {
		key: entry.key,
		before: text,
		after: bom + joinLines(edited),
		previous: joinLines(lines.slice(entry.line, entry.lastValueLine + 1)),
		written: keyLine.text + keyLine.eol,
		addedBlock: false,
	};
}
