import { parse } from "yaml";
import { resolveTemplateAliases } from "../../../src/core/templates/template-aliases";
import { renderDraftNote } from "../../../src/core/drafting/draft-note";

function properties(note: string): Record<string, unknown> {
	return parse(/^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(note)?.[1] ?? "") as Record<string, unknown>;
}

const clock = { now: new Date(2025, 2, 14, 9, 30), dateFormat: "yyyy-MM-dd" };

describe("resolveTemplateAliases: a writer's template with YAML anchors", () => {
	it("writes out what each alias stands for, every other line as written, so a draft that drops `type` still has properties Obsidian reads", () => {
		const template = "---\ntype: &t modèle # le type du modèle\nkind: *t\ntags: &tags\n  - linkedin\n  - « douter »\nautres: *tags\nsujet: &s \"Douter : avancer\"\n---\nMon accroche : {{title}}\n";
		const resolved = resolveTemplateAliases(template, parse);
		expect(resolved).toBe('---\ntype: &t modèle # le type du modèle\nkind: modèle\ntags: &tags\n  - linkedin\n  - « douter »\nautres: ["linkedin","« douter »"]\nsujet: &s "Douter : avancer"\n---\nMon accroche : {{title}}\n');
		const draft = renderDraftNote({ ideaLinkText: "Idées/Douter", formatKey: "linkedin-post", channel: "LinkedIn", created: clock.now, dateFormat: "yyyy-MM-dd", reinvestedFrom: null, template: resolved, values: { title: "Douter" } }, clock);
		expect(properties(draft)).toMatchObject({ type: "draft", kind: "modèle", tags: ["linkedin", "« douter »"], autres: ["linkedin", "« douter »"], sujet: "Douter : avancer" });
	});

	it("writes out an alias to a value that itself uses aliases, keeping the note's line breaks and byte order mark", () => {
		const resolved = resolveTemplateAliases("\uFEFF---\r\nstatus: &t [relu]\r\nétapes: &e [*t, *t]\r\nrappel: *e\r\nvide: &v\r\naussi: *v\r\n---\r\nTexte\r\n", parse);
		expect(resolved).toBe('\uFEFF---\r\nstatus: &t [relu]\r\nétapes: [["relu"],["relu"]]\r\nrappel: [["relu"],["relu"]]\r\nvide: &v\r\naussi:\r\n---\r\nTexte\r\n');
	});

	it("leaves a template without aliases exactly as it is, stars in quotes, comments and the text included", () => {
		const template = '---\ntitre: "Les *trois* exemples"\n# *à garder*\n---\n**Gras** et *italique* : {{title}}\n';
		expect(resolveTemplateAliases(template, parse)).toBe(template);
		expect(resolveTemplateAliases("*pas de propriétés*\n", parse)).toBe("*pas de propriétés*\n");
	});

	it("refuses a template whose alias has no anchor, naming it", () => {
		expect(() => resolveTemplateAliases("---\nkind: *absent\n---\nTexte\n", parse)).toThrow(expect.objectContaining({ code: "error.templateAlias", params: { name: "absent" } }) as Error);
	});
});
