import { extractIdeaItems, MAX_IDEA_SECTION_CHARS, splitForParsing } from "../../../src/core/note/extract-idea-items";
import type { IdeaItem } from "../../../src/core/note/note-record";
import type { SourceHeading } from "../../../src/core/note/note-source";
import { JOURNAL_POST_IDEAS } from "../../fixtures/journal-post-ideas";

const IDEA_HEADINGS = ["Idées de posts", "Idées", "Post ideas"];

/** Headings as the metadata cache gives them, found here with a simple scan of the test's own text. */
function split(text: string): { lines: string[]; headings: SourceHeading[] } {
	const lines = text.split("\n");
	const headings: SourceHeading[] = [];
	lines.forEach((line, index) => {
		const match = /^(#{1,6})\s+(.*)$/.exec(line);
		if (match?.[1] && match[2] !== undefined) headings.push({ heading: match[2], level: match[1].length, line: index });
	});
	return { lines, headings };
}

async function ideasOf(text: string): Promise<IdeaItem[]> {
	const { lines, headings } = split(text);
	return (await extractIdeaItems(lines, headings, IDEA_HEADINGS)).items;
}

async function titlesOf(text: string): Promise<string[]> {
	return (await ideasOf(text)).map((idea) => idea.title);
}

const JOURNAL = JOURNAL_POST_IDEAS;

describe("extractIdeaItems: idea blocks", () => {
	it("reads the writer's journal as its five ideas, each with its points as details, at its line", async () => {
		expect(await ideasOf(`# 2024-02-22\n${JOURNAL}\n## Notes\n- pas une idée`)).toEqual([
			{
				title: "Comment trouver des idées de marque ?",
				details: ["Voici 3 méthodes :", "- Lire des livres sur le sujet", "- Répertorier et se baser sur ce que vous savez déjà", "- Utiliser une citation ou une phrase qui a du sens qui vous intrigue"],
				line: 3,
			},
			{
				title: "Les meilleures idées ne sont pas directement accessibles",
				details: ["- Plus de restriction géographique mais une restriction temporelle", "- Aller dans le passé", "- Current, Contemporary, Classic"],
				line: 8,
			},
			{ title: "Prendre des notes sur un livre pour un thought leader", details: ["- Méthode du ET et BUT"], line: 14 },
			{ title: "Simplifier vos idées", details: [], line: 17 },
			{ title: "Think, Spark, Invest, Re-Invest", details: [], line: 19 },
		]);
	});

	it("reads the same ideas when the section is read in many small pieces", async () => {
		const many = `## Idées de posts\n${Array.from({ length: 60 }, () => JOURNAL.slice(JOURNAL.indexOf("\n") + 1)).join("\n\n")}`;
		const ideas = await ideasOf(many);
		expect(ideas).toHaveLength(300);
		expect(ideas[295]?.details).toEqual(["Voici 3 méthodes :", "- Lire des livres sur le sujet", "- Répertorier et se baser sur ce que vous savez déjà", "- Utiliser une citation ou une phrase qui a du sens qui vous intrigue"]);
		expect(ideas[296]?.details).toHaveLength(3);
	});

	it("takes each item of a list that no paragraph introduces as an idea", async () => {
		expect(await ideasOf("## Idées\n- Quinze minutes avant les mails\n* Le journal comme salle d'attente\n1. Relire sa semaine le vendredi")).toEqual([
			{ title: "Quinze minutes avant les mails", details: [], line: 1 },
			{ title: "Le journal comme salle d'attente", details: [], line: 2 },
			{ title: "Relire sa semaine le vendredi", details: [], line: 3 },
		]);
	});

	it("keeps an item's nested items as its details, their indentation under it kept", async () => {
		const text = [
			"## Idées de posts",
			"- Raconter une histoire vraie, même banale",
			"  - l'exemple du client qui a tout arrêté",
			"    - il a rappelé six mois plus tard",
			"  - le jour où j'ai perdu un appel d'offres",
			"",
			"  Et ce que j'en ai tiré.",
			"- La preuve d'abord, l'histoire ensuite",
		].join("\n");
		expect(await ideasOf(text)).toEqual([
			{
				title: "Raconter une histoire vraie, même banale",
				details: ["- l'exemple du client qui a tout arrêté", "  - il a rappelé six mois plus tard", "- le jour où j'ai perdu un appel d'offres", "Et ce que j'en ai tiré."],
				line: 1,
			},
			{ title: "La preuve d'abord, l'histoire ensuite", details: [], line: 7 },
		]);
	});

	it("keeps links and emphasis in the details as typed, and reads them in the title", async () => {
		const text = "## Idées\nRelire **[[Expert Secrets|le livre]]** de Brunson. Il dit tout :\n- avec *une* histoire\n- [un lien](https://example.org) et `du code`";
		expect(await ideasOf(text)).toEqual([
			{ title: "Relire [[Expert Secrets|le livre]] de Brunson.", details: ["Il dit tout :", "- avec *une* histoire", "- [un lien](https://example.org) et `du code`"], line: 1 },
		]);
	});

	it("never takes a task for an idea, nor keeps one in the details", async () => {
		const text = [
			"## Idées de posts",
			"- [ ] Relire le brouillon",
			"- [x] Envoyer la facture à l'agence",
			"- [-] Annulé",
			"- [>] Reporté",
			"- Une vraie idée",
			"  - [ ] une sous-tâche",
			"    - son détail",
			"  - un point",
			"",
			"À faire cette semaine :",
			"- [ ] Appeler l'éditeur",
			"",
			"Le « bon » client n'existe pas",
			"- [ ] vérifier la citation",
			"- un exemple",
		].join("\n");
		expect(await ideasOf(text)).toEqual([
			{ title: "Une vraie idée", details: ["- un point"], line: 5 },
			{ title: "Le « bon » client n'existe pas", details: ["- un exemple"], line: 13 },
		]);
	});

	it("never takes a quote, a callout or code for an idea", async () => {
		const text = [
			"## Idées",
			"> Une citation qui n'est pas de moi",
			"> - un point cité",
			"",
			"> [!idea] Un callout",
			"> - dans le callout",
			"",
			"```",
			"- pas une idée",
			"Pas une idée non plus",
			"```",
			"~~~~markdown",
			"Toujours pas",
			"~~~~",
			"",
			"    du code indenté",
			"",
			"- La seule idée",
		].join("\n");
		expect(await ideasOf(text)).toEqual([{ title: "La seule idée", details: [], line: 17 }]);
	});

	it("never takes a comment for an idea, and reads around one within a line", async () => {
		const text = [
			"## Idées",
			"%% - une idée mise de côté %%",
			"%%",
			"Une idée cachée",
			"- son détail caché",
			"%%",
			"<!-- Une idée en commentaire HTML -->",
			"<!--",
			"- cachée aussi",
			"-->",
			"Une idée %%pas encore mûre%% visible",
		].join("\n");
		expect(await ideasOf(text)).toEqual([{ title: "Une idée visible", details: [], line: 10 }]);
	});

	it("never takes template syntax, a table or math for an idea", async () => {
		const text = [
			"## Idées de posts",
			"- <% tp.file.cursor(2) %>",
			"- {{title}}",
			"<%*",
			"- une ligne de script",
			"%>",
			"{{date}} : une note du jour",
			"",
			"| Idée | Canal |",
			"| --- | --- |",
			"| Une cellule | LinkedIn |",
			"",
			"$$",
			"- x^2",
			"$$",
			"",
			"- Une idée après tout cela",
		].join("\n");
		expect(await titlesOf(text)).toEqual(["Une idée après tout cela"]);
	});

	it("takes a paragraph of one sentence whole, as typed", async () => {
		expect(await ideasOf("## Idées\nLe doute est un outil d'expert.")).toEqual([{ title: "Le doute est un outil d'expert.", details: [], line: 1 }]);
	});

	it("takes the first of three sentences as the title, and the two others as a detail", async () => {
		const text = "## Idées\nLe doute est un outil. Il rend l'expert crédible !\nPersonne n'en parle… « Pourquoi ? » demande-t-on.";
		expect(await ideasOf(text)).toEqual([{ title: "Le doute est un outil.", details: ["Il rend l'expert crédible !", "Personne n'en parle… « Pourquoi ? » demande-t-on."], line: 1 }]);
	});

	it("drops the colon that closes a title, with the space before it", async () => {
		expect(await titlesOf("## Idées\nTrois erreurs de positionnement :\n\nDeux erreurs:\n\nUne erreur\u00a0:")).toEqual(["Trois erreurs de positionnement", "Deux erreurs", "Une erreur"]);
	});

	it("does not end a sentence at an initial, an abbreviation, a link or a number", async () => {
		const text = "## Idées\nM. Dupont cite J. K. Rowling et [[Le livre. Tome 2]] (voir p. 12. Vraiment) en 2.5 minutes. Ensuite on parle.";
		expect(await titlesOf(text)).toEqual(["M. Dupont cite J. K. Rowling et [[Le livre. Tome 2]] (voir p. 12. Vraiment) en 2.5 minutes."]);
	});

	it("keeps the title of an item whose text is several sentences, the rest in its details", async () => {
		expect(await ideasOf("## Idées\n- Publier moins. Mais mieux.\n  - un exemple")).toEqual([{ title: "Publier moins.", details: ["Mais mieux.", "- un exemple"], line: 1 }]);
	});
});

describe("extractIdeaItems", () => {
	it("takes the ideas under an idea heading as plain text, and nothing under other headings", async () => {
		const text = "# Journal\nintro\n## Idées de posts\n- Lire des **livres** sur le sujet\n- Répertorier [ce que vous savez](https://example.org)\n## Autre\n- pas une idée";
		expect(await titlesOf(text)).toEqual(["Lire des livres sur le sujet", "Répertorier ce que vous savez"]);
	});

	it("keeps wikilinks as written, so the idea still points at its book", async () => {
		expect(await titlesOf("## Idées\n- Relire [[Expert Secrets]] de Russell Brunson")).toEqual(["Relire [[Expert Secrets]] de Russell Brunson"]);
	});

	it("matches the heading without regard to case or spacing", async () => {
		expect(await titlesOf("### idées  DE posts\n1. numérotée")).toEqual(["numérotée"]);
	});

	it("includes sub-sections and stops at the next heading of the same level", async () => {
		const text = "## Idées\n- a\n### Pour LinkedIn\n- b\n## Lectures\n- c";
		expect(await titlesOf(text)).toEqual(["a", "b"]);
	});

	it("returns nothing for a note without an idea heading", async () => {
		expect(await titlesOf("## Réflexions\n- pas ici")).toEqual([]);
	});

	it("skips an idea section too large to read, and says so", async () => {
		const text = `## Idées\n${"- idée\n".repeat(MAX_IDEA_SECTION_CHARS / 7 + 10)}`;
		const { lines, headings } = split(text);
		const result = await extractIdeaItems(lines, headings, IDEA_HEADINGS);
		expect(result.items).toEqual([]);
		expect(result.skipped).toEqual([{ heading: "Idées", size: expect.any(Number) as number }]);
	});

	it("reads a long section in pieces, yielding between them, and finds the same items as in one piece", async () => {
		const text = `## Idées\n${Array.from({ length: 400 }, (_, i) => `- Idée numéro ${i} sur la vision et la marque\n  suite de l'idée ${i}`).join("\n")}`;
		const { lines, headings } = split(text);
		let pauses = 0;
		const result = await extractIdeaItems(lines, headings, IDEA_HEADINGS, () => {
			pauses++;
			return Promise.resolve();
		});
		expect(pauses).toBeGreaterThan(3);
		expect(result.items).toHaveLength(400);
		expect(result.items[399]).toEqual({ title: "Idée numéro 399 sur la vision et la marque suite de l'idée 399", details: [], line: 799 });
	});
});

describe("splitForParsing", () => {
	it("cuts only where a top-level list item starts, never inside a code fence", () => {
		const lines = ["- a", "  détail", "```", "- pas un élément", "```", "- b", "- c"];
		expect(splitForParsing(lines, 1).map((piece) => piece.join("\n"))).toEqual(["- a\n  détail\n```\n- pas un élément\n```", "- b", "- c"]);
	});
});
