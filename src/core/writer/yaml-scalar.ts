/**
 * Writing one string as a YAML scalar: plain when every YAML reader (the YAML 1.2 `yaml`
 * package, Obsidian's reader, YAML 1.1 readers such as Dataview's) reads it back as the same
 * string, double-quoted otherwise.
 */

// Words YAML 1.1 or 1.2 read as booleans or null. YAML 1.1's yes/no/on/off/y/n are included
// because some readers of the vault (older tools, Dataview) still follow 1.1.
const RESERVED_WORDS = new Set(["true", "false", "null", "~", "yes", "no", "on", "off", "y", "n"]);

// Characters that change the meaning of a plain scalar when they come first.
const INDICATOR_START = /^[[\]{}#*&!|>'"%@`,]/;

// Numbers in YAML 1.1 or 1.2: decimal (with `_` separators for 1.1), exponent, hex, octal,
// binary and sexagesimal (1.1 `1:30`). Each needs a digit, which is checked first.
const NUMBER_LIKE = [
	/^[-+]?(?:\d[\d_]*)?(?:\.[\d_]*)?(?:[eE][-+]?\d+)?$/,
	/^[-+]?0x[0-9a-fA-F_]+$/,
	/^[-+]?0o?[0-7_]+$/,
	/^[-+]?0b[01_]+$/,
	/^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.[\d_]*)?$/,
];

// Infinities and NaN, in the spellings YAML reads as numbers (and a few more, to be safe).
const SPECIAL_NUMBER = /^[-+]?\.(?:inf|nan)$/i;

/**
 * Whether `value` must be quoted to be read back as this exact string.
 *
 * Dates and date-times (`2024-03-01T10:00`) stay plain on purpose: that is how Obsidian writes
 * them, and Obsidian, Bases and Dataview then read them as dates.
 */
export function needsYamlQuotes(value: string): boolean {
	if (value === "") return true;
	if (value !== value.trim()) return true;
	if (RESERVED_WORDS.has(value.toLowerCase())) return true;
	if (/\d/.test(value) && NUMBER_LIKE.some((pattern) => pattern.test(value))) return true;
	if (SPECIAL_NUMBER.test(value)) return true;
	if (INDICATOR_START.test(value)) return true;
	// `-`, `?` and `:` start a sequence item, a complex key or a value when followed by a space.
	if (/^[-?:](?:\s|$)/.test(value)) return true;
	// `: ` would start a nested mapping and ` #` a comment; a final `:` reads as a key.
	if (/:\s|:$|\s#/.test(value)) return true;
	// Document markers at the start of a line end the frontmatter or the document.
	if (value.startsWith("---") || value.startsWith("...")) return true;
	// Line breaks, tabs and other control or invisible characters cannot be written plain.
	// eslint-disable-next-line no-control-regex -- control characters are what is looked for
	if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) return true;
	return false;
}

/** The YAML double-quoted form of `value`, with every character a double-quoted scalar cannot hold escaped. */
export function doubleQuoteYaml(value: string): string {
	let out = '"';
	for (const char of value) {
		const code = char.codePointAt(0) ?? 0;
		switch (char) {
			case "\\": out += "\\\\"; break;
			case '"': out += '\\"'; break;
			case "\n": out += "\\n"; break;
			case "\r": out += "\\r"; break;
			case "\t": out += "\\t"; break;
			case "\0": out += "\\0"; break;
			case "\u0085": out += "\\N"; break;
			case "\u2028": out += "\\L"; break;
			case "\u2029": out += "\\P"; break;
			case "\ufeff": out += "\\uFEFF"; break;
			default:
				if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${code.toString(16).padStart(2, "0")}`;
				else out += char;
		}
	}
	return `${out}"`;
}

/** `value` as a YAML scalar: plain when that is safe, double-quoted otherwise. */
export function toYamlScalar(value: string): string {
	return needsYamlQuotes(value) ? doubleQuoteYaml(value) : value;
}

/** A value the writer puts in a property: text, or a number (a result's figure, `impressions: 1200`). */
export type PropertyValue = string | number;

/**
 * `value` as YAML: text as {@link toYamlScalar}, a number plain (`1200`, `12.5`), which every reader reads
 * back as that number.
 *
 * @throws RangeError for a number that is not finite: YAML's `.inf` and `.nan` are no figure.
 */
export function toYamlValue(value: PropertyValue): string {
	if (typeof value === "string") return toYamlScalar(value);
	if (!Number.isFinite(value)) throw new RangeError(`${value} is not a number a property can hold`);
	return String(value);
}
