import { parse } from "yaml";
import { renderIdeaNote } from "../../../src/core/pipeline/idea-note";

const CREATED = new Date(2024, 2, 1, 9, 5);

describe("renderIdeaNote", () => {
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
		expect(text).toBe("---\ntype: idea\nstatus: re-invest\ncreated: 2024-03-01\n---\nUne idée\n");
	});

	it("produces frontmatter that parses to the intended values, quoting where needed", () => {
		const text = renderIdeaNote({ title: "x", stageKey: "true", created: CREATED, dateFormat: "yyyy", sourceLinkText: 'Note "quoted": yes', tags: ["#1", "a: b"] });
		const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
		expect(parse(yaml)).toEqual({ type: "idea", status: "true", created: "2024", source: '[[Note "quoted": yes]]', tags: ["1", "a: b"] });
	});

	it("uses LF line endings only", () => {
		const text = renderIdeaNote({ title: "a\r\nb", body: "c\rd", stageKey: "spark", created: CREATED, dateFormat: "yyyy", sourceLinkText: null, tags: [] });
		expect(text.includes("\r")).toBe(false);
	});
});
