import { vaultFolder } from "./vault-folder";

/**
 * The other plugins that keep templates in a folder of the vault, with where they keep its setting, under
 * the vault's configuration folder: Obsidian's core Templates plugin (`templates.json`, `{"folder": "Modèles"}`)
 * and Templater (its `data.json`, `templates_folder`; the file is there once it is installed).
 */
export const TEMPLATES_PLUGINS = {
	core: { file: "templates.json", key: "folder" },
	templater: { file: "plugins/templater-obsidian/data.json", key: "templates_folder" },
} as const;

export type TemplatesPlugin = keyof typeof TEMPLATES_PLUGINS;

/** Each templates plugin's folder, or null when it names none. */
export type TemplatesPluginFolders = Record<TemplatesPlugin, string | null>;

export const NO_TEMPLATES_PLUGIN_FOLDERS: TemplatesPluginFolders = { core: null, templater: null };

/**
 * The templates folder that a plugin's settings file names, as a path of the vault (`/Modèles/` as `Modèles`);
 * null when there is no file (`text` null), when it is not JSON or names no folder, and when the folder is the
 * vault's root or not one of the vault: a folder that cannot be read is no reason to leave notes out.
 */
export function templatesPluginFolder(plugin: TemplatesPlugin, text: string | null, configDir: string): string | null {
	if (text === null) return null;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
	const value = (data as Record<string, unknown>)[TEMPLATES_PLUGINS[plugin].key];
	if (typeof value !== "string") return null;
	const read = vaultFolder(value, configDir);
	return read.ok && read.folder !== "" ? read.folder : null;
}
