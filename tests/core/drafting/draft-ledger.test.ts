import { DraftLedger } from "../../../src/core/drafting/draft-ledger";
import { MemorySource } from "../../helpers/memory-source";
import { makeIndex, settle } from "../../helpers/test-index";
import { draftExtractor } from "../../../src/core/drafting/draft-extractor";

const IDEA = "Idées/Le doute comme méthode.md";
const OTHER_IDEA = "Idées/Oser : « dire non ».md";

function idea(source: MemorySource, path: string): MemorySource {
	return source.put(path, { frontmatter: { type: "idea", status: "spark" } });
}

/** A draft whose `idea` is `value`; a link in it is given to the source as Obsidian would list it. */
function draft(source: MemorySource, path: string, value: unknown, extra: Record<string, unknown> = {}): MemorySource {
	const target = typeof value === "string" ? /^\[\[([^\]|]*)/.exec(value)?.[1] : undefined;
	return source.put(path, { frontmatter: { type: "draft", idea: value, format: "linkedin-post", status: "draft", ...extra }, links: target ? [{ link: target, original: value as string }] : [] });
}

async function ledgerOver(source: MemorySource): Promise<{ ledger: DraftLedger; index: ReturnType<typeof makeIndex>["index"] }> {
	const { index } = makeIndex(source, { extractors: [draftExtractor] });
	const ledger = new DraftLedger(index);
	await index.build();
	index.start();
	return { ledger, index };
}

const paths = (list: readonly { path: string }[]): string[] => list.map((d) => d.path);

describe("DraftLedger", () => {
	it("finds an idea's drafts from its side, by the resolved link or, unresolved, by base name", async () => {
		const source = idea(new MemorySource(), IDEA);
		draft(source, "Brouillons/Le doute — Post LinkedIn.md", "[[Le doute comme méthode]]");
		draft(source, "Brouillons/Le doute — Thread X.md", "Le doute comme méthode", { format: "x-thread" });
		draft(source, "Brouillons/Autre.md", "[[Une idée qui n'existe pas]]");
		const { ledger } = await ledgerOver(source);
		expect(paths(ledger.of(IDEA))).toEqual(["Brouillons/Le doute — Post LinkedIn.md", "Brouillons/Le doute — Thread X.md"]);
		expect(paths(ledger.all())).toHaveLength(3);
	});

	it("lists an idea's drafts in the order of their paths, whatever the order they were written in", async () => {
		const source = idea(new MemorySource(), IDEA);
		for (const name of ["Vidéo", "Article", "Newsletter"]) draft(source, `Brouillons/Le doute — ${name}.md`, "[[Le doute comme méthode]]");
		const { ledger } = await ledgerOver(source);
		expect(paths(ledger.of(IDEA))).toEqual(["Brouillons/Le doute — Article.md", "Brouillons/Le doute — Newsletter.md", "Brouillons/Le doute — Vidéo.md"]);
		draft(source, "Brouillons/Le doute — Conférence.md", "[[Le doute comme méthode]]").emit({ kind: "changed", path: "Brouillons/Le doute — Conférence.md" });
		await settle();
		expect(paths(ledger.of(IDEA))).toEqual(["Brouillons/Le doute — Article.md", "Brouillons/Le doute — Conférence.md", "Brouillons/Le doute — Newsletter.md", "Brouillons/Le doute — Vidéo.md"]);
	});

	it("attaches a draft whose hand-edited idea is a list to each idea it names", async () => {
		const source = idea(idea(new MemorySource(), IDEA), OTHER_IDEA);
		source.put("Brouillons/Les deux.md", { frontmatter: { type: "draft", idea: ["[[Le doute comme méthode]]", "Oser : « dire non »"] }, links: [{ link: "Le doute comme méthode", original: "[[Le doute comme méthode]]" }] });
		const { ledger } = await ledgerOver(source);
		expect(paths(ledger.of(IDEA))).toEqual(["Brouillons/Les deux.md"]);
		expect(paths(ledger.of(OTHER_IDEA))).toEqual(["Brouillons/Les deux.md"]);
	});

	it("follows drafts created, edited, renamed and deleted", async () => {
		const source = idea(new MemorySource(), IDEA);
		const { ledger } = await ledgerOver(source);
		expect(ledger.of(IDEA)).toEqual([]);
		draft(source, "Brouillons/D.md", "[[Le doute comme méthode]]");
		source.emit({ kind: "changed", path: "Brouillons/D.md" });
		await settle();
		expect(ledger.of(IDEA).map((d) => d.published)).toEqual([false]);
		draft(source, "Brouillons/D.md", "[[Le doute comme méthode]]", { status: "published", published: "2025-03-04" });
		source.emit({ kind: "changed", path: "Brouillons/D.md" });
		await settle();
		expect(ledger.of(IDEA).map((d) => d.published)).toEqual([true]);
		source.rename("Brouillons/D.md", "Brouillons/Publié.md");
		await settle();
		expect(paths(ledger.of(IDEA))).toEqual(["Brouillons/Publié.md"]);
		source.delete("Brouillons/Publié.md");
		await settle();
		expect(ledger.of(IDEA)).toEqual([]);
	});

	it("loses a renamed idea's drafts while their link names the old note, and finds them once the link names the new one", async () => {
		const source = idea(new MemorySource(), IDEA);
		draft(source, "Brouillons/D.md", "[[Le doute comme méthode]]");
		const { ledger } = await ledgerOver(source);
		const renamed = "Idées/Douter, une méthode.md";
		source.rename(IDEA, renamed);
		await settle();
		expect(ledger.of(renamed)).toEqual([]);
		expect(ledger.all()[0]?.ideas).toEqual([{ target: "Le doute comme méthode", path: null }]);
		// Obsidian rewrites the link when it renames a note (its "update links" setting): the draft follows.
		source.edit("Brouillons/D.md", { frontmatter: { type: "draft", idea: "[[Douter, une méthode]]" }, links: [{ link: "Douter, une méthode", original: "[[Douter, une méthode]]" }] });
		await settle();
		expect(paths(ledger.of(renamed))).toEqual(["Brouillons/D.md"]);
	});
});

describe("the index's warnings about drafts", () => {
	it("warns about a draft whose idea finds no note, or that names none, and not about the others", async () => {
		const source = idea(new MemorySource(), IDEA);
		draft(source, "Brouillons/Bon.md", "[[Le doute comme méthode]]");
		draft(source, "Brouillons/Texte.md", "Le doute comme méthode");
		draft(source, "Brouillons/Perdu.md", "[[Idée « perdue »]]");
		source.put("Brouillons/Sans idée.md", { frontmatter: { type: "draft", format: "talk" } });
		const { index } = makeIndex(source, { extractors: [draftExtractor] });
		await index.build();
		expect(index.warnings()).toEqual([
			{ path: "Brouillons/Perdu.md", message: 'The idea of this draft, "Idée « perdue »", is not a note of the vault: the draft counts in the stats but is on no card.' },
			{ path: "Brouillons/Sans idée.md", message: "This draft has no idea property: it counts in the stats but is on no card." },
		]);
	});

	it("drops the warning once the idea note exists", async () => {
		const source = new MemorySource();
		draft(source, "Brouillons/D.md", "[[Le doute comme méthode]]");
		const { index } = makeIndex(source, { extractors: [draftExtractor] });
		await index.build();
		index.start();
		expect(index.warnings()).toHaveLength(1);
		idea(source, IDEA).emit({ kind: "changed", path: IDEA });
		await settle();
		expect(index.warnings()).toEqual([]);
	});
});
