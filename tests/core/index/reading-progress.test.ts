import { readingProgress } from "../../../src/core/index/reading-progress";

describe("readingProgress", () => {
	it("writes the counts as the writer reads numbers: spaces in French, commas in English", () => {
		// French groups thousands with a narrow no-break space (U+202F), as Intl.NumberFormat writes them.
		expect(readingProgress({ read: 1240, total: 10000 }, "fr")).toEqual({ read: "1\u202f240", total: "10\u202f000" });
		expect(readingProgress({ read: 1240, total: 10000 }, "en")).toEqual({ read: "1,240", total: "10,000" });
		expect(readingProgress({ read: 0, total: 35 }, "fr")).toEqual({ read: "0", total: "35" });
	});
});
