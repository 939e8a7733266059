import { FrontmatterEditError } from "./frontmatter-edit-error";
import type { Line } from "./frontmatter-block";

/** Where a quoted scalar or flow collection that spans lines stands at the end of a line. */
interface OpenState {
	quote: '"' | "'" | null;
	/** Depth of `[` / `{` nesting; 0 for a quoted scalar outside any collection. */
	depth: number;
}

/** A top-level `key: value` entry of the frontmatter, with the extent of its value. */
export interface Entry {
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
	/**
	 * The value holds a nested block scalar (`- |`) and is followed by indented `#` lines, which
	 * may be that scalar's text or comments: where the value ends is not certain.
	 */
	uncertainEnd: boolean;
}

/** A top-level block scalar being read: its content lines are indented at least `indent`. */
interface BlockScalar {
	indent: number | null;
}

const DOUBLE_QUOTED_KEY = /^"((?:[^"\\]|\\.)*)"[ \t]*:(?=[ \t]|$)/;
const SINGLE_QUOTED_KEY = /^'((?:[^']|'')*)'[ \t]*:(?=[ \t]|$)/;
// A plain key cannot start with an indicator, and `-`, `?`, `:` only when glued to what follows.
const PLAIN_KEY = /^((?:[^\s#'"[\]{}|>&*!%@`,?:-]|[?:-](?=\S)).*?)[ \t]*:(?=[ \t]|$)/;
// `|`, `>-`, `|2+`... with an optional comment: the header of a block scalar.
const BLOCK_HEADER = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?(?:[ \t]+#.*)?$/;
// The same header at the end of a nested line (`- |`, `  text: >-`); a loose test, used only to refuse.
const NESTED_BLOCK_HEADER = /(?:^|[\s:-])[|>][1-9+-]*[ \t]*(?:[ \t]#.*)?$/;

function isBlank(char: string | undefined): boolean {
	return char === " " || char === "\t";
}

function indentOf(text: string): number {
	return text.length - text.trimStart().length;
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

/** Parses a top-level key line. Returns the entry, the open state when its value continues on later lines, and whether it opens a block scalar. */
function readEntry(text: string, lineIndex: number): { entry: Entry; open: OpenState | null; block: BlockScalar | null } | null {
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
		uncertainEnd: false,
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
		return { entry, open: null, block: null };
	}
	entry.valueStart = start;
	if (first === '"' || first === "'" || first === "[" || first === "{") {
		const state: OpenState = first === '"' || first === "'" ? { quote: first, depth: 0 } : { quote: null, depth: 1 };
		const end = scanOpenValue(text, pos + 1, state);
		if (typeof end === "number") {
			entry.valueEnd = end;
			return { entry, open: null, block: null };
		}
		entry.valueEnd = text.length;
		return { entry, open: end, block: null };
	}
	// A plain scalar, an alias or a block scalar header (`|-`) ends before ` #` or at the end of the line.
	const rest = text.slice(pos);
	const comment = /[ \t]#/.exec(rest);
	entry.valueEnd = (comment ? text.slice(0, pos + comment.index) : text).trimEnd().length;
	if (!BLOCK_HEADER.test(rest)) return { entry, open: null, block: null };
	const explicit = /^[|>][+-]?([1-9])/.exec(rest)?.[1];
	return { entry, open: null, block: { indent: explicit === undefined ? null : Number(explicit) } };
}

/**
 * Reads the top-level entries of the frontmatter lines `from` (inclusive) to `to` (exclusive).
 * Refuses, rather than guesses, when a line at the left margin is neither a key, a comment,
 * nor a sequence item of the previous key.
 */
export function readEntries(lines: readonly Line[], from: number, to: number): Entry[] {
	const entries: Entry[] = [];
	let current: Entry | null = null;
	let open: OpenState | null = null;
	let block: BlockScalar | null = null;
	let nestedBlock = false;
	const extend = (entry: Entry, line: number): void => {
		entry.lastValueLine = line;
		entry.uncertainEnd = false;
	};
	for (let i = from; i < to; i++) {
		const text = lines[i]?.text ?? "";
		if (open !== null && current !== null) {
			const end = scanOpenValue(text, 0, open);
			extend(current, i);
			if (typeof end === "number") {
				current.closeOffset = end;
				open = null;
			} else {
				open = end;
			}
			continue;
		}
		if (text.trim() === "") continue;
		const indent = indentOf(text);
		if (block !== null && current !== null && indent > 0) {
			// In a block scalar every line indented as its text is text, `#` included.
			if (block.indent === null) block.indent = indent;
			if (indent >= block.indent) {
				extend(current, i);
				continue;
			}
			if (!text.trimStart().startsWith("#")) throw new FrontmatterEditError("unparseable", i + 1);
			block = null;
			continue;
		}
		block = null;
		const trimmed = text.trimStart();
		if (indent > 0) {
			// Indented: part of the current value (nested map, list, continued plain scalar).
			// Comments are left out so that comment lines after a value are kept when the value is replaced.
			if (trimmed.startsWith("#")) {
				if (current !== null && nestedBlock) current.uncertainEnd = true;
				continue;
			}
			if (current === null) throw new FrontmatterEditError("unparseable", i + 1);
			extend(current, i);
			nestedBlock ||= NESTED_BLOCK_HEADER.test(text);
			continue;
		}
		if (text.startsWith("#")) continue;
		if (/^-(?:[ \t]|$)/.test(text)) {
			// A block sequence may sit at the same indentation as its key.
			if (current === null) throw new FrontmatterEditError("unparseable", i + 1);
			extend(current, i);
			nestedBlock ||= NESTED_BLOCK_HEADER.test(text);
			continue;
		}
		const read = readEntry(text, i);
		if (read === null) throw new FrontmatterEditError("unparseable", i + 1);
		current = read.entry;
		open = read.open;
		block = read.block;
		nestedBlock = false;
		entries.push(current);
	}
	if (open !== null) throw new FrontmatterEditError("unparseable", to);
	return entries;
}

const ANCHOR = /(?:^|[\s[{,])&([^\s[\]{},]+)/g;
const ALIAS = /(?:^|[\s[{,:])\*([^\s[\]{},]+)/g;

/** Whether `value` defines an anchor (`&name`) that `elsewhere` refers to (`*name`). A loose test: it may see a reference in a quoted text, never miss one. */
export function sharesAnchor(value: string, elsewhere: string): boolean {
	const anchors = new Set([...value.matchAll(ANCHOR)].map((match) => match[1]));
	if (anchors.size === 0) return false;
	return [...elsewhere.matchAll(ALIAS)].some((match) => anchors.has(match[1]));
}

/**
 * The entry of `key`: the one written exactly so, else the one written so ignoring case (so
 * `Status:` is not doubled by `status:`, which Obsidian shows as one property); null when none is.
 *
 * @throws FrontmatterEditError `duplicateKey` when the key is written twice, since YAML readers
 *   disagree on which one counts (or refuse the block).
 */
export function findEntry(entries: readonly Entry[], key: string): Entry | null {
	const lower = key.toLowerCase();
	for (const matches of [entries.filter((e) => e.key === key), entries.filter((e) => e.key.toLowerCase() === lower)]) {
		const [first, second] = matches;
		if (second !== undefined) throw new FrontmatterEditError("duplicateKey", second.line + 1);
		if (first !== undefined) return first;
	}
	return null;
}
