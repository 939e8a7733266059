import { renderStrategyNote } from "../../../src/core/drafting/strategy-note";
import { STRATEGY_TEMPLATE } from "../../../src/core/drafting/draft-templates";

const now = new Date(2025, 2, 14, 9, 30);
const clock = { now, dateFormat: "yyyy-MM-dd" };

describe("renderStrategyNote", () => {
	it("makes a strategy note of the template in the writer's language", () => {
		const note = renderStrategyNote(STRATEGY_TEMPLATE.text.fr, now, "yyyy-MM-dd'T'HH:mm", undefined, clock);
		expect(note.startsWith("---\ntype: strategy\ncreated: 2025-03-14T09:30\n---\n# Ma stratégie de leadership éclairé\n")).toBe(true);
		expect(note).toContain("\n## 7. Indicateurs de performance\n");
	});

	it("fills a writer's template's date and leaves out its own properties", () => {
		expect(renderStrategyNote("---\ntags: [plan]\n---\n# Stratégie du {{date}}\n<% tp.date.now() %>\n", now, "yyyy-MM-dd", undefined, clock)).toBe("---\ntype: strategy\ncreated: 2025-03-14\n---\n# Stratégie du 2025-03-14\n<% tp.date.now() %>\n");
	});
});
