import { extractIdeaItems, MAX_IDEA_SECTION_CHARS, splitForParsing } from "../../../src/core/note/extract-idea-items";
import type { SourceHeading } from "../../../src/core/note/note-source";

const IDEA_HEADINGS = ["Idées de posts", "Idées", "Post ideas"];

/** Headings as the metadata cache gives them, found here with a simple scan of the test's own text. */
function split(text: string): { lines: string[]; headings: SourceHeading[] } {
	const lines = text.split("\n");
	const headings: SourceHeading[] = [];
	lines.forEach((line, index) => {
		const match = /^(#{1,6})\s+(.*)$/.exec(line);
		if (match?.[1] && match[2] !== undefined) headings.push({ heading: match[2], level: match[1].length, line: index });
	});
	return { lines, headings };
}

async function itemsOf(text: string): Promise<string[]> {
	const { lines, headings } = split(text);
	return (await extractIdeaItems(lines, headings, IDEA_HEADINGS)).items;
}

describe("extractIdeaItems", () => {
	it("takes the list items under an idea heading as plain text", async () => {
		const text = "# Journal\nintro\n## Idées de posts\n- Lire des **livres** sur le sujet\n- Répertorier [ce que vous savez](https://example.org)\n## Autre\n- pas une idée";
		expect(await itemsOf(text)).toEqual(["Lire des livres sur le sujet", "Répertorier ce que vous savez"]);
	});

	it("keeps wikilinks as written, so the idea still points at its book", async () => {
		expect(await itemsOf("## Idées\n- Relire [[Expert Secrets]] de Russell Brunson")).toEqual(["Relire [[Expert Secrets]] de Russell Brunson"]);
	});

	it("ignores paragraphs, and keeps nested items as details of their idea", async () => {
		const text = "## Idées de posts\nComment trouver des idées de marque ? Voici 3 méthodes :\n- Première idée\n  - un détail\n- Seconde idée";
		expect(await itemsOf(text)).toEqual(["Première idée", "Seconde idée"]);
	});

	it("matches the heading without regard to case or spacing", async () => {
		expect(await itemsOf("### idées  DE posts\n1. numérotée")).toEqual(["numérotée"]);
	});

	it("includes sub-sections and stops at the next heading of the same level", async () => {
		const text = "## Idées\n- a\n### Pour LinkedIn\n- b\n## Lectures\n- c";
		expect(await itemsOf(text)).toEqual(["a", "b"]);
	});

	it("reads task items and items in a callout", async () => {
		expect(await itemsOf("## Post ideas\n- [ ] écrire sur la vision\n> - dans une citation")).toEqual(["écrire sur la vision", "dans une citation"]);
	});

	it("returns nothing for a note without an idea heading", async () => {
		expect(await itemsOf("## Réflexions\n- pas ici")).toEqual([]);
	});

	it("skips an idea section too large to read, and says so", async () => {
		const text = `## Idées\n${"- idée\n".repeat(MAX_IDEA_SECTION_CHARS / 7 + 10)}`;
		const { lines, headings } = split(text);
		const result = await extractIdeaItems(lines, headings, IDEA_HEADINGS);
		expect(result.items).toEqual([]);
		expect(result.skipped).toEqual([{ heading: "Idées", size: expect.any(Number) as number }]);
	});

	it("reads a long section in pieces, yielding between them, and finds the same items as in one piece", async () => {
		const text = `## Idées\n${Array.from({ length: 400 }, (_, i) => `- Idée numéro ${i} sur la vision et la marque\n  suite de l'idée ${i}`).join("\n")}`;
		const { lines, headings } = split(text);
		let pauses = 0;
		const result = await extractIdeaItems(lines, headings, IDEA_HEADINGS, () => {
			pauses++;
			return Promise.resolve();
		});
		expect(pauses).toBeGreaterThan(3);
		expect(result.items).toHaveLength(400);
		expect(result.items[399]).toBe("Idée numéro 399 sur la vision et la marque suite de l'idée 399");
	});
});

describe("splitForParsing", () => {
	it("cuts only where a top-level list item starts, never inside a code fence", () => {
		const lines = ["- a", "  détail", "```", "- pas un élément", "```", "- b", "- c"];
		expect(splitForParsing(lines, 1).map((piece) => piece.join("\n"))).toEqual(["- a\n  détail\n```\n- pas un élément\n```", "- b", "- c"]);
	});
});
