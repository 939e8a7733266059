import { format, isValid, parse, type Locale } from "date-fns";

/** Why a typed date is refused. */
export type DateFieldProblem = "empty" | "format" | "noSuchDay" | "yearZero" | "noSuchTime";

/**
 * A typed date, read: the value to write in a note (`2024-05-12`, or `2024-05-12T09:30` with a time), its
 * day and time apart; or why it is refused.
 */
export type DateFieldResult = { ok: true; value: string; day: string; time: string | null } | { ok: false; problem: DateFieldProblem };

/** How a date field reads what is typed in it. */
export interface DateFieldOptions {
	/** The writer's date format, as the `dateFormat` setting stores it (date-fns tokens: `dd/MM/yyyy HH:mm`). */
	pattern: string;
	/** Whether a time of day may follow the date (a planned date may have one; a publication date is a day). */
	time: boolean;
	/** For month and weekday names in the writer's format (`12 mai 2024`). */
	locale?: Locale;
}

/** A piece of a date-fns pattern: a run of one token letter, or literal text. */
type Piece = { token: string } | { text: string };

/** Token letters of date-fns that say a time of day or a zone rather than a day. */
const TIME_LETTERS = /^[HhKkmsSaBbXxOzTtp]/;
/** The numeric tokens read here exactly; a pattern with any other token is left to date-fns' own parser. */
const NUMERIC: Readonly<Record<string, string>> = { yyyy: "(\\d{4})", yy: "(\\d{2})", y: "(\\d{1,4})", MM: "(\\d{1,2})", M: "(\\d{1,2})", dd: "(\\d{1,2})", d: "(\\d{1,2})", HH: "(\\d{1,2})", H: "(\\d{1,2})", mm: "(\\d{2})", m: "(\\d{1,2})" };
/** A time typed after a date: `09:30`, `9h30`, after a space, a `T`, `à` or `at`. */
const TRAILING_TIME = /^(.*?\S)(?:\s*T|\s+à|\s+at)?\s*(\d{1,2})[:hH](\d{2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s+)(\d{1,2}):(\d{2}))?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

/** Reads a date-fns pattern into its tokens and literal text (`'...'` quoted, `''` a quote). */
function piecesOf(pattern: string): Piece[] {
	const pieces: Piece[] = [];
	for (let at = 0; at < pattern.length; ) {
		const char = pattern.charAt(at);
		if (char === "'") {
			let end = at + 1;
			let text = "";
			for (; end < pattern.length; end++) {
				if (pattern[end] !== "'") text += pattern[end];
				else if (pattern[end + 1] === "'") text += pattern[++end];
				else break;
			}
			pieces.push({ text: end === at + 1 && pattern[end] === "'" ? "'" : text });
			at = end + 1;
		} else if (/[a-zA-Z]/.test(char)) {
			let end = at + 1;
			while (pattern[end] === char) end++;
			// An ordinal (`do`) is one token.
			if (pattern[end] === "o") end++;
			pieces.push({ token: pattern.slice(at, end) });
			at = end;
		} else {
			pieces.push({ text: char });
			at++;
		}
	}
	return pieces;
}

function toPattern(pieces: readonly Piece[]): string {
	return pieces.map((piece) => ("token" in piece ? piece.token : /[a-zA-Z']/.test(piece.text) ? `'${piece.text.replace(/'/g, "''")}'` : piece.text)).join("");
}

/**
 * The day part of the writer's date format: the pattern up to its first time token, without the text that
 * led to it (`dd/MM/yyyy HH:mm` gives `dd/MM/yyyy`, `yyyy-MM-dd'T'HH:mm` gives `yyyy-MM-dd`); the whole
 * pattern when it says no time; null when it says no day before its time.
 */
export function datePartOf(pattern: string): string | null {
	const pieces = piecesOf(pattern);
	const first = pieces.findIndex((piece) => "token" in piece && TIME_LETTERS.test(piece.token));
	const day = first === -1 ? pieces : pieces.slice(0, first);
	while (day.length > 0 && !("token" in (day[day.length - 1] as Piece))) day.pop();
	return day.some((piece) => "token" in piece) ? toPattern(day) : null;
}

/** A day and time checked against the calendar: the result to hand back, or why it is refused. */
function checked(year: number, month: number, day: number, time: { hours: number; minutes: number } | null): DateFieldResult {
	if (year === 0) return { ok: false, problem: "yearZero" };
	const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
	if (days === undefined || day < 1 || day > days) return { ok: false, problem: "noSuchDay" };
	if (time !== null && (time.hours > 23 || time.minutes > 59)) return { ok: false, problem: "noSuchTime" };
	const dayText = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
	const timeText = time === null ? null : `${pad(time.hours)}:${pad(time.minutes)}`;
	return { ok: true, value: timeText === null ? dayText : `${dayText}T${timeText}`, day: dayText, time: timeText };
}

/**
 * Reads `text` with a pattern of numeric tokens only (`dd/MM/yyyy`, `MM.dd.yy HH:mm`): day and month may be
 * typed with one digit or two. Null when the pattern has other tokens (names of months, weekdays) or the
 * text does not have its shape; else the date checked against the calendar, so that `30/02/2024` is told
 * apart from words that are no date.
 */
function readNumeric(text: string, pattern: string): DateFieldResult | null {
	const pieces = piecesOf(pattern);
	const order: string[] = [];
	let source = "";
	for (const piece of pieces) {
		if ("text" in piece) {
			source += piece.text.trim() === "" ? "\\s*" : piece.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s*");
			continue;
		}
		const group = NUMERIC[piece.token];
		if (group === undefined) return null;
		source += group;
		order.push(piece.token.charAt(0));
	}
	const match = new RegExp(`^${source}$`).exec(text);
	if (!match || !order.includes("y") || !order.includes("M") || !order.includes("d")) return null;
	const value = (letter: string): number | null => {
		const at = order.indexOf(letter);
		return at === -1 ? null : Number(match[at + 1]);
	};
	const yearToken = pieces.find((piece): piece is { token: string } => "token" in piece && piece.token.startsWith("y"))?.token;
	const typedYear = value("y") ?? 0;
	const year = yearToken === "yy" ? 2000 + typedYear : typedYear;
	const hours = value("H");
	const time = hours === null ? null : { hours, minutes: value("m") ?? 0 };
	return checked(year, value("M") ?? 0, value("d") ?? 0, time);
}

/** Reads `text` with date-fns' own parser, strictly: a valid date or null. */
function readWithDateFns(text: string, pattern: string, locale: Locale | undefined, withTime: boolean): DateFieldResult | null {
	const date = parse(text, pattern, new Date(2000, 0, 1), { locale });
	if (!isValid(date)) return null;
	const time = withTime ? { hours: date.getHours(), minutes: date.getMinutes() } : null;
	return checked(date.getFullYear(), date.getMonth() + 1, date.getDate(), time);
}

/** Reads `text` with one pattern: its numeric shape first, then date-fns. */
function readWith(text: string, pattern: string, locale: Locale | undefined, withTime: boolean): DateFieldResult | null {
	return readNumeric(text, pattern) ?? readWithDateFns(text, pattern, locale, withTime);
}

/** A result with a time typed after its date. */
function withTime(result: DateFieldResult | null, hours: number, minutes: number): DateFieldResult | null {
	if (result === null || !result.ok) return result;
	const [year, month, day] = result.day.split("-").map(Number);
	return checked(year ?? 0, month ?? 0, day ?? 0, { hours, minutes });
}

/**
 * A date as the writer types it in a field (plan, publish, results): ISO (`2024-05-12`) or the writer's own
 * date format (`12/05/2024` with `DD/MM/YYYY`), the day part of it alone too, and a time after it when the
 * field takes one (`12/05/2024 09:30`, `2024-05-12T09:30`, `12/05/2024 à 9h30`). What is written in the note
 * is ISO, which every tool reads. A day the calendar does not have (30 February, month 13), year 0000 or an
 * hour past 23:59 is refused with its reason, never moved to another day as `Date` would.
 */
export function parseDateField(typed: string, options: DateFieldOptions): DateFieldResult {
	const text = typed.trim().replace(/\s+/g, " ");
	if (text === "") return { ok: false, problem: "empty" };
	const iso = ISO.exec(text);
	if (iso) {
		const time = iso[4] === undefined ? null : { hours: Number(iso[4]), minutes: Number(iso[5]) };
		if (time !== null && !options.time) return { ok: false, problem: "format" };
		return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), time);
	}
	const dayPattern = datePartOf(options.pattern);
	if (dayPattern === null) return { ok: false, problem: "format" };
	if (options.time && dayPattern !== options.pattern) {
		const whole = readWith(text, options.pattern, options.locale, true);
		if (whole !== null) return whole;
	}
	const day = readWith(text, dayPattern, options.locale, false);
	if (day !== null) return day;
	const timed = options.time ? TRAILING_TIME.exec(text) : null;
	if (timed) {
		const dayText = timed[1] ?? "";
		const at = { hours: Number(timed[2]), minutes: Number(timed[3]) };
		const isoDay = ISO.exec(dayText);
		const read = isoDay && isoDay[4] === undefined ? checked(Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3]), null) : readWith(dayText, dayPattern, options.locale, false);
		const result = withTime(read, at.hours, at.minutes);
		if (result !== null) return result;
	}
	return { ok: false, problem: "format" };
}

/** A `YYYY-MM-DD` day as a note or a file holds it, when the calendar has it (no 30 February, no year 0000); else null. */
export function isoDay(text: string): string | null {
	const read = parseDateField(text, { pattern: "yyyy-MM-dd", time: false });
	return read.ok ? read.day : null;
}

/**
 * A date to show in a field, in the writer's own format (its day part, then `HH:mm` when it has a time),
 * when that reads back as the same date; else ISO (`2024-05-12`, `2024-05-12 09:30`).
 */
export function dateFieldText(value: { day: string; time: string | null }, options: DateFieldOptions): string {
	const iso = value.time === null ? value.day : `${value.day} ${value.time}`;
	const dayPattern = datePartOf(options.pattern);
	const [year, month, day] = value.day.split("-").map(Number);
	if (dayPattern === null || year === undefined || month === undefined || day === undefined) return iso;
	try {
		const dayText = format(new Date(year, month - 1, day), dayPattern, { locale: options.locale });
		const text = value.time === null ? dayText : `${dayText} ${value.time}`;
		const back = parseDateField(text, { ...options, time: value.time !== null });
		return back.ok && back.day === value.day && back.time === value.time ? text : iso;
	} catch {
		return iso;
	}
}
