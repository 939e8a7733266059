import { parseDateField } from "../text/date-field";

/** The property that says when a draft is to be published: a day (`2026-12-08`) or a day and a time (`2026-12-08T09:30`). */
export const PLANNED_KEY = "planned";

/** A draft's planned date: its day (`2026-12-08`) and, when said, its time (`09:30`). */
export interface PlannedDate {
	day: string;
	time: string | null;
}

/**
 * A `planned` property as written: ISO, a day or a day and a time (`2026-12-08`, `2026-12-08T09:30`,
 * `2026-12-08 09:30`), a day the calendar has. Null for anything else, which the calendar does not show.
 */
export function readPlannedDate(value: unknown): PlannedDate | null {
	let current = value;
	while (Array.isArray(current) && current.length > 0) current = (current as unknown[])[0];
	if (typeof current !== "string") return null;
	const text = current.trim();
	if (!/^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(text)) return null;
	const read = parseDateField(text, { pattern: "yyyy-MM-dd", time: true });
	return read.ok ? { day: read.day, time: read.time } : null;
}

/** A planned date as the `planned` property holds it: `2026-12-08`, or `2026-12-08T09:30` with a time. */
export function plannedText(planned: PlannedDate): string {
	return planned.time === null ? planned.day : `${planned.day}T${planned.time}`;
}
