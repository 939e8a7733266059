import { buildReuseGrid, ANY_IDEA, draftCell, type ReuseFilter } from "../../../src/core/reuse/reuse-grid";
import { cellTexts } from "../../../src/core/reuse/cell-text";
import { toDraft, type Draft } from "../../../src/core/drafting/draft";
import { toIdea, type Idea } from "../../../src/core/pipeline/idea";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";
import { OTHER_LANE_KEY } from "../../../src/core/pipeline/board-model";
import { translator } from "../../../src/core/i18n/translator";
import { makeRecord } from "../pipeline/make-record";

// Wednesday 12 March 2025, noon: the clock the cells' dates are written against.
const NOW = new Date(2025, 2, 12, 12, 0).getTime();
const STAGES = DEFAULT_SETTINGS.stages;
const BRAND = "Idées de marque/Penser une fois.md";

function ideaOf(path: string, properties: Record<string, unknown>, tags: string[] = []): Idea {
	const idea = toIdea(makeRecord(path, { tags, properties: { type: "idea", ...properties } }), STAGES);
	if (!idea) throw new Error("not an idea");
	return idea;
}

function draftOf(path: string, properties: Record<string, unknown>, created: number | null = null): Draft {
	const draft = toDraft(makeRecord(path, { created, properties: { type: "draft", ...properties } }));
	if (!draft) throw new Error("not a draft");
	return draft;
}

const DOUTE = "Idées/Le doute rend crédible.md";
const IDEE_2 = "Idées/Idée n°2.md";
const IDEE_10 = "Idées/Idée n°10.md";
const BIZARRE = "Idées/Bizarre.md";
const ideas = [
	ideaOf(DOUTE, { status: "spark", title: "Le doute : « ce qui rend crédible »" }, ["clients/pme", "écriture"]),
	ideaOf(IDEE_10, { status: "invest" }, ["écriture"]),
	ideaOf(IDEE_2, { status: "spark" }),
	ideaOf(BIZARRE, { status: "peut-être" }, ["clients"]),
];
const drafts: Record<string, Draft[]> = {
	[DOUTE]: [
		draftOf("B/Le doute — Post LinkedIn.md", { format: "linkedin-post", status: "draft" }, new Date(2025, 2, 1).getTime()),
		draftOf("B/Le doute — Post LinkedIn 2.md", { format: "linkedin-post", status: "published", published: "2025-03-03" }, new Date(2025, 1, 1).getTime()),
		draftOf("B/Le doute — Thread X.md", { format: "x-thread", status: "draft" }, new Date(2024, 11, 24).getTime()),
		draftOf("B/Le doute — Fanzine.md", { format: "fanzine", status: "draft" }),
	],
	[IDEE_10]: [draftOf("B/Idée n°10 — Conférence.md", { format: "talk", status: "published" })],
};

const grid = (filter: Partial<ReuseFilter> = {}, tiedTo: (idea: string, brand: string) => boolean = () => false) =>
	buildReuseGrid({ ideas, draftsOf: (path) => drafts[path] ?? [], formats: DEFAULT_FORMATS, stages: STAGES, language: "fr", filter: { ...ANY_IDEA, ...filter }, tiedTo });

describe("the re-use grid of ideas against formats", () => {
	it("has one column per format, in the setting's order and the writer's language, and the ideas by title, naturally", () => {
		const built = grid();
		expect(built.columns.map((c) => c.label).slice(0, 3)).toEqual(["Post LinkedIn", "Thread X", "Post Facebook"]);
		expect(built.columns).toHaveLength(15);
		expect(built.rows.map((r) => r.title)).toEqual(["Bizarre", "Idée n°2", "Idée n°10", "Le doute : « ce qui rend crédible »"]);
		expect(built.rows.map((r) => r.stage)).toEqual([OTHER_LANE_KEY, "spark", "invest", "spark"]);
		expect(built.total).toBe(4);
		expect(built.tags).toEqual(["clients", "clients/pme", "écriture"]);
	});

	it("says in each cell whether the idea has a publication or a draft in that format, the publication first, with its date", () => {
		const doute = grid().rows.find((r) => r.path === DOUTE)!;
		const cell = (key: string) => doute.cells.find((c) => c.key === key);
		expect(cell("linkedin-post")).toEqual({ key: "linkedin-post", state: "published", path: "B/Le doute — Post LinkedIn 2.md", date: new Date(2025, 2, 3).getTime(), count: 2 });
		expect(cell("x-thread")).toEqual({ key: "x-thread", state: "draft", path: "B/Le doute — Thread X.md", date: new Date(2024, 11, 24).getTime(), count: 1 });
		expect(cell("talk")).toEqual({ key: "talk", state: "empty", path: null, date: null, count: 0 });
		// A draft of a format the setting does not list is in no column.
		expect(doute.cells.map((c) => c.key)).not.toContain("fanzine");
	});

	it("keeps the ideas of a stage (the Other stage too), of a tag (nested tags included), and those tied to a brand idea", () => {
		expect(grid({ stage: "spark" }).rows.map((r) => r.path)).toEqual([IDEE_2, DOUTE]);
		expect(grid({ stage: OTHER_LANE_KEY }).rows.map((r) => r.path)).toEqual([BIZARRE]);
		expect(grid({ tag: "#clients" }).rows.map((r) => r.path)).toEqual([BIZARRE, DOUTE]);
		const tied = grid({ brand: BRAND }, (idea, brand) => idea === IDEE_10 && brand === BRAND);
		expect(tied.rows.map((r) => r.path)).toEqual([IDEE_10]);
		expect(tied.total).toBe(4);
		expect(grid({ stage: "spark", tag: "écriture" }).rows.map((r) => r.path)).toEqual([DOUTE]);
	});

	it("shows the last written of several drafts, and a dated publication before an undated one", () => {
		const a = draftOf("B/a.md", { format: "talk", status: "draft" }, 1000);
		const b = draftOf("B/b.md", { format: "talk", status: "draft" }, 3000);
		const undated = draftOf("B/c.md", { format: "talk", status: "published" });
		const dated = draftOf("B/d.md", { format: "talk", status: "published", published: "2025-01-05" });
		expect(draftCell("talk", [a, b]).path).toBe("B/b.md");
		expect(draftCell("talk", [b, a]).path).toBe("B/b.md");
		expect(draftCell("talk", [undated, dated, b]).path).toBe("B/d.md");
		expect(draftCell("talk", [undated, b])).toMatchObject({ state: "published", path: "B/c.md", date: null, count: 2 });
	});
});

describe("the words of a cell", () => {
	it("says a draft or a publication and its day, the year only when it is not this year's, and how many more there are", () => {
		const fr = cellTexts(translator("fr"), "fr", NOW);
		const doute = grid().rows.find((r) => r.path === DOUTE)!;
		expect(doute.cells.slice(0, 3).map(fr)).toEqual(["Publié · 3 mars (+1)", "Brouillon · 24 déc. 2024", ""]);
		const en = cellTexts(translator("en"), "en", NOW);
		expect(doute.cells.slice(0, 2).map(en)).toEqual(["Published · Mar 3 (+1)", "Draft · Dec 24, 2024"]);
		expect(fr({ key: "talk", state: "published", path: "B/x.md", date: null, count: 1 })).toBe("Publié");
		expect(fr({ key: "talk", state: "note", path: "P/x.md", date: new Date(2025, 0, 7).getTime(), count: 1 })).toBe("Note · 7 janv.");
	});
});
