import { planPromoteBatch, PROMOTE_WITHOUT_ASKING } from "../../../src/core/pipeline/promote-batch";
import { ideasByWords } from "../../../src/core/pipeline/ideas-by-words";

const IDEAS = [
	{ path: "Idées/Simplifier vos idées.md", text: "Simplifier vos idées" },
	{ path: "Idées/Le piège de l'expertise « savoir » tue l'envie.md", text: "Le piège de l'expertise : « savoir » tue l'envie" },
	{ path: "Idées/Simplifier vos idées 2.md", text: "Simplifier vos idées" },
	{ path: "Idées/Sans titre.md", text: "" },
];

describe("an idea note with the same words", () => {
	const existing = ideasByWords(IDEAS);

	it("is found by the plugin's comparable text: case, spacing and Unicode form aside, the first note answering", () => {
		expect(existing("Simplifier vos idées")?.path).toBe("Idées/Simplifier vos idées.md");
		expect(existing("  simplifier\nVOS   idées ")?.path).toBe("Idées/Simplifier vos idées.md");
		expect(existing("Simplifier vos ide\u0301es")?.path).toBe("Idées/Simplifier vos idées.md");
		expect(existing("Le piège de l'expertise : « savoir » tue l'envie")?.path).toBe("Idées/Le piège de l'expertise « savoir » tue l'envie.md");
		// What Templater code in a title became when it was written (a word joiner no one sees) compares as typed.
		expect(ideasByWords([{ path: "Idées/Modèle.md", text: "<\u2060% tp.date.now() %> en une phrase" }])("<% tp.date.now() %> en une phrase")?.path).toBe("Idées/Modèle.md");
	});

	it("is not found for other words: accents count, and an empty title matches nothing", () => {
		expect(existing("Simplifier vos idees")).toBeNull();
		expect(existing("Simplifier vos idées, sans les trahir")).toBeNull();
		expect(existing("")).toBeNull();
	});
});

describe("a batch promotion", () => {
	const batch = (count: number): string[] => Array.from({ length: count }, (_, i) => `Idée n°${i + 1} : « à creuser »`);

	it("asks first above twenty ideas, not at twenty", () => {
		expect(PROMOTE_WITHOUT_ASKING).toBe(20);
		expect(planPromoteBatch(batch(20), (text) => text, () => null).asks).toBe(false);
		expect(planPromoteBatch(batch(21), (text) => text, () => null).asks).toBe(true);
		expect(planPromoteBatch(batch(249), (text) => text, () => null).asks).toBe(true);
	});

	it("tells the ideas an idea note already holds from the others, in the batch's order", () => {
		const items = [{ title: "Comment trouver des idées de marque ?" }, { title: "simplifier vos idées" }, { title: "Think, Spark, Invest, Re-Invest" }, { title: "Le piège de l'expertise : « savoir » tue l'envie" }];
		const plan = planPromoteBatch(items, (item) => item.title, ideasByWords(IDEAS));
		expect(plan.fresh.map((item) => item.title)).toEqual(["Comment trouver des idées de marque ?", "Think, Spark, Invest, Re-Invest"]);
		expect(plan.duplicates.map(({ item, existing }) => [item.title, existing.path])).toEqual([
			["simplifier vos idées", "Idées/Simplifier vos idées.md"],
			["Le piège de l'expertise : « savoir » tue l'envie", "Idées/Le piège de l'expertise « savoir » tue l'envie.md"],
		]);
		expect(plan.asks).toBe(false);
	});
});
