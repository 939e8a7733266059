import { parse } from "yaml";
import { ideaBaseText } from "../../../src/core/bases/idea-base";

describe("ideaBaseText", () => {
	it("is a base of the idea notes with one view, the pipeline's, grouped by status, named in the writer's words", () => {
		const base = parse(ideaBaseText("Pipeline d'idées : « à trier »")) as Record<string, unknown>;
		expect(base).toEqual({
			filters: { and: ['note.type == "idea"'] },
			views: [
				{
					type: "thought-leadership-pipeline",
					name: "Pipeline d'idées : « à trier »",
					groupBy: { property: "note.status", direction: "ASC" },
					order: ["file.name", "note.status", "note.source"],
				},
			],
		});
	});
});
