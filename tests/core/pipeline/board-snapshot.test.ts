import type { StageSetting } from "../../../src/core/settings/studio-settings";
import type { Idea } from "../../../src/core/pipeline/idea";
import type { InboxItem } from "../../../src/core/pipeline/promotion";
import { buildBoardModel, type BoardModel } from "../../../src/core/pipeline/board-model";
import { readBoardSnapshot, SNAPSHOT_CARDS, takeBoardSnapshot } from "../../../src/core/pipeline/board-snapshot";

const STAGES: StageSetting[] = [
	{ key: "think", labels: { en: "Think", fr: "Réfléchir" } },
	{ key: "spark", labels: { en: "Spark", fr: "Étincelle" } },
];
const KEY = '[{"text":""},"created","fr"]';

function idea(n: number, stage: string): Idea {
	const title = `Douter : « avancer » n°${n}`;
	return { path: `Idées/${title}.md`, title, text: title, status: { kind: "stage", key: stage }, created: Date.UTC(2024, 0, 1) + n * 60_000, updated: null, tags: ["réflexions"], sourceTarget: null, sourcePath: null };
}

function item(n: number): InboxItem {
	return { sourcePath: "Journal/2024-02-22.md", sourceTitle: "2024-02-22", text: `L'idée du jour n°${n} : écrire avant de savoir`, details: ["[[Expert Secrets|le livre]]"] };
}

/** A board of 30 ideas in Think, 3 in Spark and 40 items in the Inbox. */
function board(): BoardModel {
	const ideas = [...Array.from({ length: 30 }, (_, i) => idea(i + 1, "think")), ...Array.from({ length: 3 }, (_, i) => idea(i + 31, "spark"))];
	return buildBoardModel({ ideas, inbox: Array.from({ length: 40 }, (_, i) => item(i + 1)), stages: STAGES, language: "fr", filter: { text: "", tag: null, source: null }, sort: "created" });
}

/** As the device's storage gives it back: its JSON read again. */
function stored(value: unknown): unknown {
	return JSON.parse(JSON.stringify(value)) as unknown;
}

describe("a board's snapshot, shown at the next start while the notes are read", () => {
	it("keeps every lane with its counts, the first cards of each lane and of the Inbox exactly as shown, and the Inbox's count", () => {
		const model = board();
		const shown = readBoardSnapshot(stored(takeBoardSnapshot(model, KEY)), KEY);
		if (!shown) throw new Error("the snapshot was not read back");
		expect(shown.lanes.map((lane) => [lane.key, lane.count, lane.total, lane.cards.length])).toEqual([
			["think", 30, 30, SNAPSHOT_CARDS],
			["spark", 3, 3, 3],
		]);
		expect(shown.lanes[0]?.cards).toEqual(model.lanes[0]?.cards.slice(0, SNAPSHOT_CARDS));
		expect(shown.lanes[0]?.cards[0]?.title).toBe("Douter : « avancer » n°30");
		expect(shown.inbox).toEqual(model.inbox.slice(0, SNAPSHOT_CARDS));
		expect(shown.inboxCount).toBe(40);
		expect(shown.inboxTotal).toBe(40);
		expect(shown.dismissed).toEqual([]);
	});

	it("keeps as much for a board of thousands of cards as for one of a few dozen: no signature of a whole lane's cards", () => {
		const few = JSON.stringify(takeBoardSnapshot(board(), KEY)).length;
		const ideas = Array.from({ length: 3_000 }, (_, i) => idea(i + 1, "think"));
		const many = buildBoardModel({ ideas, inbox: Array.from({ length: 2_000 }, (_, i) => item(i + 1)), stages: STAGES, language: "fr", filter: { text: "", tag: null, source: null }, sort: "created" });
		expect(JSON.stringify(takeBoardSnapshot(many, KEY)).length).toBeLessThan(few * 1.2);
	});

	it("is not shown by a board drawn otherwise (another filter, sort, language or set of stages)", () => {
		const snapshot = stored(takeBoardSnapshot(board(), KEY));
		expect(readBoardSnapshot(snapshot, '[{"text":"douter"},"created","fr"]')).toBeNull();
	});

	it("is not shown when what the device kept is not a snapshot of this version", () => {
		const good = takeBoardSnapshot(board(), KEY);
		const broken: unknown[] = [
			null,
			"snapshot",
			42,
			[],
			{ ...good, version: 2 },
			{ ...good, model: null },
			{ ...good, model: { ...good.model, lanes: "think" } },
			{ ...good, model: { ...good.model, lanes: [{ ...good.model.lanes[0], kind: "column" }] } },
			{ ...good, model: { ...good.model, lanes: [{ ...good.model.lanes[0], cards: [{ path: 3 }] }] } },
			{ ...good, model: { ...good.model, inbox: [{ key: "x" }] } },
			{ ...good, model: { ...good.model, inboxCount: "40" } },
		];
		for (const value of broken) expect(readBoardSnapshot(stored(value), KEY)).toBeNull();
	});
});
