/**
 * @jest-environment jsdom
 */
import { makeApp } from "../helpers/obsidian-app";
import { NoteWriter } from "../../src/obsidian/shared/note-writer";
import { toFileName } from "../../src/core/writer/file-name";

function paths(app: ReturnType<typeof makeApp>): string[] {
	return app.vault.getAllLoadedFiles().map((f) => f.path).sort();
}

describe("new notes over the in-memory vault", () => {
	it("does not create an NFC « Idée » beside the NFD one macOS wrote: on APFS they are one file", async () => {
		const app = makeApp({ "Idées/Ide\u0301e.md": "# Idée\n" });
		const file = await new NoteWriter(app).createNote("Idées", toFileName("Idée"), "# Idée\n");
		expect(file.path).toBe("Idées/Idée 2.md");
		expect(await app.vault.read(app.vault.getFileByPath("Idées/Ide\u0301e.md")!)).toBe("# Idée\n");
	});

	it("creates the note in the folder the vault already has under another case or Unicode form, not in a twin folder", async () => {
		const app = makeApp({ "Ide\u0301es/Autre.md": "x\n" });
		const file = await new NoteWriter(app).createNote("IDÉES", "Idée", "# Idée\n");
		expect(file.path).toBe("Ide\u0301es/Idée.md");
		expect(paths(app).filter((p) => !p.includes("/") && p !== "/")).toEqual(["Ide\u0301es"]);
	});

	it("counts a name that differs only by case as taken", async () => {
		const app = makeApp({ "Idées/idée.md": "x\n" });
		const file = await new NoteWriter(app).createNote("Idées", "Idée", "# Idée\n");
		expect(file.path).toBe("Idées/Idée 2.md");
	});
});
