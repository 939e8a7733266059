import * as promotion from "../../../src/core/pipeline/promotion";
import { bookInboxItems, unharvestedBlocks } from "../../../src/core/reading/harvest";
import { ET_BUT_KEY } from "../../../src/core/reading/et-but-extractor";
import type { EtButBlock } from "../../../src/core/reading/et-but-blocks";
import { makeRecord } from "../pipeline/make-record";
import { readingShelf } from "../../../src/core/reading/reading-shelf";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";

function block(mine: string, id: string | null = null, from = 0): EtButBlock {
	return { idea: "L'idée", location: "", and: "", but: "", mine, labels: { and: "", but: "" }, id, from, to: from + 8, form: "callout" };
}

const BOOK = "Lectures/Expert Secrets.md";
const book = makeRecord(BOOK, {
	properties: { type: "book", horizon: "Contemporain" },
	extracts: { [ET_BUT_KEY]: { blocks: [block("Vendre une transformation, c'est la vivre", "et-but-1", 5), block(""), block("Raconter ses échecs : « d'abord »", null, 30)], unlabelled: [], tooLarge: [] } },
});

describe("unharvestedBlocks", () => {
	it("gives every filled block while none was promoted, and none of the empty ones", () => {
		expect(unharvestedBlocks(book, []).map((b) => b.index)).toEqual([0, 2]);
	});

	it("counts an idea for the block its source points at, even when the writer changed the idea's words", () => {
		const idea = { text: "Autre formulation", sourcePath: BOOK, sourceTarget: "Expert Secrets", sourceBlock: "et-but-1" };
		expect(unharvestedBlocks(book, [idea]).map((b) => b.index)).toEqual([2]);
	});

	it("counts an idea with the block's words from this book, and never one from another note", () => {
		const same = { text: "Raconter ses échecs : « d'abord »", sourcePath: BOOK, sourceTarget: "Expert Secrets", sourceBlock: null };
		const elsewhere = { text: "Vendre une transformation, c'est la vivre", sourcePath: "Journal/2024-02-22.md", sourceTarget: "2024-02-22", sourceBlock: null };
		expect(unharvestedBlocks(book, [same, elsewhere]).map((b) => b.index)).toEqual([0]);
	});
});

describe("bookInboxItems", () => {
	it("lists filled blocks of book notes only, with the book as source and its horizon as a key", () => {
		const journal = makeRecord("Journal/J.md", { properties: { tags: ["journal"] }, ideaItems: [{ title: "x", details: [], line: 5 }] });
		expect(bookInboxItems([journal, book], [], DEFAULT_SETTINGS)).toEqual([
			{ sourcePath: BOOK, sourceTitle: "Expert Secrets", text: "Vendre une transformation, c'est la vivre", book: { index: 0, line: 5, horizon: "contemporary" } },
			{ sourcePath: BOOK, sourceTitle: "Expert Secrets", text: "Raconter ses échecs : « d'abord »", book: { index: 2, line: 30, horizon: "contemporary" } },
		]);
	});
});

describe("readingShelf", () => {
	it("lists each book with its author, horizon, status and counts of blocks, filled ideas, promoted and waiting ones", () => {
		const read = makeRecord("Lectures/Le Prince.md", { properties: { type: "book", author: "Machiavel", horizon: "classic", status: "read" } });
		const idea = { text: "Autre", sourcePath: BOOK, sourceTarget: "Expert Secrets", sourceBlock: "et-but-1" };
		const bookWithAuthor = { ...book, properties: { ...book.properties, author: "Russell Brunson", status: "reading" } };
		expect(readingShelf([read, bookWithAuthor, makeRecord("Idées/x.md", { properties: { type: "idea" } })], [idea], DEFAULT_SETTINGS, "fr")).toEqual([
			{ path: BOOK, title: "Expert Secrets", author: "Russell Brunson", horizon: "contemporary", status: "reading", blocks: 3, filled: 2, promoted: 1, waiting: 1 },
			{ path: "Lectures/Le Prince.md", title: "Le Prince", author: "Machiavel", horizon: "classic", status: "read", blocks: 0, filled: 0, promoted: 0, waiting: 0 },
		]);
	});
});

describe("book notes the writer already had", () => {
	const naval = makeRecord("Lectures/L'Almanach de Naval Ravikant.md", {
		properties: { tags: ["lecture"], author: ["Eric Jorgenson", "Naval Ravikant"] },
		tags: ["lecture"],
		extracts: { [ET_BUT_KEY]: { blocks: [block("La richesse se construit en dormant", null, 6)], unlabelled: [], tooLarge: [] } },
	});
	const tagged = makeRecord("Carnets/Sapiens.md", { properties: { tags: ["livre"] }, tags: ["livre"] });
	const ideaInFolder = makeRecord("Lectures/Une idée tirée d'un livre.md", { properties: { type: "idea", tags: ["lecture"] }, tags: ["lecture"] });

	it("puts a book note by folder or tag on the shelf, with its authors, and leaves a typed idea in the books folder off it", () => {
		expect(readingShelf([naval, tagged, ideaInFolder], [], DEFAULT_SETTINGS, "fr").map((b) => [b.title, b.author, b.waiting])).toEqual([
			["L'Almanach de Naval Ravikant", "Eric Jorgenson, Naval Ravikant", 1],
			["Sapiens", null, 0],
		]);
	});

	it("gives its filled blocks to the Inbox, as a typed book's", () => {
		expect(bookInboxItems([naval, ideaInFolder], [], DEFAULT_SETTINGS).map((item) => [item.sourcePath, item.text])).toEqual([["Lectures/L'Almanach de Naval Ravikant.md", "La richesse se construit en dormant"]]);
	});
});

describe("the reading shelf of a large vault", () => {
	it("looks at each idea once, not once a book: 300 books and 3,000 ideas", () => {
		const books = Array.from({ length: 300 }, (_, n) =>
			makeRecord(`Lectures/Livre ${n}.md`, {
				properties: { type: "book" },
				extracts: { [ET_BUT_KEY]: { blocks: [block(`Une position à moi sur le livre ${n} : « répliquer »`, "et-but-1", 5), block(`Autre idée ${n}`, null, 30)], unlabelled: [], tooLarge: [] } },
			}),
		);
		const ideas = [
			...books.map((record, n) => ({ text: `Autre formulation ${n}`, sourcePath: record.path, sourceTarget: `Livre ${n}`, sourceBlock: "et-but-1" })),
			...books.map((_, n) => ({ text: `Autre idée ${n}`, sourcePath: null, sourceTarget: `Livre ${n}`, sourceBlock: null })),
			...Array.from({ length: 2_400 }, (_, n) => ({ text: `Idée du journal ${n}`, sourcePath: `Journal/${n}.md`, sourceTarget: `${n}`, sourceBlock: null })),
		];
		const checks = jest.spyOn(promotion, "isFromNote");
		const shelf = readingShelf(books, ideas, DEFAULT_SETTINGS, "fr");
		expect(shelf.map((b) => [b.promoted, b.waiting])).toEqual(books.map(() => [2, 0]));
		expect(checks.mock.calls.length).toBeLessThanOrEqual(books.length * 10);
		expect(bookInboxItems(books, ideas, DEFAULT_SETTINGS)).toEqual([]);
		expect(checks.mock.calls.length).toBeLessThanOrEqual(books.length * 20);
		checks.mockRestore();
	});
});
