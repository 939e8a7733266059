import type { BoardFilter, BoardSort } from "../../core/pipeline/board-model";

/** What the board remembers across reloads (Obsidian saves it with the workspace). */
export interface BoardViewState {
	filter: BoardFilter;
	sort: BoardSort;
	scroll: number;
	inboxExpanded: boolean;
	/** Whether the board shows only the ideas of the open note, following the note in front of the writer. */
	openNote: boolean;
}

export const DEFAULT_BOARD_STATE: BoardViewState = { filter: { text: "", tag: null, source: null }, sort: "created", scroll: 0, inboxExpanded: false, openNote: false };

export function isSort(value: unknown): value is BoardSort {
	return value === "created" || value === "updated" || value === "title";
}

/** The state as plain data, as a workspace file or local storage keeps it. */
export function boardViewStateData(state: BoardViewState): Record<string, unknown> {
	return { filter: { ...state.filter }, sort: state.sort, scroll: state.scroll, inboxExpanded: state.inboxExpanded, openNote: state.openNote };
}

/** Reads a saved state, whatever a workspace file holds: anything missing or malformed takes its default. */
export function readBoardViewState(state: unknown): BoardViewState {
	const data = (typeof state === "object" && state !== null ? state : {}) as Record<string, unknown>;
	const filter = (typeof data.filter === "object" && data.filter !== null ? data.filter : {}) as Record<string, unknown>;
	return {
		filter: {
			text: typeof filter.text === "string" ? filter.text : "",
			tag: typeof filter.tag === "string" ? filter.tag : null,
			source: typeof filter.source === "string" ? filter.source : null,
			origin: typeof filter.origin === "string" ? filter.origin : null,
			horizon: typeof filter.horizon === "string" ? filter.horizon : null,
		},
		sort: isSort(data.sort) ? data.sort : "created",
		scroll: typeof data.scroll === "number" ? data.scroll : 0,
		inboxExpanded: data.inboxExpanded === true,
		openNote: data.openNote === true,
	};
}
