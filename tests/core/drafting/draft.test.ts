import { channelOf, toDraft } from "../../../src/core/drafting/draft";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";
import { makeRecord } from "../pipeline/make-record";

const IDEA = "Idées/Ce que m'a appris la conférence de Lyon : « douter ».md";
const link = (target: string, resolvedPath: string | null) => ({ target, alias: null, subpath: null, resolved: resolvedPath !== null, resolvedPath });

describe("toDraft", () => {
	it("reads a draft as the drafting commands write it, its idea link resolved through the record's links", () => {
		const record = makeRecord("Brouillons/Douter — Post LinkedIn.md", {
			properties: { type: "draft", idea: "[[Idées/Ce que m'a appris la conférence de Lyon : « douter »]]", format: "linkedin-post", channel: "LinkedIn", status: "draft", created: "2025-03-01T10:00" },
			links: [link("Idées/Ce que m'a appris la conférence de Lyon : « douter »", IDEA)],
			created: 1,
		});
		expect(toDraft(record)).toEqual({
			path: "Brouillons/Douter — Post LinkedIn.md",
			title: "Douter — Post LinkedIn",
			ideas: [{ target: "Idées/Ce que m'a appris la conférence de Lyon : « douter »", path: IDEA }],
			format: "linkedin-post",
			channel: "LinkedIn",
			published: false,
			publishedAt: null,
			created: 1,
			planned: null,
			reinvestedFrom: null,
			resultsRead: null,
		});
	});

	it("reads the draft a re-invested one was made from, through the record's links, or by the name it gives while it resolves to no note", () => {
		const reinvested = (properties: Record<string, unknown>, resolvedPath: string | null) =>
			toDraft(makeRecord("Brouillons/Douter — Thread X.md", { properties: { type: "draft", ...properties }, links: [link("Douter — Post LinkedIn", resolvedPath)] }))?.reinvestedFrom;
		expect(reinvested({ "reinvested-from": "[[Douter — Post LinkedIn]]" }, "Brouillons/Douter — Post LinkedIn.md")).toEqual({ target: "Douter — Post LinkedIn", path: "Brouillons/Douter — Post LinkedIn.md" });
		expect(reinvested({ "Reinvested-From": "[[Douter — Post LinkedIn]]" }, null)).toEqual({ target: "Douter — Post LinkedIn", path: null });
		expect(reinvested({}, null)).toBeNull();
	});

	it("reads when a draft is planned: a day, or a day and a time, of the calendar", () => {
		const planned = (value: unknown) => toDraft(makeRecord("B/p.md", { properties: { type: "draft", planned: value } }))?.planned;
		expect(planned("2026-12-08")).toEqual({ day: "2026-12-08", time: null });
		expect(planned("2026-12-08T09:30")).toEqual({ day: "2026-12-08", time: "09:30" });
		expect(planned(" 2026-12-08 9:30 ")).toEqual({ day: "2026-12-08", time: "09:30" });
		for (const value of ["2026-02-30", "08/12/2026", "demain", 20261208, null, undefined]) expect([value, planned(value)]).toEqual([value, null]);
	});

	it("keeps an idea link that resolves to no note, with no path", () => {
		const draft = toDraft(makeRecord("Brouillons/A.md", { properties: { type: "draft", idea: "[[Idées/Une idée disparue]]" }, links: [link("Idées/Une idée disparue", null)] }));
		expect(draft?.ideas).toEqual([{ target: "Idées/Une idée disparue", path: null }]);
	});

	it("reads plain text, the unquoted [[link]] YAML makes a list of, and a hand-edited list of several ideas", () => {
		const plain = toDraft(makeRecord("B/1.md", { properties: { type: "draft", idea: "Le doute comme méthode" } }));
		expect(plain?.ideas).toEqual([{ target: "Le doute comme méthode", path: null }]);
		const unquoted = toDraft(makeRecord("B/2.md", { properties: { type: "draft", idea: [["Le doute comme méthode"]] } }));
		expect(unquoted?.ideas.map((i) => i.target)).toEqual(["Le doute comme méthode"]);
		const list = toDraft(makeRecord("B/3.md", { properties: { type: "draft", idea: ["[[Le doute]]", "[[L'audace|oser]]", "[[Le doute]]"] } }));
		expect(list?.ideas.map((i) => i.target)).toEqual(["Le doute", "L'audace"]);
	});

	it("knows a published draft and its date, written the plugin's way or by hand in French", () => {
		const draft = toDraft(makeRecord("B/p.md", { properties: { type: "draft", status: "published", published: "2025-03-04" } }));
		expect(draft?.published).toBe(true);
		expect(draft?.publishedAt).toBe(new Date(2025, 2, 4).getTime());
		expect(toDraft(makeRecord("B/q.md", { properties: { type: "draft", status: "Publié" } }))?.published).toBe(true);
		expect(toDraft(makeRecord("B/r.md", { properties: { type: "draft", status: "draft", published: "pas encore" } }))).toMatchObject({ published: false, publishedAt: null });
	});

	it("is null for a note that is not a draft", () => {
		expect(toDraft(makeRecord("Idées/x.md", { properties: { type: "idea" } }))).toBeNull();
	});
});

describe("channelOf", () => {
	it("takes the draft's own channel, else its format's", () => {
		const own = toDraft(makeRecord("B/1.md", { properties: { type: "draft", format: "linkedin-post", channel: "Malt" } }));
		const inherited = toDraft(makeRecord("B/2.md", { properties: { type: "draft", format: "white-paper" } }));
		const unknown = toDraft(makeRecord("B/3.md", { properties: { type: "draft", format: "fanzine" } }));
		expect(own && channelOf(own, DEFAULT_FORMATS)).toBe("Malt");
		expect(inherited && channelOf(inherited, DEFAULT_FORMATS)).toBe("Website");
		expect(unknown && channelOf(unknown, DEFAULT_FORMATS)).toBeNull();
	});
});
