import { parse } from "yaml";
import { renderProductNote, type ProductNoteInput } from "../../../src/core/brand/product-note";
import { brandIdeaContent } from "../../../src/core/brand/brand-idea-content";
import { productTemplates, BRAND_IDEA_TEMPLATE } from "../../../src/core/brand/brand-templates";
import { DEFAULT_PRODUCTS } from "../../../src/core/brand/product-setting";
import type { TemplateClock } from "../../../src/core/templates/fill-template";
import type { Language } from "../../../src/core/i18n/language";

const clock: TemplateClock = { now: new Date(Date.UTC(2024, 2, 1, 9, 5)), dateFormat: "yyyy-MM-dd" };
const JOINER = "\u2060";

const TITLE = "Penser une fois : « répliquer partout »";
const BELIEF = "L'expertise qu'on ne partage pas n'existe pas : « penser une fois », c'est répliquer partout.";
const STORY = "- Personnage : une consultante qui « sait tout »\n- Mur : personne ne la lit\n- Épiphanie : écrire une fois, publier partout";
const THREE = ["Lire avec un crayon", "Écrire l'idée en une phrase : « la thèse »", "La porter dans chaque produit"];
const SEVEN = ["Douter", "Lire", "Noter l'idée", "Relier : « et » puis « mais »", "Écrire", "Publier", "Réinvestir"];

/** A brand idea note as the writer fills it, in the headings of `language`, with the template's guidance left in. */
function brandNote(steps: readonly string[], language: Language): string {
	const h = language === "fr" ? { belief: "Croyance centrale", steps: "Étapes du framework", origin: "Histoire d'origine", proof: "Preuves" } : { belief: "Core belief", steps: "Framework steps", origin: "Origin story", proof: "Proof" };
	return [
		"---",
		"type: brand-idea",
		`title: "${TITLE}"`,
		"---",
		`## ${h.belief}`,
		"<!-- Le « grand domino » : une phrase. -->",
		BELIEF,
		"",
		`## ${h.steps}`,
		"<!-- De 3 à 7 étapes nommées. -->",
		...steps.map((step, i) => `${i + 1}. ${step}`),
		"",
		`## ${h.origin}`,
		STORY,
		"",
		`## ${h.proof}`,
		"- ",
		"",
	].join("\n");
}

function input(productKey: string, language: Language, note: string, extra: Partial<ProductNoteInput> = {}): ProductNoteInput {
	const template = productTemplates(DEFAULT_PRODUCTS).find((t) => t.key === `product-${productKey}`)!;
	return {
		title: TITLE,
		productKey,
		brandLink: "Penser une fois « répliquer partout »",
		created: "2024-03-01",
		origin: null,
		template: template.text[language],
		content: brandIdeaContent(note),
		sources: ["Expert Secrets", "Lectures/L'art de « tout » noter"],
		...extra,
	};
}

function properties(text: string): Record<string, unknown> {
	return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Record<string, unknown>;
}

const headings = (text: string, level: number): string[] => (text.match(new RegExp(`^${"#".repeat(level)} .*$`, "gm")) ?? []).map((h) => h.slice(level + 1));

/** The heading each product gives one step, by language: `n` the step's number, `step` its name. */
const STEP_HEADINGS: Record<string, { level: number; fr: (n: number, step: string) => string; en: (n: number, step: string) => string }> = {
	talk: { level: 2, fr: (n, s) => `Partie ${n} — ${s}`, en: (n, s) => `Part ${n} — ${s}` },
	book: { level: 3, fr: (n, s) => `Chapitre ${n} — ${s}`, en: (n, s) => `Chapter ${n} — ${s}` },
	course: { level: 2, fr: (n, s) => `Module ${n} — ${s}`, en: (n, s) => `Module ${n} — ${s}` },
	newsletter: { level: 2, fr: (n, s) => `Numéro — Étape ${n}\u00a0: ${s}`, en: (n, s) => `Issue — Step ${n}: ${s}` },
	mentoring: { level: 2, fr: (n, s) => `Séance ${n} — ${s}`, en: (n, s) => `Session ${n} — ${s}` },
	workshop: { level: 2, fr: (n, s) => `Exercice ${n} — ${s}`, en: (n, s) => `Exercise ${n} — ${s}` },
	"digital-product": { level: 3, fr: (n, s) => `Élément ${n} — ${s}`, en: (n, s) => `Component ${n} — ${s}` },
	coaching: { level: 2, fr: (n, s) => `Séance ${n} — ${s}`, en: (n, s) => `Session ${n} — ${s}` },
};

/** The headings of the parts made one per step, in the note's order. */
function stepHeadings(text: string, productKey: string, language: Language): string[] {
	const shape = STEP_HEADINGS[productKey]!;
	const prefix = shape[language](0, "").split("0")[0] ?? "";
	return headings(text, shape.level).filter((heading) => heading.startsWith(prefix) && /^\d/.test(heading.slice(prefix.length)));
}

describe("a product note made from a brand idea", () => {
	it.each(DEFAULT_PRODUCTS.flatMap((product) => (["fr", "en"] as const).flatMap((language) => [3, 7].map((count) => [product.key, language, count] as const))))(
		"%s in %s, from %i steps: one part per step, named after it, and the belief, the story and the sources",
		(productKey, language, count) => {
			const steps = count === 3 ? THREE : SEVEN;
			const text = renderProductNote(input(productKey, language, brandNote(steps, language)), clock);
			const shape = STEP_HEADINGS[productKey]!;
			expect(stepHeadings(text, productKey, language)).toEqual(steps.map((step, i) => shape[language](i + 1, step)));
			expect(text).toContain(`\n${BELIEF}\n`);
			expect(text).toContain(`\n${STORY}\n`);
			expect(text).toContain("\n- [[Expert Secrets]]\n- [[Lectures/L'art de « tout » noter]]\n");
			expect(text).toContain(`# ${TITLE} — `);
			expect(text).not.toMatch(/\{\{|\}\}/);
			expect(properties(text)).toEqual({ type: "product", product: productKey, "brand-idea": ["[[Penser une fois « répliquer partout »]]"], created: "2024-03-01" });
		},
	);

	it("gives a talk an opening story, the belief and the steps announced, one part per step, then a call to action", () => {
		const text = renderProductNote(input("talk", "fr", brandNote(THREE, "fr")), clock);
		expect(headings(text, 2)).toEqual(["Accroche", "Histoire d'ouverture", "Promesse", ...THREE.map((step, i) => `Partie ${i + 1} — ${step}`), "Preuves", "Appel à l'action", "Questions attendues", "Sources"]);
		expect(text).toContain(`## Histoire d'ouverture\n<!-- Le mur, puis l'épiphanie\u00a0: l'histoire qui fait croire à la croyance centrale. Racontez-la comme vous l'avez vécue. -->\n\n${STORY}\n\n## Promesse\n`);
		expect(text).toContain(`${BELIEF}\n\n1. Lire avec un crayon\n2. Écrire l'idée en une phrase : « la thèse »\n3. La porter dans chaque produit\n\n## Partie 1 — Lire avec un crayon\n<!-- Une partie par étape`);
	});

	it("gives a course one module per step, each with its lessons and an exercise", () => {
		const text = renderProductNote(input("course", "en", brandNote(SEVEN, "en")), clock);
		const modules = text.split(/^## Module /m).slice(1);
		expect(modules).toHaveLength(7);
		for (const [i, module] of modules.entries()) expect(module).toContain(`- Lesson ${i + 1}.1:\n- Lesson ${i + 1}.2:\n- Exercise:\n`);
	});

	it("puts the first step in a digital product's quick start", () => {
		const text = renderProductNote(input("digital-product", "fr", brandNote(SEVEN, "fr")), clock);
		expect(text).toContain("## Démarrage rapide\n<!-- Le premier pas, réussi en dix minutes dès l'ouverture. -->\n\nDouter\n\n## Contenu\n");
	});

	it("keeps the template's guidance where the brand idea has written nothing yet, names no empty step, and leaves no hole", () => {
		// A brand idea just created: the template's headings, guidance and `1. 2. 3.`.
		const text = renderProductNote(input("talk", "fr", BRAND_IDEA_TEMPLATE.text.fr, { sources: [] }), clock);
		expect(headings(text, 2)).toEqual(["Accroche", "Histoire d'ouverture", "Promesse", "Partie 1", "Partie 2", "Partie 3", "Preuves", "Appel à l'action", "Questions attendues", "Sources"]);
		// The story's unfilled labels are the writer's brand idea as it stands: they come along, as written.
		expect(text).toContain("\n- Personnage\u00a0:\n- Désir\u00a0:\n- Mur\u00a0:\n- Épiphanie\u00a0:\n");
		expect(text).toContain("## Promesse\n<!-- Ce que la salle saura faire ou penser en sortant\u00a0: la croyance centrale, et le chemin annoncé. -->\n\n1.\n2.\n3.\n\n## Partie 1\n<!-- Une partie");
		expect(text.endsWith("## Sources\n<!-- Les notes sur lesquelles l'idée de marque repose. -->\n")).toBe(true);
		expect(text).not.toMatch(/\{\{|\n\n\n/);
		// The colon before an unnamed step goes with it, French no-break space included.
		const letter = renderProductNote(input("newsletter", "fr", BRAND_IDEA_TEMPLATE.text.fr), clock);
		expect(stepHeadings(letter, "newsletter", "fr")).toEqual(["Numéro — Étape 1", "Numéro — Étape 2", "Numéro — Étape 3"]);
	});

	it("keeps one part, its guidance, for a brand idea without steps, and no belief line for an empty belief", () => {
		const note = "---\ntype: brand-idea\n---\n## Croyance centrale\n<!-- Une phrase. -->\n\n## Histoire d'origine\nTout a commencé à Lyon.\n";
		const text = renderProductNote(input("workshop", "fr", note), clock);
		expect(headings(text, 2)).toContain("Exercice 1");
		expect(stepHeadings(text, "workshop", "fr")).toEqual(["Exercice 1"]);
		expect(text).toContain("## Objectif\n<!-- Ce que les participants repartent avec, concrètement. -->\n\n## Participants et prérequis\n");
	});

	it("links the note it was made from, and writes the brand idea's words as text: Templater code in them cannot run", () => {
		const note = brandNote(["Lire <%* app.vault.delete(app.vault.getFiles()[0]) %>", "Écrire"], "fr").replace(BELIEF, "Croire <% tp.file.title %>");
		const text = renderProductNote(input("talk", "fr", note, { title: "Penser <%+ tp.date.now() %>", origin: "Expert Secrets", template: "# {{title}}\n<% tp.file.cursor() %>\n{{belief}}\n{{step:1}}\n" }), clock);
		expect(properties(text)).toMatchObject({ source: "[[Expert Secrets]]" });
		expect(text).toContain("\n<% tp.file.cursor() %>\n");
		expect(text.match(/<%/g)).toHaveLength(1);
		expect(text.replaceAll(JOINER, "")).toContain("# Penser <%+ tp.date.now() %>\n<% tp.file.cursor() %>\nCroire <% tp.file.title %>\nLire <%* app.vault.delete(app.vault.getFiles()[0]) %>\n");
	});
});

describe("the writer's own product template", () => {
	const OWN = [
		"# {{title}} — ma conférence du {{date:d/MM/yyyy}}",
		"",
		"Croyance : {{belief}}",
		"",
		"{{steps}}",
		"",
		"Première étape : {{step:1}} ; troisième : {{step: 3 }} ; septième : « {{step:7}} ».",
		"",
		"{{#steps}}",
		"### {{number}}/ {{step}}",
		"<% tp.file.cursor({{number}}) %>",
		"{{/steps}}",
		"",
		"{{story}}",
		"",
		"{{sources}}",
		"",
		"{{auteur}} {{step:0}} {{step:trois}}",
	].join("\n");

	it("fills every variable from a brand idea of three steps: a step past the last fills empty", () => {
		const text = renderProductNote(input("talk", "fr", brandNote(THREE, "fr"), { template: OWN }), clock);
		expect(text.slice(text.indexOf("\n---\n") + 5)).toBe(
			[
				`# ${TITLE} — ma conférence du 1/03/2024`,
				"",
				`Croyance : ${BELIEF}`,
				"",
				"1. Lire avec un crayon",
				"2. Écrire l'idée en une phrase : « la thèse »",
				"3. La porter dans chaque produit",
				"",
				"Première étape : Lire avec un crayon ; troisième : La porter dans chaque produit ; septième : «  ».",
				"",
				"### 1/ Lire avec un crayon",
				"<% tp.file.cursor(1) %>",
				"### 2/ Écrire l'idée en une phrase : « la thèse »",
				"<% tp.file.cursor(2) %>",
				"### 3/ La porter dans chaque produit",
				"<% tp.file.cursor(3) %>",
				"",
				STORY,
				"",
				"- [[Expert Secrets]]",
				"- [[Lectures/L'art de « tout » noter]]",
				"",
				"{{auteur}} {{step:0}} {{step:trois}}",
				"",
			].join("\n"),
		);
	});

	it("writes the block once per step of a brand idea of seven, and the seventh step where the template names it", () => {
		const text = renderProductNote(input("course", "en", brandNote(SEVEN, "en"), { template: OWN }), clock);
		expect(headings(text, 3)).toEqual(SEVEN.map((step, i) => `${i + 1}/ ${step}`));
		expect(text).toContain("septième : « Réinvestir ».");
		expect(text).toContain("\n1. Douter\n2. Lire\n3. Noter l'idée\n4. Relier : « et » puis « mais »\n5. Écrire\n6. Publier\n7. Réinvestir\n");
	});

	it("takes a block written on one line, and leaves a block never closed as written", () => {
		const note = brandNote(THREE, "fr");
		expect(renderProductNote(input("talk", "fr", note, { template: "Étapes : {{#steps}}[{{number}}. {{step}}] {{/steps}}\n" }), clock)).toContain(
			"Étapes : [1. Lire avec un crayon] [2. Écrire l'idée en une phrase : « la thèse »] [3. La porter dans chaque produit]\n",
		);
		expect(renderProductNote(input("talk", "fr", note, { template: "{{#steps}}\n## {{step}}\n" }), clock)).toContain("\n{{#steps}}\n## {{step}}\n");
	});
});

describe("brandIdeaContent", () => {
	it("reads the belief, the steps and the story as the board does: guidance out, English or French headings, CRLF", () => {
		const note = brandNote(THREE, "en").replace(/\n/g, "\r\n");
		expect(brandIdeaContent(note)).toEqual({ belief: BELIEF, steps: THREE, story: STORY });
	});

	it("reads a step inside a code block or a comment as none, and an empty step as one", () => {
		const note = "## Grand domino\nUne phrase.\n\n## Étapes\n1. Lire\n```\n2. Pas une étape\n```\n<!--\n3. Pas une étape non plus\n-->\n3. \n";
		expect(brandIdeaContent(note)).toEqual({ belief: "Une phrase.", steps: ["Lire", ""], story: "" });
	});

	it("reads a part whose text starts inside a comment opened on its heading's line as empty, rather than cut", () => {
		expect(brandIdeaContent("## Croyance centrale\n<!-- une phrase\nqui continue --> L'expertise se partage.\n").belief).toBe("");
	});
});
