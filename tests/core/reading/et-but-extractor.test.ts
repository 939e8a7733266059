import { MemorySource } from "../../helpers/memory-source";
import { makeIndex, MemoryCacheStore, settle } from "../../helpers/test-index";
import { etButBlocksOf, etButExtractor as extractorFor } from "../../../src/core/reading/et-but-extractor";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";
import type { BookNoteRule } from "../../../src/core/reading/is-book-note";

/** The extractor under the default books folder (Lectures) and tags. */
const etButExtractor = extractorFor(() => DEFAULT_SETTINGS);

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

	it("keeps and reads the notes the writer made book notes by folder or tag, typed or not, and leaves other notes unread", async () => {
		const text = BOOK.replace("---\ntype: book\n---\n", "");
		const source = new MemorySource()
			.put("Lectures/L'Almanach de Naval Ravikant.md", { frontmatter: { tags: ["lecture"] } }, `---\ntags: [lecture]\n---\n${text}`)
			.put("Lectures/Essais/Montaigne.md", {}, text)
			.put("Carnets/Sapiens.md", { inlineTags: ["#Livre/Histoire"] }, `${text}#Livre/Histoire\n`)
			.put("Carnets/Recette.md", {}, text)
			.put("Lectures/Idée tirée d'un livre.md", { frontmatter: { type: "idea", tags: ["lecture"] } }, text);
		const { index } = makeIndex(source, { extractors: [etButExtractor] });
		await index.build();
		expect(index.notes().map((r) => r.path)).toEqual(["Carnets/Sapiens.md", "Lectures/Essais/Montaigne.md", "Lectures/Idée tirée d'un livre.md", "Lectures/L'Almanach de Naval Ravikant.md"]);
		expect(source.reads.sort()).toEqual(["Carnets/Sapiens.md", "Lectures/Essais/Montaigne.md", "Lectures/L'Almanach de Naval Ravikant.md"]);
		expect(etButBlocksOf(index.get("Lectures/L'Almanach de Naval Ravikant.md")!).map((b) => b.mine)).toEqual(["Le doute est un outil"]);
		expect(index.watchedNotes()).toEqual([]);
	});

	it("reads the books again under new book tags or folder: a cache made with others is stale", async () => {
		let rule: BookNoteRule = DEFAULT_SETTINGS;
		const extractor = extractorFor(() => rule);
		const source = new MemorySource().put("Lectures/Le Doute.md", book, BOOK).put("Carnets/L'Essai.md", { frontmatter: { tags: ["essai"] } }, BOOK.replace("type: book", "tags: [essai]"));
		const store = new MemoryCacheStore();
		const first = makeIndex(source, { extractors: [extractor], cache: store }).index;
		await first.build();
		await first.saveCache();
		expect(first.get("Carnets/L'Essai.md")).toBeUndefined();
		expect(source.reads).toEqual(["Lectures/Le Doute.md"]);
		source.reads.length = 0;
		rule = { booksFolder: "Lectures", bookTags: ["essai"] };
		const next = makeIndex(source, { extractors: [extractor], cache: store }).index;
		await next.build();
		expect(etButBlocksOf(next.get("Carnets/L'Essai.md")!).map((b) => b.mine)).toEqual(["Le doute est un outil"]);
		expect(source.reads.sort()).toEqual(["Carnets/L'Essai.md", "Lectures/Le Doute.md"]);
	});
});
