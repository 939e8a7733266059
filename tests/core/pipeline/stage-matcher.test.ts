import { migrateSettings, type StageSetting } from "../../../src/core/settings/studio-settings";
import { effectiveStageKey, matchStage } from "../../../src/core/pipeline/stage-matcher";

/** A five-stage pipeline written out, so these rules are checked apart from the defaults of the day. */
const STAGES: StageSetting[] = [
	{ key: "spark", labels: { en: "Spark", fr: "Étincelle" } },
	{ key: "think", labels: { en: "Think", fr: "À creuser" } },
	{ key: "invest", labels: { en: "Invest", fr: "Brouillon" } },
	{ key: "published", labels: { en: "Published", fr: "Publié" } },
	{ key: "re-invest", labels: { en: "Re-invest", fr: "À recycler" } },
];
const WITH_DRAFT: StageSetting[] = [
	{ key: "idea", labels: { en: "Idea", fr: "Idée" } },
	{ key: "draft", labels: { en: "Draft", fr: "Brouillon" } },
	{ key: "done", labels: { en: "Done", fr: "Fait" } },
];

describe("matchStage", () => {
	it.each([
		["Draft"], [" draft "], ["DRAFT"], ["[draft]"], ["[ Draft ]"], ['["draft"]'], ["'draft'"],
	])("finds the draft stage from %p", (raw) => {
		expect(matchStage(WITH_DRAFT, raw)).toEqual({ kind: "stage", key: "draft" });
	});

	it("finds a stage from a one-item list", () => {
		expect(matchStage(WITH_DRAFT, ["Draft"])).toEqual({ kind: "stage", key: "draft" });
		expect(matchStage(WITH_DRAFT, [" draft ", null])).toEqual({ kind: "stage", key: "draft" });
	});

	it("finds a stage from its French or English label, ignoring case but not accents", () => {
		expect(matchStage(STAGES, "Brouillon")).toEqual({ kind: "stage", key: "invest" });
		expect(matchStage(STAGES, "à creuser")).toEqual({ kind: "stage", key: "think" });
		expect(matchStage(STAGES, "À CREUSER")).toEqual({ kind: "stage", key: "think" });
		expect(matchStage(STAGES, "Re-Invest")).toEqual({ kind: "stage", key: "re-invest" });
		expect(matchStage(STAGES, "a creuser")).toEqual({ kind: "unknown", raw: "a creuser" });
	});

	it("matches decomposed accents to composed labels", () => {
		expect(matchStage(STAGES, "E\u0301tincelle")).toEqual({ kind: "stage", key: "spark" });
		expect(matchStage(STAGES, "a\u0300  creuser")).toEqual({ kind: "stage", key: "think" });
	});

	it("prefers a stage key over another stage's label", () => {
		const stages: StageSetting[] = [
			{ key: "a", labels: { en: "b", fr: "b" } },
			{ key: "b", labels: { en: "B stage", fr: "B" } },
		];
		expect(matchStage(stages, "B")).toEqual({ kind: "stage", key: "b" });
	});

	it.each([[undefined], [null], [""], ["   "], [[]], ["[]"], [[null]]])("calls %p a missing status", (raw) => {
		expect(matchStage(STAGES, raw)).toEqual({ kind: "missing" });
	});

	it("keeps an unknown value as written, trimmed", () => {
		expect(matchStage(STAGES, "  someday ")).toEqual({ kind: "unknown", raw: "someday" });
	});

	it("treats a list of several values as unknown", () => {
		expect(matchStage(STAGES, ["spark", "think"])).toEqual({ kind: "unknown", raw: "spark, think" });
	});

	it("reads numbers and booleans as text", () => {
		const numbered: StageSetting[] = [{ key: "1", labels: { en: "One", fr: "Un" } }];
		expect(matchStage(numbered, 1)).toEqual({ kind: "stage", key: "1" });
		expect(matchStage(STAGES, true)).toEqual({ kind: "unknown", raw: "true" });
	});

	it("treats an object as unknown", () => {
		expect(matchStage(STAGES, { a: 1 })).toEqual({ kind: "unknown", raw: '{"a":1}' });
	});
});

describe("effectiveStageKey", () => {
	it("puts an idea without status in the first stage", () => {
		expect(effectiveStageKey(STAGES, { kind: "missing" })).toBe("spark");
	});

	it("keeps a matched stage and has none for an unknown status", () => {
		expect(effectiveStageKey(STAGES, { kind: "stage", key: "think" })).toBe("think");
		expect(effectiveStageKey(STAGES, { kind: "unknown", raw: "x" })).toBeNull();
	});
});

describe("matchStage over the writer's order (Think, Spark, Invest, Re-Invest)", () => {
	const stages = migrateSettings(undefined).stages;

	it("shows an idea still marked published, an old default key, in Invest", () => {
		expect(matchStage(stages, "published")).toEqual({ kind: "stage", key: "invest" });
		expect(matchStage(stages, " Published ")).toEqual({ kind: "stage", key: "invest" });
		expect(effectiveStageKey(stages, matchStage(stages, "published"))).toBe("invest");
	});

	it("reads the old French labels as their stages", () => {
		expect(matchStage(stages, "Publié")).toEqual({ kind: "stage", key: "invest" });
		expect(matchStage(stages, "Brouillon")).toEqual({ kind: "stage", key: "invest" });
		expect(matchStage(stages, "à creuser")).toEqual({ kind: "stage", key: "think" });
		expect(matchStage(stages, "À recycler")).toEqual({ kind: "stage", key: "re-invest" });
	});

	it("lets a stage the writer calls published keep its own notes", () => {
		const own = [...stages, { key: "published", labels: { en: "Published", fr: "Publié" } }];
		expect(matchStage(own, "published")).toEqual({ kind: "stage", key: "published" });
	});

	it("leaves published unknown when there is no Invest stage to show it in", () => {
		expect(matchStage([{ key: "idée", labels: { en: "Idea", fr: "Idée" } }], "published")).toEqual({ kind: "unknown", raw: "published" });
	});
});
