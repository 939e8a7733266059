import type { Plugin } from "obsidian";
import type { Studio } from "../shared/studio";
import type { Drafting } from "../drafting/drafting";
import { explainUnreadableProperties } from "../shared/unreadable-properties";
import type { PostText } from "./post-text";
import { registerPostCountStatus } from "./post-count-status";

/** Copy the post's text (on a draft; stable id, no default hotkey), and the count in the status bar. */
export function registerChannelText(plugin: Plugin, studio: Studio, drafting: Drafting, postText: PostText): void {
	const { app } = plugin;
	const t = studio.translate;
	plugin.addCommand({
		id: "copy-post-text",
		name: t("command.copyPostText"),
		checkCallback: (checking) => {
			const draft = drafting.draft(app.workspace.getActiveFile());
			if (!draft) return explainUnreadableProperties(app, t, checking, "command.copyPostText");
			if (!checking) void postText.copy(draft);
			return true;
		},
	});
	registerPostCountStatus(plugin, studio, drafting, postText);
}
