import type { App } from "obsidian";

/** Obsidian's settings window: in every version the plugin supports, but not in the public API. */
interface SettingWindow {
	open(): void;
	openTabById(id: string): unknown;
}

/**
 * Opens Obsidian's settings at the plugin's tab, as a link in a view does; false, having done nothing, when the
 * app has no such window (a version that changed it), so that the caller can say where to find the settings.
 */
export function openPluginSettings(app: App, pluginId: string): boolean {
	const setting = (app as unknown as { setting?: Partial<SettingWindow> }).setting;
	if (typeof setting?.open !== "function" || typeof setting.openTabById !== "function") return false;
	setting.open();
	setting.openTabById(pluginId);
	return true;
}
