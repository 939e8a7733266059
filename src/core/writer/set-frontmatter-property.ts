import { FrontmatterEditError } from "./frontmatter-edit-error";
import { needsYamlQuotes, toYamlScalar } from "./yaml-scalar";

/** One line of the note without its line ending, and that ending (`""` on a last line without one). */
interface Line {
	text: string;
	eol: "\n" | "\r\n" | "";
}

/** Where a quoted scalar or flow collection that spans lines stands at the end of a line. */
interface OpenState {
	quote: '"' | "'" | null;
	/** Depth of `[` / `{` nesting; 0 for a quoted scalar outside any collection. */
	depth: number;
}

/** A top-level `key: value` entry of the frontmatter, with the extent of its value. */
interface Entry {
	key: string;
	/** Index of the key's line in the note's lines. */
	line: number;
	/** Offset just after the `:` on the key line. */
	colonEnd: number;
	/** Offsets of the value on the key line; equal to `colonEnd` when the line holds no value. */
	valueStart: number;
	valueEnd: number;
	/** Last line holding part of the value (the key line when the value fits on it). */
	lastValueLine: number;
	/** When a quoted scalar or flow collection closes on a later line: the offset after its closing character there. */
	closeOffset: number | null;
}

// Obsidian opens and closes frontmatter with `---` alone on its line; trailing blanks are tolerated.
const DELIMITER = /^---[ \t]*$/;
const DOUBLE_QUOTED_KEY = /^"((?:[^"\\]|\\.)*)"[ \t]*:(?=[ \t]|$)/;
const SINGLE_QUOTED_KEY = /^'((?:[^']|'')*)'[ \t]*:(?=[ \t]|$)/;
// A plain key cannot start with an indicator, and `-`, `?`, `:` only when glued to what follows.
const PLAIN_KEY = /^((?:[^\s#'"[\]{}|>&*!%@`,?:-]|[?:-](?=\S)).*?)[ \t]*:(?=[ \t]|$)/;

/** Splits on `\n` only, remembering for each line whether it ended with CRLF, so that joining gives back the exact text. */
function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	while (start < text.length) {
		const newline = text.indexOf("\n", start);
		if (newline === -1) {
			lines.push({ text: text.slice(start), eol: "" });
			break;
		}
		const crlf = newline > start && text.charAt(newline - 1) === "\r";
		lines.push({ text: text.slice(start, crlf ? newline - 1 : newline), eol: crlf ? "\r\n" : "\n" });
		start = newline + 1;
	}
	return lines;
}

function joinLines(lines: readonly Line[]): string {
	return lines.map((line) => line.text + line.eol).join("");
}

function isBlank(char: string | undefined): boolean {
	return char === " " || char === "\t";
}

/**
 * Reads a quoted scalar or flow collection from `pos`. Returns the offset just after its end when
 * it closes on this line, else the state to carry to the next line.
 */
function scanOpenValue(text: string, pos: number, state: OpenState): number | OpenState {
	let { quote, depth } = state;
	for (let i = pos; i < text.length; i++) {
		const char = text.charAt(i);
		if (quote === '"') {
			if (char === "\\") i++;
			else if (char === '"') {
				quote = null;
				if (depth === 0) return i + 1;
			}
			continue;
		}
		if (quote === "'") {
			if (char === "'" && text.charAt(i + 1) === "'") i++;
			else if (char === "'") {
				quote = null;
				if (depth === 0) return i + 1;
			}
			continue;
		}
		const previous = i === 0 ? undefined : text.charAt(i - 1);
		// Inside a flow collection a comment runs to the end of the line.
		if (char === "#" && (previous === undefined || isBlank(previous))) break;
		// A quote opens a quoted scalar only where a scalar starts (`it's` is plain text).
		if ((char === '"' || char === "'") && (previous === undefined || isBlank(previous) || "[{,:".includes(previous))) {
			quote = char;
		} else if (char === "[" || char === "{") {
			depth++;
		} else if (char === "]" || char === "}") {
			depth--;
			if (depth === 0) return i + 1;
		}
	}
	return { quote, depth };
}

function matchKey(text: string): { key: string; colonEnd: number } | null {
	const double = DOUBLE_QUOTED_KEY.exec(text);
	if (double) {
		const inner = double[1] ?? "";
		let key = inner;
		try {
			key = JSON.parse(`"${inner}"`) as string;
		} catch {
			// A YAML-only escape (`\x41`, `\_`...): compare the raw text, which still finds plain names.
		}
		return { key, colonEnd: double[0].length };
	}
	const single = SINGLE_QUOTED_KEY.exec(text);
	if (single) return { key: (single[1] ?? "").replace(/''/g, "'"), colonEnd: single[0].length };
	const plain = PLAIN_KEY.exec(text);
	// `a #b: c` is the scalar `a` and a comment, not a key.
	if (plain && !/\s#/.test(plain[1] ?? "")) return { key: plain[1] ?? "", colonEnd: plain[0].length };
	return null;
}

/** Parses the value part of a top-level key line. Returns the entry and, when its value continues on later lines, the open state. */
function readEntry(text: string, lineIndex: number): { entry: Entry; open: OpenState | null } | null {
	const key = matchKey(text);
	if (!key) return null;
	const entry: Entry = {
		key: key.key,
		line: lineIndex,
		colonEnd: key.colonEnd,
		valueStart: key.colonEnd,
		valueEnd: key.colonEnd,
		lastValueLine: lineIndex,
		closeOffset: null,
	};
	let pos = key.colonEnd;
	while (isBlank(text.charAt(pos))) pos++;
	const start = pos;
	// Anchors (`&a`) and tags (`!!str`) belong to the value: replacing the value replaces them.
	while (text.charAt(pos) === "&" || text.charAt(pos) === "!") {
		while (pos < text.length && !isBlank(text.charAt(pos))) pos++;
		while (isBlank(text.charAt(pos))) pos++;
	}
	const first = text.charAt(pos);
	if (pos >= text.length || first === "#") {
		if (pos > start) {
			entry.valueStart = start;
			entry.valueEnd = text.slice(0, pos).trimEnd().length;
		}
		return { entry, open: null };
	}
	entry.valueStart = start;
	if (first === '"' || first === "'" || first === "[" || first === "{") {
		const state: OpenState = first === '"' || first === "'" ? { quote: first, depth: 0 } : { quote: null, depth: 1 };
		const end = scanOpenValue(text, pos + 1, state);
		if (typeof end === "number") {
			entry.valueEnd = end;
			return { entry, open: null };
		}
		entry.valueEnd = text.length;
		return { entry, open: end };
	}
	// A plain scalar, an alias or a block scalar header (`|-`) ends before ` #` or at the end of the line.
	const comment = /[ \t]#/.exec(text.slice(pos));
	entry.valueEnd = (comment ? text.slice(0, pos + comment.index) : text).trimEnd().length;
	return { entry, open: null };
}

/**
 * Reads the top-level entries of the frontmatter lines `from` (inclusive) to `to` (exclusive).
 * Refuses, rather than guesses, when a line at the left margin is neither a key, a comment,
 * nor a sequence item of the previous key.
 */
function readEntries(lines: readonly Line[], from: number, to: number): Entry[] {
	const entries: Entry[] = [];
	let current: Entry | null = null;
	let open: OpenState | null = null;
	for (let i = from; i < to; i++) {
		const text = lines[i]?.text ?? "";
		if (open !== null && current !== null) {
			const end = scanOpenValue(text, 0, open);
			current.lastValueLine = i;
			if (typeof end === "number") {
				current.closeOffset = end;
				open = null;
			} else {
				open = end;
			}
			continue;
		}
		if (text.trim() === "") continue;
		const trimmed = text.trimStart();
		if (trimmed.length < text.length) {
			// Indented: part of the current value (nested map, list, block scalar, continued plain scalar).
			// Comments are left out so that comment lines after a value are kept when the value is replaced.
			if (trimmed.startsWith("#")) continue;
			if (current === null) throw new FrontmatterEditError("unparseable", i + 1);
			current.lastValueLine = i;
			continue;
		}
		if (text.startsWith("#")) continue;
		if (/^-(?:[ \t]|$)/.test(text)) {
			// A block sequence may sit at the same indentation as its key.
			if (current === null) throw new FrontmatterEditError("unparseable", i + 1);
			current.lastValueLine = i;
			continue;
		}
		const read = readEntry(text, i);
		if (read === null) throw new FrontmatterEditError("unparseable", i + 1);
		current = read.entry;
		open = read.open;
		entries.push(current);
	}
	if (open !== null) throw new FrontmatterEditError("unparseable", to);
	return entries;
}

/**
 * Sets one top-level property of a note's frontmatter to a string, changing nothing else:
 * other properties, their order and quoting, comments (a comment after the edited value too),
 * blank lines, the body, CRLF or LF line endings and a leading BOM all stay byte for byte.
 *
 * - An existing value (plain, quoted, empty, a block or flow list, a nested map) is replaced by
 *   the scalar on the key's line. The first top-level entry whose key equals `key` is edited;
 *   failing that, the first whose key equals it ignoring case (so `Status:` is not doubled by
 *   `status:`, which Obsidian would show as one property). Keys in nested maps or inside block
 *   scalars are not keys of the note and are never touched.
 * - A missing key is appended as the last line of the block.
 * - A note without frontmatter gets one at the top (after the BOM), with the note's line ending.
 *
 * The value is written plain when YAML reads it back unchanged, double-quoted otherwise.
 *
 * @throws FrontmatterEditError when the block is opened but never closed, holds a line that
 *   cannot be read with certainty, or when `key` is not a plain YAML key.
 */
export function setFrontmatterProperty(text: string, key: string, value: string): string {
	if (needsYamlQuotes(key) || key.includes(":")) throw new FrontmatterEditError("invalidKey");
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const content = text.slice(bom.length);
	const lines = splitLines(content);
	const property = `${key}: ${toYamlScalar(value)}`;

	const opening = lines[0];
	if (opening === undefined || !DELIMITER.test(opening.text)) {
		const eol = lines.find((line) => line.eol !== "")?.eol ?? "\n";
		return `${bom}---${eol}${property}${eol}---${eol}${content}`;
	}
	const closing = lines.findIndex((line, index) => index > 0 && DELIMITER.test(line.text));
	if (closing === -1) throw new FrontmatterEditError("unclosed", 1);
	// The opening line has an ending, since the closing line follows it.
	const eol = opening.eol === "" ? "\n" : opening.eol;

	const entries = readEntries(lines, 1, closing);
	const lowerKey = key.toLowerCase();
	const entry = entries.find((e) => e.key === key) ?? entries.find((e) => e.key.toLowerCase() === lowerKey);
	if (entry === undefined) {
		const edited = [...lines.slice(0, closing), { text: property, eol }, ...lines.slice(closing)];
		return bom + joinLines(edited);
	}

	const keyLine = lines[entry.line] ?? { text: "", eol };
	const scalar = toYamlScalar(value);
	let edited: string;
	if (entry.valueStart === entry.colonEnd) {
		// Nothing on the line after the colon but blanks or a comment: the value goes first, the rest stays.
		edited = `${keyLine.text.slice(0, entry.colonEnd)} ${scalar}${keyLine.text.slice(entry.colonEnd)}`;
	} else if (entry.closeOffset !== null) {
		// A multi-line quoted or flow value: whatever followed its end (a comment) moves up with it.
		const closeLine = lines[entry.lastValueLine]?.text ?? "";
		edited = keyLine.text.slice(0, entry.valueStart) + scalar + closeLine.slice(entry.closeOffset);
	} else {
		edited = keyLine.text.slice(0, entry.valueStart) + scalar + keyLine.text.slice(entry.valueEnd);
	}
	// The key line keeps its own ending; the value lines below it, if any, go.
	const result = [...lines.slice(0, entry.line), { text: edited, eol: keyLine.eol }, ...lines.slice(entry.lastValueLine + 1)];
	return bom + joinLines(result);
}
