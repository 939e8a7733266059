import { isSafeBoundary, scanMarkdown, withoutComments } from "../../../src/core/note/markdown-scanner";
import { NoteLines } from "../../../src/core/note/note-lines";

const shapesOf = (lines: string[]) => scanMarkdown(lines);
const blocks = (lines: string[]) => shapesOf(lines).map((shape) => shape.block);

describe("MarkdownScanner", () => {
	it("reads the properties, a fence of either kind and any length, and closes a fence only with its own kind, long enough", () => {
		expect(blocks(["---", "titre: « Penser »", "---", "````md", "```", "~~~~", "````", "Texte"])).toEqual(["properties", "properties", "properties", "code", "code", "code", "code", null]);
		expect(blocks(["~~~", "```", "~~", "~~~ ", "après"])).toEqual(["code", "code", "code", "code", null]);
	});

	it("takes a --- that never closes for no properties, as Obsidian does", () => {
		expect(blocks(["---", "titre: x", "", "Texte"])).toEqual([null, null, null, null]);
	});

	it("reads math, tables, callouts with their lazy lines, and HTML blocks up to their end", () => {
		expect(blocks(["$$", "x^2", "$$", "| a | b |", "| --- | :-: |", "| 1 | 2 |", "", "> [!note] Titre", "> texte", "suite paresseuse", "", "<div>", "texte", "</div>", "", "<pre>", "", "</pre>"])).toEqual([
			"math", "math", "math", "table", "table", "table", null, "callout", "callout", "callout", null, "html", "html", "html", null, "html", "html", "html",
		]);
	});

	it("reads comments over lines, inline ones, and none inside a code span", () => {
		const lines = ["Texte <!-- début", "## pas un titre", "fin --> suite", "a %%b%% c `<!--` d"];
		const shapes = shapesOf(lines);
		expect(shapes.map((s) => [s.inComment, s.open])).toEqual([[false, true], [true, true], [true, false], [false, false]]);
		expect(shapes[1]?.hasText).toBe(false);
		expect(withoutComments(lines[2]!, shapes[2]!)).toBe(" suite");
		expect(withoutComments(lines[3]!, shapes[3]!)).toBe("a  c `<!--` d");
	});

	it("says where text may go between two lines: never inside a block or a comment, never above the properties", () => {
		const shapes = shapesOf(["---", "a: 1", "---", "| a |", "| - |", "Texte", "```", "code", "```"]);
		const safe = (b: number) => isSafeBoundary(shapes[b - 1] ?? null, shapes[b] ?? null);
		// "Texte" right under a table is one of its rows, as GitHub and Obsidian read it.
		expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(safe)).toEqual([false, false, false, true, false, false, true, false, false, true]);
	});

	it("reads a note's lines from NoteLines, a few thousand at a time, to its end", () => {
		const text = `\uFEFF---\r\na: 1\r\n---\r\n${"ligne\r\n".repeat(4500)}\`\`\`\r\ncode`;
		const shapes = scanMarkdown(new NoteLines(text));
		expect(shapes).toHaveLength(4505);
		expect(shapes[0]?.block).toBe("properties");
		expect(shapes.at(-1)).toMatchObject({ block: "code", open: true, openFrom: 4503 });
	});
});
