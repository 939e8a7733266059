import { addLeftOutFolder } from "../../../src/core/settings/add-left-out-folder";
import { folderSuggestions } from "../../../src/core/settings/folder-suggestions";
import { SETTING_LIST_LIMIT } from "../../../src/core/settings/setting-list";

const CONFIG = ".obsidian";
const VAULT = ["Archives", "Archives/2019", "Journal", "Lectures", "Modèles", "Modèles/Thought Leadership", "Modèles anciens", "Idées"];

describe("addLeftOutFolder: a folder typed in the settings tab", () => {
	it("adds it at the end, as Obsidian writes paths and as the vault spells it", () => {
		expect(addLeftOutFolder(["Archives"], "modèles\\", CONFIG, VAULT)).toEqual({ ok: true, folders: ["Archives", "Modèles"], folder: "Modèles" });
		expect(addLeftOutFolder([], " /archives/2019/ ", CONFIG, VAULT)).toEqual({ ok: true, folders: ["Archives/2019"], folder: "Archives/2019" });
		// A folder the vault does not have yet keeps the spelling typed.
		expect(addLeftOutFolder([], "Brouillons abandonnés", CONFIG, VAULT)).toMatchObject({ ok: true, folder: "Brouillons abandonnés" });
	});

	it("refuses the vault's root, a folder outside it, hidden or in Obsidian's configuration, saying which", () => {
		expect(addLeftOutFolder([], "/", CONFIG, VAULT)).toEqual({ ok: false, problem: "root", value: "/" });
		expect(addLeftOutFolder([], "../Ailleurs", CONFIG, VAULT)).toEqual({ ok: false, problem: "outsideVault", value: "../Ailleurs" });
		expect(addLeftOutFolder([], ".obsidian/plugins", CONFIG, VAULT)).toEqual({ ok: false, problem: "configFolder", value: ".obsidian/plugins" });
		expect(addLeftOutFolder([], "Archives/.anciens", CONFIG, VAULT)).toEqual({ ok: false, problem: "hiddenFolder", value: "Archives/.anciens" });
	});

	it("refuses a folder already in the list, whatever its case or Unicode form, and one past the limit", () => {
		expect(addLeftOutFolder(["Modèles"], "MODE\u0300LES/", CONFIG, VAULT)).toEqual({ ok: false, problem: "already", value: "Modèles" });
		const full = Array.from({ length: SETTING_LIST_LIMIT }, (_, i) => `Archives/${i}`);
		expect(addLeftOutFolder(full, "Modèles", CONFIG, VAULT)).toEqual({ ok: false, problem: "tooMany", value: "Modèles" });
	});
});

describe("folderSuggestions: the vault's folders offered as the writer types", () => {
	it("offers the folders that start with the words typed first, then those that hold them, accents and case aside", () => {
		expect(folderSuggestions(VAULT, "mode", [])).toEqual(["Modèles", "Modèles anciens", "Modèles/Thought Leadership"]);
		expect(folderSuggestions(VAULT, "2019", [])).toEqual(["Archives/2019"]);
		expect(folderSuggestions(VAULT, "ee", [])).toEqual(["Idées"]);
	});

	it("offers every folder for nothing typed, but the root and those already left out", () => {
		expect(folderSuggestions(["", "/", ...VAULT], "", ["modèles", "Archives/2019"])).toEqual(["Archives", "Idées", "Journal", "Lectures", "Modèles anciens", "Modèles/Thought Leadership"]);
	});
});
