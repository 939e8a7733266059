import { lineOfItem } from "../../../src/core/pipeline/item-line";

const NOTE = [
	"---",
	"tags: [journal]",
	"---",
	"## Idées de posts",
	"- Simplifier sans mentir : la règle des trois exemples",
	"- Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]]",
	"  * **Le « bon » client** n'existe pas",
	"1. [ ] Écrire avant de savoir",
].join("\r\n");
const LIST_LINES = [4, 5, 6, 7];

describe("lineOfItem", () => {
	it("finds the line of a list item by its words, French punctuation included", () => {
		expect(lineOfItem(NOTE, LIST_LINES, "Simplifier sans mentir : la règle des trois exemples")).toBe(4);
	});

	it("reads a link as its display text and leaves markup, nesting, numbers and task boxes out", () => {
		expect(lineOfItem(NOTE, LIST_LINES, "Ce que m'a appris la conférence de Lyon")).toBe(5);
		expect(lineOfItem(NOTE, LIST_LINES, "Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]]")).toBe(5);
		expect(lineOfItem(NOTE, LIST_LINES, "Le « bon » client n'existe pas")).toBe(6);
		expect(lineOfItem(NOTE, LIST_LINES, "Écrire avant de savoir")).toBe(7);
	});

	it("finds nothing when the idea is no longer in the note", () => {
		expect(lineOfItem(NOTE, LIST_LINES, "Une idée effacée depuis")).toBeNull();
		expect(lineOfItem(NOTE, LIST_LINES, "Idées de posts")).toBeNull();
		expect(lineOfItem(NOTE, [], "Simplifier sans mentir : la règle")).toBeNull();
	});

	it("finds a paragraph's idea at the line the index read it at, or where it moved since", () => {
		const journal = ["## Idées de posts", "", "Comment trouver des idées de marque ? Voici 3 méthodes :", "- Lire des livres sur le sujet", "", "Les meilleures idées ne sont", "pas directement accessibles :", "- Aller dans le passé"].join("\n");
		expect(lineOfItem(journal, [3, 7], "Comment trouver des idées de marque ?", 2)).toBe(2);
		expect(lineOfItem(journal, [3, 7], "Les meilleures idées ne sont pas directement accessibles", 5)).toBe(5);
		// Two lines were written above it since it was read: the nearest line that starts with its words.
		expect(lineOfItem(`Une ligne\nUne autre\n${journal}`, [5, 9], "Comment trouver des idées de marque ?", 2)).toBe(4);
		expect(lineOfItem(journal, [3, 7], "Comment trouver des idées", 2)).toBeNull();
	});
});
