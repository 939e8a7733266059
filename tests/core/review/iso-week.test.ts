import { isoWeekDays, isoWeekKey, isoWeekOf, readIsoWeekKey, weekAfter } from "../../../src/core/review/iso-week";

describe("ISO weeks", () => {
	it("number a week from its Monday, as ISO 8601 does: Tuesday 8 December 2026 is in week 50, a Sunday in the week before it", () => {
		expect(isoWeekKey(isoWeekOf(new Date(2026, 11, 8, 9, 30)))).toBe("2026-W50");
		expect(isoWeekKey(isoWeekOf(new Date(2026, 11, 6, 23, 59)))).toBe("2026-W49");
		expect(isoWeekDays({ year: 2026, week: 49 })).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
	});

	it("give 2026 a week 53 that runs into 2027, and start 2027 with week 1 on Monday 4 January", () => {
		expect(isoWeekOf(new Date(2027, 0, 1))).toEqual({ year: 2026, week: 53 });
		expect(isoWeekDays({ year: 2026, week: 53 })).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"]);
		expect(weekAfter({ year: 2026, week: 53 }, 1)).toEqual({ year: 2027, week: 1 });
		expect(weekAfter({ year: 2027, week: 1 }, -1)).toEqual({ year: 2026, week: 53 });
		expect(isoWeekDays({ year: 2027, week: 1 })[0]).toBe("2027-01-04");
		// 2024 began on a Monday: its week 1 starts on 1 January, and 30 December 2024 is already in week 1 of 2025.
		expect(isoWeekKey(isoWeekOf(new Date(2024, 11, 30)))).toBe("2025-W01");
	});

	it("read a week written as its note is named, and refuse a week 53 the year does not have", () => {
		expect(readIsoWeekKey("2026-W53")).toEqual({ year: 2026, week: 53 });
		expect(readIsoWeekKey("2026-W09")).toEqual({ year: 2026, week: 9 });
		expect(readIsoWeekKey("2025-W53")).toBeNull();
		expect(readIsoWeekKey("2026-W00")).toBeNull();
		expect(readIsoWeekKey("2026-W9")).toBeNull();
		expect(readIsoWeekKey(null)).toBeNull();
	});
});
