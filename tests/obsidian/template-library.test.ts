/**
 * @jest-environment jsdom
 */
import { Notice } from "obsidian";
import { makeApp, flush } from "../helpers/obsidian-app";
import { loadPlugin, run } from "../helpers/load-plugin";
import { TemplateLibrary } from "../../src/obsidian/templates/template-library";
import { NoteWriter } from "../../src/obsidian/shared/note-writer";
import type { BuiltInTemplate } from "../../src/core/templates/built-in-template";
import postFr from "../fixtures/templates/post-fr.md";

const post: BuiltInTemplate = { key: "linkedin-post", names: { en: "LinkedIn post", fr: "Post LinkedIn" }, text: { en: "# {{title}}\n", fr: postFr } };
const thread: BuiltInTemplate = { key: "x-thread", names: { en: "X thread", fr: "Thread X" }, text: { en: "1/ {{title}}\n", fr: "1/ {{title}}\n" } };
const mine = "# {{title}}\n\nMon accroche à moi : « courte ».\n<% tp.file.cursor() %>\n";

function library(files: Record<string, string>, folder = "Modèles/Thought Leadership") {
	const app = makeApp(files);
	const templates = new TemplateLibrary(app, new NoteWriter(app), () => folder, "fr");
	templates.register([post, thread]);
	return { app, templates };
}

describe("the template library over the in-memory vault", () => {
	it("bundles a built-in template's markdown file as its text", () => {
		expect(postFr).toContain("<!-- L'accroche : une phrase qui arrête le défilement. -->");
	});

	it("uses the writer's note named after a template instead of the built-in one, exactly as written", async () => {
		const { templates } = library({ "Modèles/Thought Leadership/post linkedin.md": mine });
		await expect(templates.text(post)).resolves.toBe(mine);
		await expect(templates.text(thread)).resolves.toBe("1/ {{title}}\n");
	});

	it("exports the built-in templates it does not find, and never overwrites or duplicates the writer's note", async () => {
		const { app, templates } = library({ "Modèles/Thought Leadership/Post LinkedIn.md": mine });
		const done = await templates.exportBuiltIns();
		expect(done.written.map((f) => f.path)).toEqual(["Modèles/Thought Leadership/Thread X.md"]);
		expect(done.kept).toBe(1);
		await expect(app.vault.read(app.vault.getFileByPath("Modèles/Thought Leadership/Post LinkedIn.md")!)).resolves.toBe(mine);
		const again = await templates.exportBuiltIns();
		expect(again.written).toEqual([]);
		expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["Modèles/Thought Leadership/Post LinkedIn.md", "Modèles/Thought Leadership/Thread X.md"]);
	});

	it("creates the templates folder when it is missing", async () => {
		const { app, templates } = library({}, "Modèles/À moi");
		await templates.exportBuiltIns();
		expect(app.vault.getFileByPath("Modèles/À moi/Post LinkedIn.md")).not.toBeNull();
	});

	it("exports once when the command runs twice at once, and names the cause when the folder is a file", async () => {
		const shown: string[] = [];
		jest.spyOn(Notice.prototype as unknown as { constructor__(message: string): void }, "constructor__").mockImplementation((message) => void shown.push(message));
		const app = makeApp({});
		const { command } = await loadPlugin(app);
		run(command("export-templates"));
		run(command("export-templates"));
		await flush();
		const exported = app.vault.getMarkdownFiles().map((f) => f.path);
		expect(exported.filter((path) => / \d+\.md$/.test(path))).toEqual([]);
		expect(exported.length).toBeGreaterThan(10);
		expect(shown).toContain(`Could not export the templates: this is already under way for "Modèles/Thought Leadership": it was not started a second time`);

		const blocked = makeApp({ Modèles: "Pas un dossier.\n" });
		const plugin = await loadPlugin(blocked);
		shown.length = 0;
		run(plugin.command("export-templates"));
		await flush();
		expect(shown).toEqual([`Could not export the templates: "Modèles" is a file, not a folder`]);
	});
});

