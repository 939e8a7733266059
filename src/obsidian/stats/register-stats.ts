import type { Plugin } from "obsidian";
import type { Studio } from "../shared/studio";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import { STATS_VIEW_TYPE, StatsView } from "./stats-view";
import { INDICATORS_BLOCK, indicatorsProcessor } from "./indicators-block";

/**
 * The stats view and its command, `open-stats`: opens the view in a main tab, or shows the one open.
 * No default hotkey. https://docs.obsidian.md/Plugins/User+interface/Views
 * And the `tls-indicators` code block, which shows the results in any note's reading view.
 * https://docs.obsidian.md/Reference/TypeScript+API/Plugin/registerMarkdownCodeBlockProcessor
 */
export function registerStats(plugin: Plugin, studio: Studio, pipeline: IdeaPipeline): void {
	const { app } = plugin;
	plugin.registerView(STATS_VIEW_TYPE, (leaf) => new StatsView(leaf, studio, pipeline));
	plugin.registerMarkdownCodeBlockProcessor(INDICATORS_BLOCK, indicatorsProcessor(studio));
	plugin.addCommand({
		id: "open-stats",
		name: studio.translate("command.openStats"),
		callback: async () => {
			let leaf = app.workspace.getLeavesOfType(STATS_VIEW_TYPE)[0];
			if (!leaf) {
				leaf = app.workspace.getLeaf("tab");
				await leaf.setViewState({ type: STATS_VIEW_TYPE, active: true });
			}
			await app.workspace.revealLeaf(leaf);
		},
	});
}
