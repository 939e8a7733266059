import { isValid, parseISO } from "date-fns";

/** The outcome of reading a date property. */
export type NoteDate = { kind: "date"; time: number } | { kind: "empty" } | { kind: "invalid"; raw: string };

/**
 * Reads a date property as writers and their templates write it: `2024-02-22T21:33`,
 * `2024-04-06`, `2024-02-22 21:33`, full ISO with offset. Dates without an offset are local time,
 * as Obsidian shows them. Anything else is invalid, and the caller falls back to the file's times.
 */
export function parseNoteDate(value: unknown): NoteDate {
	if (value === undefined || value === null || value === "") return { kind: "empty" };
	if (value instanceof Date) return isValid(value) ? { kind: "date", time: value.getTime() } : { kind: "invalid", raw: String(value) };
	if (typeof value === "number" || typeof value === "boolean") return { kind: "invalid", raw: String(value) };
	if (typeof value !== "string") return { kind: "invalid", raw: JSON.stringify(value) ?? typeof value };
	const text = value.trim();
	if (text === "") return { kind: "empty" };
	if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return { kind: "invalid", raw: text };
	const date = parseISO(text.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, "$1T$2"));
	return isValid(date) ? { kind: "date", time: date.getTime() } : { kind: "invalid", raw: text };
}
