import { fr as frLocale, enGB } from "date-fns/locale";
import { reinvestBody } from "../../../src/core/drafting/reinvest-body";
import { writtenText } from "../../../src/core/drafting/written-text";
import { draftBody, renderDraftNote } from "../../../src/core/drafting/draft-note";
import { draftValues } from "../../../src/core/drafting/draft-values";
import { DRAFT_TEMPLATES } from "../../../src/core/drafting/draft-templates";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";
import type { Language } from "../../../src/core/i18n/language";

const now = new Date(2025, 2, 14, 9, 30);
const TITLE = "Douter : « la » méthode des consultants qui durent";
const IDEA_NOTE = `---\ntype: idea\nstatus: invest\n---\n${TITLE}\n\nUn détail : « le doute » rend humble.\n`;
const LINK = "Brouillons/Douter « la » méthode — Post LinkedIn";

const comments = (text: string): string[] => text.match(/<!--[\s\S]*?-->/g) ?? [];
const headings = (text: string): string[] => text.match(/^#{1,6} .*$/gm) ?? [];

function clockOf(language: Language) {
	return { now, locale: language === "fr" ? frLocale : enGB, dateFormat: "yyyy-MM-dd" };
}

/** The values a draft of the idea gets in `formatKey`. */
function valuesOf(formatKey: string, language: Language) {
	const format = DEFAULT_FORMATS.find((f) => f.key === formatKey)!;
	return draftValues({ ideaText: TITLE, ideaNoteText: IDEA_NOTE, sourceLinkText: "Journal/2025-03-01", formatName: format.names[language], channel: format.channel, selection: "" });
}

function templateOf(formatKey: string, language: Language): string {
	return DRAFT_TEMPLATES.find((t) => t.key === formatKey)!.text[language];
}

/** A fresh draft of the idea in `formatKey`, as Draft a post makes it. */
function freshDraft(formatKey: string, language: Language): string {
	const format = DEFAULT_FORMATS.find((f) => f.key === formatKey)!;
	return renderDraftNote(
		{ ideaLinkText: "Idées/Douter « la » méthode", formatKey, channel: format.channel, created: now, dateFormat: "yyyy-MM-dd'T'HH:mm", reinvestedFrom: null, template: templateOf(formatKey, language), values: valuesOf(formatKey, language) },
		clockOf(language),
	);
}

/** The source draft with `text` written under the heading `heading` (after its guidance). */
function write(draft: string, heading: string, text: string): string {
	const at = draft.indexOf(`\n${heading}\n`);
	if (at === -1) throw new Error(`no heading ${heading}`);
	const guidance = draft.indexOf("-->\n", at) + 4;
	return `${draft.slice(0, guidance)}\n${text}\n${draft.slice(guidance)}`;
}

/** The draft a re-invest of `source` (a `from` draft) into `to` makes, as the plugin writes it. */
function reinvest(source: string, from: string, to: string, language: Language): string {
	const heading = language === "fr" ? "Repris de {link}" : "Re-invested from {link}";
	const after = reinvestBody(source, LINK, heading, draftBody(templateOf(from, language), valuesOf(from, language), clockOf(language)));
	const format = DEFAULT_FORMATS.find((f) => f.key === to)!;
	return renderDraftNote(
		{ ideaLinkText: "Idées/Douter « la » méthode", formatKey: to, channel: format.channel, created: now, dateFormat: "yyyy-MM-dd'T'HH:mm", reinvestedFrom: LINK, template: templateOf(to, language), values: valuesOf(to, language), after },
		clockOf(language),
	);
}

/** The new draft's own part: everything before the rule the re-invest puts after it. */
const ownPart = (draft: string): string => draft.slice(0, draft.indexOf("\n---\n\n## "));
const carried = (draft: string): string => draft.slice(draft.indexOf("\n---\n\n## ") + 6);

describe("a re-invested draft carries what the writer wrote, not the old template", () => {
	it("LinkedIn post → X thread: the thread's template as fresh, then only the post's written parts, without its guidance", () => {
		let post = freshDraft("linkedin-post", "fr");
		post = write(post, "## Accroche", "J'ai douté de tout : « vraiment » tout.");
		post = write(post, "## Leçon", "Le doute est une méthode.\nPas une faiblesse.");
		const thread = reinvest(post, "linkedin-post", "x-thread", "fr");
		const fresh = freshDraft("x-thread", "fr");
		// Before the rule, the thread's template exactly as a fresh thread has it.
		expect(ownPart(thread).split("\n---\n")[1]!.trimEnd()).toBe(fresh.split("\n---\n")[1]!.trimEnd());
		expect(carried(thread)).toBe(`## Repris de [[${LINK}]]\n\n# ${TITLE}\n\n## Accroche\n\nJ'ai douté de tout : « vraiment » tout.\n\n## Leçon\n\nLe doute est une méthode.\nPas une faiblesse.\n`);
		// Every comment is the thread's own; one call to action, the thread's.
		expect(comments(thread)).toEqual(comments(fresh));
		expect(thread.match(/Appel à l'action/g)).toHaveLength(1);
		expect(headings(thread)).toHaveLength(headings(fresh).length + 4);
	});

	it("newsletter → LinkedIn post, in English: a heading with text kept, those left empty gone, the idea's material not twice", () => {
		let letter = freshDraft("newsletter-issue", "en");
		letter = write(letter, "## Subject", "Doubt, the method");
		letter = write(letter, "## Call to action", "Reply with your own doubt.");
		const post = reinvest(letter, "newsletter-issue", "linkedin-post", "en");
		expect(carried(post)).toBe(`## Re-invested from [[${LINK}]]\n\n# ${TITLE}\n\n## Subject\n\nDoubt, the method\n\n## Call to action\n\nReply with your own doubt.\n`);
		// The idea's text is in the post's own Material, once.
		expect(post.match(/Un détail : « le doute » rend humble\./g)).toHaveLength(1);
		expect(comments(post)).toEqual(comments(freshDraft("linkedin-post", "en")));
	});

	it("video script → blog article: material the writer added under the template's keeps its place, the template's lines go", () => {
		let script = freshDraft("youtube-script", "fr");
		script = write(script, "## Point 2", "[Plan serré] Le doute, c'est une question posée à temps.");
		// Under the template's material, after its source line (the template's own typography: a no-break space before the colon).
		script = script.replace(/^Source\s:\s\[\[Journal\/2025-03-01\]\]$/m, (line) => `${line}\n\nÀ creuser : « douter en public ».`);
		expect(script).toContain("À creuser");
		const article = reinvest(script, "youtube-script", "blog-article", "fr");
		expect(carried(article)).toBe(`## Repris de [[${LINK}]]\n\n# ${TITLE}\n\n## Point 2\n\n[Plan serré] Le doute, c'est une question posée à temps.\n\n## Matière\n\nÀ creuser : « douter en public ».\n`);
	});

	it("carries the rule and its heading alone when nothing was written in the source", () => {
		const thread = reinvest(freshDraft("linkedin-post", "fr"), "linkedin-post", "x-thread", "fr");
		expect(carried(thread)).toBe(`## Repris de [[${LINK}]]\n`);
	});
});

describe("reinvestBody", () => {
	it("puts the source draft's text, without its properties, under a rule and a heading that links it", () => {
		const source = "---\r\ntype: draft\r\nformat: linkedin-post\r\n---\r\n# Douter : « oser »\r\n\r\nMon accroche à moi.\r\n";
		expect(reinvestBody(source, "Brouillons/Douter — Post LinkedIn", "Repris de {link}")).toBe("---\n\n## Repris de [[Brouillons/Douter — Post LinkedIn]]\n\n# Douter : « oser »\n\nMon accroche à moi.");
	});

	it("keeps a source without properties whole", () => {
		expect(reinvestBody("Juste du texte\n", "Note", "Re-invested from {link}")).toBe("---\n\n## Re-invested from [[Note]]\n\nJuste du texte");
	});
});

describe("writtenText", () => {
	it("keeps a code block whole: its comments are code, its # lines no headings, its blank lines kept", () => {
		const draft = [
			"---",
			"type: draft",
			"---",
			"# Douter",
			"",
			"## Exemple",
			"<!-- Un exemple de code. -->",
			"",
			"```md",
			"## Pas un titre",
			"",
			"<!-- commentaire du code -->",
			"```",
			"",
			"## Vide",
			"<!-- Rien ici. -->",
			"",
			"~~~",
			"%% pas un commentaire %%",
			"~~~",
		].join("\n");
		expect(writtenText(draft, null)).toBe(["# Douter", "", "## Exemple", "", "```md", "## Pas un titre", "", "<!-- commentaire du code -->", "```", "", "## Vide", "", "~~~", "%% pas un commentaire %%", "~~~"].join("\n"));
	});

	it("drops a heading with only blanks, comments or a heading inside a comment under it", () => {
		const draft = "## Accroche\n   \n\t\n## Histoire\n<!--\n## Pas un titre\n-->\n%% note à moi %%\n## Leçon\nDouter : « oser ».\n";
		expect(writtenText(draft, null)).toBe("## Leçon\nDouter : « oser ».");
	});

	it("keeps a parent heading left empty when a child has text, and drops an empty child beside it", () => {
		const draft = "# Douter\n<!-- titre -->\n\n## Les points\n<!-- Trois points. -->\n\n### Point 1\n\n### Point 2\nLe doute, c'est « avancer ».\n\n## Fin\n";
		expect(writtenText(draft, null)).toBe("# Douter\n\n## Les points\n\n### Point 2\nLe doute, c'est « avancer ».");
	});

	it("takes comments out of a line and keeps its words, inline code with a comment in it kept", () => {
		const draft = "## Accroche\nJ'ai douté <!-- à reformuler --> de tout.\n<!-- guidance -->Et puis `<!-- pas un commentaire -->` non.\nUne <!-- longue\nremarque --> phrase.\n";
		expect(writtenText(draft, null)).toBe("## Accroche\nJ'ai douté de tout.\nEt puis `<!-- pas un commentaire -->` non.\nUne\nphrase.");
	});

	it("keeps a line of the idea the writer copied into another section, and drops it where the template put it", () => {
		const template = "# {{title}}\n\n## Accroche\n<!-- Une ligne. -->\n\n## Matière\n\nLe doute rend humble.\n";
		const draft = "# Douter\n\n## Accroche\n<!-- Une ligne. -->\nLe doute rend humble.\n\n## Matière\n\nLe doute rend humble.\n";
		expect(writtenText(draft, template)).toBe("# Douter\n\n## Accroche\nLe doute rend humble.");
	});
});
