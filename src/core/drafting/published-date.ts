/** A publication date as typed, checked: the date to write, or why it is refused. */
export type PublishedDateCheck = { ok: true; date: string } | { ok: false; problem: "format" | "noSuchDay" | "yearZero" };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A publication date: `YYYY-MM-DD`, a day the calendar has (no 30 February, no month 13, 29 February in
 * leap years only) in a year from 0001 on. `Date.parse` takes `2024-02-30` as 1 March and year 0 as a
 * year, which a note's `published` must never hold.
 */
export function checkPublishedDate(typed: string): PublishedDateCheck {
	const text = typed.trim();
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return { ok: false, problem: "format" };
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year === 0) return { ok: false, problem: "yearZero" };
	const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
	if (days === undefined || day < 1 || day > days) return { ok: false, problem: "noSuchDay" };
	return { ok: true, date: text };
}
