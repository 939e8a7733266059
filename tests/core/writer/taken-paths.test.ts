import { freeNotePath } from "../../../src/core/writer/file-name";
import { pathKey, takenPaths, vaultSpelling } from "../../../src/core/writer/taken-paths";

describe("pathKey", () => {
	it("is the same for names that macOS and Windows store as one file", () => {
		expect(pathKey("Idées/Ide\u0301e.md")).toBe(pathKey("Idées/Idée.md"));
		expect(pathKey("IDÉES/IDÉE.md")).toBe(pathKey("idées/idée.md"));
		expect(pathKey("Idées/Idée.md")).not.toBe(pathKey("Idées/Idee.md"));
	});
});

describe("takenPaths", () => {
	it("counts a name written decomposed by macOS as taken, so capturing « Idée » makes no twin", () => {
		const taken = takenPaths(["Idées", "Idées/Ide\u0301e.md"]);
		expect(taken("Idées/Idée.md")).toBe(true);
		expect(freeNotePath("Idées", "Idée", taken)).toBe("Idées/Idée 2.md");
	});

	it("counts a name that differs only by case as taken", () => {
		expect(freeNotePath("Idées", "Idée", takenPaths(["idées/IDÉE.md"]))).toBe("Idées/Idée 2.md");
	});

	it("compares the folders of the path too", () => {
		const taken = takenPaths(["Ide\u0301es", "Ide\u0301es/Idée.md", "Ide\u0301es/Idée 2.md"]);
		expect(freeNotePath("Idées", "Idée", taken)).toBe("Idées/Idée 3.md");
		expect(freeNotePath("Projets", "Idée", taken)).toBe("Projets/Idée.md");
	});
});

describe("vaultSpelling", () => {
	it("spells each folder as the vault already does, and keeps the rest as given", () => {
		const paths = ["/", "Ide\u0301es", "Ide\u0301es/projets", "Journal"];
		expect(vaultSpelling("Idées", paths)).toBe("Ide\u0301es");
		expect(vaultSpelling("IDÉES/Projets/Été", paths)).toBe("Ide\u0301es/projets/Été");
		expect(vaultSpelling("Carnet/Idées", paths)).toBe("Carnet/Idées");
	});
});
