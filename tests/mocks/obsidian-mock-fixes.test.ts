/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Setting } from "obsidian";
import { CaptureIdeaModal, type CaptureInput } from "../../src/obsidian/pipeline/capture-idea-modal";
import { translator } from "../../src/core/i18n/translator";
import { ObsidianNoteSource } from "../../src/obsidian/index/obsidian-note-source";
import { PlainFilesSource } from "../../tools/plain-files-source";
import { flush, makeApp } from "../helpers/obsidian-app";
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

	it("saves the origin picked in the capture dialog's dropdown, and setValue alone calls nothing", async () => {
		const app = makeApp({});
		const captured: CaptureInput[] = [];
		const modal = new CaptureIdeaModal(app, translator("fr"), {
			sourceTitle: null,
			onSubmit: async (input) => {
				captured.push(input);
				return true;
			},
		});
		modal.onOpen();
		const line = modal.contentEl.querySelector<HTMLInputElement>("input.tls-capture-idea")!;
		line.value = "Lire lentement : « une page par jour »";
		line.dispatchEvent(new Event("input"));
		const origin = modal.contentEl.querySelector<HTMLSelectElement>("select.tls-capture-origin")!;
		origin.value = "book";
		origin.dispatchEvent(new Event("change"));
		line.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await flush();
		expect(captured).toEqual([{ text: "Lire lentement : « une page par jour »", body: "", origin: "book" }]);

		const picked: string[] = [];
		new Setting(document.body.createDiv()).addDropdown((dropdown) => {
			dropdown.addOptions({ classic: "Classique", contemporary: "Contemporain" }).onChange((value) => picked.push(value));
			dropdown.setValue("classic");
		});
		expect(picked).toEqual([]);
	});

	it("calls a text field's and a toggle's onChange when typed in or clicked, as the settings' idea tag and link toggle are", () => {
		makeApp({});
		const changes: unknown[] = [];
		const setting = new Setting(document.body.createDiv());
		setting.addText((text) => text.setValue("idée").onChange((value) => changes.push(value)));
		setting.addToggle((toggle) => toggle.setValue(true).onChange((value) => changes.push(value)));
		const input = setting.controlEl.querySelector("input")!;
		input.value = "idée-forte";
		input.dispatchEvent(new Event("input"));
		const toggle = setting.controlEl.querySelector<HTMLElement>(".checkbox-container")!;
		expect(toggle.hasClass("is-enabled")).toBe(true);
		toggle.click();
		expect(changes).toEqual(["idée-forte", false]);
		expect(toggle.hasClass("is-enabled")).toBe(false);
	});

	it("reads tags with accents, digits, dashes and nesting whole, and leaves code and numbers alone", () => {
		const text = "---\ntags: [journal]\n---\nAujourd'hui : #réflexions, #été/2024 et #idée-forte.\n`#pas-un-tag` #2024 #écriture_lente\n";
		const app = makeApp({ "Journal/Samedi.md": text });
		const tags = app.metadataCache.getCache("Journal/Samedi.md")?.tags ?? [];
		expect(tags.map((t) => t.tag)).toEqual(["#réflexions", "#été/2024", "#idée-forte", "#écriture_lente"]);
		for (const t of tags) expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.tag);
		expect(tags[3]?.position.start).toEqual({ line: 4, col: 20, offset: text.indexOf("#écriture") });
	});

	it("keeps an external URL out of links, embeds and unresolved links, and counts an unwritten note there", () => {
		const app = makeApp({ "Notes/Lectures.md": "Lu sur [le blog d'Anne](https://exemple.fr/billet) et ![photo](https://exemple.fr/p.png), à relier à [[Carnet à écrire]] et [[Kahneman: penser vite]].\n" });
		const cache = app.metadataCache.getCache("Notes/Lectures.md");
		expect(cache?.links?.map((l) => l.link)).toEqual(["Carnet à écrire", "Kahneman: penser vite"]);
		expect(cache?.embeds).toBeUndefined();
		expect(app.metadataCache.unresolvedLinks["Notes/Lectures.md"]).toEqual({ "Carnet à écrire": 1, "Kahneman: penser vite": 1 });
	});

	it("rewrites the links to a renamed note in the other notes, keeping heading, alias and embeds", async () => {
		const app = makeApp({
			"Idées/Douter.md": "# Pourquoi\nParce que.\n",
			"Journal/Lundi.md": "---\nsource: \"[[Douter]]\"\n---\nVoir [[Douter]], [[Douter|l'idée « douter »]], [[Douter#Pourquoi]] et ![[Douter]].\nAussi [le texte](Id%C3%A9es/Douter.md) et [[Autre note]].\n",
		});
		await app.fileManager.renameFile(app.vault.getFileByPath("Idées/Douter.md")!, "Idées/Douter de tout.md");
		await flush();
		const journal = await app.vault.read(app.vault.getFileByPath("Journal/Lundi.md")!);
		expect(journal).toBe(
			"---\nsource: \"[[Douter de tout]]\"\n---\nVoir [[Douter de tout]], [[Douter de tout|l'idée « douter »]], [[Douter de tout#Pourquoi]] et ![[Douter de tout]].\nAussi [le texte](Douter%20de%20tout.md) et [[Autre note]].\n",
		);
		expect(app.metadataCache.resolvedLinks["Journal/Lundi.md"]).toEqual({ "Idées/Douter de tout.md": 6 });
	});

	it("resolves links again when the note they lead to is written, renamed or deleted", async () => {
		const app = makeApp({ "Journal/Mardi.md": "Relire [[L'art de la guerre]] puis [[Zéro note]].\n", "Lectures/Zéro note.md": "# Zéro note\n" });
		const { metadataCache, vault } = app;
		// Read before the note it leads to, the link is written all the same.
		expect(metadataCache.resolvedLinks["Journal/Mardi.md"]).toEqual({ "Lectures/Zéro note.md": 1 });
		expect(metadataCache.unresolvedLinks["Journal/Mardi.md"]).toEqual({ "L'art de la guerre": 1 });

		const book = await vault.create("Lectures/L'art de la guerre.md", "# Sun Tzu\n");
		await flush();
		expect(metadataCache.unresolvedLinks["Journal/Mardi.md"]).toEqual({});
		expect(metadataCache.resolvedLinks["Journal/Mardi.md"]).toEqual({ "Lectures/Zéro note.md": 1, "Lectures/L'art de la guerre.md": 1 });

		await vault.rename(book, "Archives/L'art de la guerre.md");
		await flush();
		expect(metadataCache.resolvedLinks["Journal/Mardi.md"]).toEqual({ "Lectures/Zéro note.md": 1, "Archives/L'art de la guerre.md": 1 });
		expect(metadataCache.resolvedLinks["Lectures/L'art de la guerre.md"]).toBeUndefined();

		await vault.delete(vault.getFileByPath("Lectures/Zéro note.md")!);
		await flush();
		expect(metadataCache.unresolvedLinks["Journal/Mardi.md"]).toEqual({ "Zéro note": 1 });
	});
});
