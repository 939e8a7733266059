import { compactCacheTuple, fullCacheTuple } from "../../../src/core/note/cache-tuple";

describe("a result's tuple in the cache", () => {
	it("leaves out the empty lists at its end, and only those", () => {
		expect(compactCacheTuple([[], [], []])).toEqual([]);
		expect(compactCacheTuple([[[4, "Simplifier vos idées"]], [], []])).toEqual([[[4, "Simplifier vos idées"]]]);
		expect(compactCacheTuple([[], [], [7]])).toEqual([[], [], [7]]);
	});

	it("is read back whole, and refuses what no compact tuple can be", () => {
		for (const lists of [[[], [], []], [[[4, "Dire non à un client"]], [], []], [[], [3], []], [[1], [2], [3]]]) expect(fullCacheTuple(compactCacheTuple(lists), 3)).toEqual(lists);
		for (const raw of [null, "[]", [[], [], [], []], [[], 3], { 0: [] }]) expect(fullCacheTuple(raw, 3)).toBeNull();
	});
});
