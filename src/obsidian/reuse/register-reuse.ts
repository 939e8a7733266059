import type { Plugin } from "obsidian";
import type { Studio } from "../shared/studio";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import type { Drafting } from "../drafting/drafting";
import type { BrandIdeas } from "../brand/brand-ideas";
import { REUSE_VIEW_TYPE, ReuseView } from "./reuse-view";

/**
 * The re-use grid and its command, `open-reuse-grid`: opens the grid in a main tab, or shows the one open.
 * No default hotkey. https://docs.obsidian.md/Plugins/User+interface/Views
 */
export function registerReuse(plugin: Plugin, studio: Studio, pipeline: IdeaPipeline, drafting: Drafting, brands: BrandIdeas): void {
	const { app } = plugin;
	plugin.registerView(REUSE_VIEW_TYPE, (leaf) => new ReuseView(leaf, studio, pipeline, drafting, brands));
	plugin.addCommand({
		id: "open-reuse-grid",
		name: studio.translate("command.openReuseGrid"),
		callback: async () => {
			let leaf = app.workspace.getLeavesOfType(REUSE_VIEW_TYPE)[0];
			if (!leaf) {
				leaf = app.workspace.getLeaf("tab");
				await leaf.setViewState({ type: REUSE_VIEW_TYPE, active: true });
			}
			await app.workspace.revealLeaf(leaf);
		},
	});
}
