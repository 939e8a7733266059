/** What a drop on a lane writes to the lanes' property: text, or a number for a property that holds numbers. */
export type LaneValue = string | number;

/**
 * A property's value as the text a lane is named by, or null when it holds none (absent, null, blank, an empty list).
 * A list reads as its items joined (one item: that item), as Bases shows it; an object names no lane.
 */
export function laneValueText(raw: unknown): string | null {
	if (Array.isArray(raw)) {
		const items = (raw as unknown[]).map(laneValueText).filter((item) => item !== null);
		return items.length === 0 ? null : items.join(", ");
	}
	if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") return null;
	const text = String(raw).trim();
	return text === "" ? null : text;
}

/** Whether a property's value (as a note's frontmatter holds it now) is still the one its lane was named by. */
export function holdsLaneValue(raw: unknown, seen: string | null): boolean {
	return laneValueText(raw) === seen;
}
