import { comparableText, foldedText, wordsText } from "../../../src/core/text/comparable-text";

describe("comparableText", () => {
	it("reads a decomposed accent (as macOS writes names), other case and extra spaces as the same words", () => {
		expect(comparableText("  Le  piège de L\u2019E\u0301xpertise ")).toBe(comparableText("le piège de l\u2019Éxpertise"));
	});

	it("keeps accents apart: « à creuser » is not « a creuser »", () => {
		expect(comparableText("À creuser")).not.toBe(comparableText("A creuser"));
	});
});

describe("foldedText", () => {
	it("lets a writer who types without accents find an accented title", () => {
		expect(foldedText("Idée : « Simplifier sans mentir »")).toContain(foldedText("idee"));
		expect(foldedText("Réflexions")).toBe("reflexions");
	});
});

describe("wordsText", () => {
	it("reads the headings a writer types as the same words: punctuation, emoji, markup, case and accents aside", () => {
		const headings = ["Idées de posts :", "💡 Idées de posts", "**Idées** de posts", "idees de posts", "Idées de posts…", "IDÉES  DE  POSTS", "_Idées_ de `posts`"];
		expect(new Set(headings.map(wordsText))).toEqual(new Set(["idees de posts"]));
	});

	it("keeps the words apart: « Idées » is not « Idées de posts »", () => {
		expect(wordsText("## Idées")).not.toBe(wordsText("Idées de posts"));
	});
});
