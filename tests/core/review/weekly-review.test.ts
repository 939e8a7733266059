import type { NoteLink, NoteRecord } from "../../../src/core/note/note-record";
import { toIdea, type Idea } from "../../../src/core/pipeline/idea";
import { toDraft, type Draft } from "../../../src/core/drafting/draft";
import { labelsOf } from "../../../src/core/i18n/labels";
import { translator } from "../../../src/core/i18n/translator";
import { ET_BUT_KEY } from "../../../src/core/reading/et-but-extractor";
import type { EtButBlock } from "../../../src/core/reading/et-but-blocks";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";
import { weeklyReview, type WeeklyReview } from "../../../src/core/review/weekly-review";
import { reviewSections } from "../../../src/core/review/review-sections";
import { makeRecord } from "../pipeline/make-record";

/** Tuesday 8 December 2026, 9:30: the writer's today. */
const NOW = new Date(2026, 11, 8, 9, 30).getTime();
const W49 = { year: 2026, week: 49 };
const SETTINGS = DEFAULT_SETTINGS;
const LABELS = labelsOf(SETTINGS, "fr");
const t = translator("fr");

const at = (text: string): number => new Date(text).getTime();

/** A link the metadata cache resolved to the note at `path`, written by its name as Obsidian writes it. */
function linkTo(path: string): NoteLink {
	return { target: path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, ""), alias: null, subpath: null, resolved: true, resolvedPath: path };
}

function idea(path: string, created: string, properties: Record<string, unknown>): NoteRecord {
	return makeRecord(path, { created: at(created), properties: { type: "idea", ...properties } });
}

function draft(path: string, properties: Record<string, unknown>, links: NoteLink[] = [], created: string | null = null): NoteRecord {
	return makeRecord(path, { created: created === null ? null : at(created), links, properties: { type: "draft", format: "linkedin-post", channel: "LinkedIn", ...properties } });
}

function block(mine: string, id: string | null, from: number): EtButBlock {
	return { idea: "L'idée de l'auteur", location: "", and: "", but: "", mine, labels: { and: "", but: "" }, id, from, to: from + 8, form: "callout" };
}

const DOUTER = "Idées/Douter, c'est avancer.md";
const OSER = "Idées/Oser dire non.md";
const POST = "Brouillons/Douter, c'est avancer — Post LinkedIn.md";
const OSER_POST = "Brouillons/Oser dire non — Post LinkedIn.md";
const old = (name: string, published: string, impressions?: number): NoteRecord => draft(`Brouillons/${name} — Post LinkedIn.md`, { idea: `[[${name}]]`, status: "published", published, ...(impressions === undefined ? {} : { impressions }) }, [linkTo(`Idées/${name}.md`)], "2025-06-01T09:00");

const RECORDS: NoteRecord[] = [
	idea(DOUTER, "2026-12-01T10:00", { status: "spark", title: "Douter : « avancer »" }),
	// Never moved: it has waited since it was captured, 68 days.
	idea(OSER, "2026-10-01T08:00", { status: "think" }),
	idea("Idées/La méthode des consultants.md", "2026-06-01T08:00", { status: "invest", "stage-since": "2026-11-16" }),
	idea("Idées/Le lecteur idéal.md", "2026-05-01T08:00", { status: "spark", "stage-since": "2026-11-17" }),
	idea("Idées/Écrire le dimanche.md", "2026-09-01T08:00", { status: "spark", "stage-since": "2026-11-18" }),
	idea("Idées/Vendre une transformation.md", "2026-11-02T08:00", { status: "think", source: "[[Expert Secrets#^et-but-1]]" }),
	draft(POST, { idea: "[[Douter, c'est avancer]]", status: "draft", planned: "2026-12-04" }, [linkTo(DOUTER)], "2026-12-02T09:00"),
	draft(OSER_POST, { idea: "[[Oser dire non]]", status: "published", published: "2026-12-03", "results-read": "2026-12-05", impressions: 1200, reactions: "34" }, [linkTo(OSER)], "2026-11-20T09:00"),
	draft("Brouillons/Oser dire non — Numéro de newsletter.md", { idea: "[[Oser dire non]]", format: "newsletter-issue", channel: "Newsletter", status: "draft", planned: "2026-12-10T08:30" }, [linkTo(OSER)], "2026-12-07T09:00"),
	// Published more than six months ago, with their impressions: the top quarter of six is the first two, ties kept.
	old("Le positionnement", "2026-02-01", 9000),
	draft("Brouillons/Le positionnement — Thread X.md", { idea: "[[Le positionnement]]", format: "x-thread", channel: "X", status: "draft", "reinvested-from": "[[Le positionnement — Post LinkedIn]]" }, [linkTo("Brouillons/Le positionnement — Post LinkedIn.md")], "2026-11-25T09:00"),
	old("La crédibilité", "2026-03-02", 5000),
	old("Une audience fidèle", "2025-12-01", 5000),
	old("Le storytelling", "2025-11-01", 800),
	old("La régularité", "2025-10-01", 300),
	old("La newsletter", "2025-09-01", 100),
	// Six months to the day: not old enough yet. No figure: not among those ranked.
	old("Un premier livre", "2026-06-08", 20000),
	old("Une conférence", "2026-01-15"),
	makeRecord("Lectures/Expert Secrets.md", { properties: { type: "book" }, extracts: { [ET_BUT_KEY]: { blocks: [block("Vendre une transformation", "et-but-1", 5), block("Raconter ses échecs : « d'abord »", null, 20)], unlabelled: [], tooLarge: [] } } }),
	makeRecord("Lectures/Building a StoryBrand.md", { properties: { type: "book" }, extracts: { [ET_BUT_KEY]: { blocks: [block("Le client est le héros", null, 5), block("Un plan en trois étapes", null, 15), block("L'échec évité", null, 25)], unlabelled: [], tooLarge: [] } } }),
	makeRecord("Lectures/Lu et récolté.md", { properties: { type: "book" }, extracts: { [ET_BUT_KEY]: { blocks: [block("", null, 5)], unlabelled: [], tooLarge: [] } } }),
	makeRecord("Idées de marque/Penser une fois.md", { properties: { type: "brand-idea", title: "Penser une fois, répliquer partout" } }),
	makeRecord("Idées de marque/Écrire en public.md", { properties: { type: "brand-idea" } }),
	makeRecord("Idées de marque/Partout déjà.md", { properties: { type: "brand-idea" } }),
	makeRecord("Produits/Penser une fois — Conférence.md", { properties: { type: "product", product: "talk", "brand-idea": "[[Penser une fois]]" }, links: [linkTo("Idées de marque/Penser une fois.md")] }),
	makeRecord("Produits/Penser une fois — Formation.md", { properties: { type: "product", product: "Formation", "brand-idea": "[[Penser une fois]]" }, links: [linkTo("Idées de marque/Penser une fois.md")] }),
	makeRecord("Produits/Penser une fois — Autre conférence.md", { properties: { type: "product", product: "talk", "brand-idea": "[[Penser une fois]]" }, links: [linkTo("Idées de marque/Penser une fois.md")] }),
	// A note that only mentions the brand idea carries it into nothing.
	makeRecord("Journal/2026-12-01.md", { tags: ["journal"], properties: { product: "book" }, links: [linkTo("Idées de marque/Écrire en public.md")] }),
	...SETTINGS.products.map((product) => makeRecord(`Produits/Partout déjà — ${product.names.fr}.md`, { properties: { type: "product", product: product.key, "brand-idea": "[[Partout déjà]]" }, links: [linkTo("Idées de marque/Partout déjà.md")] })),
];

const ideasOf = (records: readonly NoteRecord[]): Idea[] => records.map((record) => toIdea(record, SETTINGS.stages)).filter((one): one is Idea => one !== null);
const draftsOf = (records: readonly NoteRecord[]): Draft[] => records.map(toDraft).filter((one): one is Draft => one !== null);

function review(week = W49, records: readonly NoteRecord[] = RECORDS, metric: string | null = null, now = NOW): WeeklyReview {
	const byPath = new Map(records.map((record) => [record.path, record]));
	return weeklyReview({ week, now, ideas: ideasOf(records), drafts: draftsOf(records), records, recordOf: (path) => byPath.get(path), settings: SETTINGS, labels: LABELS, metric });
}

/** Each part as the writer reads it: `title — detail` a line. */
function lines(result: WeeklyReview): Record<string, string[]> {
	return Object.fromEntries(reviewSections(result, { t, labels: LABELS, metrics: SETTINGS.metrics }).map((section) => [section.key, section.lines.map((line) => (line.detail === "" ? line.title : `${line.title} — ${line.detail}`))]));
}

describe("the weekly review: what the week saw", () => {
	it("lists the ideas captured, the drafts begun, the pieces published and the results read from Monday 30 November to Sunday 6 December", () => {
		const week = review();
		expect(week.key).toBe("2026-W49");
		expect([week.days.from, week.days.to]).toEqual(["2026-11-30", "2026-12-06"]);
		const said = lines(week);
		expect(said.captured).toEqual(["Douter : « avancer » — Étincelle"]);
		expect(said.drafted).toEqual(["Douter : « avancer » — Post LinkedIn — planifié le 4 déc. 2026"]);
		expect(said.published).toEqual(["Oser dire non — Post LinkedIn — publié le 3 déc. 2026"]);
		// Its figures in the order of the setting, written as French writes numbers; a figure typed as text counts.
		expect(said.measured).toEqual(["Oser dire non — Post LinkedIn — Impressions\u00a0: 1\u202f200, Réactions\u00a0: 34"]);
	});

	it("follows the week shown: the next one holds the newsletter begun on Monday 7 December, and none of the rest", () => {
		const said = lines(review({ year: 2026, week: 50 }));
		expect(said.drafted).toEqual(["Oser dire non — Numéro de newsletter — planifié le 10 déc. 2026"]);
		expect([said.captured, said.published, said.measured]).toEqual([[], [], []]);
	});

	it("counts week 53 of 2026 to Sunday 3 January 2027, and an idea of 2 January in it rather than in 2027", () => {
		const records = [idea("Idées/Au tournant de l'année.md", "2027-01-02T22:00", { status: "think" }), idea("Idées/Juste avant Noël.md", "2026-12-27T23:30", { status: "think" }), idea("Idées/Le premier lundi.md", "2027-01-04T00:00", { status: "think" })];
		const week = review({ year: 2026, week: 53 }, records, null, new Date(2027, 0, 5).getTime());
		expect([week.key, week.days.from, week.days.to]).toEqual(["2026-W53", "2026-12-28", "2027-01-03"]);
		expect(week.captured.map((one) => one.title)).toEqual(["Au tournant de l'année"]);
		expect(review({ year: 2027, week: 1 }, records, null, new Date(2027, 0, 5).getTime()).captured.map((one) => one.title)).toEqual(["Le premier lundi"]);
	});
});

describe("the weekly review: what waits, as of today", () => {
	it("lists the ideas in their stage for 21 days or more, the longest wait first, counted from their creation when no move recorded a day, and says which", () => {
		const week = review();
		expect(week.stalled.map((one) => `${one.title} ${one.days} ${one.from}`)).toEqual(["Oser dire non 68 created", "Vendre une transformation 36 created", "La méthode des consultants 22 move", "Le lecteur idéal 21 move"]);
		expect(lines(week).stalled).toEqual([
			"Oser dire non — Réfléchir · 68 jours dans cette étape, depuis sa création",
			"Vendre une transformation — Réfléchir · 36 jours dans cette étape, depuis sa création",
			"La méthode des consultants — Investir · 22 jours dans cette étape",
			"Le lecteur idéal — Étincelle · 21 jours dans cette étape",
		]);
		// The same whatever the week shown: it is today's.
		expect(review({ year: 2026, week: 40 }).stalled).toEqual(week.stalled);
	});

	it("lists the drafts planned on a past day and not published, not those planned later nor those published", () => {
		expect(lines(review()).overdue).toEqual(["Douter : « avancer » — Post LinkedIn — planifié le 4 déc. 2026"]);
	});

	it("lists the longest overdue first, and those of one day by their words, accents and case aside", () => {
		const planned = (idea: string, day: string) => draft(`Brouillons/${idea} — Post LinkedIn.md`, { idea: `[[${idea}]]`, status: "draft", planned: day });
		const records = [planned("écrire le dimanche", "2026-12-01"), planned("Zéro brouillon", "2026-11-20"), planned("Douter", "2026-12-01"), planned("Ébaucher", "2026-12-01")];
		expect(review(W49, records).overdue.map((one) => one.title)).toEqual(["Zéro brouillon — Post LinkedIn", "Douter — Post LinkedIn", "Ébaucher — Post LinkedIn", "écrire le dimanche — Post LinkedIn"]);
	});

	it("offers as evergreen the pieces published more than six months ago in the top quarter of impressions, ties kept, less the one already re-invested", () => {
		const week = review();
		expect(week.metric?.key).toBe("impressions");
		expect(week.evergreen.measured).toBe(6);
		expect(lines(week).evergreen).toEqual(["Une audience fidèle — Post LinkedIn — Impressions\u00a0: 5\u202f000, publié le 1 déc. 2025", "La crédibilité — Post LinkedIn — Impressions\u00a0: 5\u202f000, publié le 2 mars 2026"]);
	});

	it("ranks evergreen pieces by the metric the writer chose, and says why a list is empty", () => {
		const byReactions = review(W49, RECORDS, "reactions");
		expect(byReactions.metric?.key).toBe("reactions");
		expect(byReactions.evergreen.pieces).toEqual([]);
		const empty = reviewSections(byReactions, { t, labels: LABELS, metrics: SETTINGS.metrics }).find((section) => section.key === "evergreen");
		expect(empty?.empty).toBe("Aucune publication de plus de six mois n'a encore de chiffre en Réactions.");
		expect(empty?.caption).toBe("Publiés il y a plus de six mois, dans le meilleur quart en Réactions, jamais réinvestis.");
		// A metric the setting no longer lists falls back to impressions.
		expect(review(W49, RECORDS, "likes").metric?.key).toBe("impressions");
	});

	it("lists the books with filled “Mon idée” blocks not yet ideas, most waiting first", () => {
		expect(lines(review()).books).toEqual(["Building a StoryBrand — 3 à récolter", "Expert Secrets — 1 à récolter"]);
	});

	it("lists the brand ideas carried into the fewest products, counted as the framework board counts them, and none carried into every one", () => {
		const week = review();
		expect(lines(week).brandIdeas).toEqual(["Écrire en public — dans 0 produit sur 8", "Penser une fois, répliquer partout — dans 2 produits sur 8"]);
		expect(week.brandIdeas.count).toBe(3);
	});

	it("says each list is empty in a sentence of its own", () => {
		const sections = reviewSections(review(W49, []), { t, labels: LABELS, metrics: SETTINGS.metrics });
		expect(sections.map((section) => `${section.heading} : ${section.lines.length === 0 ? section.empty : "…"}`)).toEqual([
			"Idées capturées : Aucune idée capturée cette semaine.",
			"Brouillons commencés : Aucun brouillon commencé cette semaine.",
			"Publications : Rien de publié cette semaine.",
			"Résultats relevés : Aucun résultat relevé cette semaine.",
			"Idées en attente : Aucune idée n'attend depuis si longtemps.",
			"Brouillons en retard : Aucun brouillon en retard.",
			"Contenus evergreen à réinvestir : Aucune publication de plus de six mois n'a encore de chiffre en Impressions.",
			"Livres aux idées à récolter : Chaque «\u00a0Mon idée\u00a0» remplie est déjà une idée.",
			"Idées de marque les moins répliquées : Aucune idée de marque pour l'instant.",
		]);
	});
});
