import type { StageSetting } from "../../../src/core/settings/studio-settings";
import type { Idea } from "../../../src/core/pipeline/idea";
import type { InboxItem } from "../../../src/core/pipeline/promotion";
import {
	buildBoardModel,
	keepUnchangedLanes,
	laneKeyOf,
	moveCard,
	OTHER_LANE_KEY,
	type BoardFilter,
	type BoardInput,
} from "../../../src/core/pipeline/board-model";

/** A five-stage pipeline written out, so these rules are checked apart from the defaults of the day. */
const STAGES: StageSetting[] = [
	{ key: "spark", labels: { en: "Spark", fr: "Étincelle" } },
	{ key: "think", labels: { en: "Think", fr: "À creuser" } },
	{ key: "invest", labels: { en: "Invest", fr: "Brouillon" } },
	{ key: "published", labels: { en: "Published", fr: "Publié" } },
	{ key: "re-invest", labels: { en: "Re-invest", fr: "À recycler" } },
];
const NO_FILTER: BoardFilter = { text: "", tag: null, source: null };

function idea(path: string, status: Idea["status"], extra: Partial<Idea> = {}): Idea {
	const name = path.replace(/^.*\//, "").replace(/\.md$/, "");
	return {
		path,
		title: name,
		text: name,
		status,
		created: null,
		updated: null,
		tags: [],
		sourceTarget: null,
		sourcePath: null,
		...extra,
	};
}

const IDEAS: Idea[] = [
	idea("Idées/Idée élégante.md", { kind: "stage", key: "spark" }, { created: 300, updated: 1, tags: ["business"], sourcePath: "J/Lundi.md", sourceTarget: "Lundi" }),
	idea("Idées/Alpha.md", { kind: "missing" }, { created: 100, updated: 3, tags: ["journal/2024"] }),
	idea("Idées/beta.md", { kind: "stage", key: "spark" }, { created: 200, updated: 2 }),
	idea("Idées/Draft.md", { kind: "stage", key: "invest" }, { created: 50, sourceTarget: "Mardi" }),
	idea("Idées/Weird.md", { kind: "unknown", raw: "someday" }),
];

const INBOX: InboxItem[] = [
	{ sourcePath: "J/Lundi.md", sourceTitle: "Lundi", text: "Une idée à creuser" },
	{ sourcePath: "J/Mardi.md", sourceTitle: "Mardi", text: "Autre chose" },
];

function input(extra: Partial<BoardInput> = {}): BoardInput {
	return { ideas: IDEAS, inbox: INBOX, stages: STAGES, language: "en", filter: NO_FILTER, sort: "created", ...extra };
}

function paths(model: ReturnType<typeof buildBoardModel>, key: string): string[] {
	return model.lanes.find((lane) => lane.key === key)?.cards.map((card) => card.path) ?? [];
}

describe("laneKeyOf", () => {
	it("puts ideas in their stage, the first stage without status and the other lane when unknown", () => {
		expect(laneKeyOf({ status: { kind: "stage", key: "think" } }, STAGES)).toBe("think");
		expect(laneKeyOf({ status: { kind: "missing" } }, STAGES)).toBe("spark");
		expect(laneKeyOf({ status: { kind: "unknown", raw: "x" } }, STAGES)).toBe(OTHER_LANE_KEY);
	});
});

describe("buildBoardModel", () => {
	it("has one lane per stage in order, even empty, then the other lane", () => {
		const model = buildBoardModel(input());
		expect(model.lanes.map((lane) => lane.key)).toEqual(["spark", "think", "invest", "published", "re-invest", OTHER_LANE_KEY]);
		expect(model.lanes.map((lane) => lane.count)).toEqual([3, 0, 1, 0, 0, 1]);
	});

	it("labels lanes in the board's language and leaves the other lane to the UI", () => {
		const model = buildBoardModel(input({ language: "fr" }));
		expect(model.lanes.map((lane) => lane.label)).toEqual(["Étincelle", "À creuser", "Brouillon", "Publié", "À recycler", null]);
		expect(model.lanes.at(-1)?.kind).toBe("other");
	});

	it("leaves out the other lane when no idea has an unknown status", () => {
		const model = buildBoardModel(input({ ideas: IDEAS.slice(0, 4) }));
		expect(model.lanes.some((lane) => lane.key === OTHER_LANE_KEY)).toBe(false);
	});

	it("flags a card with an unknown status with a code and the raw value", () => {
		const card = buildBoardModel(input()).lanes.at(-1)?.cards[0];
		expect(card).toMatchObject({ path: "Idées/Weird.md", warning: "unknownStatus", rawStatus: "someday" });
	});

	it("sorts by created or updated date, newest first, undated last", () => {
		expect(paths(buildBoardModel(input()), "spark")).toEqual(["Idées/Idée élégante.md", "Idées/beta.md", "Idées/Alpha.md"]);
		expect(paths(buildBoardModel(input({ sort: "updated" })), "spark")).toEqual(["Idées/Alpha.md", "Idées/beta.md", "Idées/Idée élégante.md"]);
		const undated = buildBoardModel(input({ ideas: [idea("b.md", { kind: "missing" }), idea("a.md", { kind: "missing" }, { created: 1 }), idea("c.md", { kind: "missing" })] }));
		expect(paths(undated, "spark")).toEqual(["a.md", "b.md", "c.md"]);
	});

	it("sorts by title in the language's order, numbers by value, ties by path", () => {
		const ideas = [
			idea("x/Idée 10.md", { kind: "missing" }),
			idea("x/Idée 2.md", { kind: "missing" }),
			idea("x/idee.md", { kind: "missing" }),
			idea("y/Zèbre.md", { kind: "missing" }),
			idea("z/Zèbre.md", { kind: "missing" }),
			idea("x/Éclair.md", { kind: "missing" }),
		];
		expect(paths(buildBoardModel(input({ ideas, sort: "title" })), "spark")).toEqual([
			"x/Éclair.md",
			"x/idee.md",
			"x/Idée 2.md",
			"x/Idée 10.md",
			"y/Zèbre.md",
			"z/Zèbre.md",
		]);
	});

	it("breaks ties of a date sort by title, numbers by value: n°2 before n°10", () => {
		const ideas = ["Idée n°100", "Idée n°10", "Idée n°2", "Idée n°1"].map((name) => idea(`Idées/${name}.md`, { kind: "missing" }));
		expect(buildBoardModel(input({ ideas, language: "fr" })).lanes[0]?.cards.map((card) => card.title)).toEqual(["Idée n°1", "Idée n°2", "Idée n°10", "Idée n°100"]);
	});

	it("sorts titles that differ only by case or accents as one, then by path", () => {
		const ideas = [idea("b/elan.md", { kind: "missing" }), idea("a/Élan.md", { kind: "missing" })];
		expect(paths(buildBoardModel(input({ ideas, sort: "title", language: "fr" })), "spark")).toEqual(["a/Élan.md", "b/elan.md"]);
	});

	it("filters by text in titles, tags and source titles, ignoring case and accents", () => {
		const byTitle = buildBoardModel(input({ filter: { ...NO_FILTER, text: "IDEE elegante" } }));
		expect(byTitle.lanes.flatMap((lane) => lane.cards.map((card) => card.path))).toEqual(["Idées/Idée élégante.md"]);
		expect(byTitle.inbox).toEqual([]);
		const bySource = buildBoardModel(input({ filter: { ...NO_FILTER, text: "mardi" } }));
		expect(bySource.lanes.flatMap((lane) => lane.cards.map((card) => card.path))).toEqual(["Idées/Draft.md"]);
		expect(bySource.inbox.map((item) => item.text)).toEqual(["Autre chose"]);
		const byTag = buildBoardModel(input({ filter: { ...NO_FILTER, text: "busi" } }));
		expect(byTag.lanes.flatMap((lane) => lane.cards.map((card) => card.path))).toEqual(["Idées/Idée élégante.md"]);
	});

	it("keeps lane totals before the filter and counts after it", () => {
		const spark = buildBoardModel(input({ filter: { ...NO_FILTER, text: "beta" } })).lanes[0];
		expect(spark).toMatchObject({ count: 1, total: 3 });
	});

	it("filters by tag, nested tags included, and empties the inbox", () => {
		const model = buildBoardModel(input({ filter: { ...NO_FILTER, tag: "#Journal" } }));
		expect(model.lanes.flatMap((lane) => lane.cards.map((card) => card.path))).toEqual(["Idées/Alpha.md"]);
		expect(model.inbox).toEqual([]);
	});

	it("filters by source note, for resolved and unresolved links and the inbox", () => {
		const lundi = buildBoardModel(input({ filter: { ...NO_FILTER, source: "J/Lundi.md" } }));
		expect(lundi.lanes.flatMap((lane) => lane.cards.map((card) => card.path))).toEqual(["Idées/Idée élégante.md"]);
		expect(lundi.inbox.map((item) => item.text)).toEqual(["Une idée à creuser"]);
		const mardi = buildBoardModel(input({ filter: { ...NO_FILTER, source: "J/Mardi.md" } }));
		expect(mardi.lanes.flatMap((lane) => lane.cards.map((card) => card.path))).toEqual(["Idées/Draft.md"]);
	});

	it("shows what the open note holds and has given, and nothing when no note is open", () => {
		const lundi = buildBoardModel(input({ filter: { ...NO_FILTER, openNote: { path: "J/Lundi.md" } } }));
		expect(lundi.lanes.flatMap((lane) => lane.cards.map((card) => card.path))).toEqual(["Idées/Idée élégante.md"]);
		expect(lundi.inbox.map((item) => item.text)).toEqual(["Une idée à creuser"]);
		const mardi = buildBoardModel(input({ filter: { ...NO_FILTER, openNote: { path: "J/Mardi.md" } } }));
		expect(mardi.lanes.flatMap((lane) => lane.cards.map((card) => card.path))).toEqual(["Idées/Draft.md"]);
		expect(mardi.inbox.map((item) => item.text)).toEqual(["Autre chose"]);
		const none = buildBoardModel(input({ filter: { ...NO_FILTER, openNote: { path: null } } }));
		expect([none.lanes.flatMap((lane) => lane.cards), none.inbox, none.inboxTotal]).toEqual([[], [], 2]);
	});

	it("names card sources from the path or the link text", () => {
		const model = buildBoardModel(input());
		expect(model.lanes[0]?.cards[0]?.sourceTitle).toBe("Lundi");
		expect(model.lanes[2]?.cards[0]?.sourceTitle).toBe("Mardi");
	});

	it("gives inbox cards a stable key", () => {
		expect(buildBoardModel(input()).inbox[0]?.key).toBe("J/Lundi.md\nUne idée à creuser");
	});

	it("lists the dismissed items apart, searched as the Inbox is, out of its count, and redraws the Inbox when they change", () => {
		const dismissed: InboxItem[] = [
			{ sourcePath: "J/Lundi.md", sourceTitle: "Lundi", text: "Simplifier vos idées" },
			{ sourcePath: "J/Mardi.md", sourceTitle: "Mardi", text: "Le piège de l'expertise : « savoir »" },
		];
		const model = buildBoardModel(input({ dismissed }));
		expect(model.inbox.map((card) => card.text)).toEqual(["Une idée à creuser", "Autre chose"]);
		expect(model.inboxTotal).toBe(2);
		expect(model.dismissed.map((card) => card.text)).toEqual(["Simplifier vos idées", "Le piège de l'expertise : « savoir »"]);
		expect(buildBoardModel(input({ dismissed, filter: { ...NO_FILTER, text: "piege" } })).dismissed.map((card) => card.text)).toEqual(["Le piège de l'expertise : « savoir »"]);
		expect(model.inboxSignature).not.toBe(buildBoardModel(input({ dismissed: dismissed.slice(1) })).inboxSignature);
		expect(buildBoardModel(input()).dismissed).toEqual([]);
	});

	it("gives equal lanes equal signatures and changed lanes new ones", () => {
		const a = buildBoardModel(input());
		const b = buildBoardModel(input({ ideas: [...IDEAS.slice(0, 3), { ...IDEAS[3], title: "Renamed" } as Idea, ...IDEAS.slice(4)] }));
		expect(a.lanes.map((lane) => lane.signature === b.lanes.find((other) => other.key === lane.key)?.signature)).toEqual([true, true, false, true, true, true]);
	});
});

describe("the inbox of buildBoardModel", () => {
	// Three watched notes: Lundi (created first), Mardi, and Mercredi, edited last.
	const DATES: Record<string, { created: number; updated: number }> = {
		"J/Lundi.md": { created: 100, updated: 900 },
		"J/Mardi.md": { created: 200, updated: 200 },
		"J/Mercredi.md": { created: 300, updated: 300 },
	};
	const noteDates = (path: string): { created: number; updated: number } | null => DATES[path] ?? null;
	const ITEMS: InboxItem[] = [
		{ sourcePath: "J/Lundi.md", sourceTitle: "Lundi", text: "Zéro brouillon : écrire « à voix haute »" },
		{ sourcePath: "J/Lundi.md", sourceTitle: "Lundi", text: "L'art de dire non" },
		{ sourcePath: "J/Mardi.md", sourceTitle: "Mardi", text: "Écrire avant de savoir" },
		{ sourcePath: "J/Mercredi.md", sourceTitle: "Mercredi", text: "l'art  de dire non" },
	];
	const inbox = (extra: Partial<BoardInput>): ReturnType<typeof buildBoardModel> => buildBoardModel(input({ inbox: ITEMS, noteDates, ...extra }));

	it("shows an item that several notes hold once, with every note, the most recently updated first", () => {
		const model = inbox({ sort: "title" });
		const art = model.inbox.filter((item) => item.text.toLowerCase().startsWith("l'art"));
		expect(art).toHaveLength(1);
		expect(art[0]?.sources).toEqual([
			{ path: "J/Lundi.md", title: "Lundi" },
			{ path: "J/Mercredi.md", title: "Mercredi" },
		]);
		// Promotion links the lead source.
		expect(art[0]).toMatchObject({ sourcePath: "J/Lundi.md", sourceTitle: "Lundi", text: "L'art de dire non" });
		expect(model.inboxTotal).toBe(3);
	});

	it("sorts by title, A to Z in the board's language", () => {
		expect(inbox({ sort: "title", language: "fr" }).inbox.map((item) => item.text)).toEqual(["Écrire avant de savoir", "L'art de dire non", "Zéro brouillon : écrire « à voix haute »"]);
	});

	it("sorts newest first by its notes' creation or update dates, keeping a note's items in their order", () => {
		expect(inbox({ sort: "created" }).inbox.map((item) => item.text)).toEqual(["Écrire avant de savoir", "Zéro brouillon : écrire « à voix haute »", "L'art de dire non"]);
		expect(inbox({ sort: "updated" }).inbox.map((item) => item.text)).toEqual(["Zéro brouillon : écrire « à voix haute »", "L'art de dire non", "Écrire avant de savoir"]);
	});

	it("puts the items of notes with the same dates in their notes' natural order: n°2 before n°10", () => {
		const items: InboxItem[] = ["Carnet n°10", "Carnet n°2", "Carnet n°1"].map((name) => ({ sourcePath: `J/${name}.md`, sourceTitle: name, text: `Idée du ${name}` }));
		expect(buildBoardModel(input({ inbox: items, language: "fr" })).inbox.map((item) => item.sourceTitle)).toEqual(["Carnet n°1", "Carnet n°2", "Carnet n°10"]);
	});

	it("counts the inbox before the filter, so that its lane can say what a filter hides", () => {
		const model = inbox({ filter: { ...NO_FILTER, source: "J/Mardi.md" } });
		expect(model.inbox.map((item) => item.text)).toEqual(["Écrire avant de savoir"]);
		expect(model.inboxTotal).toBe(3);
	});

	it("gives an Inbox built again the same signature while its items are the same, and a new one when an item's details change", () => {
		const first = inbox({ sort: "title" });
		expect(inbox({ sort: "title" }).inboxSignature).toBe(first.inboxSignature);
		expect(inbox({ sort: "created" }).inboxSignature).not.toBe(first.inboxSignature);
		const detailed = ITEMS.map((item, at) => (at === 2 ? { ...item, details: ["Relire « Expert Secrets »", "Écrire le [[Plan|plan]]"] } : item));
		const changed = inbox({ sort: "title", inbox: detailed });
		expect(changed.inboxSignature).not.toBe(first.inboxSignature);
		expect(changed.inbox.find((card) => card.sourcePath === "J/Mardi.md")?.details).toEqual(["Relire « Expert Secrets »", "Écrire le [[Plan|plan]]"]);
	});

	it("gives an item filtered to one of its notes that note as its only source", () => {
		const model = inbox({ filter: { ...NO_FILTER, source: "J/Mercredi.md" } });
		expect(model.inbox).toEqual([expect.objectContaining({ sourcePath: "J/Mercredi.md", sources: [{ path: "J/Mercredi.md", title: "Mercredi" }] })]);
	});
});

describe("keepUnchangedLanes", () => {
	it("reuses the previous lane objects whose signature did not change", () => {
		const a = buildBoardModel(input());
		const b = keepUnchangedLanes(a, buildBoardModel(input({ ideas: IDEAS.filter((i) => i.path !== "Idées/Draft.md") })));
		expect(b.lanes.map((lane, index) => lane === a.lanes[index])).toEqual([true, true, false, true, true, true]);
		expect(b.inbox).toBe(a.inbox);
	});
});

describe("moveCard", () => {
	it("moves a card to its sorted place in another lane and leaves other lanes untouched", () => {
		const model = buildBoardModel(input());
		const moved = moveCard(model, "Idées/beta.md", "invest");
		expect(paths(moved, "spark")).toEqual(["Idées/Idée élégante.md", "Idées/Alpha.md"]);
		expect(paths(moved, "invest")).toEqual(["Idées/beta.md", "Idées/Draft.md"]);
		expect(moved.lanes[1]).toBe(model.lanes[1]);
		expect(moved.lanes[0]?.signature).not.toBe(model.lanes[0]?.signature);
		expect(moved.lanes[0]).toMatchObject({ count: 2, total: 2 });
		expect(model.lanes[0]?.count).toBe(3);
	});

	it("moves a card from the other lane, clears its warning and drops the emptied lane", () => {
		const moved = moveCard(buildBoardModel(input()), "Idées/Weird.md", "think");
		expect(moved.lanes.some((lane) => lane.key === OTHER_LANE_KEY)).toBe(false);
		const card = moved.lanes.find((lane) => lane.key === "think")?.cards[0];
		expect(card?.path).toBe("Idées/Weird.md");
		expect(card?.warning).toBeUndefined();
		expect(card?.rawStatus).toBeUndefined();
	});

	it("returns the same model when the move makes no sense", () => {
		const model = buildBoardModel(input());
		expect(moveCard(model, "missing.md", "think")).toBe(model);
		expect(moveCard(model, "Idées/beta.md", "nowhere")).toBe(model);
		expect(moveCard(model, "Idées/beta.md", "spark")).toBe(model);
		expect(moveCard(model, "Idées/beta.md", OTHER_LANE_KEY)).toBe(model);
	});

	// How long this takes is measured by `npm run bench` (boardRenderMs, boardMoveMs).
	it("builds and moves on a board of 2,000 ideas", () => {
		const many = Array.from({ length: 2000 }, (_, i) => idea(`Idées/${i}.md`, { kind: "stage", key: STAGES[i % STAGES.length]?.key ?? "spark" }, { created: i, tags: ["t"] }));
		const model = buildBoardModel(input({ ideas: many, sort: "title" }));
		const moved = moveCard(model, "Idées/7.md", "spark");
		expect(moved.lanes[0]?.count).toBe(401);
	});
});

describe("stalled ideas on the board", () => {
	const DAY = 86_400_000;
	const NOW = new Date(2026, 11, 31, 9, 0).getTime();
	const waiting = [
		idea("Idées/Douter.md", { kind: "stage", key: "spark" }, { stageSince: new Date(2026, 11, 8).getTime(), created: NOW - 400 * DAY }),
		idea("Idées/Jamais déplacée.md", { kind: "stage", key: "think" }, { created: new Date(2026, 11, 1).getTime() }),
		idea("Idées/Fraîche.md", { kind: "stage", key: "think" }, { stageSince: new Date(2026, 11, 20).getTime(), created: NOW - 400 * DAY }),
	];
	const stalledOf = (model: ReturnType<typeof buildBoardModel>) => Object.fromEntries(model.lanes.flatMap((lane) => lane.cards).map((card) => [card.path, card.stalled ?? null]));

	it("says on a card past the threshold how many days it has waited, and from what", () => {
		const model = buildBoardModel(input({ ideas: waiting, stalled: { now: NOW, days: 21 } }));
		expect(stalledOf(model)).toEqual({
			"Idées/Douter.md": { days: 23, from: "move" },
			"Idées/Jamais déplacée.md": { days: 30, from: "created" },
			"Idées/Fraîche.md": null,
		});
		expect(stalledOf(buildBoardModel(input({ ideas: waiting })))["Idées/Douter.md"]).toBeNull();
	});

	it("forgets the days a card waited as soon as it moves", () => {
		const model = buildBoardModel(input({ ideas: waiting, stalled: { now: NOW, days: 21 } }));
		expect(stalledOf(moveCard(model, "Idées/Douter.md", "invest"))["Idées/Douter.md"]).toBeNull();
	});
});

describe("a board built again", () => {
	const DAY = 86_400_000;
	const NOW = new Date(2026, 11, 31, 9, 0).getTime();
	const douter = idea("Idées/Douter : « l'art » de commencer.md", { kind: "stage", key: "spark" }, { stageSince: new Date(2026, 11, 8).getTime(), sourcePath: "Lectures/L'Almanach.md" });
	const chips = [{ path: "Brouillons/Douter - LinkedIn.md", name: "Post LinkedIn", channel: "LinkedIn", published: false }];
	const cardOf = (model: ReturnType<typeof buildBoardModel>) => model.lanes.flatMap((lane) => lane.cards)[0];
	const build = (extra: Partial<BoardInput> = {}) => buildBoardModel(input({ ideas: [douter], draftsOf: () => chips, horizonOf: () => "classic", stalled: { now: NOW, days: 21 }, ...extra }));

	it("gives the same card, and lane, when nothing the card shows changed, whatever the sort", () => {
		const first = build();
		const again = build({ sort: "title" });
		expect(cardOf(again)).toBe(cardOf(first));
		expect(again.lanes[0]?.signature).toBe(first.lanes[0]?.signature);
	});

	it("shows the idea's new drafts, its book's new horizon and the days it waited on the next day", () => {
		const first = cardOf(build());
		const published = [{ ...chips[0]!, published: true }];
		expect(cardOf(build({ draftsOf: () => published }))?.drafts).toEqual(published);
		expect(cardOf(build({ horizonOf: () => "current" }))?.horizon).toBe("current");
		expect(cardOf(build({ stalled: { now: NOW + DAY, days: 21 } }))?.stalled).toEqual({ days: (first?.stalled?.days ?? 0) + 1, from: "move" });
		expect(cardOf(build({ draftsOf: () => [] }))?.drafts).toBeUndefined();
		expect(cardOf(build({ horizonOf: () => null }))?.horizon).toBeUndefined();
	});
});
