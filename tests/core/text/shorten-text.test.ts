import { shortenText } from "../../../src/core/text/shorten-text";

describe("shortenText", () => {
	it("leaves a text that fits as it is", () => {
		expect(shortenText("Le piège de l'expertise", 23)).toBe("Le piège de l'expertise");
	});

	it("cuts a long text at a word, never inside one, and ends it with an ellipsis", () => {
		const long = "Simplifier sans mentir : la règle des trois exemples, que l'on retrouve chez tous les bons vulgarisateurs";
		const short = shortenText(long, 40);
		expect(short).toBe("Simplifier sans mentir : la règle des…");
		expect(Array.from(short).length).toBeLessThanOrEqual(40);
		expect(long.startsWith(short.slice(0, -1))).toBe(true);
	});

	it("drops a comma or a colon left before the cut", () => {
		expect(shortenText("Écrire avant de savoir : une méthode", 25)).toBe("Écrire avant de savoir…");
		expect(shortenText("Un, deux, trois, quatre", 10)).toBe("Un, deux…");
	});

	it("cuts a single very long word at a character, without splitting an emoji or an accent", () => {
		expect(shortenText("Anticonstitutionnellement", 10)).toBe("Anticonst…");
		expect(shortenText("👩🏽‍💻👩🏽‍💻👩🏽‍💻👩🏽‍💻", 3)).toBe("👩🏽‍💻👩🏽‍💻…");
		expect(shortenText("e\u0301e\u0301e\u0301e\u0301", 3)).toBe("e\u0301e\u0301…");
	});
});
