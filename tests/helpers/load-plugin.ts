import type { App, Command, TFile } from "obsidian";
import ThoughtLeadershipStudioPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { flush } from "./obsidian-app";

/** The mock Plugin keeps registered commands here. */
interface MockPluginInternals {
	commands__: Map<string, Command>;
}

/** The mock Workspace lets a test say when Obsidian's layout is ready. */
interface MockWorkspaceInternals {
	setLayoutReady__(): void;
}

/**
 * The real plugin, loaded into an in-memory app, with its index built; `before` sees it first (to give it a
 * data.json). With `layoutReady: false`, Obsidian's layout is not ready yet, so the index has not started
 * its first pass: `layoutReady()` says it is.
 */
export async function loadPlugin(app: App, options: { layoutReady?: boolean; before?: (plugin: ThoughtLeadershipStudioPlugin) => void } = {}): Promise<{ plugin: ThoughtLeadershipStudioPlugin; command: (id: string) => Command; layoutReady: () => Promise<void> }> {
	const plugin = new ThoughtLeadershipStudioPlugin(app, { ...manifest, dir: `${app.vault.configDir}/plugins/${manifest.id}` });
	options.before?.(plugin);
	await plugin.onload();
	const layoutReady = async (): Promise<void> => {
		(app.workspace as unknown as MockWorkspaceInternals).setLayoutReady__();
		// The index starts once what is on screen is painted, a frame later (src/obsidian/shared/after-next-paint.ts).
		await new Promise<void>((done) => window.requestAnimationFrame(() => done()));
		await flush();
	};
	if (options.layoutReady !== false) await layoutReady();
	const commands = (plugin as unknown as MockPluginInternals).commands__;
	return {
		plugin,
		layoutReady,
		command: (id) => {
			const found = commands.get(id);
			if (!found) throw new Error(`no command ${id}`);
			return found;
		},
	};
}

/** Makes a note the active one, as clicking it in the file list would. */
export async function openNote(app: App, path: string): Promise<TFile> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`${path} missing`);
	await app.workspace.getLeaf(false).openFile(file);
	return file;
}

/** Runs a command the way the palette does: check callbacks are asked first. */
export function run(command: Command): boolean {
	if (command.checkCallback) {
		if (!command.checkCallback(true)) return false;
		command.checkCallback(false);
		return true;
	}
	command.callback?.();
	return Boolean(command.callback);
}
