import { moveRow, stageRows, stagesFromRows } from "../../../src/core/settings/stage-rows";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";

describe("stagesFromRows", () => {
	it("gives back the stages the rows were made from", () => {
		expect(stagesFromRows(stageRows(DEFAULT_SETTINGS.stages))).toEqual({ ok: true, stages: DEFAULT_SETTINGS.stages });
	});

	it("trims values and labels, and fills an empty label from the value or the English label", () => {
		expect(stagesFromRows([{ key: " brouillon ", en: "", fr: "" }, { key: "relu", en: "Reviewed", fr: " " }])).toEqual({
			ok: true,
			stages: [
				{ key: "brouillon", labels: { en: "brouillon", fr: "brouillon" } },
				{ key: "relu", labels: { en: "Reviewed", fr: "Reviewed" } },
			],
		});
	});

	it("refuses a row without a stored value, naming the row", () => {
		expect(stagesFromRows([{ key: "spark", en: "Spark", fr: "Étincelle" }, { key: "  ", en: "Draft", fr: "Brouillon" }])).toEqual({ ok: false, problem: { kind: "emptyValue", row: 2 } });
	});

	it("refuses a value that another row has, whatever its case or spaces, since the board could not tell them apart", () => {
		const rows = [
			{ key: "draft", en: "Draft", fr: "Brouillon" },
			{ key: "idée", en: "Idea", fr: "Idée" },
			{ key: " Draft", en: "Draft 2", fr: "Brouillon 2" },
		];
		expect(stagesFromRows(rows)).toEqual({ ok: false, problem: { kind: "duplicateValue", row: 3, value: "Draft" } });
	});

	it("refuses an empty list", () => {
		expect(stagesFromRows([])).toEqual({ ok: false, problem: { kind: "noStage" } });
	});
});

describe("moveRow", () => {
	it("moves a row up or down one place", () => {
		expect(moveRow(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
		expect(moveRow(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
	});

	it("leaves the rows as they are at either end", () => {
		expect(moveRow(["a", "b"], 0, -1)).toEqual(["a", "b"]);
		expect(moveRow(["a", "b"], 1, 1)).toEqual(["a", "b"]);
	});
});

describe("stagesFromRows: a board that stays readable", () => {
	it("refuses more than 200 stages", () => {
		const rows = Array.from({ length: 201 }, (_, i) => ({ key: `étape-${i}`, en: "", fr: `Étape ${i}` }));
		expect(stagesFromRows(rows)).toEqual({ ok: false, problem: { kind: "tooMany", limit: 200 } });
		expect(stagesFromRows(rows.slice(0, 200)).ok).toBe(true);
	});
});
