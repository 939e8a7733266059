/**
 * The id the pipeline view is registered under in Bases, written as `type` in a base's views. Namespaced: Bases' own
 * layouts (a `kanban` is coming) never take it.
 */
export const PIPELINE_BASES_VIEW_ID = "thought-leadership-pipeline";

/** The keys under which a base keeps the pipeline view's options (the view's entry of the `.base` file). */
export const PIPELINE_OPTION_KEYS = {
	laneProperty: "laneProperty",
	laneOrder: "laneOrder",
	compact: "compactCards",
} as const;

/** What the pipeline view of a base is set to show. */
export interface PipelineViewOptions {
	/** The property whose values are the lanes, as a Bases property id (`note.priorité`); null: the base's group-by, else `status`. */
	laneProperty: string | null;
	/** Lane values in the order the writer wants them, first; empty: the order Bases gives. */
	laneOrder: string[];
	/** Cards show the idea's words alone. */
	compact: boolean;
}

/** A property the lanes come from: its Bases id, its name, and whether a drop can write it (a note's own property). */
export interface LaneProperty {
	id: string;
	name: string;
	writable: boolean;
}

/**
 * A property as a base names it: `note.priorité`, `formula.score`, `file.folder`, or a bare `priorité` (a note
 * property, as `.base` files may write it). Null for anything else.
 */
export function laneProperty(id: unknown): LaneProperty | null {
	if (typeof id !== "string") return null;
	const text = id.trim();
	if (text === "") return null;
	const dot = text.indexOf(".");
	const type = dot === -1 ? "" : text.slice(0, dot);
	if (type === "note" || type === "formula" || type === "file") {
		const name = text.slice(dot + 1).trim();
		return name === "" ? null : { id: `${type}.${name}`, name, writable: type === "note" };
	}
	return { id: `note.${text}`, name: text, writable: true };
}

/** The property a view groups by, as its entry keeps it: `{ property: note.status, direction: ASC }`, or the id alone. */
export function groupByProperty(groupBy: unknown): LaneProperty | null {
	if (typeof groupBy === "string") return laneProperty(groupBy);
	if (typeof groupBy === "object" && groupBy !== null && !Array.isArray(groupBy)) return laneProperty((groupBy as { property?: unknown }).property);
	return null;
}

/** A list option as a base may keep it: a list (1.13), or one text of values separated by commas or lines (1.10's text field). */
function textList(value: unknown): string[] {
	const items = Array.isArray(value) ? (value as unknown[]) : typeof value === "string" ? value.split(/[,\n]/) : [];
	const seen = new Set<string>();
	const list: string[] = [];
	for (const item of items) {
		if (typeof item !== "string" && typeof item !== "number") continue;
		const text = String(item).trim();
		if (text === "" || seen.has(text)) continue;
		seen.add(text);
		list.push(text);
	}
	return list;
}

/** A toggle as a base may keep it: a boolean, or its text. */
function toggle(value: unknown): boolean {
	return value === true || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

/** The view's options, each with its fallback when the base holds nothing usable for it. */
export function readPipelineViewOptions(get: (key: string) => unknown): PipelineViewOptions {
	return {
		laneProperty: laneProperty(get(PIPELINE_OPTION_KEYS.laneProperty))?.id ?? null,
		laneOrder: textList(get(PIPELINE_OPTION_KEYS.laneOrder)),
		compact: toggle(get(PIPELINE_OPTION_KEYS.compact)),
	};
}
