import type { Draft } from "../drafting/draft";
import type { DayKey } from "./calendar-day";

/** Whether a draft is overdue on `today`: planned on a day before it, and not published. What the calendar marks, and the weekly review lists. */
export function isOverdue(draft: Pick<Draft, "published" | "planned">, today: DayKey): boolean {
	return !draft.published && draft.planned !== null && draft.planned.day < today;
}
