import { MemorySource } from "../../helpers/memory-source";
import { makeIndex, MemoryCacheStore, settle } from "../../helpers/test-index";
import type { IndexCacheStore } from "../../../src/core/index/note-index";

const ideaNote = "---\ntags: [réflexions]\n---\n## Idées de posts\n- Simplifier sans mentir : la règle des trois exemples\n  - « trois » exemples, pas un\n";
const SIMPLIFIER = { title: "Simplifier sans mentir : la règle des trois exemples", details: ["- « trois » exemples, pas un"], line: 4 };
const ideaHeadings = [{ heading: "Idées de posts", level: 2, line: 3 }];

function vault(): MemorySource {
	return new MemorySource()
		.put("Réflexions/Simplifier.md", { frontmatter: { tags: ["réflexions"], secret: "x".repeat(2000) }, headings: ideaHeadings }, ideaNote)
		.put("Journal/2024-02-22.md", { frontmatter: { tags: ["journal"] } }, "texte")
		.put("Clippings/Article.md", { links: [] }, "no frontmatter");
}

/** A store whose load and save reject, as IndexedDB does when the device's storage is full or locked. */
const failingStore: IndexCacheStore = {
	load: () => Promise.reject(new Error("QuotaExceededError")),
	save: () => Promise.reject(new Error("QuotaExceededError")),
};

/** A build with its cache saved: the index saves on its own once it is ready, in slices after the build. */
async function builtAndSaved(source: MemorySource, cache: IndexCacheStore): Promise<void> {
	const { index } = makeIndex(source, { cache });
	await index.build();
	await index.saveCache();
}

describe("the index cache", () => {
	it("is a warning, never a failed build, when it cannot be loaded or saved", async () => {
		const warnings: string[] = [];
		const { index } = makeIndex(vault(), { cache: failingStore, onWarning: (message) => warnings.push(message) });
		await expect(index.build()).resolves.toBeUndefined();
		await settle();
		expect(index.watchedNotes().map((n) => n.path)).toEqual(["Journal/2024-02-22.md", "Réflexions/Simplifier.md"]);
		expect(warnings).toEqual(["The index cache could not be loaded; every note is read again.", "The index cache could not be saved; the next start reads every note again."]);
	});

	it("still reads the changes made during a build whose cache cannot be saved", async () => {
		const source = vault();
		const { index } = makeIndex(source, { cache: failingStore, sliceMs: 0 });
		index.start();
		const build = index.build();
		source.edit("Clippings/Article.md", { frontmatter: { tags: "journal" } });
		await build;
		await settle();
		expect(index.get("Clippings/Article.md")).toBeDefined();
	});

	it("holds only what reading note texts gave, not the properties the metadata cache already has", async () => {
		const cache = new MemoryCacheStore();
		await builtAndSaved(vault(), cache);
		expect(cache.json).toContain("Simplifier sans mentir : la règle des trois exemples");
		expect(cache.json).not.toContain("xxxxxxxx");
		expect(cache.json).not.toContain("Journal/2024-02-22.md");
	});

	it("gives a warm start the properties of the metadata cache as they are now, and reads no note", async () => {
		const source = vault();
		const cache = new MemoryCacheStore();
		await builtAndSaved(source, cache);
		source.reads.length = 0;
		const { index } = makeIndex(source, { cache });
		await index.build();
		expect(source.reads).toEqual([]);
		expect(index.get("Réflexions/Simplifier.md")).toMatchObject({ ideaItems: [SIMPLIFIER], properties: { secret: "x".repeat(2000) } });
	});

	it("is rebuilt silently when it is corrupt, from an older format, or entry by entry broken", async () => {
		for (const json of ['{"format":1,"records":"nope"}', "[1,2,3]", '{"format":2,"pluginVersion":"test","settingsKey":"[[\\"journal\\",\\"réflexions\\"],[\\"Idées de posts\\",\\"Idées\\",\\"Post ideas\\"]]","entries":[["Réflexions/Simplifier.md","soon",1,[],[],[],null]]}']) {
			const source = vault();
			const cache = new MemoryCacheStore();
			cache.json = json;
			const warnings: string[] = [];
			const { index } = makeIndex(source, { cache, onWarning: (message) => warnings.push(message) });
			await index.build();
			expect(source.reads).toEqual(["Réflexions/Simplifier.md"]);
			expect(index.get("Réflexions/Simplifier.md")?.ideaItems).toEqual([SIMPLIFIER]);
			expect(warnings).toEqual([]);
		}
	});

	it("reads again a note the cache holds at an older grain, which saw no idea in a paragraph", async () => {
		const text = "---\ntags: [journal]\n---\n## Idées de posts\nSimplifier vos idées\n";
		const source = new MemorySource().put("Journal/2024-02-22.md", { frontmatter: { tags: ["journal"] }, headings: ideaHeadings }, text);
		const cache = new MemoryCacheStore();
		await builtAndSaved(source, cache);
		// What the reader of list items saved for it: no items, under the settings key of that reader.
		const data = JSON.parse(cache.json ?? "") as { settingsKey: string; entries: unknown[][] };
		const key = (JSON.parse(data.settingsKey) as unknown[]).map((part) => (Array.isArray(part) && part[0] === "ideas" ? ["ideas", JSON.stringify(["Idées de posts", "Idées", "Post ideas"])] : part));
		cache.json = JSON.stringify({ ...data, settingsKey: JSON.stringify(key), entries: data.entries.map(([shared, rest, mtime, size, encoding, , ...results]) => [shared, rest, mtime, size, encoding, [[], [], []], ...results]) });
		source.reads.length = 0;
		const { index } = makeIndex(source, { cache });
		await index.build();
		expect(source.reads).toEqual(["Journal/2024-02-22.md"]);
		expect(index.get("Journal/2024-02-22.md")?.ideaItems).toEqual([{ title: "Simplifier vos idées", details: [], line: 4 }]);
	});

	it("writes a folder once for the notes in it, and gives a warm start each note's ideas back under its own path", async () => {
		const source = new MemorySource();
		const titles = ["Écrire avant d'être prêt : « le brouillon public »", "Dire non à un client", "Le 🦋 effet papillon"];
		for (const [i, title] of titles.entries()) source.put(`Journal/2024/Février 🦋 ${i + 1}.md`, { frontmatter: { tags: ["journal"] }, headings: ideaHeadings }, `---\ntags: [journal]\n---\n## Idées de posts\n- ${title}\n`);
		const cache = new MemoryCacheStore();
		await builtAndSaved(source, cache);
		expect(cache.json?.match(/Journal\/2024/g)).toHaveLength(1);
		source.reads.length = 0;
		const { index } = makeIndex(source, { cache });
		await index.build();
		expect(source.reads).toEqual([]);
		expect(titles.map((_, i) => index.get(`Journal/2024/Février 🦋 ${i + 1}.md`)?.ideaItems.map((idea) => idea.title))).toEqual(titles.map((title) => [title]));
	});

	it("reads again the notes from an entry whose path is broken on, and keeps those before it", async () => {
		const source = new MemorySource();
		for (const name of ["Avril", "Mai", "Juin"]) source.put(`Journal/${name}.md`, { frontmatter: { tags: ["journal"] }, headings: ideaHeadings }, `---\ntags: [journal]\n---\n## Idées de posts\n- Une idée de ${name.toLowerCase()}\n`);
		const cache = new MemoryCacheStore();
		await builtAndSaved(source, cache);
		const data = JSON.parse(cache.json ?? "") as { entries: unknown[][] };
		// The second entry (Juin, in path order) says it shares more than the first entry's path has.
		(data.entries[1] as unknown[])[0] = 999;
		cache.json = JSON.stringify(data);
		source.reads.length = 0;
		const { index } = makeIndex(source, { cache });
		await index.build();
		expect(source.reads.sort()).toEqual(["Journal/Juin.md", "Journal/Mai.md"]);
		expect(index.get("Journal/Mai.md")?.ideaItems.map((idea) => idea.title)).toEqual(["Une idée de mai"]);
	});
});
