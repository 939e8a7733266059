import { DEFAULT_SETTINGS, type StageSetting } from "../../../src/core/settings/studio-settings";
import { effectiveStageKey, matchStage } from "../../../src/core/pipeline/stage-matcher";

const STAGES = DEFAULT_SETTINGS.stages;
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
