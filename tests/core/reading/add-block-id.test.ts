import { addBlockId, freeBlockId } from "../../../src/core/reading/add-block-id";

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

describe("freeBlockId", () => {
	it("numbers the block by its place, skipping ids the writer already used", () => {
		expect(freeBlockId([{ id: null }, { id: null }], 1)).toBe("et-but-2");
		expect(freeBlockId([{ id: "et-but-2" }, { id: null }, { id: "et-but-3" }], 1)).toBe("et-but-4");
	});
});
