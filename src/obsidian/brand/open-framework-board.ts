import type { App } from "obsidian";
import { FRAMEWORK_VIEW_TYPE, FrameworkView } from "./framework-view";

/**
 * Shows the framework board of the brand idea at `path` (or the list of brand ideas, for null) in a main
 * tab: the one already showing it, else a new tab.
 * https://docs.obsidian.md/Plugins/User+interface/Views
 */
export async function openFrameworkBoard(app: App, path: string | null): Promise<void> {
	const { workspace } = app;
	let leaf = workspace.getLeavesOfType(FRAMEWORK_VIEW_TYPE).find((l) => l.view instanceof FrameworkView && l.view.brandPath === path) ?? null;
	if (!leaf) {
		leaf = workspace.getLeaf("tab");
		await leaf.setViewState({ type: FRAMEWORK_VIEW_TYPE, active: true, state: { path } });
	}
	await workspace.revealLeaf(leaf);
}
