import { holdsLaneValue, laneValueText } from "../../../src/core/bases/lane-value";

describe("laneValueText", () => {
	it("names a lane by a value as Bases shows it: text, a number, a list's items", () => {
		expect(laneValueText("  haute ")).toBe("haute");
		expect(laneValueText(2)).toBe("2");
		expect(laneValueText(["haute"])).toBe("haute");
		expect(laneValueText(["LinkedIn", "X"])).toBe("LinkedIn, X");
	});

	it("says there is no value for an absent, empty or blank one", () => {
		for (const none of [undefined, null, "", "   ", [], [null, ""]]) expect(laneValueText(none)).toBeNull();
		expect(laneValueText({ niveau: "haute" })).toBeNull();
	});
});

describe("holdsLaneValue", () => {
	it("says whether a note still holds the value its card was drawn with", () => {
		expect(holdsLaneValue("basse", "basse")).toBe(true);
		expect(holdsLaneValue("moyenne", "basse")).toBe(false);
		expect(holdsLaneValue(undefined, null)).toBe(true);
		expect(holdsLaneValue("basse", null)).toBe(false);
	});
});
