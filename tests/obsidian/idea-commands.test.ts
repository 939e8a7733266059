/**
 * @jest-environment jsdom
 */
import { makeApp, flush } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { IdeaPipeline } from "../../src/obsidian/idea-pipeline";
import { NoteGoneError } from "../../src/obsidian/note-writer";
import { FrontmatterEditError } from "../../src/core/writer/frontmatter-edit-error";
import type { Studio } from "../../src/obsidian/studio";

const journal = "---\ncreated: 2024-02-22T21:33\ntags:\n  - journal\n---\n## Idées de posts\n- Lire des livres sur le sujet\n- Think, Spark, Invest, Re-Invest\n";
const idea = "---\r\ntype: idea\r\nstatus: 'spark'  # première étape\r\ncreated: 2024-03-01T10:00\r\nsource: \"[[2024-02-22]]\"\r\n---\r\nLes meilleures idées ne sont pas directement accessibles\r\n";

function vault() {
	return makeApp({ "Journal/2024-02-22.md": journal, "Idées/Les meilleures idées.md": idea, "Notes/Autre.md": "# Rien\n" });
}

function files(app: ReturnType<typeof makeApp>): string[] {
	return app.vault.getMarkdownFiles().map((f) => f.path).sort();
}

describe("idea commands over the in-memory vault", () => {
	it("registers every command with a stable id and no default hotkey", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		for (const id of ["capture-idea", "capture-selection", "promote-idea-items", "open-pipeline", "open-pipeline-tab", "move-idea-next", "move-idea-previous", "undo-board-move"]) {
			expect(command(id).hotkeys).toBeUndefined();
		}
	});

	it("promotes the idea items of a note once, however often it runs, and leaves the note untouched", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, "Journal/2024-02-22.md");
		expect(run(command("promote-idea-items"))).toBe(true);
		await flush();
		expect(files(app)).toEqual(["Idées/Les meilleures idées.md", "Idées/Lire des livres sur le sujet.md", "Idées/Think, Spark, Invest, Re-Invest.md", "Journal/2024-02-22.md", "Notes/Autre.md"]);
		run(command("promote-idea-items"));
		await flush();
		expect(files(app)).toHaveLength(5);
		const created = await app.vault.read(app.vault.getFileByPath("Idées/Lire des livres sur le sujet.md")!);
		expect(created).toMatch(/^---\ntype: idea\nstatus: spark\ncreated: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}\nsource: "\[\[2024-02-22\]\]"\n/);
		expect(await app.vault.read(app.vault.getFileByPath("Journal/2024-02-22.md")!)).toBe(journal);
	});

	it("moves the active idea to the next stage by changing only its status value, and undoes it byte for byte", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, "Idées/Les meilleures idées.md");
		const before = await app.vault.read(app.vault.getFileByPath("Idées/Les meilleures idées.md")!);
		expect(run(command("move-idea-next"))).toBe(true);
		await flush();
		const after = await app.vault.read(app.vault.getFileByPath("Idées/Les meilleures idées.md")!);
		expect(after).toBe(before.replace("status: 'spark'  # première étape", "status: think  # première étape"));
		run(command("undo-board-move"));
		await flush();
		expect(await app.vault.read(app.vault.getFileByPath("Idées/Les meilleures idées.md")!)).toBe(before);
	});

	it("offers the move commands only on an idea note", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, "Notes/Autre.md");
		expect(run(command("move-idea-next"))).toBe(false);
		expect(run(command("move-idea-previous"))).toBe(false);
	});

	it("captures a selection as an idea whose source is the current note", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		const source = await openNote(app, "Notes/Autre.md");
		const editor = { getSelection: () => "Une idée: la vision / le but?\navec un détail" };
		const callback = command("capture-selection").editorCheckCallback;
		expect(callback?.(true, editor as never, { file: source } as never)).toBe(true);
		callback?.(false, editor as never, { file: source } as never);
		await flush();
		const created = app.vault.getFileByPath("Idées/Une idée la vision le but.md");
		expect(created).not.toBeNull();
		const text = await app.vault.read(created!);
		expect(text).toContain('source: "[[Autre]]"');
		expect(text).toContain("Une idée: la vision / le but?\n\navec un détail");
	});

	it("never overwrites a note: a taken name gets the next free one", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		const source = await openNote(app, "Notes/Autre.md");
		const editor = { getSelection: () => "Les meilleures idées" };
		command("capture-selection").editorCheckCallback?.(false, editor as never, { file: source } as never);
		await flush();
		expect(app.vault.getFileByPath("Idées/Les meilleures idées 2.md")).not.toBeNull();
		expect(await app.vault.read(app.vault.getFileByPath("Idées/Les meilleures idées.md")!)).toBe(idea);
	});
});

describe("moves that cannot be made", () => {
	it("refuses to move a note deleted while it was dragged, and writes nothing", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const pipeline = new IdeaPipeline(app, (plugin as unknown as { studio: Studio }).studio);
		const file = app.vault.getFileByPath("Idées/Les meilleures idées.md");
		if (!file) throw new Error("fixture");
		await app.vault.delete(file);
		await expect(pipeline.move("Idées/Les meilleures idées.md", "think")).rejects.toBeInstanceOf(NoteGoneError);
		expect(app.vault.getFileByPath("Idées/Les meilleures idées.md")).toBeNull();
	});

	it("leaves a note whose properties cannot be edited safely as it is", async () => {
		const broken = "---\ntype: idea\nstatus: [spark\n---\nTexte\n";
		const app = makeApp({ "Idées/Cassée.md": broken });
		const { plugin } = await loadPlugin(app);
		const studio = (plugin as unknown as { studio: Studio }).studio;
		const writer = new IdeaPipeline(app, studio).writer;
		await expect(writer.setProperty("Idées/Cassée.md", "status", "think")).rejects.toBeInstanceOf(FrontmatterEditError);
		expect(await app.vault.read(app.vault.getFileByPath("Idées/Cassée.md")!)).toBe(broken);
	});
});
