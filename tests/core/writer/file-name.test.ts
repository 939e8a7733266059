import { freeNotePath, toFileName } from "../../../src/core/writer/file-name";

describe("toFileName", () => {
	it("keeps an ordinary title as it is", () => {
		expect(toFileName("Les meilleures idées ne sont pas directement accessibles")).toBe("Les meilleures idées ne sont pas directement accessibles");
	});

	it("replaces each character file names cannot hold with a space and collapses the spaces", () => {
		expect(toFileName('a\\b/c:d*e?f"g<h>i|j#k^l[m]n')).toBe("a b c d e f g h i j k l m n");
		expect(toFileName("Pourquoi : la suite ?")).toBe("Pourquoi la suite");
	});

	it("replaces control characters and line breaks", () => {
		expect(toFileName("one\ntwo\tthree\u0000four\u007f")).toBe("one two three four");
	});

	it("trims spaces and dots at both ends so the note is neither hidden nor renamed by Windows", () => {
		expect(toFileName("  .hidden idea...  ")).toBe("hidden idea");
	});

	it("normalises to NFC", () => {
		expect(toFileName("cafe\u0301")).toBe("caf\u00e9");
	});

	it("returns an empty name when nothing usable is left", () => {
		expect(toFileName("")).toBe("");
		expect(toFileName("   ")).toBe("");
		expect(toFileName("[[#]]")).toBe("");
		expect(toFileName("...")).toBe("");
	});

	it("cuts long titles to the maximum length without splitting a character", () => {
		const name = toFileName(`${"a".repeat(99)}🙂🙂`);
		expect(Array.from(name)).toHaveLength(100);
		expect(name.endsWith("🙂")).toBe(true);
		expect(toFileName("abc def", 4)).toBe("abc");
	});

	it("keeps Windows device names usable", () => {
		expect(toFileName("CON")).toBe("CON_");
		expect(toFileName("nul")).toBe("nul_");
		expect(toFileName("Console")).toBe("Console");
	});
});

describe("freeNotePath", () => {
	it("returns the plain path when it is free", () => {
		expect(freeNotePath("Idées", "Idée", () => false)).toBe("Idées/Idée.md");
	});

	it("numbers the name from 2 while it is taken", () => {
		const taken = new Set(["Idées/Idée.md", "Idées/Idée 2.md"]);
		expect(freeNotePath("Idées", "Idée", (path) => taken.has(path))).toBe("Idées/Idée 3.md");
	});

	it("leaves case-insensitive collisions to the predicate", () => {
		const taken = new Set(["idées/idée.md"]);
		expect(freeNotePath("Idées", "Idée", (path) => taken.has(path.toLowerCase()))).toBe("Idées/Idée 2.md");
		expect(freeNotePath("Idées", "Idée", (path) => taken.has(path))).toBe("Idées/Idée.md");
	});

	it("writes notes at the vault root without a leading slash", () => {
		expect(freeNotePath("", "Idée", () => false)).toBe("Idée.md");
		expect(freeNotePath("/", "Idée", () => false)).toBe("Idée.md");
		expect(freeNotePath("/a/b/", "Idée", () => false)).toBe("a/b/Idée.md");
	});

	it("gives up instead of looping forever when every name is taken", () => {
		expect(() => freeNotePath("", "x", () => true)).toThrow(RangeError);
	});
});
