import { ANY_IDEA, type ReuseFilter } from "./reuse-grid";

/** Which grid the view shows: ideas against formats, or brand ideas against products. */
export type ReuseGridKind = "formats" | "products";

/** What the re-use grid remembers with the workspace: the grid shown and the ideas' filter. */
export interface ReuseState {
	grid: ReuseGridKind;
	filter: ReuseFilter;
}

export const DEFAULT_REUSE_STATE: ReuseState = { grid: "formats", filter: ANY_IDEA };

/** Reads a saved state, whatever a workspace file holds: anything missing or malformed takes its default. */
export function readReuseState(state: unknown): ReuseState {
	const data = (typeof state === "object" && state !== null ? state : {}) as Record<string, unknown>;
	const filter = (typeof data.filter === "object" && data.filter !== null ? data.filter : {}) as Record<string, unknown>;
	const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
	return { grid: data.grid === "products" ? "products" : "formats", filter: { stage: text(filter.stage), tag: text(filter.tag), brand: text(filter.brand) } };
}
