import { harvestedIdeaDetails } from "../../../src/core/reading/harvested-idea-details";
import { parseEtButBlocks } from "../../../src/core/reading/et-but-blocks";
import { NoteLines } from "../../../src/core/note/note-lines";
import { bookAuthor } from "../../../src/core/reading/book-author";

const NAVAL = [
	"---",
	"tags: [lecture]",
	"author: Naval Ravikant",
	"---",
	"# L'Almanach de Naval Ravikant",
	"",
	"> [!et-but] ET et BUT",
	"> **Idée de l'auteur** : « Cherchez la richesse, pas l'argent ni le statut »",
	"> **Page ou chapitre** : ch. 1",
	">",
	"> **ET** : la richesse, ce sont des actifs qui gagnent pendant qu'on dort",
	">",
	"> **MAIS** : l'argent reste la façon dont on la mesure",
	">",
	"> **Mon idée** : Un post sur ce qui travaille pendant qu'on dort",
	"",
].join("\n");

async function firstBlock(text: string) {
	const { blocks } = await parseEtButBlocks(new NoteLines(text));
	return blocks[0]!;
}

describe("harvestedIdeaDetails", () => {
	it("keeps the author's words signed with the book's author and the chapter, then ET and MAIS under the writer's labels", async () => {
		expect(harvestedIdeaDetails(await firstBlock(NAVAL), "Naval Ravikant")).toBe(
			[
				"> « Cherchez la richesse, pas l'argent ni le statut »",
				"> — Naval Ravikant, ch. 1",
				"",
				"**ET** : la richesse, ce sont des actifs qui gagnent pendant qu'on dort",
				"",
				"**MAIS** : l'argent reste la façon dont on la mesure",
			].join("\n"),
		);
	});

	it("writes AND and BUT as an English block labels them, and But as typed", async () => {
		const block = await firstBlock("> [!et-but] AND and BUT\n> **Author's idea**: Wealth is assets that earn while you sleep\n>\n> **AND**: it compounds\n>\n> **But**: it takes years\n>\n> **My idea**: Start before you are ready\n");
		expect(harvestedIdeaDetails(block, "Naval Ravikant")).toBe("> Wealth is assets that earn while you sleep\n> — Naval Ravikant\n\n**AND**: it compounds\n\n**But**: it takes years");
	});

	it("signs the quote with the chapter alone when the book has no author, and leaves out the parts left empty", async () => {
		const block = await firstBlock(NAVAL.replace("> **ET** : la richesse, ce sont des actifs qui gagnent pendant qu'on dort", "> **ET** : "));
		expect(harvestedIdeaDetails(block, null)).toBe("> « Cherchez la richesse, pas l'argent ni le statut »\n> — ch. 1\n\n**MAIS** : l'argent reste la façon dont on la mesure");
	});

	it("keeps the author on a line of its own when the block quotes no words of the book", async () => {
		const block = await firstBlock("> [!et-but] ET et BUT\n> **MAIS** : pas pour tout le monde\n> **Mon idée** : Le levier a un prix\n");
		expect(harvestedIdeaDetails(block, "Naval Ravikant")).toBe("— Naval Ravikant\n\n**MAIS** : pas pour tout le monde");
	});
});

describe("bookAuthor", () => {
	it("reads the author as written, a link kept, several joined, and none when the property is empty or not text", () => {
		expect(bookAuthor({ properties: { author: " Naval Ravikant " } })).toBe("Naval Ravikant");
		expect(bookAuthor({ properties: { Author: "[[Naval Ravikant]]" } })).toBe("[[Naval Ravikant]]");
		expect(bookAuthor({ properties: { author: ["Eric Jorgenson", "", "Naval Ravikant"] } })).toBe("Eric Jorgenson, Naval Ravikant");
		expect(bookAuthor({ properties: { author: "" } })).toBeNull();
		expect(bookAuthor({ properties: { author: 1532 } })).toBeNull();
		expect(bookAuthor({ properties: {} })).toBeNull();
	});
});
