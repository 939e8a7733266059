/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Setting } from "obsidian";
import { ObsidianNoteSource } from "../../src/obsidian/index/obsidian-note-source";
import { PlainFilesSource } from "../../tools/plain-files-source";
import { makeApp } from "../helpers/obsidian-app";
import { makeIndex } from "../helpers/test-index";

const BOM_NOTE = "Journal/2024-04-06.md";
const DEMO_VAULT = join(__dirname, "..", "..", "demo-vault");

describe("the in-memory Obsidian, brought in line with Obsidian", () => {
	it("reads the properties of a note that starts with a BOM, so its idea items are those the headless report finds", async () => {
		const text = readFileSync(join(DEMO_VAULT, BOM_NOTE), "utf8");
		expect(text.startsWith("\uFEFF---\n")).toBe(true);

		const report = makeIndex(await PlainFilesSource.load(DEMO_VAULT)).index;
		await report.build();
		const app = makeApp({ [BOM_NOTE]: text });
		const { index } = makeIndex(new ObsidianNoteSource(app, { registerEvent: (): void => undefined }));
		await index.build();

		const expected = report.get(BOM_NOTE);
		expect(expected?.ideaItems.map((idea) => idea.title)).toEqual(["Trois brouillons, zéro publication"]);
		expect(index.get(BOM_NOTE)?.tags).toEqual(expected?.tags);
		expect(index.get(BOM_NOTE)?.ideaItems).toEqual(expected?.ideaItems);
	});

	it("keeps positions in a note with a BOM as offsets into its text, BOM included", () => {
		const text = "\uFEFF---\ntags: [journal]\n---\n# Samedi 6 avril\n[[Vision]]\n";
		const app = makeApp({ "Note.md": text });
		const cache = app.metadataCache.getCache("Note.md");
		expect(cache?.frontmatter).toEqual({ tags: ["journal"] });
		expect(cache?.frontmatterPosition?.start).toEqual({ line: 0, col: 1, offset: 1 });
		const heading = cache?.headings?.[0]?.position.start;
		expect(heading?.line).toBe(3);
		expect(text.slice(heading?.offset)).toMatch(/^# Samedi 6 avril/);
		expect(text.slice(cache?.links?.[0]?.position.start.offset)).toMatch(/^\[\[Vision\]\]/);
	});

	it("calls a dialog button's onClick when the button is clicked, and not once it is disabled", () => {
		makeApp({});
		const clicks: string[] = [];
		const setting = new Setting(document.body.createDiv());
		setting.addButton((button) => button.setButtonText("Capturer").onClick(() => clicks.push("Capturer")));
		setting.addExtraButton((button) => button.setIcon("trash").onClick(() => clicks.push("trash")));
		const [capture] = setting.controlEl.querySelectorAll("button");
		capture?.click();
		setting.controlEl.querySelector<HTMLElement>("[data-icon='trash']")?.click();
		expect(clicks).toEqual(["Capturer", "trash"]);

		// A component is thenable (`then` hands it to the callback): `void` says nothing waits for it.
		for (const component of setting.components) void component.setDisabled(true);
		capture?.click();
		expect(clicks).toEqual(["Capturer", "trash"]);
	});

	it("reads a first --- that opens no properties as a rule of its own, with the text under it a paragraph", () => {
		const text = "---\ntype: draft\n...\nDouter : « avancer ».\n";
		const app = makeApp({ "Brouillon.md": text });
		const cache = app.metadataCache.getCache("Brouillon.md");
		expect(cache?.frontmatterPosition).toBeUndefined();
		expect(cache?.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([
			["thematicBreak", 0, 0],
			["paragraph", 1, 3],
		]);
		expect(text.slice(cache?.sections?.[1]?.position.start.offset)).toMatch(/^type: draft/);
	});

	it("refuses to create a note where one already is, and leaves it as it was", async () => {
		const app = makeApp({ "Idées/Douter.md": "Mon texte : « à garder ».\n" });
		await expect(app.vault.create("Idées/Douter.md", "Autre chose.\n")).rejects.toThrow("File already exists.");
		expect(await app.vault.read(app.vault.getFileByPath("Idées/Douter.md")!)).toBe("Mon texte : « à garder ».\n");
	});
});

