import { metricNumber } from "../../../src/core/results/metric-number";

const read = (typed: string) => {
	const result = metricNumber(typed);
	return result.ok ? result.value : "refused";
};

describe("a figure as a writer types it or a sheet exports it", () => {
	it("reads counts with French, English and German thousands", () => {
		expect(["1200", "1 200", "1\u00a0200", "1\u202f234\u202f567", "1,200", "1.200.000", "12 345 678"].map(read)).toEqual([1200, 1200, 1200, 1234567, 1200, 1200000, 12345678]);
	});

	it("reads a decimal comma or point, with thousands before it", () => {
		expect(["12,5", "12.5", "1 234,5", "1,234.5", "1.234,5", "0,25"].map(read)).toEqual([12.5, 12.5, 1234.5, 1234.5, 1234.5, 0.25]);
	});

	it("takes a blank field as nothing", () => {
		expect(["", "   "].map(read)).toEqual([null, null]);
	});

	it("refuses what is not a figure of 0 or more", () => {
		expect(["douze", "-3", "+3", "12 %", "1 2", "12,", "1,23,4", "1.2.3", "1,234,5", "12e3", "Infinity", "1 234 5"].map(read)).toEqual(Array(12).fill("refused"));
	});
});
