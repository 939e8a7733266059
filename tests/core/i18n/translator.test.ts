import { en, fr, type MessageKey } from "../../../src/core/i18n/messages";
import { frenchTypography, translator } from "../../../src/core/i18n/translator";

const NBSP = "\u00a0";

describe("translator", () => {
	it("names a note in French the way French reads: Source : Le piège de l'expertise", () => {
		const t = translator("fr");
		expect(t("board.from", { source: "Le piège de l'expertise" })).toBe(`Source${NBSP}: Le piège de l'expertise`);
		expect(t("notice.promoted", { count: 1, note: "Le piège de l'expertise" })).toBe(`1 idée promue depuis «${NBSP}Le piège de l'expertise${NBSP}».`);
		expect(translator("en")("notice.promoted", { count: 2, note: "Le piège de l'expertise" })).toBe(`2 ideas promoted from "Le piège de l'expertise".`);
	});

	it("says one thing in the singular, and in French none too: « 0 idée à moi », \"0 ideas of mine\"", () => {
		const fr = translator("fr");
		const en = translator("en");
		expect([0, 1, 2].map((count) => fr("reading.filled", { count }))).toEqual(["0 idée à moi", "1 idée à moi", "2 idées à moi"]);
		expect([0, 1, 2].map((count) => en("reading.filled", { count }))).toEqual(["0 ideas of mine", "1 idea of mine", "2 ideas of mine"]);
		expect(fr("stats.periodCount", { count: 1, days: 90 })).toBe("1 publié ces 90 derniers jours");
		expect(fr("drafts.published", { count: "3" })).toBe("3 publiés");
		expect(en("notice.bookIdeasPromoted", { count: 1, book: "Expert Secrets" })).toBe("1 idea promoted from “Expert Secrets”.");
	});

	it("has a plural message, counting with {count}, for every singular one", () => {
		for (const key of Object.keys(en).filter((k) => k.endsWith("One")) as MessageKey[]) {
			const plural = key.slice(0, -"One".length) as MessageKey;
			expect([key, plural in en]).toEqual([key, true]);
			for (const table of [en, fr]) expect([key, table[plural].includes("{count}")]).toEqual([key, true]);
		}
	});

	it("puts a no-break space before French two-part punctuation, never touching the writer's words put into a message", () => {
		const title = `Simplifier sans mentir : la « règle » des trois exemples ?`;
		expect(translator("fr")("notice.captured", { title })).toBe(`Idée capturée${NBSP}: ${title}`);
		expect(translator("fr")("confirm.delete.title")).toBe(`Supprimer cette note d'idée${NBSP}?`);
	});

	it("leaves no ordinary space before : ; ! ? » or after « in any French message", () => {
		const t = translator("fr");
		for (const key of Object.keys(fr) as MessageKey[]) {
			expect([key, t(key)]).not.toEqual([key, expect.stringMatching(/ [:;!?»]|« /)]);
		}
	});

	it("has every message in French and English", () => {
		expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
		for (const key of Object.keys(fr) as MessageKey[]) expect([key, fr[key].trim()]).not.toEqual([key, ""]);
	});
});

describe("frenchTypography", () => {
	it("turns the space before a colon, semicolon, exclamation or question mark, and inside guillemets, into a no-break space", () => {
		expect(frenchTypography("Source : {source} ; « {title} » ! ?")).toBe(`Source${NBSP}: {source}${NBSP}; «${NBSP}{title}${NBSP}»${NBSP}!${NBSP}?`);
		expect(frenchTypography("10:00, https://exemple.fr")).toBe("10:00, https://exemple.fr");
	});
});
