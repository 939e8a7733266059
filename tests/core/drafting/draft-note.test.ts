import { fr as frLocale } from "date-fns/locale";
import { parse } from "yaml";
import { renderDraftNote, type DraftNoteInput } from "../../../src/core/drafting/draft-note";
import { draftValues } from "../../../src/core/drafting/draft-values";
import * as frontmatterBlock from "../../../src/core/writer/frontmatter-block";

const now = new Date(2025, 2, 14, 9, 30);
const clock = { now, locale: frLocale, dateFormat: "yyyy-MM-dd" };
const TITLE = "Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]] : « douter »";
const values = draftValues({
	ideaText: TITLE,
	ideaNoteText: `---\ntype: idea\nstatus: think\n---\n${TITLE}\n\nUn détail : « le doute ».\n`,
	sourceLinkText: "Journal/2025-03-01",
	formatName: "Post LinkedIn",
	channel: "LinkedIn",
	selection: "",
});

function input(template: string, extra: Partial<DraftNoteInput> = {}): DraftNoteInput {
	return { ideaLinkText: "Idées/Ce que m'a appris la conférence de Lyon « douter »", formatKey: "linkedin-post", channel: "LinkedIn", created: now, dateFormat: "yyyy-MM-dd'T'HH:mm", reinvestedFrom: null, template, values, ...extra };
}

function properties(note: string): Record<string, unknown> {
	return parse(/^---\n([\s\S]*?)\n---\n/.exec(note)?.[1] ?? "") as Record<string, unknown>;
}

describe("renderDraftNote", () => {
	it("writes the draft's properties, then the template with every variable filled", () => {
		const note = renderDraftNote(input("# {{title}}\n\n{{idea}}\n\n{{source}} · {{format}} · {{channel}} · {{date}} · {{date:d MMMM yyyy}} · [{{selection}}]\n"), clock);
		expect(note).toBe(
			[
				"---",
				"type: draft",
				'idea: "[[Idées/Ce que m\'a appris la conférence de Lyon « douter »]]"',
				"format: linkedin-post",
				"channel: LinkedIn",
				"status: draft",
				"created: 2025-03-14T09:30",
				"---",
				`# ${TITLE}`,
				"",
				`${TITLE}`,
				"",
				"Un détail : « le doute ».",
				"",
				"[[Journal/2025-03-01]] · Post LinkedIn · LinkedIn · 2025-03-14 · 14 mars 2025 · []",
				"",
			].join("\n"),
		);
		expect(properties(note)).toEqual({ type: "draft", idea: "[[Idées/Ce que m'a appris la conférence de Lyon « douter »]]", format: "linkedin-post", channel: "LinkedIn", status: "draft", created: "2025-03-14T09:30" });
	});

	it("keeps Templater's syntax and variables it does not know exactly as written", () => {
		const note = renderDraftNote(input("<% tp.file.cursor() %> {{inconnue}} {{ title }}\n"), clock);
		expect(note.endsWith(`---\n<% tp.file.cursor() %> {{inconnue}} ${TITLE}\n`)).toBe(true);
	});

	it("links the draft it re-invests and puts the carried text after the template", () => {
		const note = renderDraftNote(input("# {{title}}\n", { formatKey: "newsletter-issue", channel: "Newsletter", reinvestedFrom: "Brouillons/Douter — Post LinkedIn", after: "---\n\n## Repris de [[Brouillons/Douter — Post LinkedIn]]\n\nTexte." }), clock);
		expect(properties(note)["reinvested-from"]).toBe("[[Brouillons/Douter — Post LinkedIn]]");
		expect(note.endsWith(`# ${TITLE}\n\n---\n\n## Repris de [[Brouillons/Douter — Post LinkedIn]]\n\nTexte.\n`)).toBe(true);
	});

	it("merges a writer's template that starts with properties: the draft's keys win, the others follow as written", () => {
		const template = "---\r\ntype: modèle\r\nstatus: brouillon\r\ntags:\r\n  - linkedin\r\n# à garder\r\nsujet: {{title}}\r\njour: {{date}}\r\nautre: \"{{title}}\"\r\n---\r\nMon accroche : {{title}}\r\n";
		const note = renderDraftNote(input(template), clock);
		expect(note).toContain("created: 2025-03-14T09:30\ntags:\n  - linkedin\n# à garder\n");
		expect(note).toContain(`\nautre: "{{title}}"\n---\nMon accroche : ${TITLE}\n`);
		expect(properties(note)).toEqual({ type: "draft", idea: "[[Idées/Ce que m'a appris la conférence de Lyon « douter »]]", format: "linkedin-post", channel: "LinkedIn", status: "draft", created: "2025-03-14T09:30", tags: ["linkedin"], sujet: TITLE, jour: "2025-03-14", autre: "{{title}}" });
	});

	it("writes the day a draft made from a calendar slot is planned for, below its status, over the template's own", () => {
		const note = renderDraftNote(input("---\nplanned: {{date}}\ntags: [linkedin]\n---\n# {{title}}\n", { planned: "2026-12-11" }), clock);
		expect(note.split("\n").slice(0, 10)).toEqual(["---", "type: draft", 'idea: "[[Idées/Ce que m\'a appris la conférence de Lyon « douter »]]"', "format: linkedin-post", "channel: LinkedIn", "status: draft", "planned: 2026-12-11", "created: 2025-03-14T09:30", "tags: [linkedin]", "---"]);
		// Without a slot, the template's own planned date stays.
		expect(properties(renderDraftNote(input("---\nplanned: {{date}}\n---\nCorps\n"), clock)).planned).toBe("2025-03-14");
	});

	it("takes a template whose properties never close as text", () => {
		const note = renderDraftNote(input("---\nrien: {{title}}\n"), clock);
		expect(note.endsWith(`status: draft\ncreated: 2025-03-14T09:30\n---\n---\nrien: ${TITLE}\n`)).toBe(true);
	});
});

/** Templater runs what stands between `<%` and `%>` in a new note; a word joiner (U+2060) between `<` and `%` reads the same and runs nothing. */
const JOINER = "\u2060";

describe("renderDraftNote: the idea's words stay text", () => {
	const script = "<%* await app.vault.adapter.remove('Journal/2025-03-01.md') %>";

	it("makes Templater code inert in what it copies from the idea, its source and the draft it re-invests, and keeps the template's own", () => {
		const copied = draftValues({ ideaText: `Douter ${script}`, ideaNoteText: `---\ntype: idea\n---\nUn détail : « le doute » ${script}\n`, sourceLinkText: "Journal/2025-03-01", formatName: "Post LinkedIn", channel: "LinkedIn", selection: `<%+ tp.file.title %>` });
		const note = renderDraftNote(input("# {{title}}\n<% tp.file.cursor() %>\n{{idea}}\n{{selection}}\n", { values: copied, ideaLinkText: `Douter ${script}`, after: `## Repris de [[Brouillons/Douter]]\n\n${script}` }), clock);
		expect(note.match(/<%/g)).toEqual(["<%"]);
		expect(note).toContain("\n<% tp.file.cursor() %>\n");
		expect(note.replaceAll(JOINER, "")).toContain(`Un détail : « le doute » ${script}\n<%+ tp.file.title %>\n\n## Repris de [[Brouillons/Douter]]\n\n${script}\n`);
		expect(properties(note).idea).toBe(`[[Douter <${JOINER}%* await app.vault.adapter.remove('Journal/2025-03-01.md') %>]]`);
	});
});

describe("renderDraftNote: large templates", () => {
	it("fills a template of 5 MB of blank lines after its properties, cutting into lines only its properties", () => {
		const template = `---\ntags: [linkedin]\n---\n# {{title}}\n${"\n".repeat(5_000_000)}Fin : {{format}}\n`;
		const cut = jest.spyOn(frontmatterBlock, "readNoteLines");
		const note = renderDraftNote(input(template), clock);
		expect(note.endsWith(`\ntags: [linkedin]\n---\n# ${TITLE}\n${"\n".repeat(5_000_000)}Fin : Post LinkedIn\n`)).toBe(true);
		expect(Math.max(...cut.mock.calls.map(([text]) => text.length))).toBeLessThan(100);
		cut.mockRestore();
	});
});
