import { MemorySource } from "../../helpers/memory-source";
import { makeIndex, MemoryCacheStore, settle } from "../../helpers/test-index";

const ideaNote = "---\ntags: [réflexions]\n---\n## Idées de posts\n- Les meilleures idées ne sont pas directement accessibles\n- Think, Spark, Invest, Re-Invest\n";
const ideaHeadings = [{ heading: "Idées de posts", level: 2, line: 3 }];

function vault(): MemorySource {
	return new MemorySource()
		.put("Journal/2024-02-22.md", { frontmatter: { tags: ["journal"], created: "2024-02-22T21:33", updated: "garbage" }, links: [{ link: "Expert Secrets", original: "[[Expert Secrets]]" }] }, "texte")
		.put("Réflexions/Thought leadership.md", { frontmatter: { tags: ["réflexions"] }, headings: ideaHeadings }, ideaNote)
		.put("Clippings/Article.md", { links: [] }, "no frontmatter")
		.put("Nested.md", { inlineTags: ["#journal/2024"] }, "body tag")
		.put("Broken.md", { frontmatterError: "bad indentation" }, "---\ntags: [journal\n---");
}

describe("NoteIndex", () => {
	it("keeps exactly the notes with a watched tag, including body and nested tags", async () => {
		const { index } = makeIndex(vault());
		await index.build();
		expect(index.watchedNotes().map((n) => n.path)).toEqual(["Journal/2024-02-22.md", "Nested.md", "Réflexions/Thought leadership.md"]);
	});

	it("tells by its revision whether a record changed since a view worked something out from them", async () => {
		const source = vault();
		const { index } = makeIndex(source);
		await index.build();
		index.start();
		const built = index.revision();
		expect(index.revision()).toBe(built);
		source.edit("Nested.md", { frontmatter: { tags: ["journal"], titre: "Écrire : « avant d'être prêt »" } });
		await settle();
		const edited = index.revision();
		expect(edited).not.toBe(built);
		source.delete("Nested.md");
		await settle();
		expect(index.revision()).not.toBe(edited);
		index.stop();
	});

	it("knows tags, dates, links and idea items of a note", async () => {
		const { index } = makeIndex(vault());
		await index.build();
		const journal = index.get("Journal/2024-02-22.md");
		expect(journal?.created).toBe(Date.UTC(2024, 1, 22, 21, 33));
		expect(journal?.links).toEqual([{ target: "Expert Secrets", alias: null, subpath: null, resolved: false, resolvedPath: null }]);
		expect(journal?.warnings).toEqual(["Unreadable updated date: garbage"]);
		expect(index.get("Réflexions/Thought leadership.md")?.ideaItems).toEqual([
			{ title: "Les meilleures idées ne sont pas directement accessibles", details: [], line: 4 },
			{ title: "Think, Spark, Invest, Re-Invest", details: [], line: 5 },
		]);
	});

	it("falls back on the file's times when a date is unreadable", async () => {
		const source = vault();
		const { index } = makeIndex(source);
		await index.build();
		expect(index.get("Journal/2024-02-22.md")?.updated).toBe(source.getFile("Journal/2024-02-22.md")?.mtime);
	});

	it("warns about a broken note without stopping, even when it is not watched", async () => {
		const { index } = makeIndex(vault());
		await index.build();
		expect(index.warnings()).toEqual([
			{ path: "Broken.md", message: "Invalid properties (frontmatter is not valid YAML): bad indentation" },
			{ path: "Journal/2024-02-22.md", message: "Unreadable updated date: garbage" },
		]);
	});

	it("reads the text only of watched notes that have an idea section", async () => {
		const source = vault();
		const { index } = makeIndex(source);
		await index.build();
		expect(source.reads).toEqual(["Réflexions/Thought leadership.md"]);
	});

	it("keeps typed notes such as ideas, which are not thinking notes", async () => {
		const source = vault().put("Idées/Une idée.md", { frontmatter: { type: "idea", status: "spark" } });
		const { index } = makeIndex(source);
		await index.build();
		expect(index.get("Idées/Une idée.md")?.type).toBe("idea");
		expect(index.watchedNotes().some((n) => n.path === "Idées/Une idée.md")).toBe(false);
	});

	it("reads the type however it is written, so a one-item list or a capitalised key still makes an idea note", async () => {
		const source = vault().put("Idées/Liste.md", { frontmatter: { type: ["idea"] } }).put("Idées/Maj.md", { frontmatter: { Type: " Idea " } });
		const { index } = makeIndex(source);
		await index.build();
		expect([index.get("Idées/Liste.md")?.type, index.get("Idées/Maj.md")?.type]).toEqual(["idea", "idea"]);
	});

	it("reads the idea items of a note it does not keep, when asked, without keeping it", async () => {
		const source = vault().put("Notes/Sans tag.md", { headings: ideaHeadings }, ideaNote.replace("tags: [réflexions]", "auteur: moi"));
		const { index } = makeIndex(source);
		await index.build();
		expect((await index.ideaItemsOf("Notes/Sans tag.md")).map((idea) => idea.title)).toEqual(["Les meilleures idées ne sont pas directement accessibles", "Think, Spark, Invest, Re-Invest"]);
		expect(index.get("Notes/Sans tag.md")).toBeUndefined();
	});

	it("yields to the app between slices of work", async () => {
		const source = new MemorySource();
		for (let i = 0; i < 50; i++) source.put(`n${i}.md`, { frontmatter: { tags: "journal" } });
		let yields = 0;
		let clock = 0;
		const { index } = makeIndex(source, {
			sliceMs: 10,
			now: () => (clock += 3),
			yieldToMain: () => {
				yields++;
				return Promise.resolve();
			},
		});
		await index.build();
		expect(yields).toBeGreaterThanOrEqual(10);
		expect(index.watchedNotes()).toHaveLength(50);
	});

	it("says how far its pass is, notes looked at out of the vault's, a few times a second at most", async () => {
		const source = new MemorySource();
		for (let i = 0; i < 1240; i++) source.put(`Journal/n${i}.md`, { frontmatter: { tags: "journal" } });
		let clock = 0;
		const { index } = makeIndex(source, { sliceMs: 10, now: () => (clock += 1), yieldToMain: () => Promise.resolve() });
		expect(index.progress()).toBeNull();
		const told: { read: number; total: number; at: number }[] = [];
		index.onProgress((progress) => told.push({ ...progress, at: clock }));
		const building = index.build();
		expect(index.progress()).toEqual({ read: 0, total: 1240 });
		await building;
		expect(index.progress()).toBeNull();
		expect(told[0]).toMatchObject({ read: 0, total: 1240 });
		expect(told.every((progress) => progress.total === 1240)).toBe(true);
		expect(told.map((progress) => progress.read)).toEqual([...told.map((progress) => progress.read)].sort((a, b) => a - b));
		// Every note looked at is said before the pass tells its listeners and saves its cache.
		expect(told.at(-1)).toMatchObject({ read: 1240, total: 1240 });
		// The clock moves one step a call: at least 250 ms of it between two reports while notes are looked at.
		expect(told.slice(1, -1).every((progress, i) => progress.at - (told[i]?.at ?? 0) >= 250)).toBe(true);
		expect(told.length).toBeGreaterThan(3);
	});

	describe("after a restart", () => {
		it("re-reads only the notes that changed since the cache was saved", async () => {
			const source = vault();
			const cache = new MemoryCacheStore();
			await makeIndex(source, { cache }).index.build();
			source.put("Réflexions/Thought leadership.md", { frontmatter: { tags: ["réflexions"] }, headings: ideaHeadings }, `${ideaNote}- Une troisième idée\n`);
			source.put("Réflexions/Autre.md", { frontmatter: { tags: ["réflexions"] }, headings: ideaHeadings }, ideaNote);
			source.reads.length = 0;
			const { index } = makeIndex(source, { cache });
			await index.build();
			expect(source.reads.sort()).toEqual(["Réflexions/Autre.md", "Réflexions/Thought leadership.md"]);
			expect(index.get("Réflexions/Thought leadership.md")?.ideaItems.map((idea) => idea.title)).toContain("Une troisième idée");
		});

		it("ignores a cache written by another plugin version or with other settings", async () => {
			const source = vault();
			const cache = new MemoryCacheStore();
			await makeIndex(source, { cache }).index.build();
			source.reads.length = 0;
			await makeIndex(source, { cache, pluginVersion: "other" }).index.build();
			expect(source.reads).toEqual(["Réflexions/Thought leadership.md"]);
			source.reads.length = 0;
			await makeIndex(source, { cache, settings: { watchedTags: ["journal", "réflexions"], ideaHeadings: ["Idées de posts", "Pistes"] } }).index.build();
			expect(source.reads).toEqual(["Réflexions/Thought leadership.md"]);
		});

		it("ignores a corrupt cache", async () => {
			const cache = new MemoryCacheStore();
			cache.json = '{"format":1,"records":"nope"}';
			const { index } = makeIndex(vault(), { cache });
			await index.build();
			expect(index.watchedNotes()).toHaveLength(3);
		});
	});

	describe("when the vault changes", () => {
		it("takes an edited note and tells its listeners", async () => {
			const source = vault();
			const { index, changes } = makeIndex(source);
			await index.build();
			index.start();
			changes.length = 0;
			source.edit("Journal/2024-02-22.md", { frontmatter: { tags: ["journal"], created: "2024-02-23" } });
			await settle();
			expect(changes).toEqual([{ added: [], updated: ["Journal/2024-02-22.md"], removed: [] }]);
			expect(index.get("Journal/2024-02-22.md")?.created).toBe(Date.UTC(2024, 1, 23));
		});

		it("adds a note that gains a watched tag and drops one that loses it", async () => {
			const source = vault();
			const { index, changes } = makeIndex(source);
			await index.build();
			index.start();
			changes.length = 0;
			source.edit("Clippings/Article.md", { frontmatter: { tags: "journal" } });
			source.edit("Nested.md", { inlineTags: [] });
			await settle();
			expect(changes).toEqual([
				{ added: ["Clippings/Article.md"], updated: [], removed: [] },
				{ added: [], updated: [], removed: ["Nested.md"] },
			]);
		});

		it("follows a rename and a deletion", async () => {
			const source = vault();
			const { index } = makeIndex(source);
			await index.build();
			index.start();
			source.rename("Nested.md", "Journal/Nested.md");
			await settle();
			expect(index.get("Nested.md")).toBeUndefined();
			expect(index.get("Journal/Nested.md")?.title).toBe("Nested");
			source.delete("Journal/Nested.md");
			await settle();
			expect(index.get("Journal/Nested.md")).toBeUndefined();
		});

		it("lists the notes as they are after each edit, creation, rename and deletion, whatever a caller did to an earlier list", async () => {
			const source = vault();
			const { index } = makeIndex(source);
			await index.build();
			index.start();
			const first = index.notes();
			first.length = 0;
			expect(index.notes()).toHaveLength(3);
			source.edit("Journal/2024-02-22.md", { frontmatter: { tags: ["journal"], created: "2024-02-23" } });
			source.edit("Idées/L'« autorité » : un mot piégé.md", { frontmatter: { type: "idea", status: "think" } });
			await settle();
			expect(index.notes().map((n) => n.path)).toEqual(["Idées/L'« autorité » : un mot piégé.md", "Journal/2024-02-22.md", "Nested.md", "Réflexions/Thought leadership.md"]);
			expect(index.notes().find((n) => n.path === "Journal/2024-02-22.md")?.created).toBe(Date.UTC(2024, 1, 23));
			source.rename("Nested.md", "Archives/Nested.md");
			source.delete("Idées/L'« autorité » : un mot piégé.md");
			await settle();
			expect(index.notes().map((n) => n.path)).toEqual(["Archives/Nested.md", "Journal/2024-02-22.md", "Réflexions/Thought leadership.md"]);
		});

		it("resolves a dangling link once its note is created", async () => {
			const source = vault();
			const { index, changes } = makeIndex(source);
			await index.build();
			index.start();
			changes.length = 0;
			source.edit("Livres/Expert Secrets.md", { frontmatter: { type: "book" } });
			await settle();
			expect(index.get("Journal/2024-02-22.md")?.links[0]).toMatchObject({ resolved: true, resolvedPath: "Livres/Expert Secrets.md" });
			expect(changes).toContainEqual({ added: [], updated: ["Journal/2024-02-22.md"], removed: [] });
		});

		it("merges repeated changes of one note into as few reads as possible", async () => {
			const source = vault();
			const { index } = makeIndex(source);
			await index.build();
			index.start();
			source.reads.length = 0;
			for (let i = 0; i < 5; i++) source.edit("Réflexions/Thought leadership.md", { frontmatter: { tags: ["réflexions"] }, headings: ideaHeadings }, `${ideaNote}- idée ${i}\n`);
			await settle();
			await settle();
			expect(source.reads.length).toBeLessThanOrEqual(2);
			expect(index.get("Réflexions/Thought leadership.md")?.ideaItems.map((idea) => idea.title)).toContain("idée 4");
		});

		it("keeps a change made while a full pass is running", async () => {
			const source = vault();
			const { index } = makeIndex(source, { sliceMs: 0 });
			index.start();
			const build = index.build();
			source.edit("Clippings/Article.md", { frontmatter: { tags: "journal" } });
			await build;
			await settle();
			expect(index.get("Clippings/Article.md")).toBeDefined();
		});

		it("stops listening when stopped", async () => {
			const source = vault();
			const { index, changes } = makeIndex(source);
			await index.build();
			index.start();
			index.stop();
			changes.length = 0;
			source.edit("Journal/2024-02-22.md", { frontmatter: { tags: ["journal"] } });
			await settle();
			expect(changes).toEqual([]);
		});
	});

	describe("the folders left out (templates, archives)", () => {
		const template = "---\ntags: [journal]\n---\n## Idées de posts\n\n- <% tp.file.cursor(2) %>\n- Ce qui m'a surpris aujourd'hui\n";
		const templateHeadings = [{ heading: "Idées de posts", level: 2, line: 3 }];

		/** The writer's journal, their daily-note template, and a folder whose name starts like the template folder's. */
		function withTemplates(): MemorySource {
			return vault()
				.put("Modèles/Journal quotidien.md", { frontmatter: { tags: ["journal"] }, headings: templateHeadings }, template)
				.put("Modèles/Réunion.md", { frontmatterError: "bad indentation" }, "---\ntags: [<% tp.system.prompt(\"Tags\") %>\n---")
				.put("Modèles anciens/Journal 2019.md", { frontmatter: { tags: ["journal"] }, headings: templateHeadings }, "---\ntags: [journal]\n---\n## Idées de posts\n\n- Écrire « à la main » d'abord\n");
		}
		const settings = (excludedFolders: string[]) => ({ watchedTags: ["journal", "réflexions"], ideaHeadings: ["Idées de posts"], excludedFolders });
		const paths = (index: { notes(): { path: string }[] }): string[] => index.notes().map((n) => n.path);

		it("keeps no record of a note in a left-out folder, never reads it, and warns about nothing in it", async () => {
			const source = withTemplates();
			const { index } = makeIndex(source, { settings: settings(["Modèles/"]) });
			await index.build();
			expect(paths(index)).toEqual(["Journal/2024-02-22.md", "Modèles anciens/Journal 2019.md", "Nested.md", "Réflexions/Thought leadership.md"]);
			expect(source.reads.sort()).toEqual(["Modèles anciens/Journal 2019.md", "Réflexions/Thought leadership.md"]);
			expect(index.warnings().map((w) => w.path)).toEqual(["Broken.md", "Journal/2024-02-22.md"]);
			expect(index.leavesOut("Modèles/Journal quotidien.md")).toBe(true);
			expect(await index.ideaItemsOf("Modèles/Journal quotidien.md")).toEqual([]);
		});

		it("shows the template when no folder is left out: what the other tests leave out is there to be read", async () => {
			const { index } = makeIndex(withTemplates(), { settings: settings([]) });
			await index.build();
			expect(index.get("Modèles/Journal quotidien.md")?.ideaItems.map((idea) => idea.title)).toEqual(["Ce qui m'a surpris aujourd'hui"]);
		});

		it("drops the notes of a folder left out by new settings, and takes them back once it is not", async () => {
			const { index, changes } = makeIndex(withTemplates(), { settings: settings([]) });
			await index.build();
			changes.length = 0;
			await index.setSettings(settings(["modèles"]));
			expect(changes.map((change) => change.removed)).toEqual([["Modèles/Journal quotidien.md"]]);
			expect(index.get("Modèles/Journal quotidien.md")).toBeUndefined();
			await index.setSettings(settings([]));
			expect(index.get("Modèles/Journal quotidien.md")?.ideaItems).toHaveLength(1);
		});

		it("never brings a template back from a cache saved when its folder was read, and reads afresh when the folders change", async () => {
			const source = withTemplates();
			const cache = new MemoryCacheStore();
			await makeIndex(source, { cache, settings: settings([]) }).index.build();
			source.reads.length = 0;
			const { index } = makeIndex(source, { cache, settings: settings(["Modèles"]) });
			await index.build();
			expect(index.get("Modèles/Journal quotidien.md")).toBeUndefined();
			// The cache was made with other folders left out: every note with an idea section is read again.
			expect(source.reads.sort()).toEqual(["Modèles anciens/Journal 2019.md", "Réflexions/Thought leadership.md"]);
			await index.saveCache();
			source.reads.length = 0;
			await makeIndex(source, { cache, settings: settings(["Modèles"]) }).index.build();
			expect(source.reads).toEqual([]);
		});

		it("keeps no record of a template written, created or moved into a left-out folder, and takes back one moved out", async () => {
			const source = withTemplates();
			const { index, changes } = makeIndex(source, { settings: settings(["Modèles"]) });
			await index.build();
			index.start();
			changes.length = 0;
			source.edit("Modèles/Journal quotidien.md", { frontmatter: { tags: ["journal", "réflexions"] }, headings: templateHeadings }, template);
			source.edit("Modèles/Idée de post.md", { frontmatter: { type: "idea", status: "spark" } });
			await settle();
			expect(changes).toEqual([]);
			source.rename("Réflexions/Thought leadership.md", "Modèles/Thought leadership.md");
			await settle();
			expect(changes).toEqual([{ added: [], updated: [], removed: ["Réflexions/Thought leadership.md"] }]);
			expect(index.get("Modèles/Thought leadership.md")).toBeUndefined();
			source.rename("Modèles/Journal quotidien.md", "Journal/Journal quotidien.md");
			await settle();
			expect(index.get("Journal/Journal quotidien.md")?.ideaItems.map((idea) => idea.title)).toEqual(["Ce qui m'a surpris aujourd'hui"]);
		});
	});
});
