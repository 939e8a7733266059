import { toDraft, type Draft } from "../../../src/core/drafting/draft";
import { labelsOf } from "../../../src/core/i18n/labels";
import { translator } from "../../../src/core/i18n/translator";
import { toIdea, type Idea } from "../../../src/core/pipeline/idea";
import { reviewNoteText } from "../../../src/core/review/review-note";
import { reviewSections } from "../../../src/core/review/review-sections";
import { weeklyReview } from "../../../src/core/review/weekly-review";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";
import { makeRecord } from "../pipeline/make-record";

const NOW = new Date(2026, 11, 8, 9, 30).getTime();

const records = [
	makeRecord("Idées/Douter, c'est avancer.md", { created: new Date(2026, 11, 1, 10).getTime(), properties: { type: "idea", status: "spark", title: "Douter : « avancer » [brouillon | v2]" } }),
	makeRecord("Idées/Oser dire non.md", { created: new Date(2026, 9, 1).getTime(), properties: { type: "idea", status: "think" } }),
];

function note(language: "fr" | "en"): string {
	const labels = labelsOf(DEFAULT_SETTINGS, language);
	const t = translator(language);
	const review = weeklyReview({
		week: { year: 2026, week: 49 },
		now: NOW,
		ideas: records.map((record) => toIdea(record, DEFAULT_SETTINGS.stages)).filter((idea): idea is Idea => idea !== null),
		drafts: records.map(toDraft).filter((draft): draft is Draft => draft !== null),
		records,
		recordOf: () => undefined,
		settings: DEFAULT_SETTINGS,
		labels,
		metric: null,
	});
	return reviewNoteText({
		review,
		sections: reviewSections(review, { t, labels, metrics: DEFAULT_SETTINGS.metrics }),
		words: { t, labels },
		created: "2026-12-08T09:30",
		linkText: (path) => path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, ""),
	});
}

describe("the saved review's note", () => {
	it("holds its week and the day it was written, then each part under its heading, a wikilink a note, what waits as the view says it", () => {
		expect(note("fr")).toBe(
			[
				"---",
				"week: 2026-W49",
				"created: 2026-12-08T09:30",
				"---",
				"# Semaine 49 de 2026",
				"",
				"Du lundi 30 novembre 2026 au dimanche 6 décembre 2026.",
				"",
				"## Idées capturées",
				"",
				// The idea's words show through the link; brackets and a pipe would end the alias early.
				"- [[Douter, c'est avancer|Douter : « avancer » brouillon v2]] — Étincelle",
				"",
				"## Brouillons commencés",
				"",
				"Aucun brouillon commencé cette semaine.",
				"",
				"## Publications",
				"",
				"Rien de publié cette semaine.",
				"",
				"## Résultats relevés",
				"",
				"Aucun résultat relevé cette semaine.",
				"",
				"## Idées en attente",
				"",
				"Dans leur étape depuis 21 jours ou plus.",
				"",
				"- [[Oser dire non]] — Réfléchir · 68 jours dans cette étape, depuis sa création",
				"",
				"## Brouillons en retard",
				"",
				"Aucun brouillon en retard.",
				"",
				"## Contenus evergreen à réinvestir",
				"",
				"Publiés il y a plus de six mois, dans le meilleur quart en Impressions, jamais réinvestis.",
				"",
				"Aucune publication de plus de six mois n'a encore de chiffre en Impressions.",
				"",
				"## Livres aux idées à récolter",
				"",
				"Chaque «\u00a0Mon idée\u00a0» remplie est déjà une idée.",
				"",
				"## Idées de marque les moins répliquées",
				"",
				"Aucune idée de marque pour l'instant.",
				"",
			].join("\n"),
		);
	});

	it("speaks English for a writer who uses Obsidian in English", () => {
		const text = note("en");
		expect(text).toContain("# Week 49 of 2026\n\nFrom Monday, November 30th, 2026 to Sunday, December 6th, 2026.\n");
		expect(text).toContain("## Stalled ideas\n\nIn their stage for 21 days or more.\n\n- [[Oser dire non]] — Think · 68 days in this stage, since it was created\n");
	});
});
