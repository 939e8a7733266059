import { groupByProperty, laneProperty, readPipelineViewOptions } from "../../../src/core/bases/pipeline-view-options";

describe("the pipeline view's options", () => {
	it("read as 1.13 keeps them: a property id, a list, a toggle", () => {
		const kept: Record<string, unknown> = { laneProperty: "note.priorité", laneOrder: ["haute", "moyenne", "basse"], compactCards: true };
		expect(readPipelineViewOptions((key) => kept[key])).toEqual({ laneProperty: "note.priorité", laneOrder: ["haute", "moyenne", "basse"], compact: true });
	});

	it("read as 1.10's untyped fields kept them: a bare property name, one text of values, the toggle as text", () => {
		const kept: Record<string, unknown> = { laneProperty: "priorité", laneOrder: "haute, moyenne ,\nbasse, haute", compactCards: "true" };
		expect(readPipelineViewOptions((key) => kept[key])).toEqual({ laneProperty: "note.priorité", laneOrder: ["haute", "moyenne", "basse"], compact: true });
	});

	it("fall back when nothing usable is kept: the base's grouping, Bases' order, full cards", () => {
		const kept: Record<string, unknown> = { laneProperty: 12, laneOrder: { haute: 1 }, compactCards: "oui" };
		expect(readPipelineViewOptions((key) => kept[key])).toEqual({ laneProperty: null, laneOrder: [], compact: false });
		expect(readPipelineViewOptions(() => undefined)).toEqual({ laneProperty: null, laneOrder: [], compact: false });
	});
});

describe("laneProperty and groupByProperty", () => {
	it("tell a note's property, which a drop can write, from a formula or a file's, which it cannot", () => {
		expect(laneProperty("note.statut de l'idée")).toEqual({ id: "note.statut de l'idée", name: "statut de l'idée", writable: true });
		expect(laneProperty("formula.score")).toEqual({ id: "formula.score", name: "score", writable: false });
		expect(laneProperty("file.folder")).toEqual({ id: "file.folder", name: "folder", writable: false });
		expect(laneProperty("  ")).toBeNull();
	});

	it("read a view's groupBy as its entry keeps it, or a bare id", () => {
		expect(groupByProperty({ property: "note.status", direction: "ASC" })?.name).toBe("status");
		expect(groupByProperty("priorité")?.id).toBe("note.priorité");
		expect(groupByProperty({ direction: "ASC" })).toBeNull();
		expect(groupByProperty(["note.status"])).toBeNull();
	});
});
