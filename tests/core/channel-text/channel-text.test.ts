import { fr as frLocale } from "date-fns/locale";
import { renderDraftNote } from "../../../src/core/drafting/draft-note";
import { draftValues } from "../../../src/core/drafting/draft-values";
import { DRAFT_TEMPLATES } from "../../../src/core/drafting/draft-templates";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";
import { channelText } from "../../../src/core/channel-text/channel-text";
import { templateOutline } from "../../../src/core/channel-text/template-outline";
import { channelKind } from "../../../src/core/channel-text/channel-kind";
import { pasteCheck } from "../../../src/core/channel-text/paste-check";
import type { Language } from "../../../src/core/i18n/language";

const now = new Date(2025, 2, 14, 9, 30);
const clock = { now, locale: frLocale, dateFormat: "yyyy-MM-dd" };
const TITLE = "Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]] : « douter »";

/** A draft of `key` made from its built-in template in `language`, as Draft a post from this idea makes it. */
function draftOf(key: string, language: Language): string {
	const template = DRAFT_TEMPLATES.find((t) => t.key === key)!;
	const format = DEFAULT_FORMATS.find((f) => f.key === key)!;
	return renderDraftNote(
		{
			ideaLinkText: "Idées/Ce que m'a appris la conférence de Lyon « douter »",
			formatKey: key,
			channel: format.channel,
			created: now,
			dateFormat: "yyyy-MM-dd'T'HH:mm",
			reinvestedFrom: null,
			template: template.text[language],
			values: draftValues({ ideaText: TITLE, ideaNoteText: `---\ntype: idea\n---\n${TITLE}\n\nUn détail : « le doute » rend humble.\n`, sourceLinkText: "Journal/2025-03-01", formatName: format.names[language], channel: format.channel, selection: "" }),
		},
		clock,
	);
}

/** Every built-in template, in each language: what a draft of it may be read with. */
const outlines = DRAFT_TEMPLATES.flatMap((t) => [templateOutline(t.text.fr), templateOutline(t.text.en)]);
const outlinesOf = (key: string) => {
	const template = DRAFT_TEMPLATES.find((t) => t.key === key)!;
	return [templateOutline(template.text.fr), templateOutline(template.text.en)];
};

/** The writer's words under each part of the template but the material, each a paragraph of its own, as typed. */
function written(draft: string): { note: string; words: string[] } {
	const words: string[] = [];
	const note = draft.replace(/^(## (?!Matière|Material).*)\n\n(<!--.*-->)\n/gm, (_whole, heading: string, comment: string) => {
		const said = `Pour « ${heading.slice(3)} » : j'écris l'idée en deux lignes,\navec l'apostrophe d'usage et 12 % de « guillemets ».`;
		words.push(said);
		return `${heading}\n\n${comment}\n${said}\n`;
	});
	return { note, words };
}

describe("the channel text of each built-in template", () => {
	for (const { key } of DRAFT_TEMPLATES) {
		for (const language of ["fr", "en"] as const) {
			it(`${key} (${language}): the template's headings, comments and material gone, the writer's words kept byte for byte`, () => {
				const { note, words } = written(draftOf(key, language));
				expect(words.length).toBeGreaterThan(2);
				const thread = channelKind(DEFAULT_FORMATS.find((f) => f.key === key)!.channel) === "x";
				const text = channelText(note, { templates: outlinesOf(key), thread });
				if (thread) {
					expect(text.posts).toEqual(words.map((said, i) => `${said}\n\n${i + 1}/${words.length}`));
					expect(text.text).toBe(text.posts.join("\n\n\n"));
				} else expect(text.text).toBe(words.join("\n\n"));
				expect(text.leftOut).toEqual([language === "fr" ? "Matière" : "Material"]);
				expect(text.text).not.toMatch(/<!--|-->|^#|\{\{|Un détail|douter »/m);
			});
		}
	}

	it("gives nothing for a draft just made, whose parts are all still empty", () => {
		const text = channelText(draftOf("linkedin-post", "fr"), { templates: outlines, thread: false });
		expect(text.text).toBe("");
	});

	it("keeps the writer's own headings as plain lines, and leaves the template's out wherever the writer moved them", () => {
		const note = "---\ntype: draft\nformat: linkedin-post\n---\n# Le doute\n\n## Histoire\n\nJ'ai douté.\n\n## Accroche\n\n### Ce que j'ai appris\n\nDouter, c'est avancer.\n";
		expect(channelText(note, { templates: outlinesOf("linkedin-post"), thread: false }).text).toBe("J'ai douté.\n\nCe que j'ai appris\n\nDouter, c'est avancer.");
	});

	it("drops the title once only: a second level-1 heading is the writer's", () => {
		const note = "# Le titre de l'idée\n\nPremière ligne.\n\n# Un titre à moi\n\nSuite.";
		expect(channelText(note, { templates: outlinesOf("linkedin-post"), thread: false }).text).toBe("Première ligne.\n\nUn titre à moi\n\nSuite.");
	});

	it("keeps the writer's words after the material part when they start a heading of their own of the same level", () => {
		const note = "## Accroche\n\nL'accroche.\n\n## Matière\n\nMes notes : [[Idées/Douter]].\n\n### Détail\n\nDu détail.\n\n## P.-S.\n\nUn mot de plus.";
		const text = channelText(note, { templates: outlinesOf("linkedin-post"), thread: false });
		expect(text.text).toBe("L'accroche.\n\nP.-S.\n\nUn mot de plus.");
	});

	it("takes comments out of a line and keeps its words; %% comments too, and a comment over several lines", () => {
		const note = "Une phrase <!-- à revoir --> qui reste.\n%% note pour moi %%\nSuite %%cachée%% visible.\n<!-- sur\ndeux lignes -->\nFin.";
		expect(channelText(note, { templates: [], thread: false }).text).toBe("Une phrase  qui reste.\nSuite  visible.\nFin.");
	});

	it("leaves the template's words in code blocks as typed, and drops the fences", () => {
		const note = "Voici :\n\n```\n## Accroche\n<!-- pas un commentaire -->\n```\n";
		expect(channelText(note, { templates: outlinesOf("linkedin-post"), thread: false }).text).toBe("Voici :\n\n## Accroche\n<!-- pas un commentaire -->");
	});

	it("takes a quote and a callout without their markers", () => {
		const note = "> Une citation\n> sur deux lignes\n\n> [!note] Le titre\n> Le corps";
		expect(channelText(note, { templates: [], thread: false }).text).toBe("Une citation\nsur deux lignes\n\nLe titre\nLe corps");
	});
});

describe("markdown made plain", () => {
	const plain = (markdown: string) => channelText(markdown, { templates: [], thread: false }).text;

	it("turns emphasis into its words and leaves snake_case and arithmetic alone", () => {
		expect(plain("Un **point fort**, une *nuance*, un _accent_, du ==surligné== et du ~~barré~~ : fichier_de_config, 2 * 3 * 4.")).toBe(
			"Un point fort, une nuance, un accent, du surligné et du barré : fichier_de_config, 2 * 3 * 4.",
		);
	});

	it("keeps an external link's address after its text, the bare address when the text says it, and an internal link's text", () => {
		expect(plain("Lisez [l'article](https://exemple.fr/doute) ou https://exemple.fr, [exemple.fr](https://exemple.fr/), <https://exemple.fr/a> et [la note](Idées/Douter.md).")).toBe(
			"Lisez l'article (https://exemple.fr/doute) ou https://exemple.fr, https://exemple.fr/, https://exemple.fr/a et la note.",
		);
	});

	it("shows wikilinks as their display text and leaves embeds and pictures out", () => {
		expect(plain("Vu à [[Conférence Lyon 2025|la conférence de Lyon]] et dans [[Le doute#Pourquoi]] ![[photo.png]] ![schéma](schema.png)")).toBe("Vu à la conférence de Lyon et dans Le doute > Pourquoi");
	});

	it("keeps list markers, numbers, hashtags and line breaks as typed, and inline code as its text", () => {
		expect(plain("Trois leçons :\n- douter\n- **oser**\n• choisir\n1. un\n2. deux\n\n#leadership #doute `code`")).toBe("Trois leçons :\n- douter\n- oser\n• choisir\n1. un\n2. deux\n\n#leadership #doute code");
	});

	it("takes an escaped sign as the sign", () => {
		expect(plain("\\*pas d'italique\\* et \\#pas-un-tag")).toBe("*pas d'italique* et #pas-un-tag");
	});
});

describe("an X thread", () => {
	it("is cut at each section and each --- line, every post numbered and counted against 280", () => {
		const note = "# Le doute\n\n## 1/ Accroche\n\nDouter, c'est avancer. 🧵\n\n## 3/ à 7/ Les points\n\nPremier point.\n\n---\n\nDeuxième point, avec https://exemple.fr/un-lien-tres-long-qui-compte-pour-23\n\n---\n\n## Matière\n\nMes notes.";
		const text = channelText(note, { templates: outlinesOf("x-thread"), thread: true });
		expect(text.posts).toEqual(["Douter, c'est avancer. 🧵\n\n1/3", "Premier point.\n\n2/3", "Deuxième point, avec https://exemple.fr/un-lien-tres-long-qui-compte-pour-23\n\n3/3"]);
		const check = pasteCheck(text, "x", 280);
		expect(check.posts.map((post) => post.length)).toEqual(["Douter, c'est avancer. ".length + 2 + 5, "Premier point.".length + 5, "Deuxième point, avec ".length + 23 + 5]);
		expect(check.over).toEqual([]);
	});

	it("says which post is over 280", () => {
		const long = "Une phrase de quarante caractères ici. ".repeat(8).trim();
		const text = channelText(`Court.\n\n---\n\n${long}`, { templates: [], thread: true });
		const check = pasteCheck(text, "x", 280);
		expect(check.over).toEqual([2]);
		expect(check.length).toBe(check.posts[1]!.length);
	});

	it("is not numbered when it holds one post", () => {
		expect(channelText("Un seul message.", { templates: [], thread: true }).posts).toEqual(["Un seul message."]);
	});
});

describe("a LinkedIn post", () => {
	it("says whether its hook shows before « …voir plus »", () => {
		const short = pasteCheck(channelText("J'ai failli refuser.\n\nLa suite.", { templates: [], thread: false }), "linkedin", 3000);
		expect(short.fold).toEqual({ hookLength: 20, hookLines: 1, fits: true });
		const long = pasteCheck(channelText(`${"é".repeat(211)}\n\nLa suite.`, { templates: [], thread: false }), "linkedin", 3000);
		expect(long.fold).toEqual({ hookLength: 211, hookLines: 1, fits: false });
		const tall = pasteCheck(channelText("Un.\nDeux.\nTrois.\nQuatre.", { templates: [], thread: false }), "linkedin", 3000);
		expect(tall.fold?.fits).toBe(false);
	});

	it("counts characters as a reader sees them, against 3,000", () => {
		const check = pasteCheck(channelText("Ça coûte 12 € 👩‍👩‍👧 !", { templates: [], thread: false }), "linkedin", 3000);
		expect(check.length).toBe(17);
		expect(check.over).toEqual([]);
		expect(pasteCheck(channelText("a".repeat(3001), { templates: [], thread: false }), "linkedin", 3000).over).toEqual([1]);
	});
});
