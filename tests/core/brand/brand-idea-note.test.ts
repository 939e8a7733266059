import { parse } from "yaml";
import { renderBrandIdeaNote, withMissingParts } from "../../../src/core/brand/brand-idea-note";
import { BRAND_IDEA_TEMPLATE, productTemplates } from "../../../src/core/brand/brand-templates";
import { DEFAULT_PRODUCTS } from "../../../src/core/brand/product-setting";
import { sectionText } from "../../../src/core/brand/note-section";
import { FRAMEWORK_PARTS, namesPart } from "../../../src/core/brand/framework-parts";
import { StudioError } from "../../../src/core/i18n/studio-error";

function properties(text: string): Record<string, unknown> {
	return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Record<string, unknown>;
}

describe("a new brand-idea note", () => {
	it("links its sources and the note it came from in properties Bases and Dataview read", () => {
		const text = renderBrandIdeaNote({ title: "Penser une fois : « répliquer »", body: BRAND_IDEA_TEMPLATE.text.fr, created: "2024-03-01T10:00", sources: ["Expert Secrets", "Journal/2024-02-22"], origin: "2024-02-22" });
		expect(properties(text)).toEqual({ type: "brand-idea", title: "Penser une fois : « répliquer »", created: "2024-03-01T10:00", source: "[[2024-02-22]]", sources: ["[[Expert Secrets]]", "[[Journal/2024-02-22]]"] });
		for (const part of FRAMEWORK_PARTS) expect(sectionText(text, (h) => namesPart(h, part))).not.toBeNull();
	});

	it("writes its name and links as text: Templater code in them cannot run in the new note", () => {
		const text = renderBrandIdeaNote({ title: "Penser <%* tR = 'une fois' %>", body: "## Croyance centrale\n", created: "2024-03-01T10:00", sources: ["<%+ x %>"], origin: "<% y %>" });
		expect(text.match(/<%/g)).toBeNull();
		expect(properties(text)).toMatchObject({ title: "Penser <\u2060%* tR = 'une fois' %>", source: "[[<\u2060% y %>]]", sources: ["[[<\u2060%+ x %>]]"] });
	});
});

describe("turning a note into a brand idea", () => {
	it("adds only the headings it lacks, at its end, every byte before kept", () => {
		const note = "---\ntags: [réflexions]\n---\n## Croyance centrale\nL'idée d'abord.\n";
		const after = withMissingParts(note, BRAND_IDEA_TEMPLATE.text.fr);
		expect(after.startsWith(note)).toBe(true);
		expect(after.match(/^## Croyance centrale/gm)).toHaveLength(1);
		expect(after).toContain("\n## Étapes du framework\n");
		expect(after).toContain("\n## Preuves\n");
	});

	it("changes nothing in a note that has every part, in English headings", () => {
		const note = "## Core belief\nx\n## Framework steps\n## Origin story\n## False beliefs\n## Proof\n";
		expect(withMissingParts(note, BRAND_IDEA_TEMPLATE.text.fr)).toBe(note);
	});

	it("refuses a note that ends inside a code block never closed, where headings would be code", () => {
		expect(() => withMissingParts("```\nconst x = 1;\n", BRAND_IDEA_TEMPLATE.text.fr)).toThrow(StudioError);
	});

	it("writes the added headings with the note's CRLF line breaks", () => {
		const after = withMissingParts("Texte\r\n", BRAND_IDEA_TEMPLATE.text.fr);
		expect(after.replace(/\r\n/g, "")).not.toContain("\n");
	});
});

describe("the product templates", () => {
	it("are a real skeleton for each of the eight revenue modes, in both languages", () => {
		for (const template of productTemplates(DEFAULT_PRODUCTS)) {
			for (const language of ["fr", "en"] as const) {
				expect(template.text[language]).toContain("{{title}}");
				expect(template.text[language].match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(4);
			}
		}
	});
});
