/**
 * The board's layout rules, apart from any DOM: where it is (side panel or main tab), how a lane
 * says how many cards it shows, which lanes are collapsed, and how fast a drag near an edge
 * scrolls the board.
 */

/** Where a board is open: the compact side panel (lanes stacked) or a main tab (lanes as columns). */
export type BoardPlace = "side" | "tab";

/** What a lane's count shows: `7`, or `2 / 7` when a filter hides some of its cards. */
export interface LaneCount {
	text: string;
	shown: number;
	total: number;
	/** Cards the filter hides. */
	hidden: number;
}

export function laneCount(shown: number, total: number): LaneCount {
	const hidden = Math.max(0, total - shown);
	return { text: hidden > 0 ? `${shown} / ${total}` : String(total), shown, total, hidden };
}

/** Keys of the collapsed lanes, from whatever was stored: anything but a list of strings is none. */
export function readCollapsedLanes(stored: unknown): string[] {
	if (!Array.isArray(stored)) return [];
	return [...new Set(stored.filter((key): key is string => typeof key === "string"))];
}

/** The collapsed lanes after a lane is collapsed or expanded. */
export function toggleLane(collapsed: readonly string[], key: string): string[] {
	return collapsed.includes(key) ? collapsed.filter((k) => k !== key) : [...collapsed, key];
}

/** Width of the band along each edge of the board where a drag scrolls it, in CSS pixels. */
export const EDGE_ZONE = 56;
/** Fastest scroll, in pixels a frame, with the pointer at the very edge. */
export const EDGE_MAX_STEP = 18;

/**
 * How far to scroll in one frame while dragging at `pointer` along an axis where the scroll area
 * runs from `start` to `end` (client coordinates): nothing in the middle, faster the nearer the
 * edge (as obsidian-kanban's scroll zones do), negative toward the start. Nothing when the area is
 * already scrolled to that end (`scrolled` from 0 to `max`).
 */
export function edgeScrollStep(pointer: number, start: number, end: number, scrolled: number, max: number): number {
	const zone = Math.min(EDGE_ZONE, (end - start) / 4);
	if (zone <= 0) return 0;
	const strength = (depth: number): number => Math.ceil(EDGE_MAX_STEP * Math.min(1, Math.max(0, depth) / zone));
	if (pointer < start + zone && scrolled > 0) return -strength(start + zone - pointer);
	if (pointer > end - zone && scrolled < max) return strength(pointer - (end - zone));
	return 0;
}
