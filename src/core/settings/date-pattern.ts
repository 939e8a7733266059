import { format } from "date-fns";

/**
 * Date formats as Obsidian users type them (moment.js tokens, as in Obsidian's Daily notes:
 * `YYYY-MM-DD HH:mm`, `DD/MM/YYYY`, `[le] D MMMM`), and as the plugin stores and renders them
 * (date-fns: `yyyy-MM-dd HH:mm`). The `dateFormat` setting holds the date-fns pattern, so patterns
 * saved before this existed keep working; the settings field shows and takes the moment form.
 */

// Each moment token the plugin renders, and the date-fns token that renders the same thing.
const MOMENT_TO_DATE_FNS: Readonly<Record<string, string>> = {
	YYYY: "yyyy",
	YY: "yy",
	Y: "y",
	Q: "Q",
	Qo: "Qo",
	M: "M",
	Mo: "Mo",
	MM: "MM",
	MMM: "MMM",
	MMMM: "MMMM",
	D: "d",
	Do: "do",
	DD: "dd",
	DDD: "D",
	DDDo: "Do",
	DDDD: "DDD",
	dd: "EEEEEE",
	ddd: "EEE",
	dddd: "EEEE",
	E: "i",
	w: "w",
	wo: "wo",
	ww: "ww",
	W: "I",
	Wo: "Io",
	WW: "II",
	GGGG: "RRRR",
	A: "a",
	a: "aaa",
	H: "H",
	HH: "HH",
	h: "h",
	hh: "hh",
	k: "k",
	kk: "kk",
	m: "m",
	mm: "mm",
	s: "s",
	ss: "ss",
	S: "S",
	SS: "SS",
	SSS: "SSS",
	Z: "xxx",
	ZZ: "xx",
	X: "t",
	x: "T",
};

const DATE_FNS_TO_MOMENT: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(MOMENT_TO_DATE_FNS).map(([moment, dateFns]) => [dateFns, moment]));

// Letters that are tokens in moment: one the plugin cannot render is refused, not written as
// text. Other letters (`T` in `YYYY-MM-DDTHH:mm`) are text, as moment writes them.
const MOMENT_TOKEN_LETTERS = /[MDdeEwWYygGQAaHhkmsSZXxNz]/;
// Tokens that take an ordinal `o` after them, in each syntax.
const MOMENT_ORDINALS = new Set(["M", "D", "DDD", "Q", "w", "W"]);
const DATE_FNS_ORDINAL_LETTERS = /[yYQqMLwIdDecihHKkms]/;

/** Why a typed date format cannot be used. */
export type DatePatternProblem = { kind: "empty" } | { kind: "unclosedBracket" } | { kind: "unsupported"; token: string } | { kind: "noDate" };

/** A typed date format, read: the date-fns pattern to store, or why it cannot be used. */
export type DatePatternResult = { ok: true; pattern: string } | { ok: false; problem: DatePatternProblem };

/** `'text'` in date-fns when the text holds letters or quotes, which date-fns would read as tokens. */
function dateFnsLiteral(text: string): string {
	return /[a-zA-Z']/.test(text) ? `'${text.replace(/'/g, "''")}'` : text;
}

/** A run of the same letter at `at`, with the ordinal `o` that may follow it. */
function letterRun(pattern: string, at: number, takesOrdinal: (run: string) => boolean): string {
	let end = at + 1;
	while (pattern[end] === pattern[at]) end++;
	const run = pattern.slice(at, end);
	return pattern[end] === "o" && takesOrdinal(run) ? `${run}o` : run;
}

/**
 * Reads a date format typed with moment tokens (`YYYY-MM-DD HH:mm`, `DD/MM/YYYY`, `[T]` or `\T`
 * for literal text) into the date-fns pattern that renders the same dates.
 */
export function fromMomentPattern(typed: string): DatePatternResult {
	if (typed.trim() === "") return { ok: false, problem: { kind: "empty" } };
	let out = "";
	let literal = "";
	let tokens = 0;
	for (let at = 0; at < typed.length; ) {
		const char = typed.charAt(at);
		if (char === "[") {
			const close = typed.indexOf("]", at + 1);
			if (close === -1) return { ok: false, problem: { kind: "unclosedBracket" } };
			literal += typed.slice(at + 1, close);
			at = close + 1;
		} else if (char === "\\" && at + 1 < typed.length) {
			literal += typed.charAt(at + 1);
			at += 2;
		} else if (/[a-zA-Z]/.test(char)) {
			const run = letterRun(typed, at, (r) => MOMENT_ORDINALS.has(r));
			const token = MOMENT_TO_DATE_FNS[run];
			at += run.length;
			if (token !== undefined) {
				out += dateFnsLiteral(literal) + token;
				literal = "";
				tokens++;
			} else if (MOMENT_TOKEN_LETTERS.test(char)) {
				return { ok: false, problem: { kind: "unsupported", token: run } };
			} else {
				literal += run;
			}
		} else {
			literal += char;
			at++;
		}
	}
	if (tokens === 0) return { ok: false, problem: { kind: "noDate" } };
	return { ok: true, pattern: out + dateFnsLiteral(literal) };
}

/** Literal text in moment: words in `[...]`, as Obsidian users write `[T]`; a bracket or backslash after `\`. */
function momentLiteral(text: string): string {
	return text.replace(/[a-zA-Z]+(?:['’ ]+[a-zA-Z]+)*'?|[[\]\\]/g, (part) => (/[a-zA-Z]/.test(part) ? `[${part}]` : `\\${part}`));
}

/**
 * A stored date-fns pattern in moment tokens, for the settings field: `yyyy-MM-dd'T'HH:mm` is
 * `YYYY-MM-DD[T]HH:mm`. Null when the pattern uses a date-fns token with no moment twin here.
 */
export function toMomentPattern(pattern: string): string | null {
	let out = "";
	let literal = "";
	for (let at = 0; at < pattern.length; ) {
		const char = pattern.charAt(at);
		if (char === "'") {
			if (pattern[at + 1] === "'") {
				literal += "'";
				at += 2;
				continue;
			}
			let end = at + 1;
			for (; end < pattern.length; end++) {
				if (pattern[end] !== "'") literal += pattern[end];
				else if (pattern[end + 1] === "'") literal += pattern[++end];
				else break;
			}
			if (end >= pattern.length) return null;
			at = end + 1;
		} else if (/[a-zA-Z]/.test(char)) {
			const run = letterRun(pattern, at, (r) => r.length === 1 && DATE_FNS_ORDINAL_LETTERS.test(r));
			const token = DATE_FNS_TO_MOMENT[run];
			if (token === undefined) return null;
			out += momentLiteral(literal) + token;
			literal = "";
			at += run.length;
		} else {
			literal += char;
			at++;
		}
	}
	return out + momentLiteral(literal);
}

/** Whether date-fns renders `pattern` and the settings field can show it. */
function usableDateFnsPattern(pattern: string): boolean {
	if (toMomentPattern(pattern) === null) return false;
	try {
		format(new Date(2024, 2, 1, 10, 0), pattern);
		return true;
	} catch {
		return false;
	}
}

/**
 * The date-fns pattern to keep from a saved `dateFormat`: a usable date-fns pattern as it is (what
 * every version so far saved), a moment one typed into `data.json` by hand converted, anything
 * else `fallback`.
 */
export function savedDatePattern(value: unknown, fallback: string): string {
	if (typeof value !== "string" || value.trim() === "") return fallback;
	if (usableDateFnsPattern(value)) return value;
	const typed = fromMomentPattern(value);
	return typed.ok ? typed.pattern : fallback;
}
