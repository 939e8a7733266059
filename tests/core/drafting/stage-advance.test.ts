import { advancedStage, nextStageKey } from "../../../src/core/drafting/stage-advance";
import { matchStage } from "../../../src/core/pipeline/stage-matcher";
import { migrateSettings } from "../../../src/core/settings/studio-settings";

const stages = migrateSettings(undefined).stages;
const at = (status: unknown) => matchStage(stages, status);

describe("advancedStage", () => {
	it("moves a thought-through idea to Spark for a short format and to Invest for a long one", () => {
		expect(advancedStage(stages, at("think"), "spark")).toBe("spark");
		expect(advancedStage(stages, at("think"), "invest")).toBe("invest");
		expect(advancedStage(stages, at(undefined), "spark")).toBe("spark");
	});

	it("never moves an idea backwards, nor to the stage it is in", () => {
		expect(advancedStage(stages, at("invest"), "spark")).toBeNull();
		expect(advancedStage(stages, at("re-invest"), "invest")).toBeNull();
		expect(advancedStage(stages, at("spark"), "spark")).toBeNull();
		expect(advancedStage(stages, at("published"), "spark")).toBeNull();
	});

	it("moves an idea of the Other lane, and nothing to a stage the writer removed", () => {
		expect(advancedStage(stages, at("peut-être"), "spark")).toBe("spark");
		expect(advancedStage(stages, at("think"), "archive")).toBeNull();
	});
});

describe("nextStageKey", () => {
	it("is the stage after the idea's, none after the last", () => {
		expect(nextStageKey(stages, at("think"))).toBe("spark");
		expect(nextStageKey(stages, at("spark"))).toBe("invest");
		expect(nextStageKey(stages, at("re-invest"))).toBeNull();
	});
});
