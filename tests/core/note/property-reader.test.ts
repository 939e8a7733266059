import { propertyOf, propertyReader } from "../../../src/core/note/property-of";

describe("reading many properties of one note", () => {
	it("finds a property as Obsidian does, its exact name first, then case aside, like propertyOf", () => {
		const properties = { Impressions: 1200, impressions: 1300, Réactions: 45, "Results-Read": "2026-12-06" };
		const property = propertyReader(properties);
		for (const name of ["impressions", "IMPRESSIONS", "réactions", "results-read", "clics"]) expect([name, property(name)]).toEqual([name, propertyOf(properties, name)]);
		expect(propertyReader(undefined)("impressions")).toBeUndefined();
	});
});
