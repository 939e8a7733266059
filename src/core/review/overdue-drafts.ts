import type { DayKey } from "../calendar/calendar-day";
import type { Draft } from "../drafting/draft";
import type { PlannedDate } from "../drafting/planned-date";
import { isOverdue } from "../calendar/is-overdue";

/** A draft planned on a day now past and not published. */
export interface OverdueDraft {
	path: string;
	title: string;
	planned: PlannedDate;
}

/** The drafts overdue on `today`, the longest overdue first, then by title. */
export function overdueDrafts(drafts: readonly Draft[], today: DayKey, titleOf: (draft: Draft) => string, collator: Intl.Collator): OverdueDraft[] {
	const overdue: OverdueDraft[] = [];
	for (const draft of drafts) if (draft.planned && isOverdue(draft, today)) overdue.push({ path: draft.path, title: titleOf(draft), planned: draft.planned });
	return overdue.sort((a, b) => (a.planned.day < b.planned.day ? -1 : a.planned.day > b.planned.day ? 1 : collator.compare(a.title, b.title)));
}
