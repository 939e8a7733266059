import { plannedText, readPlannedDate } from "../../../src/core/drafting/planned-date";

describe("a draft's planned date", () => {
	it("reads back as the planned property writes it, a day alone or with its time", () => {
		for (const text of ["2026-12-08", "2026-12-08T09:30", "2028-02-29T23:59"]) {
			const planned = readPlannedDate(text);
			expect([text, planned && plannedText(planned)]).toEqual([text, text]);
		}
	});

	it("takes the form a writer types by hand, a space before the time, or a one-item list", () => {
		expect(readPlannedDate("2026-12-08 9:30")).toEqual({ day: "2026-12-08", time: "09:30" });
		expect(readPlannedDate(["2026-12-08"])).toEqual({ day: "2026-12-08", time: null });
	});

	it("is no date for a day the calendar does not have, an hour past 23:59, or another format", () => {
		for (const value of ["2027-02-29", "2026-12-08T24:00", "08/12/2026", "le 8 décembre", ""]) expect([value, readPlannedDate(value)]).toEqual([value, null]);
	});
});
