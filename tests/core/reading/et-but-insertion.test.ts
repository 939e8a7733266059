import { etButInsertion } from "../../../src/core/reading/et-but-insertion";
import { ET_BUT_BLOCK_TEMPLATE } from "../../../src/core/reading/reading-templates";

const fr = ET_BUT_BLOCK_TEMPLATE.text.fr;

describe("etButInsertion", () => {
	it("inserts the French block on an empty line and leaves the cursor after « Idée de l'auteur : »", () => {
		const { text, cursor } = etButInsertion(fr, { before: "", after: "", previousLine: "", nextLine: null });
		expect(text.startsWith("> [!et-but] ET et BUT\n> **Idée de l'auteur** : ")).toBe(true);
		expect(text).not.toContain("{{cursor}}");
		expect(text.slice(0, cursor)).toBe("> [!et-but] ET et BUT\n> **Idée de l'auteur** : ");
		expect(text.endsWith("> **Mon idée** : ")).toBe(true);
	});

	it("keeps a blank line between the block and text before or after it, so it never joins a quote above", () => {
		const mid = etButInsertion(fr, { before: "Lu ce matin", after: " la suite", previousLine: null, nextLine: null });
		expect(mid.text.startsWith("\n\n> [!et-but]")).toBe(true);
		expect(mid.text.endsWith(": \n\n")).toBe(true);
		const underQuote = etButInsertion(fr, { before: "", after: "", previousLine: "> **Mon idée** : déjà là", nextLine: null });
		expect(underQuote.text.startsWith("\n> [!et-but]")).toBe(true);
		expect(underQuote.text.slice(0, underQuote.cursor)).toBe("\n> [!et-but] ET et BUT\n> **Idée de l'auteur** : ");
	});

	it("writes the note's CRLF line ends, and puts the cursor at the end of the first line of a template without a mark", () => {
		const { text, cursor } = etButInsertion("> [!et-but] Mon bloc\n> **ET** :\n", { before: "", after: "", previousLine: null, nextLine: null }, "\r\n");
		expect(text).toBe("> [!et-but] Mon bloc\r\n> **ET** :");
		expect(cursor).toBe("> [!et-but] Mon bloc".length);
	});

	it("keeps a blank line between the block and a line right under it, which would join the callout", () => {
		const { text } = etButInsertion(fr, { before: "", after: "", previousLine: "# Notes", nextLine: "Suite du chapitre : « la peur »" });
		expect(text.startsWith("\n> [!et-but]")).toBe(true);
		expect(text.endsWith(": \n")).toBe(true);
	});
});
