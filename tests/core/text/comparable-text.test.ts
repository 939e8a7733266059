import { comparableText, foldedText } from "../../../src/core/text/comparable-text";

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
