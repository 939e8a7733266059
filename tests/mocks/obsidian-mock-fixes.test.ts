/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Setting, type App, type TFile } from "obsidian";
import { MetadataCache } from "obsidian-test-mocks/obsidian";
import { CaptureIdeaModal, type CaptureInput } from "../../src/obsidian/pipeline/capture-idea-modal";
import { translator } from "../../src/core/i18n/translator";
import { ObsidianNoteSource } from "../../src/obsidian/index/obsidian-note-source";
import { PlainFilesSource } from "../../tools/plain-files-source";
import { flush, makeApp, makeControlledApp } from "../helpers/obsidian-app";
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

	it("keeps what is saved in the vault's local storage as its JSON: a load gives a copy, null forgets it, and each app has its own", () => {
		const app = makeApp({});
		const kept = { lanes: ["think"], since: 3 };
		app.saveLocalStorage("board", kept);
		kept.lanes.push("spark");
		expect(app.loadLocalStorage("board")).toEqual({ lanes: ["think"], since: 3 });
		expect(app.loadLocalStorage("board")).not.toBe(app.loadLocalStorage("board"));
		expect(makeApp({}).loadLocalStorage("board")).toBeNull();
		app.saveLocalStorage("board", null);
		expect(app.loadLocalStorage("board")).toBeNull();
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

	describe("looking links up as the mock did, without walking the vault for each", () => {
		/** The mock's own lookup, which walks every file: what the fixed one must answer. */
		const walked = (app: App, linkpath: string, sourcePath: string): TFile | null =>
			(MetadataCache.prototype as unknown as { getFirstLinkpathDest: (this: unknown, linkpath: string, sourcePath: string) => TFile | null }).getFirstLinkpathDest.call(app.metadataCache, linkpath, sourcePath);
		const LINKPATHS = ["Douter", "Douter.md", "Idées/Douter", "Idées/Douter.md", "Archives/Douter", "douter", "couverture.png", "couverture", "Penser : vite", "Penser : lentement", "Réflexions", "Idées", ""];

		it("answers as the walk over every file did, through creations, renames, copies and deletions", async () => {
			const app = makeApp({
				"Idées/Douter.md": "# Douter\n",
				"Archives/Douter.md": "# Ancien doute\n",
				"Images/couverture.png": "",
				"Journal/Lundi.md": "Voir [[Douter]], [[Penser : vite]] et ![[couverture.png]].\n",
			});
			const { vault } = app;
			const same = (step: string): void => {
				for (const linkpath of LINKPATHS) {
					expect({ step, linkpath, found: app.metadataCache.getFirstLinkpathDest(linkpath, "Journal/Lundi.md")?.path ?? null }).toEqual({ step, linkpath, found: walked(app, linkpath, "Journal/Lundi.md")?.path ?? null });
				}
			};
			same("chargé");
			// Moved, a note goes last in the vault's order: its namesake in Archives is now the first found.
			await vault.rename(vault.getFileByPath("Idées/Douter.md")!, "Brouillons/Douter.md");
			same("déplacé");
			expect(app.metadataCache.getFirstLinkpathDest("Douter", "Journal/Lundi.md")?.path).toBe("Archives/Douter.md");
			await vault.rename(vault.getFileByPath("Brouillons/Douter.md")!, "Idées/Douter.md");
			const quick = await vault.create("Penser : vite.md", "Kahneman.\n");
			same("créé");
			await vault.rename(quick, "Lectures/Penser : lentement.md");
			same("renommé");
			await vault.rename(vault.getFileByPath("Idées/Douter.md")!, "Idées/Réflexions.md");
			same("renommé, son homonyme reste");
			await vault.copy(vault.getFileByPath("Archives/Douter.md")!, "Douter.md");
			same("copié à la racine");
			await vault.rename(vault.getFolderByPath("Archives")!, "Vieux");
			same("dossier renommé");
			await vault.delete(vault.getFileByPath("Douter.md")!);
			await vault.delete(vault.getFileByPath("Vieux/Douter.md")!);
			same("supprimés");
			expect(app.metadataCache.getFirstLinkpathDest("Douter", "Journal/Lundi.md")).toBeNull();
		});

		it("loads notes that link to notes loaded after them or never written, resolving each link once they are all in", async () => {
			const { app, fixes } = makeControlledApp({});
			const { metadataCache, vault } = app;
			let resolved = 0;
			metadataCache.on("resolved", () => resolved++);
			const walks = jest.spyOn(vault, "getFiles");
			const release = fixes.holdLinkResolution();
			for (let day = 1; day <= 300; day++) {
				await vault.create(`Journal/Jour ${day}.md`, `Suite : [[Jour ${day + 1}]], voir « [[Carnet à écrire]] ».\n`);
			}
			release();
			expect(walks).not.toHaveBeenCalled();
			expect(resolved).toBe(1);
			expect(metadataCache.resolvedLinks["Journal/Jour 1.md"]).toEqual({ "Journal/Jour 2.md": 1 });
			expect(metadataCache.unresolvedLinks["Journal/Jour 1.md"]).toEqual({ "Carnet à écrire": 1 });
			expect(metadataCache.resolvedLinks["Journal/Jour 300.md"]).toEqual({});
			expect(metadataCache.unresolvedLinks["Journal/Jour 300.md"]).toEqual({ "Jour 301": 1, "Carnet à écrire": 1 });

			// Once loaded, a note written later resolves the links that named it, and only those notes are read again.
			const reread = jest.spyOn(metadataCache as unknown as { updateLinks: (path: string) => void }, "updateLinks");
			await vault.create("Carnet à écrire.md", "# Carnet\n");
			await flush();
			expect(walks).not.toHaveBeenCalled();
			expect(metadataCache.unresolvedLinks["Journal/Jour 150.md"]).toEqual({});
			expect(metadataCache.resolvedLinks["Journal/Jour 150.md"]).toEqual({ "Journal/Jour 151.md": 1, "Carnet à écrire.md": 1 });
			// The new note's own links, then each of the 300 notes that named it: none other.
			expect(new Set(reread.mock.calls.map(([path]) => path)).size).toBe(301);
		});
	});
});
