/**
 * @jest-environment jsdom
 */
import { ObsidianNoteSource } from "../../src/obsidian/index/obsidian-note-source";
import { makeApp, flush } from "../helpers/obsidian-app";
import { makeIndex } from "../helpers/test-index";

const files = {
	"Journal/2024-02-22.md": "---\ncreated: 2024-02-22T21:33\nupdated: 2024-03-31T10:44\ntags:\n  - journal\n---\n---\n[Thought Leadership Lab](https://thoughtleadershiplab.com/)\n## Idées de posts\n- Lire des livres sur le sujet\n- Répertorier ce que vous savez déjà\n\nC'est ce que raconte Russell Brunson dans [[Expert Secrets]]\n",
	"Réflexions/Vision.md": "---\ntags: [réflexions]\n---\n# Vision\n#réflexions\n\nVoir [[Ma vision du thought leadership|ma vision]] et [[Journal/2024-02-22#Idées de posts]].\n",
	"Clippings/Article.md": "# Un article\nSans frontmatter.\n",
	"Cassé.md": "---\ntags: [journal\ncreated: : :\n---\nTexte\n",
	"Vide.md": "---\n---\n",
};

/** Stands in for the plugin's `registerEvent` where a test does not unload a plugin. */
const registrar = { registerEvent: (): void => undefined };

describe("ObsidianNoteSource over the in-memory vault", () => {
	it("gives the index what Obsidian's metadata cache holds", async () => {
		const app = makeApp(files);
		const { index } = makeIndex(new ObsidianNoteSource(app, registrar));
		await index.build();
		expect(index.watchedNotes().map((n) => n.path)).toEqual(["Journal/2024-02-22.md", "Réflexions/Vision.md"]);
		const journal = index.get("Journal/2024-02-22.md");
		expect(journal?.tags).toEqual(["journal"]);
		// The paragraph under the list is an idea of its own, as the writer's journal writes them.
		expect(journal?.ideaItems.map((idea) => idea.title)).toEqual(["Lire des livres sur le sujet", "Répertorier ce que vous savez déjà", "C'est ce que raconte Russell Brunson dans [[Expert Secrets]]"]);
		expect(journal?.links.map((l) => [l.target, l.resolved])).toEqual([["Expert Secrets", false]]);
		const vision = index.get("Réflexions/Vision.md");
		expect(vision?.links.map((l) => [l.target, l.alias, l.subpath, l.resolvedPath])).toEqual([
			["Ma vision du thought leadership", "ma vision", null, null],
			["Journal/2024-02-22", null, "#Idées de posts", "Journal/2024-02-22.md"],
		]);
	});

	it("reports a note with broken properties and keeps indexing the rest", async () => {
		const app = makeApp(files);
		const { index } = makeIndex(new ObsidianNoteSource(app, registrar));
		await index.build();
		expect(index.warnings().map((w) => w.path)).toEqual(["Cassé.md"]);
		expect(index.get("Vide.md")).toBeUndefined();
	});

	it("follows edits, renames and deletions made in the vault", async () => {
		const app = makeApp(files);
		const { index } = makeIndex(new ObsidianNoteSource(app, registrar));
		await index.build();
		index.start();
		const clipping = app.vault.getFileByPath("Clippings/Article.md");
		if (!clipping) throw new Error("fixture missing");
		await app.vault.modify(clipping, "---\ntags: réflexions\n---\n## Idées\n- Une idée née d'un article\n");
		await flush();
		expect(index.get("Clippings/Article.md")?.ideaItems).toEqual([{ title: "Une idée née d'un article", details: [], line: 4 }]);
		await app.fileManager.renameFile(clipping, "Réflexions/Article.md");
		await flush();
		expect(index.get("Clippings/Article.md")).toBeUndefined();
		expect(index.get("Réflexions/Article.md")?.ideaItems.map((idea) => idea.title)).toEqual(["Une idée née d'un article"]);
		const moved = app.vault.getFileByPath("Réflexions/Article.md");
		if (!moved) throw new Error("rename failed");
		await app.vault.delete(moved);
		await flush();
		expect(index.get("Réflexions/Article.md")).toBeUndefined();
	});

	it("never writes to a note", async () => {
		const app = makeApp(files);
		const before = await Promise.all(app.vault.getMarkdownFiles().map((f) => app.vault.read(f)));
		const { index } = makeIndex(new ObsidianNoteSource(app, registrar));
		await index.build();
		const after = await Promise.all(app.vault.getMarkdownFiles().map((f) => app.vault.read(f)));
		expect(after).toEqual(before);
	});
});
