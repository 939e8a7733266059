import type { App } from "obsidian";
import type { BoardPlace } from "../../core/pipeline/board-layout";
import { boardViewStateData, readBoardViewState, type BoardViewState } from "./board-view-state";

const KEY = "thought-leadership-studio:board-state";

/**
 * The search, filters and sort of the board last used in `place`, for a board opened there anew after its leaf
 * was closed (a workspace restores an open board's own state): remembered for this vault on this device, one for
 * the side panel and one for the tab, as the collapsed lanes are. Null when none was kept.
 * https://docs.obsidian.md/Reference/TypeScript+API/App/loadLocalStorage
 */
export function loadLastBoardState(app: App, place: BoardPlace): Record<string, unknown> | null {
	const stored: unknown = app.loadLocalStorage(`${KEY}:${place}`);
	return stored === null || stored === undefined ? null : boardViewStateData({ ...readBoardViewState(stored), scroll: 0 });
}

/** Keeps what a board in `place` shows now, but not where it was scrolled: a new board opens at its top. */
export function saveLastBoardState(app: App, place: BoardPlace, state: BoardViewState): void {
	app.saveLocalStorage(`${KEY}:${place}`, boardViewStateData({ ...state, scroll: 0 }));
}
