import { MemorySource } from "../../helpers/memory-source";
import { makeIndex, MemoryCacheStore, settle } from "../../helpers/test-index";
import { etButBlocksOf, etButExtractor } from "../../../src/core/reading/et-but-extractor";

const BOOK = "---\ntype: book\n---\n> [!et-but] ET et BUT\n> **Idée de l'auteur** : Douter\n> **Mon idée** : Le doute est un outil\n";
const book = { frontmatter: { type: "book" } };

describe("the ET/BUT extractor in the index", () => {
	it("parses the blocks of book notes only, and keeps them on the record", async () => {
		const source = new MemorySource().put("Lectures/Le Doute.md", book, BOOK).put("Journal/J.md", { frontmatter: { tags: ["journal"] } }, BOOK);
		const { index } = makeIndex(source, { extractors: [etButExtractor] });
		await index.build();
		expect(etButBlocksOf(index.get("Lectures/Le Doute.md")!).map((b) => b.mine)).toEqual(["Le doute est un outil"]);
		expect(etButBlocksOf(index.get("Journal/J.md")!)).toEqual([]);
		expect(source.reads).toEqual(["Lectures/Le Doute.md"]);
	});

	it("reads a book again only when it changed: a warm start takes its blocks from the cache", async () => {
		const source = new MemorySource().put("Lectures/Le Doute.md", book, BOOK).put("Lectures/Autre.md", book, BOOK.replace("Le doute", "L'autre"));
		const store = new MemoryCacheStore();
		const first = makeIndex(source, { extractors: [etButExtractor], cache: store }).index;
		await first.build();
		await first.saveCache();
		source.reads.length = 0;
		source.put("Lectures/Autre.md", book, BOOK.replace("Le doute", "Un autre"));
		const warm = makeIndex(source, { extractors: [etButExtractor], cache: store }).index;
		await warm.build();
		expect(source.reads).toEqual(["Lectures/Autre.md"]);
		expect(etButBlocksOf(warm.get("Lectures/Le Doute.md")!).map((b) => b.mine)).toEqual(["Le doute est un outil"]);
		expect(etButBlocksOf(warm.get("Lectures/Autre.md")!).map((b) => b.mine)).toEqual(["Un autre est un outil"]);
	});

	it("warns, never fails, about a block without labels, a book with broken properties, and a 5 MB book note", async () => {
		const huge = `---\ntype: book\n---\n${"Une ligne de notes de lecture.\n".repeat(170_000)}> [!et-but]\n> **Mon idée** : Au bout de 5 Mo\n`;
		const source = new MemorySource()
			.put("Lectures/Sans étiquettes.md", book, "---\ntype: book\n---\n> [!et-but] UND und ABER\n> **UND**: mehr\n")
			.put("Lectures/Cassé.md", { frontmatterError: "bad indentation" }, "---\ntype: book\n  author: [\n---\n> [!et-but]\n> **Mon idée** : x\n")
			.put("Lectures/Énorme.md", book, huge);
		const { index } = makeIndex(source, { extractors: [etButExtractor], translate: (await import("../../../src/core/i18n/translator")).translator("fr") });
		await index.build();
		await settle();
		const warnings = index.warnings();
		expect(warnings.find((w) => w.path === "Lectures/Sans étiquettes.md")?.message).toContain("n'a aucune des étiquettes ET, MAIS, Mon idée");
		expect(warnings.find((w) => w.path === "Lectures/Cassé.md")?.message).toContain("bad indentation");
		expect(etButBlocksOf(index.get("Lectures/Énorme.md")!).map((b) => b.mine)).toEqual(["Au bout de 5 Mo"]);
	});
});
