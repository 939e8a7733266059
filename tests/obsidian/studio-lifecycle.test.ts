/**
 * @jest-environment jsdom
 */
import { Notice, type App, type EventRef } from "obsidian";
import { makeApp, flush } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { Studio } from "../../src/obsidian/shared/studio";
import { ObsidianNoteSource } from "../../src/obsidian/index/obsidian-note-source";
import { DEFAULT_SETTINGS } from "../../src/core/settings/studio-settings";
import ThoughtLeadershipStudioPlugin from "../../src/main";
import manifest from "../../manifest.json";

// The in-memory Obsidian always speaks English: this writer uses it in French.
jest.mock("../../src/obsidian/shared/obsidian-language", () => ({ obsidianLanguage: () => "fr" }));

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

/** The mock Plugin keeps what `saveData` was given here, and hands it back from `loadData`. */
interface MockPluginData {
	data__: unknown;
}

describe("a data.json that cannot stop the plugin", () => {
	let notices: string[] = [];
	beforeEach(() => {
		notices = [];
		jest.spyOn(Notice.prototype as unknown as { constructor__(message: string): void }, "constructor__").mockImplementation((message) => notices.push(message));
		jest.spyOn(console, "warn").mockImplementation(() => undefined);
	});
	afterEach(() => jest.restoreAllMocks());

	it("loads with the default settings when data.json does not parse, says so once in French, and leaves the file alone", async () => {
		const app = makeApp(files);
		const saves = jest.fn();
		const { plugin, command } = await loadPlugin(app, {
			before: (plugin) => {
				plugin.loadData = () => Promise.reject(new SyntaxError("Unexpected token } in JSON at position 212"));
				plugin.saveData = (data: unknown) => Promise.resolve(void saves(data));
			},
		});
		expect(notices).toEqual(["Le fichier de réglages data.json n'a pas pu être lu\u00a0: les réglages par défaut sont utilisés. Le fichier reste tel quel jusqu'à ce que vous changiez un réglage."]);
		// The plugin works: its commands are there, and the idea items of the journal are promoted into the default ideas folder.
		await openNote(app, "Journal/2024-02-22.md");
		expect(run(command("promote-idea-items"))).toBe(true);
		await flush();
		expect(app.vault.getFileByPath("Idées/Lire des livres sur le sujet.md")).not.toBeNull();
		expect(saves).not.toHaveBeenCalled();
		plugin.unload();
	});

	it("keeps every usable setting of a hand-edited data.json, names in French what it reset, and writes back only the folders the vault used", async () => {
		const app = makeApp(files);
		const saved = { ideasFolder: "../Idées hors du coffre", watchedTags: ["journal", 3], stages: [{ key: "think" }, { key: "Think" }, { key: "spark" }], dateFormat: "yyyy-MM-dd" };
		const { plugin } = await loadPlugin(app, { before: (plugin) => ((plugin as unknown as MockPluginData).data__ = saved) });
		expect(notices).toEqual([
			"Certains réglages de data.json n'ont pas pu être utilisés tels quels\u00a0: Tags suivis (1 entrée vide, répétée ou non valide écartée)\u00a0; Dossier des idées («\u00a0../Idées hors du coffre\u00a0» est hors du coffre, «\u00a0Idées\u00a0» est utilisé)\u00a0; Étapes (1 entrée vide, répétée ou non valide écartée). Les autres réglages sont gardés, et le fichier reste tel quel jusqu'à ce que vous changiez un réglage.",
		]);
		// What the writer wrote stays as it is, the folder outside the vault too; the folders it did not hold are those the vault used.
		expect((plugin as unknown as MockPluginData).data__).toEqual({
			...saved,
			draftsFolder: "Brouillons",
			booksFolder: "Lectures",
			templatesFolder: "Modèles/Thought Leadership",
			brandIdeasFolder: "Idées de marque",
			productsFolder: "Produits",
			strategyFolder: "",
			// No earlier version wrote reviews: their folder is the one of Obsidian's language.
			reviewsFolder: "Revues",
		});
		plugin.unload();
	});

	it("takes a corrupt data.json brought by a sync without failing, keeps the settings in use, and says so once", async () => {
		const app = makeApp(files);
		const { plugin, command } = await loadPlugin(app, { before: (plugin) => ((plugin as unknown as MockPluginData).data__ = { ideasFolder: "Idées/Lyon" }) });
		plugin.loadData = () => Promise.reject(new SyntaxError("Unexpected end of JSON input"));
		await expect(plugin.onExternalSettingsChange()).resolves.toBeUndefined();
		await expect(plugin.onExternalSettingsChange()).resolves.toBeUndefined();
		expect(notices).toEqual(["Le fichier de réglages data.json a changé sur le disque mais n'a pas pu être lu\u00a0: les réglages en cours sont gardés."]);
		await openNote(app, "Journal/2024-02-22.md");
		run(command("promote-idea-items"));
		await flush();
		expect(app.vault.getFileByPath("Idées/Lyon/Lire des livres sur le sujet.md")).not.toBeNull();
		plugin.loadData = () => Promise.resolve({ ideasFolder: ".obsidian/Idées" });
		await plugin.onExternalSettingsChange();
		expect(notices.at(-1)).toBe("Certains réglages de data.json n'ont pas pu être utilisés tels quels\u00a0: Dossier des idées («\u00a0.obsidian/Idées\u00a0» est dans le dossier de configuration d'Obsidian, «\u00a0Idées\u00a0» est utilisé). Les autres réglages sont gardés, et le fichier reste tel quel jusqu'à ce que vous changiez un réglage.");
		plugin.unload();
	});
});
