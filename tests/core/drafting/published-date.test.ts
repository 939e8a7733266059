import { checkPublishedDate } from "../../../src/core/drafting/published-date";

describe("checkPublishedDate", () => {
	it("takes a day of the calendar as typed, without the blanks around it", () => {
		expect(checkPublishedDate(" 2025-03-14 ")).toEqual({ ok: true, date: "2025-03-14" });
		expect(checkPublishedDate("2024-02-29")).toEqual({ ok: true, date: "2024-02-29" });
		expect(checkPublishedDate("2000-02-29")).toEqual({ ok: true, date: "2000-02-29" });
		expect(checkPublishedDate("0001-01-01")).toEqual({ ok: true, date: "0001-01-01" });
	});

	it("refuses a day the month does not have, and a month the year does not have", () => {
		for (const date of ["2024-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00"]) {
			expect(checkPublishedDate(date)).toEqual({ ok: false, problem: "noSuchDay" });
		}
	});

	it("refuses year 0000, which the calendar does not have", () => {
		expect(checkPublishedDate("0000-01-01")).toEqual({ ok: false, problem: "yearZero" });
	});

	it("refuses anything but YYYY-MM-DD", () => {
		for (const date of ["14/03/2025", "2025-3-14", "2025-03-14T10:00", "", "le 14 mars"]) expect(checkPublishedDate(date)).toEqual({ ok: false, problem: "format" });
	});
});
