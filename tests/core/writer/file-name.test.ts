import { freeNotePath, MAX_NAME_BYTES, toFileName } from "../../../src/core/writer/file-name";

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

	it("escapes a Windows device name followed by any extension, in its superscript forms, and the console's", () => {
		expect(toFileName("CON.txt")).toBe("CON_.txt");
		expect(toFileName("nul.idea")).toBe("nul_.idea");
		expect(toFileName("aux .draft")).toBe("aux_.draft");
		expect(toFileName("COM¹")).toBe("COM¹_");
		expect(toFileName("LPT²")).toBe("LPT²_");
		expect(toFileName("lpt³.md")).toBe("lpt³_.md");
		expect(toFileName("CONIN$")).toBe("CONIN$_");
		expect(toFileName("conout$.log")).toBe("conout$_.log");
		expect(toFileName("COM0")).toBe("COM0_");
		expect(toFileName("CON idées.txt")).toBe("CON idées.txt");
		expect(toFileName("Connexion.txt")).toBe("Connexion.txt");
	});

	it("removes invisible and bidirectional control characters, so a name cannot look like another", () => {
		expect(toFileName("Id\u200bée")).toBe("Idée");
		expect(toFileName("facture\u202egpj.exe")).toBe("facturegpj.exe");
		expect(toFileName("ré\u00adflexion")).toBe("réflexion");
		expect(toFileName("\u2066Idée\u2069 \u200e:\u200f suite\ufeff")).toBe("Idée suite");
		expect(toFileName("\u200b\u2060\u3164")).toBe("");
	});

	it("keeps the joiners that make an emoji sequence one picture", () => {
		const family = "👨\u200d👩\u200d👧";
		const scotland = "🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}";
		expect(toFileName(`Famille ${family} ${scotland}`)).toBe(`Famille ${family} ${scotland}`);
		expect(toFileName("a\u200db")).toBe("ab");
	});

	it("keeps a name of 300 CJK characters or emoji within 255 bytes with its number and .md", () => {
		const bytes = (name: string) => new TextEncoder().encode(`${name} 10000.md`).length;
		const cjk = toFileName("思".repeat(300), 300);
		expect(bytes(cjk)).toBeLessThanOrEqual(MAX_NAME_BYTES);
		expect(cjk).toBe("思".repeat(82));
		const emoji = toFileName("🙂".repeat(300), 300);
		expect(bytes(emoji)).toBeLessThanOrEqual(MAX_NAME_BYTES);
		expect(toFileName("思".repeat(300))).toBe("思".repeat(82));
	});

	it("cuts a long name between emoji sequences, never inside one", () => {
		const family = "👨\u200d👩\u200d👧\u200d👦";
		const name = toFileName(family.repeat(40));
		expect(name).toBe(family.repeat(9));
		const flags = toFileName(`a${"🇫🇷".repeat(100)}`);
		expect(flags).toBe(`a${"🇫🇷".repeat(30)}`);
		expect(toFileName(`${"e\u0301".repeat(99)}e\u0301e\u0301`)).toBe("\u00e9".repeat(100));
	});

	it("cuts a long name at a word when one ends near the limit", () => {
		const title = "Simplifier sans mentir la règle des trois exemples ".repeat(6);
		const name = toFileName(title);
		expect(title.startsWith(name)).toBe(true);
		expect(title[name.length]).toBe(" ");
		expect(Array.from(name).length).toBeLessThanOrEqual(100);
		expect(toFileName(`${"a".repeat(90)} ${"b".repeat(20)}`)).toBe("a".repeat(90));
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

describe("toFileName on the titles of a large vault", () => {
	it("names an ordinary title without cutting it into characters one by one, which is slow", () => {
		const segment = jest.spyOn(Intl.Segmenter.prototype, "segment");
		expect(toFileName("Une position à moi : « penser une fois, répliquer » (chapitre 3)")).toBe("Une position à moi « penser une fois, répliquer » (chapitre 3)");
		expect(segment).not.toHaveBeenCalled();
		expect(toFileName("Idée\u200b cachée")).toBe("Idée cachée");
		expect(segment).toHaveBeenCalled();
		segment.mockRestore();
	});
});
