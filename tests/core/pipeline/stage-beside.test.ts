import type { StageSetting } from "../../../src/core/settings/studio-settings";
import { stageBeside } from "../../../src/core/pipeline/stage-beside";

/** A five-stage pipeline written out, so these rules are checked apart from the defaults of the day. */
const STAGES: StageSetting[] = [
	{ key: "spark", labels: { en: "Spark", fr: "Étincelle" } },
	{ key: "think", labels: { en: "Think", fr: "À creuser" } },
	{ key: "invest", labels: { en: "Invest", fr: "Brouillon" } },
	{ key: "published", labels: { en: "Published", fr: "Publié" } },
	{ key: "re-invest", labels: { en: "Re-invest", fr: "À recycler" } },
];

describe("stageBeside", () => {
	it("walks the stages in order, both ways", () => {
		expect(stageBeside(STAGES, { kind: "stage", key: "spark" }, 1)?.key).toBe("think");
		expect(stageBeside(STAGES, { kind: "stage", key: "published" }, 1)?.key).toBe("re-invest");
		expect(stageBeside(STAGES, { kind: "stage", key: "think" }, -1)?.key).toBe("spark");
	});

	it("has nothing past the last stage or before the first", () => {
		expect(stageBeside(STAGES, { kind: "stage", key: "re-invest" }, 1)).toBeNull();
		expect(stageBeside(STAGES, { kind: "stage", key: "spark" }, -1)).toBeNull();
	});

	it("counts a note without status as in the first stage", () => {
		expect(stageBeside(STAGES, { kind: "missing" }, 1)?.key).toBe("think");
		expect(stageBeside(STAGES, { kind: "missing" }, -1)).toBeNull();
	});

	it("steps a note of the Other lane into the first stage, and nowhere back", () => {
		expect(stageBeside(STAGES, { kind: "unknown", raw: "banana" }, 1)?.key).toBe("spark");
		expect(stageBeside(STAGES, { kind: "unknown", raw: "banana" }, -1)).toBeNull();
	});
});
