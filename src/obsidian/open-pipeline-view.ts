import type { App } from "obsidian";
import { PIPELINE_VIEW_TYPE } from "./ui/pipeline-view";

/** Shows the board: the existing one if open, else a new one in the right sidebar. https://docs.obsidian.md/Plugins/User+interface/Views */
export async function openPipelineView(app: App): Promise<void> {
	const { workspace } = app;
	let leaf = workspace.getLeavesOfType(PIPELINE_VIEW_TYPE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type: PIPELINE_VIEW_TYPE, active: true });
	}
	await workspace.revealLeaf(leaf);
}
