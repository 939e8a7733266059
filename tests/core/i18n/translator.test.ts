import { messages, type MessageKey } from "../../../src/core/i18n/messages";
import { frenchTypography, translator } from "../../../src/core/i18n/translator";

const en = messages("en");
const fr = messages("fr");

const NBSP = "\u00a0";
/** The narrow no-break space French writes thousands with (Intl.NumberFormat). */
const NNBSP = "\u202f";

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

	it("counts 0, 1, 2 and 1 000 things in the writer's language, the number written as the language writes it", () => {
		const counts = [0, 1, 2, 1000];
		const say = (language: "en" | "fr", key: MessageKey, name = "count", extra: Record<string, string | number> = {}): string[] =>
			counts.map((n) => translator(language)(key, { ...extra, [name]: n }));
		expect(say("fr", "drafts.published")).toEqual(["0 publié", "1 publié", "2 publiés", `1${NNBSP}000 publiés`]);
		expect(say("en", "drafts.published")).toEqual(["0 published", "1 published", "2 published", "1,000 published"]);
		expect(say("en", "stats.totals", "drafts", { ideas: 2, published: 0 })).toEqual([
			"2 ideas, 0 drafts, 0 published",
			"2 ideas, 1 draft, 0 published",
			"2 ideas, 2 drafts, 0 published",
			"2 ideas, 1,000 drafts, 0 published",
		]);
		expect(say("fr", "stats.totals", "published", { ideas: 1, drafts: 1 })).toEqual([
			"1 idée, 1 brouillon, 0 publié",
			"1 idée, 1 brouillon, 1 publié",
			"1 idée, 1 brouillon, 2 publiés",
			`1 idée, 1 brouillon, 1${NNBSP}000 publiés`,
		]);
		expect(say("fr", "notice.promoted", "count", { note: "Journal du 22 février" })).toEqual([
			`0 idée promue depuis «${NBSP}Journal du 22 février${NBSP}».`,
			`1 idée promue depuis «${NBSP}Journal du 22 février${NBSP}».`,
			`2 idées promues depuis «${NBSP}Journal du 22 février${NBSP}».`,
			`1${NNBSP}000 idées promues depuis «${NBSP}Journal du 22 février${NBSP}».`,
		]);
		expect(say("en", "confirm.promoteUnwatched.body", "count", { note: "Carnet", tags: "#journal" }).map((text) => text.split(". ")[1])).toEqual([
			"These 0 items will become idea notes:",
			"This item will become an idea note:",
			"These 2 items will become idea notes:",
			"These 1,000 items will become idea notes:",
		]);
		expect(say("fr", "notice.templatesExported", "kept", { count: 1, folder: "Modèles" })).toEqual(
			[
				"1 modèle écrit dans Modèles ; 0 déjà présent a été gardé tel quel.",
				"1 modèle écrit dans Modèles ; 1 déjà présent a été gardé tel quel.",
				"1 modèle écrit dans Modèles ; 2 déjà présents ont été gardés tels quels.",
				`1 modèle écrit dans Modèles ; 1${NNBSP}000 déjà présents ont été gardés tels quels.`,
			].map((text) => text.replace(" ;", `${NBSP};`)),
		);
		expect(say("en", "brand.products.coverage", "total", { covered: 0 })).toEqual(["0 of 0 products", "0 of 1 product", "0 of 2 products", "0 of 1,000 products"]);
		// What was written agrees with how many properties it names.
		expect([1, 2].map((count) => translator("fr")("notice.bookRead", { book: "Expert Secrets", properties: count === 1 ? "finished" : "status et finished", count }))).toEqual([
			`«${NBSP}Expert Secrets${NBSP}» est marqué comme lu${NBSP}: finished écrit.`,
			`«${NBSP}Expert Secrets${NBSP}» est marqué comme lu${NBSP}: status et finished écrits.`,
		]);
	});

	it("picks the form of a count already written out, as a number of the language", () => {
		expect(translator("fr")("brand.build.checked", { checked: `1${NNBSP}000`, count: `2${NNBSP}000` })).toBe(`1${NNBSP}000 sur 2${NNBSP}000 cochées`);
		expect(translator("fr")("brand.build.checked", { checked: "1", count: "3" })).toBe("1 sur 3 cochée");
		expect(translator("en")("brand.build.checked", { checked: "1,000", count: "2,000" })).toBe("1,000 of 2,000 checked");
	});

	it("writes every count of every message, each plural with a singular and a plural form, in both languages", () => {
		for (const language of ["en", "fr"] as const) {
			for (const [key, text] of Object.entries(language === "fr" ? fr : en)) {
				const counts = Object.fromEntries([...text.matchAll(/\{(\w+)[,}]/g)].map((match) => [match[1] ?? "", 2]));
				expect([key, translator(language)(key as MessageKey, counts)]).not.toEqual([key, expect.stringMatching(/, (?:plural|number)|\{\w+\}|#\}/)]);
			}
		}
	});

	it("quotes a title once in every message, whether the writer quoted it or a notice cut it before its closing mark", () => {
		const titles = ["« Penser une fois, répliquer partout »", "« Penser une fois, répliquer…", "“Think once, replicate everywhere”", '"Think once"'];
		for (const language of ["en", "fr"] as const) {
			const t = translator(language);
			for (const key of Object.keys(en) as MessageKey[]) {
				const template = (language === "fr" ? fr : en)[key];
				const counts = new Set([...template.matchAll(/\{(\w+), (?:plural|number)/g)].map((match) => match[1]));
				for (const title of titles) {
					const vars = Object.fromEntries([...template.matchAll(/\{(\w+)[,}]/g)].map(([, name = ""]) => [name, counts.has(name) ? 2 : title]));
					expect([key, t(key, vars)]).not.toEqual([key, expect.stringMatching(/[«“"][\s\u00a0]*[«“"]|[»”"][\s\u00a0]*[»”"]/)]);
				}
			}
		}
		expect(translator("fr")("notice.moved", { title: "« Penser une fois… »", stage: "Investir" })).toBe(`«${NBSP}Penser une fois…${NBSP}» déplacée vers Investir.`);
		expect(translator("fr")("notice.moved", { title: "« Penser une fois, répliquer…", stage: "Investir" })).toBe(`«${NBSP}Penser une fois, répliquer…${NBSP}» déplacée vers Investir.`);
		expect(translator("en")("notice.bookCreated", { title: "« Penser une fois »" })).toBe("Book note created: “Penser une fois”.");
		// A title quoted only in part keeps its marks, and the message quotes the whole of it.
		expect(translator("fr")("notice.moved", { title: "« Penser » et « répliquer »", stage: "Investir" })).toBe(`«${NBSP}« Penser » et « répliquer »${NBSP}» déplacée vers Investir.`);
		expect(translator("fr")("notice.captured", { title: "« Penser une fois »" })).toBe(`Idée capturée${NBSP}: « Penser une fois »`);
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
