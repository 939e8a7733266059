import { FrontmatterEditError } from "./frontmatter-edit-error";
import { frontmatterSource, joinLines, readNoteLines, type Line, type NoteLines } from "./frontmatter-block";
import { findEntry, readEntries, sharesAnchor, type Entry } from "./frontmatter-entries";
import { assertOnlyPropertyChanged, readProperties, type YamlParser } from "./frontmatter-guard";
import type { PropertyEdit } from "./set-frontmatter-property";
import { needsYamlQuotes, toYamlScalar } from "./yaml-scalar";

/** How a new block list's items are indented under their key, as Obsidian writes them. */
const ITEM_INDENT = "  ";

/** The start of a block sequence item: its indentation and dash, with the blank after it. */
const ITEM_START = /^([ \t]*-)(?:[ \t]+|$)/;

/**
 * The texts a value holds, as items of a list: none for an empty value, the text itself, the items of a
 * list; `[[Note]]` written without quotes (a list in a list for YAML) is the link it means. Null when the
 * value holds anything else (a number, a date, a map), which a list of texts would change.
 */
function textItems(value: unknown): string[] | null {
	if (value === null || value === undefined || value === "") return [];
	if (typeof value === "string") return [value];
	if (!Array.isArray(value)) return null;
	const items: string[] = [];
	for (const item of value as unknown[]) {
		if (typeof item === "string") items.push(item);
		else if (Array.isArray(item) && item.length === 1 && typeof item[0] === "string") items.push(`[[${item[0]}]]`);
		else return null;
	}
	return items;
}

/** The edited note's lines, and where its closing delimiter now stands. */
function withLines(note: NoteLines, lines: Line[], closing: number): NoteLines {
	return { bom: note.bom, lines, closing };
}

/** Whether the entry's value is a block list written under its key (`key:` then `- item` lines). */
function isBlockList(note: NoteLines, entry: Entry, value: unknown): boolean {
	return Array.isArray(value) && entry.valueStart === entry.colonEnd && entry.lastValueLine > entry.line && itemStart(note, entry) !== null;
}

/** The indentation and dash of the list's first item (`  -`), which the new item copies. */
function itemStart(note: NoteLines, entry: Entry): string | null {
	for (let i = entry.line + 1; i <= entry.lastValueLine; i++) {
		const text = note.lines[i]?.text ?? "";
		if (text.trim() === "" || text.trimStart().startsWith("#")) continue;
		return ITEM_START.exec(text)?.[1] ?? null;
	}
	return null;
}

/**
 * Adds `item` at the end of a top-level list property, changing nothing else: other properties, comments,
 * the body, line endings and a BOM stay byte for byte.
 *
 * - A block list (`key:` then `  - item` lines) gets one more line, indented as its first item.
 * - A missing key is appended as the last property, as a block list of this one item; a note without
 *   properties gets a block at its top.
 * - An empty value, one text (`key: "[[A]]"`), the unquoted `key: [[A]]` or a flow list of texts becomes a
 *   block list of what it held, then `item`: nothing it held is lost.
 *
 * Each item is written plain when YAML reads it back unchanged, double-quoted otherwise. As a last guard the
 * block is read with `parse` before and after: any edit after which anything but this property differs, or
 * the property does not read as the list meant, is refused. Undone by `revertPropertyEdit`.
 *
 * @throws FrontmatterEditError instead of writing whenever the edit cannot be sure (see its codes), and
 *   `notText` when the property holds a number, a date or a map, which a list of texts would change.
 */
export function addFrontmatterListItem(text: string, key: string, item: string, parse: YamlParser): PropertyEdit {
	if (needsYamlQuotes(key) || key.includes(":")) throw new FrontmatterEditError("invalidKey");
	const note = readNoteLines(text);
	const scalar = toYamlScalar(item);
	const { bom, lines, closing } = note;

	if (closing === null) {
		const eol = lines.find((line) => line.eol === "\n" || line.eol === "\r\n")?.eol ?? "\n";
		const written = `${key}:${eol}${ITEM_INDENT}- ${scalar}${eol}`;
		assertOnlyPropertyChanged("", written, key, { present: true, value: [item] }, parse);
		return { key, before: text, after: `${bom}---${eol}${written}---${eol}${text.slice(bom.length)}`, previous: null, written, addedBlock: true };
	}
	// The opening line has a break, since the closing line follows it.
	const eol = lines[0]?.eol || "\n";
	const entry = findEntry(readEntries(lines, 1, closing), key);
	const properties = readProperties(frontmatterSource(note), parse);
	if (properties === null) throw new FrontmatterEditError("invalidYaml");
	if (entry === null) {
		const added: Line[] = [
			{ text: `${key}:`, eol },
			{ text: `${ITEM_INDENT}- ${scalar}`, eol },
		];
		const edited = [...lines.slice(0, closing), ...added, ...lines.slice(closing)];
		assertOnlyPropertyChanged(frontmatterSource(note), frontmatterSource(withLines(note, edited, closing + 2)), key, { present: true, value: [item] }, parse);
		return { key, before: text, after: bom + joinLines(edited), previous: null, written: joinLines(added), addedBlock: false };
	}
	if (entry.uncertainEnd) throw new FrontmatterEditError("unparseable", entry.lastValueLine + 2);
	const value = properties[entry.key];
	const held = textItems(value);
	if (held === null) throw new FrontmatterEditError("notText", entry.line + 1);
	const ownLines = lines.slice(entry.line, entry.lastValueLine + 1);
	const rest = joinLines([...lines.slice(1, entry.line), ...lines.slice(entry.lastValueLine + 1, closing)]);
	if (sharesAnchor(joinLines(ownLines), rest)) throw new FrontmatterEditError("sharedValue", entry.line + 1);

	let entryLines: Line[];
	let expected: unknown[];
	if (isBlockList(note, entry, value)) {
		// One line more after the last item, which keeps its own ending (the closing line follows it).
		const last = lines[entry.lastValueLine];
		entryLines = [...ownLines, { text: `${itemStart(note, entry) ?? "  -"} ${scalar}`, eol: last?.eol || eol }];
		expected = [...(value as unknown[]), item];
	} else {
		// The key line keeps what followed its value (a comment); the value becomes the list's first items.
		const keyLine = lines[entry.line];
		const tail = entry.closeOffset === null ? (keyLine?.text ?? "").slice(entry.valueEnd) : (lines[entry.lastValueLine]?.text ?? "").slice(entry.closeOffset);
		const comment = /^[ \t]+#/.test(tail) ? tail : "";
		entryLines = [{ text: `${(keyLine?.text ?? "").slice(0, entry.colonEnd)}${comment}`, eol: keyLine?.eol || eol }, ...[...held, item].map((text) => ({ text: `${ITEM_INDENT}- ${toYamlScalar(text)}`, eol }))];
		expected = [...held, item];
	}
	const edited = [...lines.slice(0, entry.line), ...entryLines, ...lines.slice(entry.lastValueLine + 1)];
	const after = withLines(note, edited, closing + entryLines.length - ownLines.length);
	assertOnlyPropertyChanged(frontmatterSource(note), frontmatterSource(after), entry.key, { present: true, value: expected }, parse);
	return { key: entry.key, before: text, after: bom + joinLines(edited), previous: joinLines(ownLines), written: joinLines(entryLines), addedBlock: false };
}
