import { writingStats, type StatsPeriod } from "../../../src/core/stats/writing-stats";
import { toDraft, type Draft } from "../../../src/core/drafting/draft";
import { toIdea, type Idea } from "../../../src/core/pipeline/idea";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";
import { makeRecord } from "../pipeline/make-record";

// Wednesday 12 March 2025, noon, local time: the clock the stats count back from.
const NOW = new Date(2025, 2, 12, 12, 0).getTime();
const STAGES = DEFAULT_SETTINGS.stages;

function ideaOf(path: string, status: unknown): Idea {
	const idea = toIdea(makeRecord(path, { properties: { type: "idea", status } }), STAGES);
	if (!idea) throw new Error("not an idea");
	return idea;
}

function draftOf(path: string, properties: Record<string, unknown>): Draft {
	const draft = toDraft(makeRecord(path, { properties: { type: "draft", ...properties } }));
	if (!draft) throw new Error("not a draft");
	return draft;
}

const ideas = [ideaOf("Idées/Douter.md", STAGES[0]?.key), ideaOf("Idées/Oser.md", STAGES[0]?.key), ideaOf("Idées/Lire.md", STAGES[1]?.key), ideaOf("Idées/Bizarre.md", "banane")];
const drafts = [
	draftOf("B/Douter — Post LinkedIn.md", { idea: "[[Douter]]", format: "linkedin-post", status: "published", published: "2025-03-10" }),
	draftOf("B/Oser — Post LinkedIn.md", { idea: "[[Oser]]", format: "linkedin-post", status: "published", published: "2025-02-01" }),
	draftOf("B/Lire — Livre blanc.md", { idea: "[[Idée disparue]]", format: "white-paper", status: "published", published: "2024-06-03" }),
	draftOf("B/Vieux.md", { idea: "[[Douter]]", format: "talk", status: "published", published: "2023-01-01" }),
	draftOf("B/Fanzine.md", { idea: "[[Douter]]", format: "fanzine", status: "draft" }),
	draftOf("B/Sans format.md", { idea: "[[Douter]]", status: "published" }),
	draftOf("B/Futur.md", { idea: "[[Douter]]", format: "linkedin-post", channel: "Malt", status: "published", published: "2025-04-01" }),
];

const stats = (period: StatsPeriod, language: "fr" | "en" = "fr") => writingStats({ ideas, drafts, stages: STAGES, formats: DEFAULT_FORMATS, language, period, now: NOW });

describe("writingStats", () => {
	it("counts ideas in every stage, in order, and ideas in no stage last", () => {
		const bars = stats(30).ideasByStage;
		expect(bars.map((b) => [b.label, b.count])).toEqual([...STAGES.map((s, i) => [s.labels.fr, i === 0 ? 2 : i === 1 ? 1 : 0]), [null, 1]]);
		expect(bars[0]?.notes.map((n) => n.path)).toEqual(["Idées/Douter.md", "Idées/Oser.md"]);
	});

	it("counts every draft by format, whether its idea resolves or not, with the format's name in the writer's language", () => {
		const fr = stats(30).draftsByFormat.map((b) => [b.label, b.count]);
		expect(fr).toEqual([["Post LinkedIn", 3], ["Conférence", 1], ["fanzine", 1], ["Livre blanc", 1], [null, 1]]);
		expect(stats(30, "en").draftsByFormat[0]?.label).toBe("LinkedIn post");
	});

	it("counts publications by channel over the last 30, 90 or 365 days, never a date to come or an undated one", () => {
		expect(stats(30).publicationsByChannel.map((b) => [b.label, b.count])).toEqual([["LinkedIn", 1]]);
		expect(stats(90).publicationsByChannel.map((b) => [b.label, b.count])).toEqual([["LinkedIn", 2]]);
		expect(stats(365).publicationsByChannel.map((b) => [b.label, b.count])).toEqual([["LinkedIn", 2], ["Site web", 1]]);
		expect(stats(365, "en").publicationsByChannel.map((b) => b.label)).toEqual(["LinkedIn", "Website"]);
		expect(stats(365).totals).toEqual({ ideas: 4, drafts: 7, published: 6, publishedInPeriod: 3, publishedUndated: 1 });
	});

	it("lays the last year out in 53 weeks starting on the locale's first day, shaded by the busiest week", () => {
		const { calendar } = stats(365);
		expect(calendar).toHaveLength(53);
		const last = calendar[calendar.length - 1];
		// French weeks start on Monday: 10 March 2025.
		expect(last?.start).toBe(new Date(2025, 2, 10).getTime());
		expect(last?.notes.map((n) => n.path)).toEqual(["B/Douter — Post LinkedIn.md"]);
		expect(new Date(calendar[0]?.start ?? 0).getDay()).toBe(1);
		expect(calendar.filter((w) => w.count > 0).map((w) => [new Date(w.start).toDateString(), w.level])).toEqual([
			["Mon Jun 03 2024", 4],
			["Mon Jan 27 2025", 4],
			["Mon Mar 10 2025", 4],
		]);
		// English weeks start on Sunday.
		expect(new Date(stats(365, "en").calendar[52]?.start ?? 0).getDay()).toBe(0);
	});

	it("shades weeks by their share of the busiest one", () => {
		const many = [1, 2, 3, 4].map((i) => draftOf(`B/${i}.md`, { format: "x-thread", status: "published", published: "2025-03-11" }));
		const one = draftOf("B/seul.md", { format: "x-thread", status: "published", published: "2025-03-03" });
		const { calendar } = writingStats({ ideas: [], drafts: [...many, one], stages: STAGES, formats: DEFAULT_FORMATS, language: "fr", period: 30, now: NOW });
		expect(calendar.slice(-2).map((w) => [w.count, w.level])).toEqual([[1, 1], [4, 4]]);
		expect(calendar[0]?.level).toBe(0);
	});
});
