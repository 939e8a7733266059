import { addBlockId, freeBlockId } from "../../../src/core/reading/add-block-id";
import { parseEtButBlocks } from "../../../src/core/reading/et-but-blocks";
import { NoteLines } from "../../../src/core/note/note-lines";
import { StudioError } from "../../../src/core/i18n/studio-error";

const callout = "---\ntype: book\n---\n> [!et-but]\n> **Mon idée** : Douter\n\n## Suite\n";

describe("addBlockId", () => {
	it("adds the id on its own line after a callout, changing no other byte", () => {
		const after = addBlockId(callout, 4, "et-but-1", "callout");
		expect(after).toBe("---\ntype: book\n---\n> [!et-but]\n> **Mon idée** : Douter\n\n^et-but-1\n\n## Suite\n");
		expect(after?.replace("\n^et-but-1\n", "")).toBe(callout);
	});

	it("keeps CRLF line ends and a BOM", () => {
		const text = `\uFEFF${callout.replace(/\n/g, "\r\n")}`;
		expect(addBlockId(text, 4, "et-but-1", "callout")).toBe(`\uFEFF${"---\ntype: book\n---\n> [!et-but]\n> **Mon idée** : Douter\n\n^et-but-1\n\n## Suite\n".replace(/\n/g, "\r\n")}`);
	});

	it("puts blank lines around the id when text follows the callout at once, or when the note ends there", () => {
		expect(addBlockId("> **ET** : a\n> **Mon idée** : b\nTexte", 1, "et-but-2", "callout")).toBe("> **ET** : a\n> **Mon idée** : b\n\n^et-but-2\n\nTexte");
		expect(addBlockId("> **Mon idée** : b", 0, "et-but-2", "callout")).toBe("> **Mon idée** : b\n\n^et-but-2");
	});

	it("adds the id at the end of the last line of a block written with headings", () => {
		expect(addBlockId("### Idée\r\nMon idée : x\r\n\r\n## Suite", 1, "et-but-3", "heading")).toBe("### Idée\r\nMon idée : x ^et-but-3\r\n\r\n## Suite");
	});

	it("refuses a line that is not there or blank (the note changed since it was read)", () => {
		expect(addBlockId("a\nb\n", 5, "x", "heading")).toBeNull();
		expect(addBlockId("a\n\nb\n", 1, "x", "callout")).toBeNull();
	});
});

describe("addBlockId after a block that ends in code, a table, math or HTML", () => {
	const book = (...tail: string[]) => ["---", "type: book", "---", "### Idée : Le doute est un outil", "**ET** : il se partage", "**MAIS** : il paralyse", "Mon idée : Écrire court", ...tail, "", "## Suite", ""].join("\n");

	it.each([
		["a closing fence", ["```js", "const x = 1;", "```"]],
		["a table row", ["| Jour | Mots |", "| --- | --- |", "| lundi | 300 |"]],
		["a closing $$", ["$$", "x^2", "$$"]],
		["</div>", ["<div>", "texte", "</div>"]],
		["a comment's end", ["<!--", "à revoir", "-->"]],
	])("puts the id on its own line after %s, between blank lines, never on that line", async (_name, tail) => {
		const text = book(...tail);
		const block = (await parseEtButBlocks(new NoteLines(text))).blocks[0]!;
		expect(block.to).toBe(6 + tail.length);
		const after = addBlockId(text, block.to, "et-but-1", block.form);
		expect(after).toBe(text.replace("\n\n## Suite", "\n\n^et-but-1\n\n## Suite"));
		const again = (await parseEtButBlocks(new NoteLines(after!))).blocks;
		expect(again).toMatchObject([{ mine: "Écrire court", id: "et-but-1" }]);
	});

	it("refuses a block that ends inside a code block never closed, where no id is read", async () => {
		const text = book("```js", "const x = 1;");
		const block = (await parseEtButBlocks(new NoteLines(text))).blocks[0]!;
		expect(() => addBlockId(text, block.to, "et-but-1", block.form)).toThrow(StudioError);
	});
});

describe("freeBlockId", () => {
	it("numbers the block by its place, skipping ids the writer already used", () => {
		expect(freeBlockId([{ id: null }, { id: null }], 1)).toBe("et-but-2");
		expect(freeBlockId([{ id: "et-but-2" }, { id: null }, { id: "et-but-3" }], 1)).toBe("et-but-4");
	});
});
