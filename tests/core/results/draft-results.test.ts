import { metricValue, resultsReadDay } from "../../../src/core/results/draft-results";

describe("a published draft's results", () => {
	it("reads one figure, or the day read, alone, the same way: what the weekly review asks of thousands of drafts", () => {
		const properties = { Impressions: "12,5", "Results-Read": "2026-12-05T18:30", shares: -3 };
		expect(metricValue(properties, "impressions")).toBe(12.5);
		expect(metricValue(properties, "shares")).toBeNull();
		expect(metricValue(properties, "clicks")).toBeNull();
		expect(resultsReadDay(properties)).toBe("2026-12-05");
		expect(resultsReadDay({ "results-read": "2026-02-30" })).toBeNull();
		expect(resultsReadDay(undefined)).toBeNull();
	});
});
