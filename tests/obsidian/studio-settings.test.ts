/**
 * @jest-environment jsdom
 */
import { makeApp } from "../helpers/obsidian-app";
import { Studio } from "../../src/obsidian/studio";
import { StudioSettingTab, parseStages, formatStages } from "../../src/obsidian/studio-setting-tab";
import { DEFAULT_SETTINGS, migrateSettings } from "../../src/core/settings/studio-settings";
import manifest from "../../manifest.json";
import type { Plugin } from "obsidian";

function setup(saved: unknown = null) {
	const app = makeApp({ "Journal/a.md": "---\ntags: [journal]\n---\n", "Carnet/b.md": "---\ntags: [carnet]\n---\n" });
	const storage = { data: saved, loadData: () => Promise.resolve(storage.data), saveData: (d: unknown) => Promise.resolve(void (storage.data = d)), registerEvent: () => undefined };
	const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, storage, migrateSettings(saved), "fr");
	return { app, storage, studio };
}

describe("settings", () => {
	it("shows every setting in French, in order, under two headings, from the same definitions as settings search", () => {
		const { app, studio } = setup();
		const tab = new StudioSettingTab(app, {} as Plugin, studio);
		// As Obsidian 1.13 does: definitions stored by update(), then rendered (the mock's renderTab__ stands for the settings modal).
		tab.update();
		(tab as unknown as { renderTab__(): void }).renderTab__();
		const text = tab.containerEl.textContent ?? "";
		const names = ["Notes de réflexion", "Tags suivis", "Titres des sections d'idées", "Pipeline d'idées", "Dossier des idées", "Format de date", "Étapes"];
		const positions = names.map((name) => text.indexOf(name));
		expect(positions.every((at) => at >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(text).not.toContain("Watched tags");
	});

	it("offers the same settings to Obsidian's settings search", () => {
		const { app, studio } = setup();
		const groups = new StudioSettingTab(app, {} as Plugin, studio).getSettingDefinitions();
		expect(groups.map((g) => ("heading" in g ? g.heading : null))).toEqual(["Notes de réflexion", "Pipeline d'idées"]);
	});

	it("saves a change and re-reads the vault with it", async () => {
		const { storage, studio } = setup();
		await studio.start();
		expect(studio.index.watchedNotes().map((n) => n.path)).toEqual(["Journal/a.md"]);
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		try {
			await studio.updateSettings({ watchedTags: ["carnet"] });
			expect(storage.data).toMatchObject({ watchedTags: ["carnet"] });
			// Settings typed in a row make one rebuild, 800 ms after the last.
			await jest.advanceTimersByTimeAsync(1000);
		} finally {
			jest.useRealTimers();
		}
		expect(studio.index.watchedNotes().map((n) => n.path)).toEqual(["Carnet/b.md"]);
	});

	it("takes settings changed on disk by a sync, as they are", async () => {
		const { storage, studio } = setup();
		let told = 0;
		studio.onSettingsChange(() => told++);
		storage.data = { ...DEFAULT_SETTINGS, ideasFolder: "Inbox/Idées" };
		await studio.reloadSettings();
		expect(studio.settings.ideasFolder).toBe("Inbox/Idées");
		expect(told).toBe(1);
	});

	it("reads stages back from their text, and refuses a line without a stored value", () => {
		expect(parseStages(formatStages(DEFAULT_SETTINGS.stages))).toEqual(DEFAULT_SETTINGS.stages);
		expect(parseStages("draft | Draft\n | Sans clé")).toBeNull();
		expect(parseStages("draft")).toEqual([{ key: "draft", labels: { en: "draft", fr: "draft" } }]);
	});

	it("repairs a hand-edited or older data.json instead of failing", () => {
		expect(migrateSettings({ watchedTags: "journal", stages: [{ key: "" }, { key: "idée", labels: { fr: "Idée" } }], extra: 1 })).toEqual({
			...DEFAULT_SETTINGS,
			stages: [{ key: "idée", labels: { en: "idée", fr: "Idée" } }],
		});
	});
});
