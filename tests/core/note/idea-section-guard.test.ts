import { extractIdeaItems, splitForParsing } from "../../../src/core/note/extract-idea-items";
import { itemHead, MAX_DETAILS_CHARS, MAX_NESTING, MAX_PIECE_CHARS, nestingDepth, pieceProblem } from "../../../src/core/note/idea-section-guard";
import type { SourceHeading } from "../../../src/core/note/note-source";

const IDEA_HEADINGS = ["Idées de posts", "Idées", "Post ideas"];

/** A note whose idea section holds `section`, with a first idea before it and a second after it. */
async function read(section: string): Promise<Awaited<ReturnType<typeof extractIdeaItems>>> {
	const lines = ["## Idées de posts", "- Une idée avant le piège", "", ...section.split("\n"), "- Une idée après le piège", "## Après", "- pas une idée"];
	const headings: SourceHeading[] = [
		{ heading: "Idées de posts", level: 2, line: 0 },
		{ heading: "Après", level: 2, line: lines.length - 2 },
	];
	return extractIdeaItems(lines, headings, IDEA_HEADINGS);
}

describe("nestingDepth", () => {
	it("counts list and quote markers at the start of a line, and indentation as nesting", () => {
		expect(nestingDepth("- une idée")).toBe(1);
		expect(nestingDepth("> - une idée citée")).toBe(2);
		expect(nestingDepth("    - un détail")).toBe(3);
		expect(nestingDepth("1. 2) - x")).toBe(3);
		expect(nestingDepth("Une phrase - avec un tiret")).toBe(0);
	});

	it("stops counting once a line is known to be too deep, so a line of 100,000 markers is scanned at once", () => {
		expect(nestingDepth("- ".repeat(100_000))).toBe(MAX_NESTING + 1);
	});
});

describe("pieceProblem", () => {
	it("lets a real note's list through, and stops a deep or huge one", () => {
		expect(pieceProblem(["- Écrire sur la vision", "  - un détail", "    - un sous-détail"])).toBeNull();
		expect(pieceProblem([`${"> ".repeat(40)}- x`])).toBe("deep");
		expect(pieceProblem(["Une phrase. ".repeat(MAX_PIECE_CHARS / 10)])).toBe("large");
	});

	it("does not count what a code fence holds as nesting", () => {
		expect(pieceProblem(["```", "- ".repeat(100), "```"])).toBeNull();
	});
});

describe("itemHead", () => {
	it("is the item's own text, up to its first nested item or blank line", () => {
		expect(itemHead(["- Une idée", "  sur deux lignes", "  - un détail", "  - un autre"])).toEqual(["- Une idée", "  sur deux lignes"]);
	});
});

describe("splitForParsing", () => {
	it("also cuts where an unindented paragraph follows a blank line", () => {
		expect(splitForParsing(["Un paragraphe.", "", "Un autre.", "- a"], 1)).toEqual([["Un paragraphe.", ""], ["Un autre."], ["- a"]]);
	});
});

const titles = (result: Awaited<ReturnType<typeof extractIdeaItems>>): string[] => result.items.map((idea) => idea.title);

describe("extractIdeaItems on hostile sections", () => {
	it("skips a line of thousands of list markers with a warning, and keeps the ideas around it", async () => {
		const result = await read(`${"- ".repeat(8_000)}x`);
		expect(titles(result)).toEqual(["Une idée avant le piège", "Une idée après le piège"]);
		expect(result.guarded).toEqual([{ heading: "Idées de posts", reason: "deep", size: 16_002 }]);
	});

	it("skips 200 KB of quote markers", async () => {
		const result = await read(`${"> ".repeat(100_000)}- x`);
		expect(titles(result)).toEqual(["Une idée avant le piège", "Une idée après le piège"]);
		expect(result.guarded.map((part) => part.reason)).toEqual(["deep"]);
	});

	it("keeps the first level's idea of a list 500 levels deep, its first details as typed, and says the rest was left out", async () => {
		const deep = Array.from({ length: 500 }, (_, i) => `${"  ".repeat(i)}- niveau ${i}`).join("\n");
		const result = await read(deep);
		expect(titles(result)).toEqual(["Une idée avant le piège", "niveau 0", "Une idée après le piège"]);
		expect(result.items[1]?.details.slice(0, 3)).toEqual(["- niveau 1", "  - niveau 2", "    - niveau 3"]);
		expect(result.items[1]?.details.join("\n").length).toBeLessThanOrEqual(MAX_DETAILS_CHARS);
		expect(result.guarded).toEqual([{ heading: "Idées de posts", reason: "details", size: expect.any(Number) as number }]);
	});

	it("keeps an idea whose details are 250 KB of sub-items, without parsing them, its first 16 KB of details as typed", async () => {
		const result = await read(`- Une idée aux mille détails\n${"  - un détail de plus\n".repeat(11_000)}`);
		expect(titles(result)).toEqual(["Une idée avant le piège", "Une idée aux mille détails", "Une idée après le piège"]);
		const details = result.items[1]?.details ?? [];
		expect(new Set(details)).toEqual(new Set(["- un détail de plus"]));
		expect(details.length).toBe(Math.floor(MAX_DETAILS_CHARS / "- un détail de plus\n".length));
		expect(result.guarded.map((part) => part.reason)).toEqual(["details"]);
	});

	it("says that a paragraph of 250 KB whose first sentence never ends is too large to read, and takes its list with it", async () => {
		const result = await read("Une phrase qui ne finit jamais, ".repeat(8_000));
		expect(titles(result)).toEqual(["Une idée avant le piège"]);
		expect(result.guarded).toEqual([{ heading: "Idées de posts", reason: "large", size: 256_001 }]);
	});

	it("reads the idea of a paragraph of 250 KB from its first sentence, without parsing the rest", async () => {
		const result = await read(`Une phrase courte, et *juste*. ${"Une phrase qui ne finit jamais, ".repeat(8_000)}`);
		expect(result.items[1]).toEqual({ title: "Une phrase courte, et juste.", details: [], line: 3 });
		expect(result.guarded.map((part) => part.reason)).toEqual(["details"]);
	});

	it("skips, with a warning, a quoted item too large to read", async () => {
		const result = await read(`> - ${"Une idée qui ne finit jamais, ".repeat(200)}`);
		expect(titles(result)).toEqual(["Une idée avant le piège", "Une idée après le piège"]);
		expect(result.guarded.map((part) => part.reason)).toEqual(["large"]);
	});

	it("never takes the items of a long callout for ideas, reading it in pieces", async () => {
		const callout = ["> [!idea] Idées", ...Array.from({ length: 200 }, (_, i) => `> - Idée citée numéro ${i} : « Simplifier sans mentir »`)].join("\n");
		const result = await read(callout);
		expect(titles(result)).toEqual(["Une idée avant le piège", "Une idée après le piège"]);
		expect(result.guarded).toEqual([]);
	});

	it("reads ten thousand linked items, in pieces", async () => {
		const result = await read(Array.from({ length: 10_000 }, (_, i) => `- [[Note ${i}]]`).join("\n"));
		expect(result.items).toHaveLength(10_002);
		expect(result.items[5000]).toEqual({ title: "[[Note 4999]]", details: [], line: 5002 });
	});

	it("turns control characters into spaces: a NUL or an escape never reaches an idea nor its details", async () => {
		const result = await read("- Une idée\u0000 avec un NUL\n- Un échappement \u001b[31m rouge\n  - un\u0007 détail\n- Un\u0007 bip");
		expect(titles(result)).toEqual(["Une idée avant le piège", "Une idée avec un NUL", "Un échappement [31m rouge", "Un bip", "Une idée après le piège"]);
		expect(result.items[2]?.details).toEqual(["- un  détail"]);
	});
});
