import type { App, WorkspaceLeaf } from "obsidian";
import type { BoardPlace } from "../../core/pipeline/board-layout";
import { PIPELINE_VIEW_TYPE, PipelineView } from "./pipeline-view";
import { loadLastBoardState } from "./last-board-state";

/** Where a board's leaf is: a loaded board knows its place; a deferred one is placed by its root. */
function placeOf(app: App, leaf: WorkspaceLeaf): BoardPlace {
	if (leaf.view instanceof PipelineView) return leaf.view.place;
	return leaf.getRoot() === app.workspace.rootSplit ? "tab" : "side";
}

/**
 * Shows the board in `place` (the right sidebar, or a tab of the main area): the one already open
 * there, else a new one with the search, filters and sort last used there; then gives it the focus.
 * https://docs.obsidian.md/Plugins/User+interface/Views
 */
export async function openPipelineView(app: App, place: BoardPlace = "side"): Promise<void> {
	const { workspace } = app;
	let leaf = workspace.getLeavesOfType(PIPELINE_VIEW_TYPE).find((l) => placeOf(app, l) === place) ?? null;
	if (!leaf) {
		leaf = place === "tab" ? workspace.getLeaf("tab") : workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type: PIPELINE_VIEW_TYPE, active: true, state: loadLastBoardState(app, place) ?? undefined });
	}
	await workspace.revealLeaf(leaf);
	if (leaf.view instanceof PipelineView) leaf.view.focusBoard();
}
