import { parseNoteDate } from "../../../src/core/note/parse-note-date";

// The test run is in UTC (jest.config.cjs), so local dates read as UTC here.
describe("parseNoteDate", () => {
	it("reads the writer's own format, date and minutes without seconds", () => {
		expect(parseNoteDate("2024-02-22T21:33")).toEqual({ kind: "date", time: Date.UTC(2024, 1, 22, 21, 33) });
	});

	it("reads a plain date as local midnight", () => {
		expect(parseNoteDate("2024-04-06")).toEqual({ kind: "date", time: Date.UTC(2024, 3, 6) });
	});

	it("reads full ISO with an offset", () => {
		expect(parseNoteDate("2024-03-31T10:44:00+02:00")).toEqual({ kind: "date", time: Date.UTC(2024, 2, 31, 8, 44) });
	});

	it("reads a space between date and time", () => {
		expect(parseNoteDate("2024-02-22 21:33")).toEqual({ kind: "date", time: Date.UTC(2024, 1, 22, 21, 33) });
	});

	it("reports garbage as invalid, with what was written", () => {
		expect(parseNoteDate("hier soir")).toEqual({ kind: "invalid", raw: "hier soir" });
		expect(parseNoteDate("2024-13-45")).toEqual({ kind: "invalid", raw: "2024-13-45" });
		expect(parseNoteDate(20240222)).toEqual({ kind: "invalid", raw: "20240222" });
	});

	it("treats a missing or empty value as no date, not as an error", () => {
		expect(parseNoteDate(undefined)).toEqual({ kind: "empty" });
		expect(parseNoteDate(null)).toEqual({ kind: "empty" });
		expect(parseNoteDate("  ")).toEqual({ kind: "empty" });
	});
});
