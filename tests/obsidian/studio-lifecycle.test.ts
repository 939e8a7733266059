/**
 * @jest-environment jsdom
 */
import type { App, EventRef } from "obsidian";
import { makeApp, flush } from "../helpers/obsidian-app";
import { Studio } from "../../src/obsidian/shared/studio";
import { ObsidianNoteSource } from "../../src/obsidian/index/obsidian-note-source";
import { DEFAULT_SETTINGS } from "../../src/core/settings/studio-settings";
import ThoughtLeadershipStudioPlugin from "../../src/main";
import manifest from "../../manifest.json";

const files = { "Journal/2024-02-22.md": "---\ntags: [journal]\n---\n## Idées de posts\n- Lire des livres sur le sujet\n" };

/** How many listeners the in-memory vault and metadata cache hold (the mock keeps them in `_`). */
function listeners(app: App): number {
	const count = (events: unknown): number => Object.values((events as { _: Record<string, unknown[]> })._).reduce((n, list) => n + list.length, 0);
	return count(app.vault) + count(app.metadataCache);
}

const host = { loadData: () => Promise.resolve(null), saveData: () => Promise.resolve(), registerEvent: (): void => undefined };

describe("the studio's lifecycle", () => {
	it("registers every vault and metadata-cache event with the plugin, for Obsidian to remove at unload", () => {
		const app = makeApp(files);
		const refs: EventRef[] = [];
		const unsubscribe = new ObsidianNoteSource(app, { registerEvent: (ref) => refs.push(ref) }).subscribe(() => undefined);
		expect(refs).toHaveLength(3);
		unsubscribe();
	});

	/** Loads the plugin as Obsidian does (`load()`, which `unload()` undoes), and lets its onload finish. */
	async function load(app: App): Promise<ThoughtLeadershipStudioPlugin> {
		const plugin = new ThoughtLeadershipStudioPlugin(app, { ...manifest, dir: `${app.vault.configDir}/plugins/${manifest.id}` });
		plugin.load();
		await flush();
		return plugin;
	}

	const layoutReady = (app: App): void => (app.workspace as unknown as { setLayoutReady__(): void }).setLayoutReady__();

	it("leaves no listener on the vault after the plugin is unloaded", async () => {
		const app = makeApp(files);
		const before = listeners(app);
		const plugin = await load(app);
		layoutReady(app);
		await flush();
		expect(listeners(app)).toBeGreaterThan(before);
		plugin.unload();
		expect(listeners(app)).toBe(before);
	});

	it("does not start following the vault when the layout gets ready after an unload", async () => {
		const app = makeApp(files);
		const before = listeners(app);
		const plugin = await load(app);
		plugin.unload();
		layoutReady(app);
		await flush();
		expect(listeners(app)).toBe(before);
	});

	it("is ready, and the board stops saying it is reading, even when the first pass fails", async () => {
		const app = makeApp(files);
		app.vault.getMarkdownFiles = () => {
			throw new Error("the vault is not there");
		};
		const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
		const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, host, DEFAULT_SETTINGS, "fr");
		await studio.start();
		await expect(studio.ready).resolves.toBeUndefined();
		expect(studio.isReady()).toBe(true);
		expect(warn).toHaveBeenCalledWith(expect.stringContaining("the first pass over the vault failed"), expect.any(Error));
		warn.mockRestore();
	});

	it("removes the index cache file earlier versions kept in the plugin folder", async () => {
		const app = makeApp(files);
		const old = ".obsidian/plugins/x/index-cache.json";
		await app.vault.adapter.mkdir(".obsidian/plugins/x");
		await app.vault.adapter.write(old, '{"format":1,"records":[]}');
		const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, host, DEFAULT_SETTINGS, "fr");
		await studio.start();
		await flush();
		expect(await app.vault.adapter.exists(old)).toBe(false);
		studio.stop();
	});
});
