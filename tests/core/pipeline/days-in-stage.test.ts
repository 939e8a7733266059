import { daysInStage } from "../../../src/core/pipeline/days-in-stage";

const NOW = new Date(2026, 11, 31, 8, 0).getTime();

describe("daysInStage", () => {
	it("counts the calendar days since the move that brought the idea into its stage", () => {
		expect(daysInStage({ stageSince: new Date(2026, 11, 8).getTime(), created: new Date(2026, 0, 1).getTime() }, NOW)).toEqual({ days: 23, from: "move" });
	});

	it("counts from the idea's creation when no move recorded a day, and says so", () => {
		expect(daysInStage({ stageSince: null, created: new Date(2026, 11, 1, 22, 30).getTime() }, NOW)).toEqual({ days: 30, from: "created" });
	});

	it("knows nothing without either day, or with a day still to come", () => {
		expect(daysInStage({ stageSince: null, created: null }, NOW)).toBeNull();
		expect(daysInStage({ stageSince: new Date(2027, 0, 2).getTime(), created: null }, NOW)).toBeNull();
	});
});
