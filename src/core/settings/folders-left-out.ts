import type { StudioSettings } from "./studio-settings";
import type { TemplatesPluginFolders } from "./templates-plugin-folder";

/** Why the studio leaves a folder's notes out: a templates folder (Obsidian's Templates plugin's, Templater's, the studio's own), or the writer's setting. */
export type LeftOutReason = "core" | "templater" | "studio" | "setting";

/** A folder whose notes are not the writer's work, and why. */
export interface LeftOutFolder {
	folder: string;
	reason: LeftOutReason;
}

/**
 * The folders whose notes the studio never reads nor shows: the templates folders first (Obsidian's Templates
 * plugin's and Templater's when they name one, the studio's own), then those of the setting, in its order.
 */
export function foldersLeftOut(settings: Pick<StudioSettings, "templatesFolder" | "excludedFolders">, plugins: TemplatesPluginFolders): LeftOutFolder[] {
	const folders: LeftOutFolder[] = [];
	if (plugins.core !== null) folders.push({ folder: plugins.core, reason: "core" });
	if (plugins.templater !== null) folders.push({ folder: plugins.templater, reason: "templater" });
	folders.push({ folder: settings.templatesFolder, reason: "studio" });
	for (const folder of settings.excludedFolders) folders.push({ folder, reason: "setting" });
	return folders;
}
