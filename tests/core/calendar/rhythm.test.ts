import { readRhythm, rhythmOf } from "../../../src/core/calendar/rhythm";
import { parseRhythmLines, rhythmToLines } from "../../../src/core/calendar/rhythm-lines";

describe("the rhythm setting", () => {
	it("keeps each channel with a whole number of pieces a week, once, and leaves the rest out", () => {
		expect(readRhythm({ LinkedIn: 3, " Newsletter ": 1, linkedin: 5, Blog: 0, X: 2.5, Podcast: "1", "": 2 })).toEqual({ LinkedIn: 3, Newsletter: 1 });
		expect(readRhythm([["LinkedIn", 3]])).toBeNull();
		expect(readRhythm("LinkedIn 3")).toBeNull();
	});

	it("finds a channel's rhythm whatever its case", () => {
		expect(rhythmOf({ LinkedIn: 3, Événement: 1 }, "linkedin")).toBe(3);
		expect(rhythmOf({ LinkedIn: 3, Événement: 1 }, "événement")).toBe(1);
		expect(rhythmOf({ LinkedIn: 3 }, "Blog")).toBeNull();
		expect(rhythmOf({ LinkedIn: 3 }, null)).toBeNull();
	});
});

describe("the rhythm typed one channel a line", () => {
	it("reads `channel | pieces a week`, blank lines skipped, and shows it back the same way", () => {
		const read = parseRhythmLines("LinkedIn | 3\n\n  Newsletter|1  \n");
		expect(read).toEqual({ ok: true, rhythm: { LinkedIn: 3, Newsletter: 1 } });
		if (read.ok) expect(rhythmToLines(read.rhythm)).toBe("LinkedIn | 3\nNewsletter | 1");
		expect(parseRhythmLines("")).toEqual({ ok: true, rhythm: {} });
	});

	it("refuses the whole of it, naming the line, for a missing channel, a count that is no whole number from 1 to 21, or a channel typed twice, case aside", () => {
		expect(parseRhythmLines("LinkedIn | 3\n| 2")).toEqual({ ok: false, error: { reason: "noChannel", line: 2, value: "| 2", max: 21 } });
		expect(parseRhythmLines("LinkedIn | trois")).toEqual({ ok: false, error: { reason: "badCount", line: 1, value: "trois", max: 21 } });
		expect(parseRhythmLines("LinkedIn | 22")).toMatchObject({ ok: false, error: { reason: "badCount", line: 1 } });
		expect(parseRhythmLines("LinkedIn")).toMatchObject({ ok: false, error: { reason: "badCount", line: 1, value: "" } });
		expect(parseRhythmLines("LinkedIn | 3\nlinkedin | 2")).toEqual({ ok: false, error: { reason: "duplicateChannel", line: 2, value: "linkedin", max: 21 } });
	});
});
