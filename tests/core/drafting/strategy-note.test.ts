import { renderStrategyNote } from "../../../src/core/drafting/strategy-note";
import { STRATEGY_TEMPLATE } from "../../../src/core/drafting/draft-templates";

const now = new Date(2025, 2, 14, 9, 30);
const clock = { now, dateFormat: "yyyy-MM-dd" };

describe("renderStrategyNote", () => {
	it("makes a strategy note of the template in the writer's language", () => {
		const note = renderStrategyNote(STRATEGY_TEMPLATE.text.fr, now, "yyyy-MM-dd'T'HH:mm", undefined, clock);
		expect(note.startsWith("---\ntype: strategy\ncreated: 2025-03-14T09:30\n---\n# Ma stratégie de leadership éclairé\n")).toBe(true);
		expect(note).toContain("\n## 7. Indicateurs de performance\n");
		// The indicators sit in the strategy itself, in its part 7.
		expect(note.slice(note.indexOf("## 7."))).toContain("\n```tls-indicators\nperiod: 12m\n```\n");
		expect(renderStrategyNote(STRATEGY_TEMPLATE.text.en, now, "yyyy-MM-dd", undefined, clock)).toMatch(/## 7\. Performance indicators\n[\s\S]*\n```tls-indicators\nperiod: 12m\n```\n/);
	});

	it("fills a writer's template's date and leaves out its own properties", () => {
		expect(renderStrategyNote("---\ntags: [plan]\n---\n# Stratégie du {{date}}\n<% tp.date.now() %>\n", now, "yyyy-MM-dd", undefined, clock)).toBe("---\ntype: strategy\ncreated: 2025-03-14\n---\n# Stratégie du 2025-03-14\n<% tp.date.now() %>\n");
	});
});
