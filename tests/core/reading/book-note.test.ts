import { parse } from "yaml";
import { bookNoteName, renderBookNote } from "../../../src/core/reading/book-note";
import { parseHorizon } from "../../../src/core/reading/book-horizon";

describe("bookNoteName", () => {
	it("names the note exactly after the title, so that [[Expert Secrets]] resolves wherever it is written", () => {
		expect(bookNoteName("  Expert   Secrets ")).toEqual({ fileName: "Expert Secrets", alias: null, linkResolves: true });
		expect(bookNoteName("L'Art de la guerre")).toEqual({ fileName: "L'Art de la guerre", alias: null, linkResolves: true });
	});

	it("gives a title with characters no file name may hold a safe name and the title as an alias, and says links to it cannot resolve", () => {
		const name = bookNoteName("Thinking: Fast and Slow");
		expect(name.alias).toBe("Thinking: Fast and Slow");
		expect(name.linkResolves).toBe(false);
		expect(name.fileName).not.toMatch(/[\\/:*?"<>|]/);
	});
});

describe("renderBookNote", () => {
	it("writes type, author, year as a number, horizon key, status and started, the ISBN as text and the alias", () => {
		const text = renderBookNote({ title: "Thinking: Fast and Slow", author: "Daniel Kahneman", year: "2011", horizon: "contemporary", isbn: "0374275637", started: new Date("2026-12-01T10:00:00Z"), alias: "Thinking: Fast and Slow", body: "# Thinking: Fast and Slow\n" });
		expect(text).toBe('---\ntype: book\nauthor: Daniel Kahneman\nyear: 2011\nhorizon: contemporary\nstatus: reading\nstarted: 2026-12-01\nisbn: "0374275637"\naliases:\n  - "Thinking: Fast and Slow"\n---\n# Thinking: Fast and Slow\n');
	});

	it("writes what the writer typed as text: Templater code in the title or the author cannot run in the new note", () => {
		const text = renderBookNote({ title: "<%* tR = 'x' %>", author: "<% tp.user.nom() %>", year: "<%1%>", horizon: "classic", isbn: "<%2%>", started: new Date("2026-12-01T10:00:00Z"), alias: "<%* tR = 'x' %>", body: "# Le livre\n" });
		expect(text.match(/<%/g)).toBeNull();
		expect(parse(text.split("---\n")[1]!)).toMatchObject({ author: "<\u2060% tp.user.nom() %>", year: "<\u2060%1%>", isbn: "<\u2060%2%>", aliases: ["<\u2060%* tR = 'x' %>"] });
	});
});

describe("parseHorizon", () => {
	it("reads the key or a label in either language", () => {
		expect(["classic", "Classique", "Contemporaine", "ACTUEL", "Current", "vieux", 3].map(parseHorizon)).toEqual(["classic", "classic", "contemporary", "current", "current", null, null]);
	});
});
