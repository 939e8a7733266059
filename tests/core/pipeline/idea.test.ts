import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";
import { ideaTextOf, isIdeaRecord, propertyOf, sourceTitleOf, toIdea, withIdeaTag } from "../../../src/core/pipeline/idea";
import { baseNameOf, sourceTargetOf } from "../../../src/core/note/link-target";
import { makeRecord } from "./make-record";

const STAGES = DEFAULT_SETTINGS.stages;

describe("toIdea", () => {
	it("builds an idea from an idea note with a resolved source link", () => {
		const record = makeRecord("Idées/Écrire moins.md", {
			tags: ["idea"],
			created: 10,
			updated: 20,
			properties: { type: "idea", status: "think", source: "[[Journal 2024-03-01]]" },
			links: [{ target: "Journal 2024-03-01", alias: null, subpath: null, resolved: true, resolvedPath: "Journal/Journal 2024-03-01.md" }],
		});
		expect(toIdea(record, STAGES)).toEqual({
			path: "Idées/Écrire moins.md",
			title: "Écrire moins",
			text: "Écrire moins",
			status: { kind: "stage", key: "think" },
			created: 10,
			updated: 20,
			tags: ["idea"],
			sourceTarget: "Journal 2024-03-01",
			sourcePath: "Journal/Journal 2024-03-01.md",
			sourceBlock: null,
			origin: null,
			stageSince: null,
		});
	});

	it("reads the day a move brought it into its stage", () => {
		const record = makeRecord("Idées/Douter.md", { properties: { type: "idea", status: "spark", "stage-since": "2026-12-08" } });
		expect(toIdea(record, STAGES)?.stageSince).toBe(new Date(2026, 11, 8).getTime());
		expect(toIdea(makeRecord("Idées/x.md", { properties: { type: "idea", "stage-since": "la semaine dernière" } }), STAGES)?.stageSince).toBeNull();
	});

	it("reads where an idea comes from and the block of a book its source points at", () => {
		const record = makeRecord("Idées/Vendre.md", { properties: { type: "idea", origin: " Book ", source: "[[Expert Secrets#^et-but-3]]" } });
		expect(toIdea(record, STAGES)).toMatchObject({ origin: "book", sourceTarget: "Expert Secrets", sourceBlock: "et-but-3" });
		expect(toIdea(makeRecord("Idées/x.md", { properties: { type: "idea", origin: "rêve" } }), STAGES)?.origin).toBeNull();
	});

	it("returns null for a note that is not an idea", () => {
		expect(toIdea(makeRecord("a.md", { properties: { type: "book" } }), STAGES)).toBeNull();
		expect(toIdea(makeRecord("a.md"), STAGES)).toBeNull();
	});

	it("trusts the type the index recorded", () => {
		expect(isIdeaRecord(makeRecord("a.md", { type: "idea" }))).toBe(true);
		expect(isIdeaRecord(makeRecord("a.md", { type: "book", properties: { type: "idea" } }))).toBe(false);
	});

	it("recognises the type and property names in any case", () => {
		const record = makeRecord("a.md", { properties: { Type: "Idea", STATUS: "Brouillon" } });
		expect(isIdeaRecord(record)).toBe(true);
		expect(toIdea(record, STAGES)?.status).toEqual({ kind: "stage", key: "invest" });
		expect(isIdeaRecord(makeRecord("b.md", { properties: { type: ["idea"] } }))).toBe(true);
	});

	it("leaves the source path null when the link is unresolved", () => {
		const record = makeRecord("a.md", {
			properties: { type: "idea", source: "[[Gone]]" },
			links: [{ target: "Gone", alias: null, subpath: null, resolved: false, resolvedPath: null }],
		});
		const idea = toIdea(record, STAGES);
		expect(idea?.sourceTarget).toBe("Gone");
		expect(idea?.sourcePath).toBeNull();
	});

	it("matches the source link ignoring case when no link has the same text", () => {
		const record = makeRecord("a.md", {
			properties: { type: "idea", source: "[[journal]]" },
			links: [{ target: "Journal", alias: null, subpath: null, resolved: true, resolvedPath: "Journal.md" }],
		});
		expect(toIdea(record, STAGES)?.sourcePath).toBe("Journal.md");
	});

	it("reports a missing status as missing", () => {
		expect(toIdea(makeRecord("a.md", { properties: { type: "idea" } }), STAGES)?.status).toEqual({ kind: "missing" });
	});
});

describe("sourceTargetOf", () => {
	it.each([
		["[[Note]]", "Note"],
		["[[Folder/Note#Part|alias]]", "Folder/Note"],
		["[[Note^block]]", "Note"],
		["![[Note]]", "Note"],
		["[alias](Folder/My%20Note.md)", "Folder/My Note.md"],
		["[alias](<Folder/My Note.md#x>)", "Folder/My Note.md"],
		["Plain note name", "Plain note name"],
		[["[[Note]]", "[[Other]]"], "Note"],
		[[["Note"]], "Note"],
	])("reads %p as %p", (value, expected) => {
		expect(sourceTargetOf(value)).toBe(expected);
	});

	it.each([[null], [undefined], [""], ["[[]]"], [3], [{}]])("has no target for %p", (value) => {
		expect(sourceTargetOf(value)).toBeNull();
	});
});

describe("small helpers", () => {
	it("prefers the exact property name", () => {
		expect(propertyOf({ Status: "a", status: "b" }, "status")).toBe("b");
		expect(propertyOf({ Status: "a" }, "status")).toBe("a");
		expect(propertyOf({}, "status")).toBeUndefined();
	});

	it("takes base names from paths and link texts", () => {
		expect(baseNameOf("a/b/Note.md")).toBe("Note");
		expect(baseNameOf("Note")).toBe("Note");
		expect(baseNameOf("a/Note.MD")).toBe("Note");
	});

	it("names the source from its path, else its link text", () => {
		expect(sourceTitleOf({ sourcePath: "J/Day.md", sourceTarget: "x" })).toBe("Day");
		expect(sourceTitleOf({ sourcePath: null, sourceTarget: "J/Day" })).toBe("Day");
		expect(sourceTitleOf({ sourcePath: null, sourceTarget: null })).toBeNull();
	});
});

describe("the idea's own words", () => {
	const TITLE = `Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]] : « douter » et "oser"`;

	it("takes the idea's words from its title property and shows its links as their display text", () => {
		const record = makeRecord("Idées/Ce que m'a appris la conférence de Lyon douter et oser.md", { properties: { type: "idea", title: TITLE } });
		const idea = toIdea(record, STAGES);
		expect(idea?.text).toBe(TITLE);
		expect(idea?.title).toBe(`Ce que m'a appris la conférence de Lyon : « douter » et "oser"`);
	});

	it("keeps showing the file name of an idea note written before titles were kept", () => {
		expect(ideaTextOf(makeRecord("Idées/Simplifier sans mentir la règle des trois exemples.md", { properties: { type: "idea" } }))).toBe("Simplifier sans mentir la règle des trois exemples");
		expect(ideaTextOf(makeRecord("Idées/Vide.md", { properties: { type: "idea", title: "   " } }))).toBe("Vide");
		expect(toIdea(makeRecord("Idées/Vieille idée.md", { properties: { type: "idea" } }), STAGES)?.title).toBe("Vieille idée");
	});
});

describe("withIdeaTag", () => {
	it("shows idea, idée and the configured tag as the configured one, once", () => {
		expect(withIdeaTag(["idea", "méthode", "idée"], "idée")).toEqual(["idée", "méthode"]);
		expect(withIdeaTag(["idée", "idea/brouillon"], "idea")).toEqual(["idea", "idea/brouillon"]);
		expect(withIdeaTag(["pensée", "idea"], "#Pensée")).toEqual(["pensée"]);
	});

	it("merges the idea tags of the ideas the board shows, when given the setting", () => {
		const record = makeRecord("Idées/A.md", { tags: ["idea", "écriture"], properties: { type: "idea" } });
		expect(toIdea(record, STAGES, "idée")?.tags).toEqual(["idée", "écriture"]);
		expect(toIdea(record, STAGES)?.tags).toEqual(["idea", "écriture"]);
	});
});
