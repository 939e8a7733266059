import { excludedFolderMatcher } from "../../../src/core/note/excluded-folders";

describe("excludedFolderMatcher: the notes of the folders left out", () => {
	it("leaves out the notes of a folder and of its subfolders, nothing beside it", () => {
		const leftOut = excludedFolderMatcher(["Modèles"]);
		expect(leftOut("Modèles/Journal quotidien.md")).toBe(true);
		expect(leftOut("Modèles/Thought Leadership/Post LinkedIn.md")).toBe(true);
		expect(leftOut("Journal/2024-02-22.md")).toBe(false);
		expect(leftOut("Modèles.md")).toBe(false);
		expect(leftOut("Journal/Modèles/Réunion.md")).toBe(false);
	});

	it("does not take a folder for another one whose name it starts", () => {
		const leftOut = excludedFolderMatcher(["Modèles", "Archives/2019"]);
		expect(leftOut("Modèles anciens/Journal quotidien.md")).toBe(false);
		expect(leftOut("Modèles-v2/Journal.md")).toBe(false);
		expect(leftOut("Archives/2019 bis/Bilan.md")).toBe(false);
		expect(leftOut("Archives/2019/Bilan de l'année.md")).toBe(true);
		expect(leftOut("Archives/2020/Bilan de l'année.md")).toBe(false);
	});

	it("reads the folders as the settings do: slashes at either end, back slashes and ./ segments made plain", () => {
		const leftOut = excludedFolderMatcher(["Modèles/", "/Archives", "Écriture\\Anciens brouillons\\", "./Lectures//Abandonnées"]);
		expect(leftOut("Modèles/Journal quotidien.md")).toBe(true);
		expect(leftOut("Archives/Bilan.md")).toBe(true);
		expect(leftOut("Écriture/Anciens brouillons/« Le client d'abord ».md")).toBe(true);
		expect(leftOut("Lectures/Abandonnées/L'Almanach de Naval Ravikant.md")).toBe(true);
		expect(leftOut("Lectures/L'Almanach de Naval Ravikant.md")).toBe(false);
	});

	it("compares as the devices a vault syncs to do: case and Unicode form aside", () => {
		const leftOut = excludedFolderMatcher(["modèles"]);
		expect(leftOut("Modèles/Journal quotidien.md")).toBe(true);
		expect(leftOut("MODÈLES/Journal quotidien.md")).toBe(true);
		// macOS writes names decomposed: è as e and a combining grave accent.
		expect(leftOut("Mode\u0300les/Journal quotidien.md")).toBe(true);
		expect(excludedFolderMatcher(["Mode\u0300les"])("Modèles/Journal quotidien.md")).toBe(true);
	});

	it("leaves nothing out for no folder, the vault's root, or a folder that is not one of the vault", () => {
		for (const folders of [[], [""], ["/"], ["../Ailleurs"], ["C:\\Modèles"]]) {
			expect(excludedFolderMatcher(folders)("Journal/2024-02-22.md")).toBe(false);
			expect(excludedFolderMatcher(folders)("Bienvenue.md")).toBe(false);
		}
	});
});
