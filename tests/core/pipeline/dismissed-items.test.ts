import {
	afterRename,
	DISMISSED_DATA_KEY,
	DISMISSED_LIMIT,
	dismissedMatcher,
	itemsOfCard,
	readDismissed,
	withDismissed,
	withoutDismissed,
	type DismissedItem,
} from "../../../src/core/pipeline/dismissed-items";

const JOURNAL = "Journal/2024-02-22.md";
const CARNET = "Réflexions/Carnet de bord.md";
const SIMPLIFIER: DismissedItem = { source: JOURNAL, text: "Simplifier vos idées" };
const FRENCH: DismissedItem = { source: JOURNAL, text: "Le piège de l'expertise : « savoir » tue l'envie" };

describe("a dismissed Inbox item", () => {
	it("stays dismissed while its note holds the same words, case, spacing and Unicode form aside", () => {
		const isDismissed = dismissedMatcher([SIMPLIFIER, FRENCH]);
		expect(isDismissed(JOURNAL, "Simplifier vos idées")).toBe(true);
		expect(isDismissed(JOURNAL, "simplifier   VOS idées")).toBe(true);
		expect(isDismissed(JOURNAL, "Simplifier vos ide\u0301es")).toBe(true);
		expect(isDismissed(JOURNAL, "Le piège de l'expertise : « savoir » tue l'envie")).toBe(true);
	});

	it("comes back when its words change, or when another note holds the same words", () => {
		const isDismissed = dismissedMatcher([SIMPLIFIER]);
		expect(isDismissed(JOURNAL, "Simplifier vos idées, sans les trahir")).toBe(false);
		expect(isDismissed(JOURNAL, "Simplifier vos idees")).toBe(false);
		expect(isDismissed(CARNET, "Simplifier vos idées")).toBe(false);
	});

	it("is dismissed from every note a card merges, so that the card leaves the Inbox whichever note leads", () => {
		const card = { text: "Le carnet d'idées comme outil de travail", sources: [{ path: CARNET, title: "Carnet de bord" }, { path: JOURNAL, title: "2024-02-22" }] };
		const isDismissed = dismissedMatcher(itemsOfCard(card));
		expect(isDismissed(CARNET, card.text)).toBe(true);
		expect(isDismissed(JOURNAL, card.text)).toBe(true);
	});

	it("is brought back on its own, the others staying aside", () => {
		const list = withoutDismissed([SIMPLIFIER, FRENCH], [{ source: JOURNAL, text: "SIMPLIFIER vos idées" }]);
		expect(list).toEqual([FRENCH]);
	});
});

describe("the dismissed items of data.json", () => {
	it("are read whatever the file holds: nothing, another shape, entries that are not items", () => {
		expect(readDismissed(null)).toEqual([]);
		expect(readDismissed("texte")).toEqual([]);
		expect(readDismissed({ [DISMISSED_DATA_KEY]: "Simplifier vos idées" })).toEqual([]);
		expect(readDismissed({ [DISMISSED_DATA_KEY]: [SIMPLIFIER, null, 3, { source: JOURNAL }, { source: "", text: "x" }, { source: JOURNAL, text: "   " }, FRENCH] })).toEqual([SIMPLIFIER, FRENCH]);
	});

	it("keep each item once, in the order it was dismissed", () => {
		expect(readDismissed({ [DISMISSED_DATA_KEY]: [SIMPLIFIER, FRENCH, { source: JOURNAL, text: "simplifier vos idées" }] })).toEqual([SIMPLIFIER, FRENCH]);
		expect(withDismissed([SIMPLIFIER], [FRENCH, SIMPLIFIER])).toEqual([SIMPLIFIER, FRENCH]);
	});

	it("keep only the newest items beyond the limit, so that the file a sync copies stays small", () => {
		const many = Array.from({ length: DISMISSED_LIMIT + 5 }, (_, i) => ({ source: JOURNAL, text: `Idée n°${i + 1}` }));
		const read = readDismissed({ [DISMISSED_DATA_KEY]: many });
		expect(read).toHaveLength(DISMISSED_LIMIT);
		expect(read[0]?.text).toBe("Idée n°6");
		const added = withDismissed(read, [SIMPLIFIER]);
		expect(added).toHaveLength(DISMISSED_LIMIT);
		expect(added.at(-1)).toEqual(SIMPLIFIER);
		expect(added[0]?.text).toBe("Idée n°7");
	});
});

describe("a renamed note", () => {
	it("takes its dismissed items along, and a renamed folder those of its notes", () => {
		const list = [SIMPLIFIER, { source: CARNET, text: "Relire ses notes : « le carnet » comme atelier" }, { source: "Journal 2/x.md", text: "Autre" }];
		expect(afterRename(list, JOURNAL, "Journal/Jeudi 22 février.md")).toEqual([{ ...SIMPLIFIER, source: "Journal/Jeudi 22 février.md" }, list[1], list[2]]);
		expect(afterRename(list, "Journal", "Carnets/Journal")).toEqual([{ ...SIMPLIFIER, source: "Carnets/Journal/2024-02-22.md" }, list[1], list[2]]);
	});

	it("leaves the list as it is, the same list, when none of its items was there", () => {
		const list = [SIMPLIFIER];
		expect(afterRename(list, "Brouillons/Sans titre.md", "Brouillons/Titre.md")).toBe(list);
	});
});
