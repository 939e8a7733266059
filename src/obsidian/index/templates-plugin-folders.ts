import { normalizePath, type App } from "obsidian";
import { TEMPLATES_PLUGINS, templatesPluginFolder, type TemplatesPlugin, type TemplatesPluginFolders } from "../../core/settings/templates-plugin-folder";

/**
 * The folders Obsidian's Templates plugin and Templater keep their templates in, read from their settings
 * files in the vault's configuration folder (through the adapter: they are not notes). Never rejects: a file
 * that is missing, cannot be read or does not parse names no folder. Read when asked, not watched: Obsidian
 * tells no plugin when another one's settings change.
 */
export async function readTemplatesPluginFolders(app: App): Promise<TemplatesPluginFolders> {
	const { adapter, configDir } = app.vault;
	const read = async (plugin: TemplatesPlugin): Promise<string | null> => {
		const path = normalizePath(`${configDir}/${TEMPLATES_PLUGINS[plugin].file}`);
		try {
			return templatesPluginFolder(plugin, (await adapter.exists(path)) ? await adapter.read(path) : null, configDir);
		} catch {
			return null;
		}
	};
	const [core, templater] = await Promise.all([read("core"), read("templater")]);
	return { core, templater };
}
