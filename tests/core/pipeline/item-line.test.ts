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

	it("finds nothing when the item is no longer in the note, or on a line that is not a list item", () => {
		expect(lineOfItem(NOTE, LIST_LINES, "Une idée effacée depuis")).toBeNull();
		expect(lineOfItem(NOTE, LIST_LINES, "Idées de posts")).toBeNull();
		expect(lineOfItem(NOTE, [], "Simplifier sans mentir : la règle des trois exemples")).toBeNull();
	});
});
