/**
 * @jest-environment jsdom
 */
import { Notice, type App } from "obsidian";
import { flush, makeApp } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { Studio } from "../../src/obsidian/shared/studio";
import { IdeaPipeline } from "../../src/obsidian/pipeline/idea-pipeline";
import { migrateSettings, type StudioSettings } from "../../src/core/settings/studio-settings";
import manifest from "../../manifest.json";

// The in-memory Obsidian always speaks English: this writer uses it in French.
jest.mock("../../src/obsidian/shared/obsidian-language", () => ({ obsidianLanguage: () => "fr" }));

/** The writer's daily-note template: tagged like a journal page, with the idea heading and a prompt under it. */
const DAILY_TEMPLATE = "---\ntags: [journal]\n---\n# <% tp.date.now(\"dddd D MMMM\") %>\n\n## Idées de posts\n\n- <% tp.file.cursor(2) %>\n- Ce qui m'a surpris aujourd'hui\n";

const files = {
	"Modèles/Journal quotidien.md": DAILY_TEMPLATE,
	"Modèles anciens/Journal 2019.md": "---\ntags: [journal]\n---\n## Idées de posts\n\n- Écrire « à la main » avant d'écrire au clavier\n",
	"Journal/2024-02-22.md": "---\ntags: [journal]\n---\n## Idées de posts\n\n- Lire des livres sur le sujet\n",
};

const TEMPLATE_IDEA = "Ce qui m'a surpris aujourd'hui";
const WRITER_IDEAS = ["Lire des livres sur le sujet", "Écrire « à la main » avant d'écrire au clavier"];

/** Writes one of Obsidian's configuration files, as Obsidian or another plugin does. */
async function writeConfig(app: App, file: string, text: string): Promise<void> {
	const path = `${app.vault.configDir}/${file}`;
	const folder = path.slice(0, path.lastIndexOf("/"));
	if (!(await app.vault.adapter.exists(folder))) await app.vault.adapter.mkdir(folder);
	await app.vault.adapter.write(path, text);
}

/** A studio over the vault, started as the plugin starts it once Obsidian's layout is ready. */
async function startStudio(app: App, saved: Partial<StudioSettings> = {}): Promise<{ studio: Studio; inbox: () => string[]; storage: { data: unknown } }> {
	const storage = { data: null as unknown, loadData: () => Promise.resolve(storage.data), saveData: (data: unknown) => Promise.resolve(void (storage.data = data)), registerEvent: () => undefined };
	const studio = new Studio(app, { ...manifest, dir: `${app.vault.configDir}/plugins/${manifest.id}` }, storage, migrateSettings(saved, "fr", app.vault.configDir), "fr");
	await studio.start();
	const pipeline = new IdeaPipeline(app, studio);
	return { studio, storage, inbox: () => pipeline.inbox().map((item) => item.text).sort() };
}

/** Runs what a settings change sets off: one rebuild of the index, 800 ms after the last change. */
async function afterRebuild(change: () => Promise<void>): Promise<void> {
	jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
	try {
		await change();
		await jest.advanceTimersByTimeAsync(1000);
	} finally {
		jest.useRealTimers();
	}
	await flush();
}

describe("templates are not the writer's notes", () => {
	it("shows the daily-note template's prompt in the Inbox when no folder names it a template: what the other tests leave out is there", async () => {
		const { studio, inbox } = await startStudio(makeApp(files), { templatesFolder: "Modèles/Thought Leadership" });
		expect(inbox()).toEqual([TEMPLATE_IDEA, ...WRITER_IDEAS].sort());
		studio.stop();
	});

	it("leaves out the folder of Obsidian's Templates plugin, read from templates.json, and no folder whose name only starts like it", async () => {
		const app = makeApp(files);
		await writeConfig(app, "templates.json", '{"folder":"Modèles","dateFormat":"YYYY-MM-DD"}');
		const { studio, inbox } = await startStudio(app);
		expect(inbox()).toEqual(WRITER_IDEAS);
		expect(studio.index.get("Modèles/Journal quotidien.md")).toBeUndefined();
		expect(studio.foldersLeftOut()).toEqual([
			{ folder: "Modèles", reason: "core" },
			{ folder: "Modèles/Thought Leadership", reason: "studio" },
		]);
		studio.stop();
	});

	it("leaves out Templater's templates folder, read from its data.json once it is installed", async () => {
		const app = makeApp(files);
		await writeConfig(app, "plugins/templater-obsidian/data.json", JSON.stringify({ command_timeout: 5, templates_folder: "/Modèles/", trigger_on_file_creation: true }));
		const { studio, inbox } = await startStudio(app);
		expect(inbox()).toEqual(WRITER_IDEAS);
		expect(studio.foldersLeftOut().map((left) => left.reason)).toEqual(["templater", "studio"]);
		studio.stop();
	});

	it("leaves out the studio's own templates folder", async () => {
		const { studio, inbox } = await startStudio(makeApp(files), { templatesFolder: "Modèles" });
		expect(inbox()).toEqual(WRITER_IDEAS);
		studio.stop();
	});

	it("leaves out the folders of the setting", async () => {
		const { studio, inbox } = await startStudio(makeApp(files), { excludedFolders: ["modèles/"] });
		expect(inbox()).toEqual(WRITER_IDEAS);
		studio.stop();
	});

	it("takes a garbled or empty settings file of the other plugins as no templates folder, and starts all the same", async () => {
		const app = makeApp(files);
		await writeConfig(app, "templates.json", '{"folder": "Modèles"');
		await writeConfig(app, "plugins/templater-obsidian/data.json", '{"templates_folder": ""}');
		const { studio, inbox } = await startStudio(app);
		expect(studio.isReady()).toBe(true);
		expect(inbox()).toEqual([TEMPLATE_IDEA, ...WRITER_IDEAS].sort());
		studio.stop();
	});

	it("takes a change of the setting at once: the template goes, and comes back when the folder is taken off the list", async () => {
		const { studio, inbox, storage } = await startStudio(makeApp(files));
		await afterRebuild(() => studio.updateSettings({ excludedFolders: ["Modèles"] }));
		expect(storage.data).toMatchObject({ excludedFolders: ["Modèles"] });
		expect(inbox()).toEqual(WRITER_IDEAS);
		await afterRebuild(() => studio.updateSettings({ excludedFolders: [] }));
		expect(inbox()).toContain(TEMPLATE_IDEA);
		studio.stop();
	});

	it("takes a templates folder set in Obsidian while it runs when the folders are read again (a setting changed, the settings tab opened)", async () => {
		const app = makeApp(files);
		const { studio, inbox } = await startStudio(app);
		await writeConfig(app, "templates.json", '{"folder":"Modèles"}');
		expect(inbox()).toContain(TEMPLATE_IDEA);
		await afterRebuild(() => studio.rereadTemplatesFolders());
		expect(inbox()).toEqual(WRITER_IDEAS);
		studio.stop();
	});
});

describe("Promote on the template itself", () => {
	let notices: string[] = [];
	beforeEach(() => {
		notices = [];
		jest.spyOn(Notice.prototype as unknown as { constructor__(message: string): void }, "constructor__").mockImplementation((message) => notices.push(message));
	});
	afterEach(() => jest.restoreAllMocks());

	it("creates no idea note, and says the note is in a folder left out", async () => {
		const app = makeApp(files);
		await writeConfig(app, "templates.json", '{"folder":"Modèles"}');
		const { plugin, command } = await loadPlugin(app);
		await openNote(app, "Modèles/Journal quotidien.md");
		run(command("promote-idea-items"));
		await flush();
		expect(app.vault.getFolderByPath("Idées")).toBeNull();
		expect(notices).toEqual(["Journal quotidien est dans un dossier laissé de côté (un dossier de modèles, ou l'un des dossiers laissés de côté dans les réglages)\u00a0: ses idées ne sont pas lues."]);
		plugin.unload();
	});
});
