import { parseLink } from "../../../src/core/note/parse-link";

describe("parseLink", () => {
	it("reads a plain wikilink", () => {
		expect(parseLink({ link: "Expert Secrets", displayText: "Expert Secrets", original: "[[Expert Secrets]]" })).toEqual({ target: "Expert Secrets", subpath: null, alias: null });
	});

	it("keeps the alias of [[Note|alias]]", () => {
		expect(parseLink({ link: "Note", displayText: "alias", original: "[[Note|alias]]" })).toEqual({ target: "Note", subpath: null, alias: "alias" });
	});

	it("splits a heading link, and does not take Obsidian's 'Note > Heading' display text for an alias", () => {
		expect(parseLink({ link: "Note#Heading", displayText: "Note > Heading", original: "[[Note#Heading]]" })).toEqual({ target: "Note", subpath: "#Heading", alias: null });
	});

	it("reads the text of a markdown link as its alias", () => {
		expect(parseLink({ link: "Note.md", displayText: "la note", original: "[la note](Note.md)" })).toEqual({ target: "Note.md", subpath: null, alias: "la note" });
	});

	it("falls back on the display text when the original is unknown", () => {
		expect(parseLink({ link: "Note", displayText: "autre" })).toEqual({ target: "Note", subpath: null, alias: "autre" });
	});
});
