import type { Plugin } from "obsidian";
import type { Studio } from "../shared/studio";
import { stillReading } from "../shared/still-reading";
import { REVIEW_VIEW_TYPE, ReviewView, type ReviewCommands } from "./review-view";
import type { WeeklyReviews } from "./weekly-reviews";

/**
 * The weekly review and its commands: `open-weekly-review` (the review in a tab, or the one open shown) and
 * `save-weekly-review` (the week the open review shows, else this week, saved as a note). Stable ids, no
 * default hotkey. https://docs.obsidian.md/Plugins/User+interface/Views
 */
export function registerReview(plugin: Plugin, studio: Studio, reviews: WeeklyReviews, commands: ReviewCommands): void {
	const { app } = plugin;
	const t = studio.translate;
	plugin.registerView(REVIEW_VIEW_TYPE, (leaf) => new ReviewView(leaf, studio, reviews, commands));

	plugin.addCommand({
		id: "open-weekly-review",
		name: t("command.openWeeklyReview"),
		callback: async () => {
			let leaf = app.workspace.getLeavesOfType(REVIEW_VIEW_TYPE)[0];
			if (!leaf) {
				leaf = app.workspace.getLeaf("tab");
				await leaf.setViewState({ type: REVIEW_VIEW_TYPE, active: true });
			}
			await app.workspace.revealLeaf(leaf);
		},
	});

	plugin.addCommand({
		id: "save-weekly-review",
		name: t("command.saveWeeklyReview"),
		checkCallback: (checking) => {
			// A review written before the notes are all read would miss some: the command waits for them.
			if (stillReading(studio, checking, "command.saveWeeklyReview")) return true;
			if (!checking) {
				const open = app.workspace.getLeavesOfType(REVIEW_VIEW_TYPE).map((leaf) => leaf.view).find((view): view is ReviewView => view instanceof ReviewView);
				void reviews.save(open?.week ?? reviews.thisWeek(), open?.metric ?? null);
			}
			return true;
		},
	});
}
