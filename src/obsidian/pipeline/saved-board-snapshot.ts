import type { App } from "obsidian";
import type { BoardPlace } from "../../core/pipeline/board-layout";
import type { BoardModel } from "../../core/pipeline/board-model";
import { readBoardSnapshot, takeBoardSnapshot } from "../../core/pipeline/board-snapshot";

const KEY = "thought-leadership-studio:board-snapshot";

/**
 * What the board in `place` showed when it was last drawn with the notes read, if it was drawn with `key`: kept for
 * this vault on this device (never synced), one for the side panel and one for the tab, so that the next start shows
 * the board at once while the notes are read. Null when none fits, or when the device's storage cannot be read.
 * https://docs.obsidian.md/Reference/TypeScript+API/App/loadLocalStorage
 */
export function loadBoardSnapshot(app: App, place: BoardPlace, key: string): BoardModel | null {
	try {
		return readBoardSnapshot(app.loadLocalStorage(`${KEY}:${place}`), key);
	} catch {
		return null;
	}
}

/** Keeps the board on screen in `place` for the next start; a device whose storage is full keeps none (the next start reads the notes first). */
export function saveBoardSnapshot(app: App, place: BoardPlace, model: BoardModel, key: string): void {
	try {
		app.saveLocalStorage(`${KEY}:${place}`, takeBoardSnapshot(model, key));
	} catch {
		forgetBoardSnapshot(app, place);
	}
}

/** Forgets the snapshot of `place`: one that could not be drawn is not tried again. */
export function forgetBoardSnapshot(app: App, place: BoardPlace): void {
	try {
		app.saveLocalStorage(`${KEY}:${place}`, null);
	} catch {
		// Nothing kept, nothing to forget.
	}
}
