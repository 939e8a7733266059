/**
 * @jest-environment jsdom
 */
import { makeApp } from "../helpers/obsidian-app";
import { NoteWriter, NoteGoneError } from "../../src/obsidian/shared/note-writer";
import { StudioError } from "../../src/core/i18n/studio-error";
import { FrontmatterEditError } from "../../src/core/writer/frontmatter-edit-error";

const IDEA = "---\ntype: idea\nstatus: spark # première étape\n---\nDouter : « avancer ».\n";

function note(app: ReturnType<typeof makeApp>, path: string) {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`${path} missing`);
	return file;
}

describe("the note writer over the in-memory vault", () => {
	it("makes each edit in one Vault.process, and writes nothing when the change refuses or changes nothing", async () => {
		const app = makeApp({ "Idées/Douter.md": IDEA });
		const writer = new NoteWriter(app);
		const file = note(app, "Idées/Douter.md");
		const process = jest.spyOn(app.vault, "process");
		const modify = jest.spyOn(app.vault, "modify");
		await expect(writer.edit(file, () => {
			throw new StudioError("error.sectionChangedSince");
		})).rejects.toBeInstanceOf(StudioError);
		await expect(writer.edit(file, (text) => text)).resolves.toBeNull();
		expect(modify).not.toHaveBeenCalled();
		const edit = await writer.edit(file, (text) => `${text}Ajouté : « une ligne ».\n`);
		expect(edit).toEqual({ before: IDEA, after: `${IDEA}Ajouté : « une ligne ».\n` });
		expect(process).toHaveBeenCalledTimes(3);
		expect(await app.vault.read(file)).toBe(edit?.after);
	});

	it("sets several properties in one edit or none, and undoes them as a whole", async () => {
		const app = makeApp({ "Idées/Douter.md": IDEA });
		const writer = new NoteWriter(app);
		const file = note(app, "Idées/Douter.md");
		const edit = await writer.setProperties(file, [
			["status", "published"],
			["published", "2025-03-14"],
		]);
		expect(await app.vault.read(file)).toBe("---\ntype: idea\nstatus: published # première étape\npublished: 2025-03-14\n---\nDouter : « avancer ».\n");
		await writer.undo(file, { kind: "properties", edit });
		expect(await app.vault.read(file)).toBe(IDEA);
		await app.vault.modify(file, IDEA.replace("type: idea\n", "type: idea\nrappel: &r x\nautre: *r\n"));
		await expect(writer.setProperties(file, [["status", "think"], ["rappel", "y"]])).rejects.toBeInstanceOf(FrontmatterEditError);
		expect(await app.vault.read(file)).toBe(IDEA.replace("type: idea\n", "type: idea\nrappel: &r x\nautre: *r\n"));
	});

	it("never writes a note that is not the one the edit was for any more", async () => {
		const app = makeApp({ "Idées/Douter.md": IDEA });
		const writer = new NoteWriter(app);
		const file = note(app, "Idées/Douter.md");
		const edit = await writer.edit(file, (text) => `${text}x\n`);
		await app.vault.delete(file);
		const other = await app.vault.create("Idées/Douter.md", "Une autre note.\n");
		await expect(writer.undo(file, { kind: "text", edit: edit! })).rejects.toBeInstanceOf(NoteGoneError);
		expect(await app.vault.read(other)).toBe("Une autre note.\n");
	});

	it("gives two notes created at once two names, never an error", async () => {
		const app = makeApp({});
		const writer = new NoteWriter(app);
		const [first, second] = await Promise.all([writer.createNote("Idées", "Douter", "un\n"), writer.createNote("Idées", "Douter", "deux\n")]);
		expect([first.path, second.path]).toEqual(["Idées/Douter.md", "Idées/Douter 2.md"]);
	});

	it("passes over a name another app takes between the check and the create", async () => {
		const app = makeApp({ "Idées/Autre.md": "x\n" });
		const writer = new NoteWriter(app);
		const create = app.vault.create.bind(app.vault);
		// A sync lands "Douter.md" just as the writer creates it.
		jest.spyOn(app.vault, "create").mockImplementationOnce(async (path, text) => {
			await create(path, "Venu d'un autre appareil.\n");
			return create(path, text);
		});
		const file = await writer.createNote("Idées", "Douter", "# Douter\n");
		expect(file.path).toBe("Idées/Douter 2.md");
		expect(await app.vault.read(note(app, "Idées/Douter.md"))).toBe("Venu d'un autre appareil.\n");
	});

	it("names the folder that is a file, above the one asked for too", async () => {
		const app = makeApp({ Idées: "Pas un dossier.\n" });
		const writer = new NoteWriter(app);
		await expect(writer.createNote("Idées/2025", "Douter", "# Douter\n")).rejects.toMatchObject({ code: "error.folderIsFile", params: { path: "Idées" } });
	});
});
