import { charLimitLines, charLimitOf, DEFAULT_CHAR_LIMITS, parseCharLimitLines, readCharLimitList } from "../../../src/core/channel-text/char-limit-setting";

describe("the characters setting, a limit a format", () => {
	it("starts with LinkedIn's 3,000, X's 280 a post and Instagram's 2,200", () => {
		expect(charLimitOf(DEFAULT_CHAR_LIMITS, "linkedin-post")).toBe(3000);
		expect(charLimitOf(DEFAULT_CHAR_LIMITS, "x-thread")).toBe(280);
		expect(charLimitOf(DEFAULT_CHAR_LIMITS, "instagram-carousel")).toBe(2200);
		expect(charLimitOf(DEFAULT_CHAR_LIMITS, "white-paper")).toBeNull();
	});

	it("reads the lines typed in the settings, numbers written the French way too, and gives them back", () => {
		const read = parseCharLimitLines("linkedin-post | 3 000\n\nx-thread | 280\nnewsletter-issue|1\u00a0500");
		expect(read).toEqual({ ok: true, limits: [{ format: "linkedin-post", limit: 3000 }, { format: "x-thread", limit: 280 }, { format: "newsletter-issue", limit: 1500 }] });
		if (read.ok) expect(charLimitLines(read.limits)).toBe("linkedin-post | 3000\nx-thread | 280\nnewsletter-issue | 1500");
		expect(parseCharLimitLines("")).toEqual({ ok: true, limits: [] });
	});

	it("refuses a line without a format, a limit that is not a whole number above 0, and a format given twice, saying which line", () => {
		expect(parseCharLimitLines("linkedin-post | 3000\n | 280")).toEqual({ ok: false, problem: "noFormat", line: 2, value: "| 280" });
		expect(parseCharLimitLines("linkedin-post | trois mille")).toEqual({ ok: false, problem: "badLimit", line: 1, value: "trois mille" });
		expect(parseCharLimitLines("x-thread | 0")).toMatchObject({ ok: false, problem: "badLimit" });
		expect(parseCharLimitLines("x-thread | 280\nx-thread | 300")).toEqual({ ok: false, problem: "duplicate", line: 2, value: "x-thread" });
	});

	it("reads data.json's list leaving out what is not a limit, and counting it", () => {
		const read = readCharLimitList([{ format: "linkedin-post", limit: 3000 }, { format: "x-thread", limit: -1 }, { format: "linkedin-post", limit: 10 }, "x"]);
		expect(read).toMatchObject({ items: [{ format: "linkedin-post", limit: 3000 }], dropped: 3, isList: true });
	});
});
