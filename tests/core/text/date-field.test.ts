import { fr } from "date-fns/locale";
import { dateFieldText, datePartOf, parseDateField, type DateFieldOptions } from "../../../src/core/text/date-field";

/** The default date format of the settings: ISO with a time. */
const ISO_FORMAT: DateFieldOptions = { pattern: "yyyy-MM-dd'T'HH:mm", time: false };
const FRENCH_DAY: DateFieldOptions = { pattern: "dd/MM/yyyy HH:mm", time: false };
const PLAN_FRENCH: DateFieldOptions = { ...FRENCH_DAY, time: true };

const day = (value: string) => ({ ok: true, value, day: value, time: null });

describe("parseDateField", () => {
	it("takes a day of the calendar in ISO, without the blanks around it", () => {
		expect(parseDateField(" 2025-03-14 ", ISO_FORMAT)).toEqual(day("2025-03-14"));
		expect(parseDateField("2024-02-29", ISO_FORMAT)).toEqual(day("2024-02-29"));
		expect(parseDateField("2000-02-29", ISO_FORMAT)).toEqual(day("2000-02-29"));
		expect(parseDateField("0001-01-01", ISO_FORMAT)).toEqual(day("0001-01-01"));
	});

	it("takes the writer's own format, day before month: 12/05/2024 is the 12th of May", () => {
		expect(parseDateField("12/05/2024", FRENCH_DAY)).toEqual(day("2024-05-12"));
		expect(parseDateField("1/5/2024", FRENCH_DAY)).toEqual(day("2024-05-01"));
		// ISO is always understood, whatever the writer's format.
		expect(parseDateField("2024-05-12", FRENCH_DAY)).toEqual(day("2024-05-12"));
		expect(parseDateField("12/05/2024", { pattern: "MM/dd/yyyy", time: false })).toEqual(day("2024-12-05"));
		expect(parseDateField("12.05.24", { pattern: "dd.MM.yy", time: false })).toEqual(day("2024-05-12"));
		// The writer's format read loosely where it cannot mislead: a month or day of one digit.
		expect(parseDateField("2025-3-14", ISO_FORMAT)).toEqual(day("2025-03-14"));
	});

	it("takes a format with month names in the writer's language", () => {
		expect(parseDateField("12 mai 2024", { pattern: "d MMMM yyyy", time: false, locale: fr })).toEqual(day("2024-05-12"));
		expect(parseDateField("le 12 mai 2024", { pattern: "'le' d MMMM yyyy 'à' HH:mm", time: false, locale: fr })).toEqual(day("2024-05-12"));
	});

	it("takes a time after the day where the field takes one, in ISO or the writer's format", () => {
		const at = { ok: true, value: "2024-05-12T09:30", day: "2024-05-12", time: "09:30" };
		expect(parseDateField("2024-05-12T09:30", { ...ISO_FORMAT, time: true })).toEqual(at);
		expect(parseDateField("2024-05-12 9:30", { ...ISO_FORMAT, time: true })).toEqual(at);
		expect(parseDateField("12/05/2024 09:30", PLAN_FRENCH)).toEqual(at);
		expect(parseDateField("12/05/2024 à 9h30", PLAN_FRENCH)).toEqual(at);
		expect(parseDateField("12/05/2024", PLAN_FRENCH)).toEqual(day("2024-05-12"));
	});

	it("refuses a time where the field takes a day only", () => {
		expect(parseDateField("2025-03-14T10:00", ISO_FORMAT)).toEqual({ ok: false, problem: "format" });
		expect(parseDateField("14/03/2025 10:00", FRENCH_DAY)).toEqual({ ok: false, problem: "format" });
	});

	it("refuses a day the month does not have, and a month the year does not have, in either form", () => {
		for (const date of ["2024-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00"]) {
			expect([date, parseDateField(date, ISO_FORMAT)]).toEqual([date, { ok: false, problem: "noSuchDay" }]);
		}
		for (const date of ["30/02/2024", "29/02/2023", "12/13/2024", "00/05/2024"]) {
			expect([date, parseDateField(date, FRENCH_DAY)]).toEqual([date, { ok: false, problem: "noSuchDay" }]);
		}
	});

	it("refuses year 0000, which the calendar does not have", () => {
		expect(parseDateField("0000-01-01", ISO_FORMAT)).toEqual({ ok: false, problem: "yearZero" });
		expect(parseDateField("01/01/0000", FRENCH_DAY)).toEqual({ ok: false, problem: "yearZero" });
	});

	it("refuses an hour the day does not have", () => {
		expect(parseDateField("2024-05-12T24:00", { ...ISO_FORMAT, time: true })).toEqual({ ok: false, problem: "noSuchTime" });
		expect(parseDateField("12/05/2024 9h75", PLAN_FRENCH)).toEqual({ ok: false, problem: "noSuchTime" });
	});

	it("refuses words that are no date, and says when nothing was typed", () => {
		for (const date of ["14/03/2025", "le 14 mars", "demain", "2025-03-14 et plus", "2025-03"]) expect([date, parseDateField(date, ISO_FORMAT)]).toEqual([date, { ok: false, problem: "format" }]);
		expect(parseDateField("  ", ISO_FORMAT)).toEqual({ ok: false, problem: "empty" });
	});
});

describe("datePartOf", () => {
	it("keeps the day part of the writer's format, without what leads to the time", () => {
		expect(datePartOf("yyyy-MM-dd'T'HH:mm")).toBe("yyyy-MM-dd");
		expect(datePartOf("dd/MM/yyyy HH:mm")).toBe("dd/MM/yyyy");
		expect(datePartOf("'le' d MMMM yyyy 'à' HH:mm")).toBe("'le' d MMMM yyyy");
		expect(datePartOf("dd/MM/yyyy")).toBe("dd/MM/yyyy");
		expect(datePartOf("HH:mm")).toBeNull();
	});
});

describe("dateFieldText", () => {
	it("shows a date in the writer's format when it reads back the same, else in ISO", () => {
		expect(dateFieldText({ day: "2024-05-12", time: null }, FRENCH_DAY)).toBe("12/05/2024");
		expect(dateFieldText({ day: "2024-05-12", time: "09:30" }, FRENCH_DAY)).toBe("12/05/2024 09:30");
		expect(dateFieldText({ day: "2024-05-12", time: null }, ISO_FORMAT)).toBe("2024-05-12");
		expect(dateFieldText({ day: "2024-05-12", time: null }, { pattern: "d MMMM yyyy", time: false, locale: fr })).toBe("12 mai 2024");
		// A weekday alone does not say which day: ISO.
		expect(dateFieldText({ day: "2024-05-12", time: null }, { pattern: "EEEE", time: false })).toBe("2024-05-12");
	});
});
