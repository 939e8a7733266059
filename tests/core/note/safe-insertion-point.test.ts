import { safeInsertionPoint } from "../../../src/core/note/safe-insertion-point";

const NOTE = [
	"---", // 0
	"type: book",
	"titre: « Le Prince »",
	"---",
	"# Le Prince", // 4
	"Lu ce matin, repensé à [[Expert Secrets|ES]].",
	"",
	"| Chapitre | Idée |", // 7
	"| --- | --- |",
	"| XVII | craint ou aimé |",
	"",
	"```js", // 11
	"const x = 1;",
	"```",
	"> [!note] Titre", // 14
	"> l'été",
	"",
	"%%", // 17
	"à revoir",
	"%%",
	"$$", // 20
	"x^2",
	"$$",
	"Fin du chapitre : « la peur ».", // 23
];

/** The point for a cursor put after `before` on line `line`. */
const at = (line: number, before: string) => safeInsertionPoint(NOTE, { line, ch: before.length });

describe("safeInsertionPoint", () => {
	it("keeps the cursor where the block cuts nothing: a blank line, the end of a paragraph, between two words", () => {
		expect(at(6, "")).toEqual({ line: 6, ch: 0, moved: null });
		expect(at(5, NOTE[5]!)).toEqual({ line: 5, ch: NOTE[5]!.length, moved: null });
		expect(at(5, "Lu ce matin,")).toEqual({ line: 5, ch: "Lu ce matin,".length, moved: null });
		expect(at(10, "")).toEqual({ line: 10, ch: 0, moved: null });
	});

	it.each([
		["the properties", 1, "type: bo", { line: 4, ch: 0, moved: "properties" }],
		["the properties' first line", 0, "---", { line: 4, ch: 0, moved: "properties" }],
		["a table row", 9, "| XVII |", { line: 10, ch: 0, moved: "table" }],
		["a table's header, at its end", 7, NOTE[7]!, { line: 10, ch: 0, moved: "table" }],
		["a code block", 12, "const", { line: 14, ch: 0, moved: "code" }],
		["a callout's line", 14, "> [!note]", { line: 16, ch: 0, moved: "callout" }],
		["an Obsidian comment", 18, "à re", { line: 20, ch: 0, moved: "comment" }],
		["math", 21, "x", { line: 23, ch: 0, moved: "math" }],
		["a word", 5, "Lu ce ma", { line: 6, ch: 0, moved: "line" }],
		["a heading", 4, "# Le", { line: 5, ch: 0, moved: "line" }],
		["the note's last word", 23, "Fin du chap", { line: 23, ch: NOTE[23]!.length, moved: "line" }],
	])("moves the block out of %s to the nearest line after it that cuts nothing", (_name, line, before, expected) => {
		expect(at(line, before)).toEqual(expected);
	});

	it("moves the block out of an inline comment or inline math, and out of a comment over lines", () => {
		const lines = ["Texte %%caché ici%% suite", "Avant $$x + y$$ après", "Début <!-- note", "sur deux lignes --> fin", "Suite"];
		expect(safeInsertionPoint(lines, { line: 0, ch: "Texte %%caché".length + 1 })).toEqual({ line: 1, ch: 0, moved: "comment" });
		expect(safeInsertionPoint(lines, { line: 1, ch: "Avant $$x +".length })).toEqual({ line: 2, ch: 0, moved: "math" });
		expect(safeInsertionPoint(lines, { line: 2, ch: "Début <!-- no".length })).toEqual({ line: 4, ch: 0, moved: "comment" });
		expect(safeInsertionPoint(lines, { line: 3, ch: "sur deux lignes --> fin".length })).toEqual({ line: 3, ch: "sur deux lignes --> fin".length, moved: null });
	});

	it("finds no place after a cursor inside a code block never closed, and says where it opened", () => {
		expect(safeInsertionPoint(["# Notes", "~~~", "code", "", "## Pas un titre"], { line: 2, ch: 2 })).toEqual({ openFrom: 1 });
	});
});
