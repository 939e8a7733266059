import { DRAFT_TEMPLATES, STRATEGY_TEMPLATE } from "../../../src/core/drafting/draft-templates";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";

const comments = (text: string): string[] => text.match(/<!--[\s\S]*?-->/g) ?? [];
const headings = (text: string): string[] => (text.match(/^## .*$/gm) ?? []).map((h) => h.slice(3));

describe("the built-in draft templates", () => {
	it("gives every default format a template in both languages", () => {
		expect(DRAFT_TEMPLATES.map((t) => t.key)).toEqual(DEFAULT_FORMATS.map((f) => f.key));
	});

	it("makes each a skeleton of its format: parts with guidance in comments, the same parts in both languages", () => {
		for (const template of DRAFT_TEMPLATES) {
			for (const language of ["en", "fr"] as const) {
				const text = template.text[language];
				expect(text.startsWith("# {{title}}\n")).toBe(true);
				expect(headings(text).length).toBeGreaterThanOrEqual(5);
				expect(comments(text).length).toBeGreaterThanOrEqual(headings(text).length);
				expect(text).toContain("{{idea}}");
			}
			expect(headings(template.text.fr)).toHaveLength(headings(template.text.en).length);
		}
	});

	it("has the parts the issue names for a short post, a video script, a white paper and a case study", () => {
		const parts = (key: string, language: "en" | "fr") => headings(DRAFT_TEMPLATES.find((t) => t.key === key)?.text[language] ?? "");
		expect(parts("linkedin-post", "en")).toEqual(["Hook", "Story", "Lesson", "Call to action", "Material"]);
		expect(parts("linkedin-post", "fr")).toEqual(["Accroche", "Histoire", "Leçon", "Appel à l'action", "Matière"]);
		expect(parts("youtube-script", "en")).toEqual(expect.arrayContaining(["Promise", "Point 1", "Point 2", "Point 3", "Call to action"]));
		expect(parts("white-paper", "fr")).toEqual(expect.arrayContaining(["Le problème", "L'analyse", "Les recommandations", "À propos de l'auteur"]));
		expect(parts("case-study", "en")).toEqual(expect.arrayContaining(["The client", "The challenge", "The solution", "The results"]));
	});

	it("writes French with a no-break space before : ; ! ? » and after «", () => {
		for (const template of DRAFT_TEMPLATES) {
			const text = template.text.fr.replace(/\{\{[^}]*\}\}/g, "");
			expect(text).not.toMatch(/ [:;!?»]|« /);
			expect(text).not.toMatch(/[^\s\u00a0\d(/<][;!?»]/);
		}
	});
});

describe("the strategy template", () => {
	it("has the seven parts in its table of contents and as headings, in both languages", () => {
		for (const language of ["en", "fr"] as const) {
			const text = STRATEGY_TEMPLATE.text[language];
			const parts = headings(text);
			expect(parts).toHaveLength(7);
			parts.forEach((part, i) => expect(text).toContain(`\n${part}\n`.replace(/^\n\d\. /, `\n${i + 1}. `)));
		}
		expect(headings(STRATEGY_TEMPLATE.text.fr)[2]).toBe("3. Audiences\u00a0: segmentation, influenceurs, communautés");
	});

	it("carries the ten-point influencer checklist in part 3 and points to the stats view in part 7", () => {
		for (const language of ["en", "fr"] as const) {
			const text = STRATEGY_TEMPLATE.text[language];
			const part3 = text.slice(text.indexOf("## 3."), text.indexOf("## 4."));
			expect(part3.match(/^- \[ \] /gm)).toHaveLength(10);
			expect(text.slice(text.indexOf("## 7."))).toMatch(/stats|statistiques/);
		}
	});
});
