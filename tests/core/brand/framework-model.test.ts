import { MemorySource } from "../../helpers/memory-source";
import { makeIndex, settle } from "../../helpers/test-index";
import { LinkGraph } from "../../../src/core/brand/link-graph";
import { buildFrameworkModel, OTHER_PRODUCT_KEY, type FrameworkInput } from "../../../src/core/brand/framework-model";
import { brandIdeaList } from "../../../src/core/brand/brand-idea-list";
import { DEFAULT_PRODUCTS } from "../../../src/core/brand/product-setting";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";
import { linkChoices } from "../../../src/core/brand/link-choices";
import { studioExtractors } from "../../../src/core/studio-extractors";
import * as comparable from "../../../src/core/text/comparable-text";
import type { NoteLink, NoteRecord } from "../../../src/core/note/note-record";

const BRAND = "Idées de marque/Penser une fois.md";
const link = (target: string) => ({ link: target, original: `[[${target}]]` });

/** A vault around one brand idea: a journal note, a book, a missing book, products, ideas and a draft. */
function vault(): MemorySource {
	return new MemorySource()
		.put(BRAND, { frontmatter: { type: "brand-idea", sources: ["[[Expert Secrets]]", "[[2024-02-22]]", "[[Lectures/Influence]]"] }, links: [link("Expert Secrets"), link("2024-02-22"), link("Influence")] })
		.put("Journal/2024-02-22.md", { frontmatter: { tags: ["journal"] }, links: [link("Expert Secrets"), link("Penser une fois")] })
		.put("Lectures/Influence.md", { frontmatter: { type: "book", horizon: "classic" } })
		.put("Réflexions/Répliquer.md", { frontmatter: { tags: ["réflexions"] }, links: [link("Penser une fois")] })
		.put("Produits/Penser une fois — Formation.md", { frontmatter: { type: "product", product: "course", "brand-idea": "[[Penser une fois]]" }, links: [link("Penser une fois")] })
		.put("Produits/Penser une fois — Conférence.md", { frontmatter: { type: "product", product: "Conférence", "brand-idea": "[[Penser une fois]]" }, links: [link("Penser une fois")] })
		.put("Idées/Penser une fois : « répliquer ».md", { frontmatter: { type: "idea", status: "think", title: "Penser une fois : « répliquer »", "brand-idea": "[[Penser une fois]]" }, links: [link("Penser une fois")] })
		.put("Brouillons/Répliquer — Post LinkedIn.md", { frontmatter: { type: "draft", idea: "[[Penser une fois : « répliquer »]]" }, links: [link("Penser une fois : « répliquer »")] });
}

async function model(source: MemorySource, extra: Partial<FrameworkInput> = {}) {
	const { index } = makeIndex(source, { extractors: studioExtractors(() => DEFAULT_SETTINGS) });
	await index.build();
	const graph = new LinkGraph(index);
	const input: FrameworkInput = { brandPath: BRAND, records: index, backlinks: (p) => graph.backlinks(p), products: DEFAULT_PRODUCTS, stages: DEFAULT_SETTINGS.stages, language: "fr", books: DEFAULT_SETTINGS, ...extra };
	return { index, graph, input, model: buildFrameworkModel(input)! };
}

describe("the framework board of a brand idea", () => {
	it("lists the notes it links to and those linking to it, with their kind, a book's horizon and a missing book", async () => {
		const { model: board } = await model(vault());
		expect(board.sources.map((s) => [s.title, s.kind, s.direction, s.horizon])).toEqual([
			["Expert Secrets", "missing", "out", null],
			["2024-02-22", "journal", "both", null],
			["Influence", "book", "out", "classic"],
			["Répliquer", "reflexions", "in", null],
		]);
		expect(board.sources.find((s) => s.kind === "missing")?.path).toBeNull();
	});

	it("shows a book note the writer made by folder and tag, without type: book, as a book with its horizon", async () => {
		const source = vault()
			.put(BRAND, { frontmatter: { type: "brand-idea" }, links: [link("L'Almanach de Naval Ravikant")] })
			.put("Lectures/L'Almanach de Naval Ravikant.md", { frontmatter: { tags: ["lecture"], horizon: "contemporary" } });
		const { model: board } = await model(source);
		expect(board.sources.map((s) => [s.title, s.kind, s.horizon])).toContainEqual(["L'Almanach de Naval Ravikant", "book", "contemporary"]);
	});

	it("puts each product note in its product's column (by key or French name, shown without the brand idea's name) and counts the coverage", async () => {
		const { model: board } = await model(vault());
		expect(board.columns.map((c) => [c.key, c.notes.map((n) => n.title)])).toEqual([
			["talk", ["Conférence"]],
			["book", []],
			["course", ["Formation"]],
			["newsletter", []],
			["mentoring", []],
			["workshop", []],
			["digital-product", []],
			["coaching", []],
		]);
		expect(board.coverage).toEqual({ covered: 2, total: 8 });
	});

	it("shows its ideas by stage with their drafts, the idea's words as written", async () => {
		const { model: board } = await model(vault());
		const think = board.content.find((lane) => lane.key === "think");
		expect(think?.ideas).toEqual([{ path: "Idées/Penser une fois : « répliquer ».md", title: "Penser une fois : « répliquer »", drafts: [{ path: "Brouillons/Répliquer — Post LinkedIn.md", title: "Répliquer — Post LinkedIn" }] }]);
	});

	it("shows the unharvested blocks of a book only when reading knows them", async () => {
		const { model: board } = await model(vault(), { unharvested: (path) => (path === "Lectures/Influence.md" ? 3 : null) });
		expect(board.sources.find((s) => s.title === "Influence")?.unharvested).toBe(3);
		expect(board.sources.find((s) => s.title === "2024-02-22")?.unharvested).toBeNull();
	});

	it("puts a product the setting does not list in an Other column with a warning, and warns of two notes for one product", async () => {
		const source = vault()
			.put("Produits/Podcast.md", { frontmatter: { type: "product", product: "podcast", "brand-idea": "[[Penser une fois]]" }, links: [link("Penser une fois")] })
			.put("Produits/Autre formation.md", { frontmatter: { type: "product", product: ["course"], "brand-idea": "[[Penser une fois]]" }, links: [link("Penser une fois")] });
		const { model: board } = await model(source);
		expect(board.columns.at(-1)).toMatchObject({ key: OTHER_PRODUCT_KEY, other: true, notes: [{ path: "Produits/Podcast.md" }] });
		expect(board.warnings).toEqual(expect.arrayContaining([{ kind: "unknownProduct", path: "Produits/Podcast.md", value: "podcast" }, { kind: "sameProduct", product: "Formation", count: 2 }]));
		expect(board.coverage).toEqual({ covered: 2, total: 8 });
	});

	it("reads a sources property holding plain text or a number without failing", async () => {
		const source = new MemorySource().put(BRAND, { frontmatter: { type: "brand-idea", sources: ["Expert Secrets", 12, { a: 1 }] } });
		const { model: board } = await model(source);
		expect(board.sources.map((s) => [s.title, s.kind])).toEqual([["Expert Secrets", "missing"]]);
	});

	it("copes with brand ideas that link each other in a cycle", async () => {
		const source = new MemorySource()
			.put(BRAND, { frontmatter: { type: "brand-idea" }, links: [link("Autre idée")] })
			.put("Idées de marque/Autre idée.md", { frontmatter: { type: "brand-idea" }, links: [link("Penser une fois")] });
		const { model: board } = await model(source);
		expect(board.sources).toEqual([expect.objectContaining({ title: "Autre idée", kind: "brand-idea", direction: "both" })]);
	});

	it("is null for a note that is not indexed, and a brand idea without headings still has a board", async () => {
		const { input } = await model(new MemorySource().put(BRAND, { frontmatter: { type: "brand-idea" } }));
		expect(buildFrameworkModel({ ...input, brandPath: "Nulle part.md" })).toBeNull();
		expect(buildFrameworkModel(input)?.coverage).toEqual({ covered: 0, total: 8 });
	});
});

/** A record as the index keeps it, with the record's links counted each time one is read. */
function record(path: string, fields: Partial<NoteRecord>, reads: { count: number }): NoteRecord {
	const links = new Proxy(fields.links ?? [], {
		get(target, key, receiver) {
			if (typeof key === "string" && /^\d+$/.test(key)) reads.count++;
			return Reflect.get(target, key, receiver) as unknown;
		},
	});
	return { path, title: path.slice(path.lastIndexOf("/") + 1, -3), tags: [], type: null, created: null, updated: null, headings: [], ideaItems: [], extracts: {}, warnings: [], properties: {}, mtime: 0, size: 0, ...fields, links };
}

/**
 * A brand idea of `n` sources, three in five not written yet, each linked twice (in its sources property and
 * in its text), and half the written ones linking back: the steps a board takes, counted.
 */
function workOfBoard(n: number): number {
	const reads = { count: 0 };
	const records = new Map<string, NoteRecord>();
	const brandLinks: NoteLink[] = [];
	const sources: string[] = [];
	const backlinks: string[] = [];
	for (let i = 0; i < n; i++) {
		const written = i % 5 < 2;
		const target = written ? `Lectures/Livre ${i}` : `Livre à lire ${i}`;
		const path = written ? `${target}.md` : null;
		sources.push(`[[${target}]]`);
		for (let twice = 0; twice < 2; twice++) brandLinks.push({ target, alias: null, subpath: null, resolved: path !== null, resolvedPath: path });
		if (path === null) continue;
		const back = i % 2 === 0 ? [{ target: "Penser une fois", alias: null, subpath: null, resolved: true, resolvedPath: BRAND }] : [];
		records.set(path, record(path, { type: "book", links: back }, reads));
		if (back.length > 0) backlinks.push(path);
	}
	records.set(BRAND, record(BRAND, { type: "brand-idea", properties: { sources }, links: brandLinks }, reads));
	const spy = jest.spyOn(comparable, "comparableText");
	const board = buildFrameworkModel({ brandPath: BRAND, records: { get: (p) => records.get(p), notes: () => [...records.values()] }, backlinks: () => backlinks, products: DEFAULT_PRODUCTS, stages: DEFAULT_SETTINGS.stages, language: "fr", books: DEFAULT_SETTINGS });
	const work = reads.count + spy.mock.calls.length;
	spy.mockRestore();
	expect(board?.sources).toHaveLength(n);
	expect(board?.sources.filter((s) => s.kind === "missing")).toHaveLength(n - 2 * Math.ceil(n / 5));
	return work;
}

describe("the framework board of a brand idea with thousands of sources", () => {
	it("takes steps in proportion to its links: twice the sources, about twice the work", () => {
		const small = workOfBoard(500);
		const large = workOfBoard(1000);
		expect(large / small).toBeLessThan(2.2);
	});
});

describe("backlinks kept from the index's changes", () => {
	it("follow a new link, a deleted note and a link that resolves once its note exists", async () => {
		const source = vault();
		const { index, graph } = await model(source);
		index.start();
		expect(graph.unresolvedCount("Expert Secrets")).toBe(2);
		source.edit("Réflexions/Nouvelle.md", { frontmatter: { tags: ["réflexions"] }, links: [link("Penser une fois")] });
		await settle();
		graph.apply({ added: ["Réflexions/Nouvelle.md"], updated: [], removed: [] });
		expect(graph.backlinks(BRAND)).toContain("Réflexions/Nouvelle.md");
		source.delete("Réflexions/Nouvelle.md");
		graph.apply({ added: [], updated: [], removed: ["Réflexions/Nouvelle.md"] });
		expect(graph.backlinks(BRAND)).not.toContain("Réflexions/Nouvelle.md");
	});

	it("stay in step with the index when it is followed through its change events", async () => {
		const source = vault();
		const { index } = makeIndex(source);
		const graph = new LinkGraph(index);
		index.onChange((change) => graph.apply(change));
		await index.build();
		index.start();
		source.edit("Lectures/Expert Secrets.md", { frontmatter: { type: "book", horizon: "current" } });
		await settle();
		await settle();
		expect(graph.backlinks("Lectures/Expert Secrets.md")).toEqual(["Idées de marque/Penser une fois.md", "Journal/2024-02-22.md"]);
		expect(graph.unresolvedCount("Expert Secrets")).toBe(0);
	});
});

describe("the list of brand ideas", () => {
	it("puts the least replicated first, with its coverage", async () => {
		const source = vault().put("Idées de marque/Autre idée.md", { frontmatter: { type: "brand-idea" } });
		const { input } = await model(source);
		expect(brandIdeaList(input).map((b) => [b.title, b.covered, b.total])).toEqual([
			["Autre idée", 0, 8],
			["Penser une fois", 2, 8],
		]);
	});
});

describe("the links offered to build a brand idea", () => {
	it("are the note's links once each, resolved or not, with their kind, the alias shown", async () => {
		const { index } = await model(vault());
		const links = [
			{ target: "Expert Secrets", alias: "le livre de Brunson", subpath: null, resolved: false, resolvedPath: null },
			{ target: "Expert Secrets", alias: null, subpath: "#Ch. 1", resolved: false, resolvedPath: null },
			{ target: "Influence", alias: null, subpath: null, resolved: true, resolvedPath: "Lectures/Influence.md" },
			{ target: "", alias: null, subpath: "#Idées", resolved: true, resolvedPath: "Journal/2024-02-22.md" },
		];
		expect(linkChoices(links, "Journal/2024-02-22.md", index, DEFAULT_SETTINGS)).toEqual([
			{ target: "Expert Secrets", title: "le livre de Brunson", path: null, kind: "missing" },
			{ target: "Influence", title: "Influence", path: "Lectures/Influence.md", kind: "book" },
		]);
	});
});
