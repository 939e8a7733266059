import { MoveHistory } from "../../../src/core/pipeline/move-history";

describe("MoveHistory", () => {
	it("undoes the last move first", () => {
		const history = new MoveHistory<string>();
		history.push("vers Réflexion");
		history.push("vers Brouillon");
		expect(history.target()).toBe("vers Brouillon");
		history.forget("vers Brouillon");
		expect(history.target()).toBe("vers Réflexion");
	});

	it("has nothing to undo when empty, and says so", () => {
		const history = new MoveHistory<string>();
		expect(history.target()).toBeNull();
		expect(history.size).toBe(0);
	});

	it("keeps a move until it is forgotten, so a refused undo can be tried again", () => {
		const history = new MoveHistory<string>();
		history.push("a");
		expect(history.target()).toBe("a");
		expect(history.target()).toBe("a");
		expect(history.size).toBe(1);
	});

	it("finds a given move only while it is remembered", () => {
		const history = new MoveHistory<{ title: string }>();
		const first = { title: "L'idée" };
		history.push(first);
		history.push({ title: "Autre" });
		expect(history.target(first)).toBe(first);
		history.forget(first);
		expect(history.target(first)).toBeNull();
		expect(history.target({ title: "L'idée" })).toBeNull();
	});

	it("remembers only the last moves past its limit", () => {
		const history = new MoveHistory<number>(3);
		for (let i = 1; i <= 5; i++) history.push(i);
		expect(history.size).toBe(3);
		history.forget(5);
		history.forget(4);
		expect(history.target()).toBe(3);
	});

	it("finds the last move of one note, passing over the others' later ones", () => {
		const history = new MoveHistory<{ note: string; title: string }>();
		const first = { note: "A", title: "Penser une fois" };
		history.push(first);
		history.push({ note: "B", title: "Répliquer : « partout »" });
		expect(history.last((move) => move.note === "A")).toBe(first);
		expect(history.last((move) => move.note === "C")).toBeNull();
	});
});
