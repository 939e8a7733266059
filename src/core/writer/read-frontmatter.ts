import { FrontmatterEditError } from "./frontmatter-edit-error";
import { frontmatterSource, readNoteLines } from "./frontmatter-block";
import { readEntries, type Entry } from "./frontmatter-entries";
import { readProperties, type YamlParser } from "./frontmatter-guard";

/** A note's properties, read as surely as an edit needs them. */
export interface Frontmatter {
	properties: Record<string, unknown>;
	/** The top-level entries, each with its line (0 is the opening `---`). */
	entries: Entry[];
}

/**
 * Reads a note's properties only when every reader (Obsidian, the `yaml` package, YAML 1.1 tools) reads
 * them the same: for a command that must know a property's value before it writes. A note without a
 * block has none.
 *
 * @throws FrontmatterEditError with the 1-based line (BOM aside) of what stands in the way: `spacedDelimiter`,
 *   `dotsClosing`, `unclosed`, `lineBreak`, `unparseable`, `duplicateKey` (a key written twice) or `invalidYaml`.
 */
export function readFrontmatter(text: string, parse: YamlParser): Frontmatter {
	const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
	const [first = ""] = lines;
	if (/^---[ \t]+$/.test(first)) throw new FrontmatterEditError("spacedDelimiter", 1);
	if (first === "---") {
		const end = lines.findIndex((line, index) => index > 0 && (/^---[ \t]*$/.test(line) || line === "..."));
		if (end !== -1 && lines[end] === "...") throw new FrontmatterEditError("dotsClosing", end + 1);
		if (end !== -1 && lines[end] !== "---") throw new FrontmatterEditError("spacedDelimiter", end + 1);
	}
	const note = readNoteLines(text);
	if (note.closing === null) return { properties: {}, entries: [] };
	const entries = readEntries(note.lines, 1, note.closing);
	const seen = new Set<string>();
	for (const entry of entries) {
		if (seen.has(entry.key)) throw new FrontmatterEditError("duplicateKey", entry.line + 1);
		seen.add(entry.key);
	}
	const properties = readProperties(frontmatterSource(note), parse);
	if (properties === null) throw new FrontmatterEditError("invalidYaml");
	return { properties, entries };
}
