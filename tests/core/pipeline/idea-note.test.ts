import { format } from "date-fns";
import { enUS, fr } from "date-fns/locale";
import { parse } from "yaml";
import { renderIdeaNote } from "../../../src/core/pipeline/idea-note";
import { comparableText } from "../../../src/core/text/comparable-text";
import { StudioError } from "../../../src/core/i18n/studio-error";

const CREATED = new Date(2024, 2, 1, 9, 5);

describe("renderIdeaNote", () => {
	it("writes Templater code in the writer's words as inert text, which still reads and compares as the same words", () => {
		const title = "Relancer « l'agence » : <% tp.date.now() %>";
		const text = renderIdeaNote({ title, body: "<%* await tp.file.move('/Archives') %>\n- un point", stageKey: "think", created: CREATED, dateFormat: "yyyy-MM-dd", sourceLinkText: null, tags: [] });
		expect(text).not.toContain("<%");
		expect(text.replaceAll("\u2060", "")).toContain(`title: "${title}"`);
		expect(text.replaceAll("\u2060", "")).toContain("<%* await tp.file.move('/Archives') %>\n- un point");
		const written = String((parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as { title: unknown }).title);
		expect(comparableText(written)).toBe(comparableText(title));
	});

	it("writes the properties, the idea and the body", () => {
		const text = renderIdeaNote({
			title: "Les meilleures idées ne sont pas directement accessibles",
			body: "Pourquoi ?\r\nParce que.",
			stageKey: "spark",
			created: CREATED,
			dateFormat: "yyyy-MM-dd'T'HH:mm",
			sourceLinkText: "Journal 2024-03-01",
			tags: ["#business", "business", "écriture"],
		});
		expect(text).toBe(
			[
				"---",
				"type: idea",
				"status: spark",
				"created: 2024-03-01T09:05",
				'source: "[[Journal 2024-03-01]]"',
				"title: Les meilleures idées ne sont pas directement accessibles",
				"tags:",
				"  - business",
				"  - écriture",
				"---",
				"Les meilleures idées ne sont pas directement accessibles",
				"",
				"Pourquoi ?",
				"Parce que.",
				"",
			].join("\n"),
		);
	});

	it("leaves out the source, the tags and the body when there are none", () => {
		const text = renderIdeaNote({ title: " Une idée ", stageKey: "re-invest", created: CREATED, dateFormat: "yyyy-MM-dd", sourceLinkText: null, tags: [] });
		expect(text).toBe("---\ntype: idea\nstatus: re-invest\ncreated: 2024-03-01\ntitle: Une idée\n---\nUne idée\n");
	});

	it("produces frontmatter that parses to the intended values, quoting where needed", () => {
		const text = renderIdeaNote({ title: "x", stageKey: "true", created: CREATED, dateFormat: "yyyy", sourceLinkText: 'Note "quoted": yes', tags: ["#1", "a: b"] });
		const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
		expect(parse(yaml)).toEqual({ type: "idea", status: "true", created: "2024", source: '[[Note "quoted": yes]]', title: "x", tags: ["1", "a: b"] });
	});

	it.each([
		"Simplifier sans mentir : la règle des trois exemples",
		"« Le client n'achète pas une méthode » : ce qu'il achète",
		`Le "vrai" problème : l'expertise #méthode`,
		"Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]]",
		"[[Le piège de l'expertise]] : relire",
		"- une liste ? non : une idée",
		"Oui",
		"2024-03-01",
		"Prix : 30 % ; délai : 2 jours\u00a0!",
		'Chemin C:\\Notes\\"brouillon"',
	])("keeps the title %p exactly, for every YAML reader", (title) => {
		const text = renderIdeaNote({ title, stageKey: "spark", created: CREATED, dateFormat: "yyyy-MM-dd", sourceLinkText: null, tags: ["idée"] });
		const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
		expect(parse(yaml)).toMatchObject({ title });
		expect(parse(yaml, { version: "1.1" })).toMatchObject({ title });
		expect(text.endsWith(`---\n${title}\n`)).toBe(true);
	});

	it("writes a title typed over several lines on one line, every other character as typed", () => {
		const text = renderIdeaNote({ title: "  Écrire\u00a0: d'abord\r\n  pour soi ", stageKey: "spark", created: CREATED, dateFormat: "yyyy", sourceLinkText: null, tags: [] });
		expect(text).toContain('\ntitle: "Écrire\u00a0: d\'abord pour soi"\n');
	});

	it("says that a date format date-fns refuses is invalid, with a code rather than an English sentence", () => {
		const render = () => renderIdeaNote({ title: "Une idée", stageKey: "spark", created: CREATED, dateFormat: "le dd/MM/yyyy", sourceLinkText: null, tags: [] });
		expect(render).toThrow(StudioError);
		expect(render).toThrow(expect.objectContaining({ code: "error.badDateFormat", params: { format: "le dd/MM/yyyy" } }) as Error);
	});

	it("uses LF line endings only", () => {
		const text = renderIdeaNote({ title: "a\r\nb", body: "c\rd", stageKey: "spark", created: CREATED, dateFormat: "yyyy", sourceLinkText: null, tags: [] });
		expect(text.includes("\r")).toBe(false);
	});

	it("writes month names of `created` in the writer's language", () => {
		const text = renderIdeaNote({ title: "Une idée", stageKey: "spark", created: CREATED, dateFormat: "d MMMM yyyy", locale: fr, sourceLinkText: null, tags: [] });
		expect(text).toContain(`created: ${format(CREATED, "d MMMM yyyy", { locale: fr })}\n`);
		expect(text).not.toContain(format(CREATED, "MMMM", { locale: enUS }));
	});
});
