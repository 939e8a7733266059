import { parse } from "yaml";
import { readFrontmatter } from "../../../src/core/writer/read-frontmatter";
import { FrontmatterEditError } from "../../../src/core/writer/frontmatter-edit-error";

function refusal(note: string): { code: string; line: number | null } | null {
	try {
		readFrontmatter(note, parse);
	} catch (error) {
		if (error instanceof FrontmatterEditError) return { code: error.code, line: error.line };
		throw error;
	}
	return null;
}

describe("readFrontmatter", () => {
	it("reads the properties and where each one stands", () => {
		const read = readFrontmatter("\uFEFF---\r\ntitle: « Penser une fois »\r\ntags:\r\n  - idée\r\n---\r\nCorps\r\n", parse);
		expect(read.properties).toEqual({ title: "« Penser une fois »", tags: ["idée"] });
		expect(read.entries.map((entry) => [entry.key, entry.line])).toEqual([["title", 1], ["tags", 2]]);
	});

	it("reads no properties in a note without a block", () => {
		expect(readFrontmatter("Du texte : « sans propriétés ».\n---\n", parse)).toEqual({ properties: {}, entries: [] });
	});

	it.each([
		["a --- with spaces after it", "--- \ntitle: x\n--- \nCorps\n", "spacedDelimiter", 1],
		["a closing --- with a tab after it", "---\ntitle: x\n---\t\nCorps\n", "spacedDelimiter", 3],
		["a block closed by ...", "---\ntitle: x\n...\nCorps\n---\n", "dotsClosing", 3],
		["a block never closed", "---\ntitle: x\nCorps\n", "unclosed", 1],
		["a lone CR", "---\ntitle: x\rtags: y\n---\n", "lineBreak", 2],
		["a key written twice", "---\ntitle: a\ntags: [x]\ntitle: b\n---\n", "duplicateKey", 4],
		["a flow list left open", "---\ntags: [x\n---\n", "unparseable", 2],
		["an alias without its anchor", "---\ntitle: *a\n---\n", "invalidYaml", null],
	])("refuses %s, naming the line", (_name, note, code, line) => {
		expect(refusal(note)).toEqual({ code, line });
	});
});
