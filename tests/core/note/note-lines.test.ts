import { NoteLines } from "../../../src/core/note/note-lines";

describe("NoteLines", () => {
	it("numbers lines as the metadata cache does: after a BOM, LF and CRLF alike", () => {
		const lines = new NoteLines("\uFEFF---\r\ntags: [journal]\r\n---\n## Idées\n- Une idée\n");
		expect(lines.slice(0, 2)).toEqual(["---", "tags: [journal]"]);
		expect(lines.slice(3)).toEqual(["## Idées", "- Une idée", ""]);
	});

	it("gives what exists when asked past the end", () => {
		expect(new NoteLines("a\nb").slice(1, 10)).toEqual(["b"]);
		expect(new NoteLines("a\nb").slice(5)).toEqual([]);
	});

	it("gives the same lines as splitting the whole text", () => {
		const text = "un\r\ndeux\n\ntrois\r\n\r\nquatre";
		expect(new NoteLines(text).slice(0)).toEqual(text.split(/\r?\n/));
		expect(new NoteLines(text).slice(2, 4)).toEqual(text.split(/\r?\n/).slice(2, 4));
	});
});
