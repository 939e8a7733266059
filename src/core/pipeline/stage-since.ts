import { format } from "date-fns";

/** The property a move writes next to `status`: the day the idea came into its stage (`2026-12-08`). */
export const STAGE_SINCE_KEY = "stage-since";

/** Where a note without `stage-since` gets it: right below `status`. */
export const STAGE_SINCE_PLACE: Readonly<Record<string, string>> = { [STAGE_SINCE_KEY]: "status" };

/** The day a move happened, as `stage-since` holds it: ISO, the writer's local day. */
export function stageSinceDay(now: Date): string {
	return format(now, "yyyy-MM-dd");
}

/**
 * What a move to `toKey` writes, in one edit: `status`, then `stage-since` with the day of the move
 * (`since`); `status` alone when the writer turned the record off (`since` null).
 */
export function stageMoveValues(toKey: string, since: string | null): [string, string][] {
	return since === null ? [["status", toKey]] : [["status", toKey], [STAGE_SINCE_KEY, since]];
}
