import { templatesPluginFolder } from "../../../src/core/settings/templates-plugin-folder";
import { foldersLeftOut } from "../../../src/core/settings/folders-left-out";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";

const CONFIG = ".obsidian";

describe("templatesPluginFolder: the folder of Obsidian's Templates plugin and of Templater", () => {
	it("reads the folder each one names in its settings file, as a path of the vault", () => {
		expect(templatesPluginFolder("core", '{"folder": "Modèles"}', CONFIG)).toBe("Modèles");
		expect(templatesPluginFolder("core", '{"folder": "/Modèles/Quotidien/", "dateFormat": "YYYY-MM-DD"}', CONFIG)).toBe("Modèles/Quotidien");
		expect(templatesPluginFolder("templater", JSON.stringify({ command_timeout: 5, templates_folder: "Modèles/Templater", trigger_on_file_creation: true }), CONFIG)).toBe("Modèles/Templater");
	});

	it("reads each plugin's own key, not the other's", () => {
		expect(templatesPluginFolder("templater", '{"folder": "Modèles"}', CONFIG)).toBeNull();
		expect(templatesPluginFolder("core", '{"templates_folder": "Modèles"}', CONFIG)).toBeNull();
	});

	it("names no folder for a missing, garbled or odd file: nothing is left out because of it", () => {
		for (const text of [null, "", "{", '{"folder": ', "null", "[]", '"Modèles"', '{"folder": 12}', '{"folder": null}']) {
			expect(templatesPluginFolder("core", text, CONFIG)).toBeNull();
		}
	});

	it("names no folder for the vault's root (Templater's default) or a folder that is not one of the vault", () => {
		expect(templatesPluginFolder("templater", '{"templates_folder": ""}', CONFIG)).toBeNull();
		expect(templatesPluginFolder("core", '{"folder": "/"}', CONFIG)).toBeNull();
		expect(templatesPluginFolder("core", '{"folder": "../Modèles"}', CONFIG)).toBeNull();
		expect(templatesPluginFolder("core", '{"folder": ".obsidian/modèles"}', CONFIG)).toBeNull();
	});
});

describe("foldersLeftOut: every folder whose notes are not the writer's, and why", () => {
	it("names the other plugins' templates folders, the studio's own, then those of the setting", () => {
		const settings = { ...DEFAULT_SETTINGS, excludedFolders: ["Archives", "Journal/2019"] };
		expect(foldersLeftOut(settings, { core: "Modèles", templater: "Modèles/Templater" })).toEqual([
			{ folder: "Modèles", reason: "core" },
			{ folder: "Modèles/Templater", reason: "templater" },
			{ folder: "Modèles/Thought Leadership", reason: "studio" },
			{ folder: "Archives", reason: "setting" },
			{ folder: "Journal/2019", reason: "setting" },
		]);
		expect(foldersLeftOut(DEFAULT_SETTINGS, { core: null, templater: null })).toEqual([{ folder: "Modèles/Thought Leadership", reason: "studio" }]);
	});
});
