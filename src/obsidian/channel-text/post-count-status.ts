import { debounce, MarkdownView, Platform, type Plugin } from "obsidian";
import type { Studio } from "../shared/studio";
import type { Drafting } from "../drafting/drafting";
import type { PostText } from "./post-text";
import { afterNextPaint } from "../shared/after-next-paint";

/** How long the count waits after a keystroke: typing is never slowed by it. */
const WAIT_MS = 250;

/**
 * The status bar while a draft is open: its count against its format's limit (`1 245 / 3 000 caractères`),
 * the posts of an X thread, and for LinkedIn whether the hook shows before "…voir plus"; nothing on any
 * other note. Counted from the editor's text as it is typed, a moment after the last keystroke. Obsidian
 * has no status bar on a phone or tablet: there, the count is in the Notice of Copy the post's text.
 */
export function registerPostCountStatus(plugin: Plugin, studio: Studio, drafting: Drafting, postText: PostText): void {
	if (Platform.isMobile) return;
	const { app } = plugin;
	const item = plugin.addStatusBarItem();
	item.addClass("tls-post-count");
	item.hide();
	// Each update is numbered: a slow one that ends after a later one says nothing.
	let asked = 0;
	const update = async (): Promise<void> => {
		const mine = ++asked;
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		const draft = drafting.draft(view?.file ?? null);
		if (!view || !draft) {
			item.hide();
			return;
		}
		const reading = await postText.read(draft, view.editor.getValue());
		if (mine !== asked) return;
		item.setText(postText.status(reading));
		item.setAttr("aria-label", studio.translate("status.label", { channel: reading.channel }));
		item.toggleClass("is-over", reading.check.over.length > 0 || reading.check.fold?.fits === false);
		item.show();
	};
	const soon = debounce(() => void update(), WAIT_MS, true);
	plugin.registerEvent(app.workspace.on("active-leaf-change", () => void update()));
	plugin.registerEvent(app.workspace.on("editor-change", soon));
	plugin.registerEvent(app.metadataCache.on("changed", soon));
	plugin.register(studio.onSettingsChange(soon));
	plugin.register(() => soon.cancel());
	// The note open at start is counted once the views drawn meanwhile are painted: the status bar can wait a frame.
	app.workspace.onLayoutReady(() => plugin.register(afterNextPaint(() => void update())));
}
