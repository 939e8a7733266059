import type { App } from "obsidian";
import { readCollapsedLanes, type BoardPlace } from "../../core/pipeline/board-layout";

const KEY = "thought-leadership-studio:collapsed-lanes";

/**
 * Which lanes are collapsed, remembered for this vault on this device, one set for the side panel
 * and one for the tab: in the narrow panel a writer folds the inbox away to reach the stages, in a
 * tab every column can stay open. https://docs.obsidian.md/Reference/TypeScript+API/App/loadLocalStorage
 */
export function loadCollapsedLanes(app: App, place: BoardPlace): string[] {
	return readCollapsedLanes(app.loadLocalStorage(`${KEY}:${place}`));
}

export function saveCollapsedLanes(app: App, place: BoardPlace, keys: readonly string[]): void {
	app.saveLocalStorage(`${KEY}:${place}`, keys.length > 0 ? keys : null);
}
