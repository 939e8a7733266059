import { EDGE_MAX_STEP, EDGE_ZONE, edgeScrollStep, laneCount, readCollapsedLanes, toggleLane } from "../../../src/core/pipeline/board-layout";

describe("laneCount", () => {
	it("shows the lane's total alone when no filter hides a card", () => {
		expect(laneCount(7, 7)).toEqual({ text: "7", shown: 7, total: 7, hidden: 0 });
	});

	it("shows how many cards are shown out of the lane's total when a filter hides some", () => {
		expect(laneCount(2, 7)).toEqual({ text: "2 / 7", shown: 2, total: 7, hidden: 5 });
		expect(laneCount(0, 3).text).toBe("0 / 3");
	});
});

describe("collapsed lanes", () => {
	it("reads a stored list of lane keys, once each, and anything else as none", () => {
		expect(readCollapsedLanes(["__inbox", "spark", "spark"])).toEqual(["__inbox", "spark"]);
		expect(readCollapsedLanes(["think", 3, null])).toEqual(["think"]);
		expect(readCollapsedLanes(null)).toEqual([]);
		expect(readCollapsedLanes("spark")).toEqual([]);
		expect(readCollapsedLanes({ spark: true })).toEqual([]);
	});

	it("collapses an open lane and opens a collapsed one, leaving the others as they were", () => {
		expect(toggleLane(["__inbox"], "spark")).toEqual(["__inbox", "spark"]);
		expect(toggleLane(["__inbox", "spark"], "__inbox")).toEqual(["spark"]);
	});
});

describe("edgeScrollStep", () => {
	// A board 600 px tall from y = 100, scrolled 500 px out of 2,000.
	const step = (pointer: number, scrolled = 500): number => edgeScrollStep(pointer, 100, 700, scrolled, 2000);

	it("does not scroll while the pointer is away from the edges", () => {
		expect(step(400)).toBe(0);
		expect(step(100 + EDGE_ZONE + 1)).toBe(0);
		expect(step(700 - EDGE_ZONE - 1)).toBe(0);
	});

	it("scrolls toward the edge the pointer is near, faster the nearer it is", () => {
		const near = step(700 - 4);
		const nearer = step(700);
		expect(near).toBeGreaterThan(0);
		expect(nearer).toBe(EDGE_MAX_STEP);
		expect(step(700 - EDGE_ZONE + 10)).toBeLessThan(near);
		expect(step(100)).toBe(-EDGE_MAX_STEP);
		expect(step(110)).toBeLessThan(0);
	});

	it("keeps scrolling at full speed past the edge, as when the pointer leaves the board", () => {
		expect(step(760)).toBe(EDGE_MAX_STEP);
		expect(step(20)).toBe(-EDGE_MAX_STEP);
	});

	it("does not scroll past either end", () => {
		expect(step(100, 0)).toBe(0);
		expect(step(700, 2000)).toBe(0);
	});

	it("keeps the middle of a small board still: the edge bands take at most a quarter of it each", () => {
		expect(edgeScrollStep(150, 100, 200, 50, 400)).toBe(0);
		expect(edgeScrollStep(199, 100, 200, 50, 400)).toBeGreaterThan(0);
	});
});
