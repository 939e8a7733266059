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
		const data = JSON.parse(cache.json ?? "") as { settingsKey: string; parts: string[] };
		const key = (JSON.parse(data.settingsKey) as unknown[]).map((part) => (Array.isArray(part) && part[0] === "ideas" ? ["ideas", JSON.stringify(["Idées de posts", "Idées", "Post ideas"])] : part));
		const older = (part: string): string => JSON.stringify((JSON.parse(part) as unknown[][]).map(([shared, rest, mtime, size, encoding, , ...results]) => [shared, rest, mtime, size, encoding, [[], [], []], ...results]));
		cache.json = JSON.stringify({ ...data, settingsKey: JSON.stringify(key), parts: data.parts.map(older) });
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
		const data = JSON.parse(cache.json ?? "") as { parts: string[] };
		const entries = JSON.parse(data.parts[0] ?? "") as unknown[][];
		// The second entry (Juin, in path order) says it shares more than the first entry's path has.
		(entries[1] as unknown[])[0] = 999;
		cache.json = JSON.stringify({ ...data, parts: [JSON.stringify(entries)] });
		source.reads.length = 0;
		const { index } = makeIndex(source, { cache });
		await index.build();
		expect(source.reads.sort()).toEqual(["Journal/Juin.md", "Journal/Mai.md"]);
		expect(index.get("Journal/Mai.md")?.ideaItems.map((idea) => idea.title)).toEqual(["Une idée de mai"]);
	});

	describe("over a journal of 600 notes of ideas, one slice at a time", () => {
		const dates = Array.from({ length: 600 }, (_, i) => `2024-${String(1 + Math.floor(i / 50)).padStart(2, "0")}-${String(1 + (i % 50)).padStart(2, "0")}`);
		function journal(): MemorySource {
			const source = new MemorySource();
			for (const date of dates) source.put(`Journal/${date}.md`, { frontmatter: { tags: ["journal"] }, headings: ideaHeadings }, `---\ntags: [journal]\n---\n## Idées de posts\n- L'idée du ${date} : « écrire avant d'être prêt »\n`);
			return source;
		}
		/** A clock that moves 11 ms a call, past the 10 ms slice: every look at it ends the slice. */
		function slowClock(): () => number {
			let clock = 0;
			return () => (clock += 11);
		}
		/** A store that counts its saves. */
		class CountingStore extends MemoryCacheStore {
			saves = 0;
			override save(data: unknown): Promise<void> {
				this.saves++;
				return super.save(data);
			}
		}

		it("opens a large cache a part at a time, yielding between parts before the first note is looked at, and reads no note", async () => {
			const source = journal();
			const cache = new MemoryCacheStore();
			await builtAndSaved(source, cache);
			expect((JSON.parse(cache.json ?? "") as { parts: string[] }).parts).toHaveLength(3);
			source.reads.length = 0;
			let loaded = false;
			let yieldsWhileOpening = 0;
			const { index } = makeIndex(source, {
				cache: { load: () => cache.load().then((data) => ((loaded = true), data)), save: (data) => cache.save(data) },
				sliceMs: 10,
				now: slowClock(),
				yieldToMain: () => {
					if (loaded && index.progress()?.read === 0) yieldsWhileOpening++;
					return Promise.resolve();
				},
			});
			await index.build();
			expect(yieldsWhileOpening).toBeGreaterThanOrEqual(3);
			expect(source.reads).toEqual([]);
			expect(index.get("Journal/2024-12-50.md")?.ideaItems.map((idea) => idea.title)).toEqual(["L'idée du 2024-12-50 : « écrire avant d'être prêt »"]);
		});

		it("tells the views first, then saves in slices of its own", async () => {
			const cache = new CountingStore();
			const events: string[] = [];
			const { index } = makeIndex(journal(), {
				cache,
				sliceMs: 10,
				now: slowClock(),
				yieldToMain: () => {
					events.push("yield");
					return Promise.resolve();
				},
			});
			index.onChange((change) => events.push(`told ${change.added.length}`));
			await index.build();
			await index.saveCache();
			expect(cache.saves).toBe(1);
			const told = events.indexOf("told 600");
			expect(told).toBeGreaterThan(-1);
			// 600 entries are written 64 at a time: ten steps at least, each a slice of its own with this clock.
			expect(events.slice(told + 1).filter((event) => event === "yield").length).toBeGreaterThanOrEqual(10);
		});

		it("does not write the store again after a warm start that read nothing, and does after an edit", async () => {
			const source = journal();
			const cache = new CountingStore();
			await builtAndSaved(source, cache);
			const { index } = makeIndex(source, { cache });
			index.start();
			await index.build();
			await index.saveCache();
			expect(cache.saves).toBe(1);
			source.edit("Journal/2024-03-07.md", { frontmatter: { tags: ["journal"] }, headings: ideaHeadings }, "---\ntags: [journal]\n---\n## Idées de posts\n- Dire non à un client : « le prix du oui »\n");
			await settle();
			await index.saveCache();
			expect(cache.saves).toBe(2);
			source.reads.length = 0;
			const { index: restarted } = makeIndex(source, { cache });
			await restarted.build();
			expect(source.reads).toEqual([]);
			expect(restarted.get("Journal/2024-03-07.md")?.ideaItems.map((idea) => idea.title)).toEqual(["Dire non à un client : « le prix du oui »"]);
		});

		it("reads again only the notes of a part that cannot be read, and saves the cache whole again", async () => {
			const source = journal();
			const cache = new CountingStore();
			await builtAndSaved(source, cache);
			const data = JSON.parse(cache.json ?? "") as { parts: string[] };
			cache.json = JSON.stringify({ ...data, parts: data.parts.map((part, i) => (i === 1 ? part.slice(0, 100) : part)) });
			source.reads.length = 0;
			const { index } = makeIndex(source, { cache });
			await index.build();
			await index.saveCache();
			expect(source.reads).toEqual(dates.slice(256, 512).map((date) => `Journal/${date}.md`));
			expect(cache.saves).toBe(2);
			expect((JSON.parse(cache.json ?? "") as { parts: string[] }).parts.every((part) => Array.isArray(JSON.parse(part)))).toBe(true);
		});
	});
});
