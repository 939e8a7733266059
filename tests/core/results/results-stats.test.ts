import { toDraft, type Draft } from "../../../src/core/drafting/draft";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";
import { DEFAULT_METRICS } from "../../../src/core/results/metric-setting";
import { measuredPieces, type MeasuredPiece } from "../../../src/core/results/measured-piece";
import { DEFAULT_RESULTS_OPTIONS, rankMetric, resultsStats, type ResultsOptions } from "../../../src/core/results/results-stats";
import { engagementOf, engagementRate, ENGAGEMENT_METRIC } from "../../../src/core/results/engagement-rate";
import { NONE_KEY } from "../../../src/core/stats/writing-stats";
import type { NoteLink, NoteRecord } from "../../../src/core/note/note-record";
import { makeRecord } from "../pipeline/make-record";

// Wednesday 12 March 2025, noon, local time: the clock the results count back from.
const NOW = new Date(2025, 2, 12, 12, 0).getTime();

const BRAND = "Idées de marque/Penser une fois.md";
const DOUTER = "Idées/Douter, c'est avancer.md";
const OSER = "Idées/Oser dire « non ».md";
const LIRE = "Idées/Lire : l'habitude du matin.md";

const link = (target: string, resolvedPath: string | null): NoteLink => ({ target, alias: null, subpath: null, resolved: resolvedPath !== null, resolvedPath });

const records = new Map<string, NoteRecord>();
function put(path: string, properties: Record<string, unknown>, links: NoteLink[] = []): NoteRecord {
	const record = makeRecord(path, { properties, links });
	records.set(path, record);
	return record;
}

put(BRAND, { type: "brand-idea", title: "Penser une fois : « répliquer »" });
put(DOUTER, { type: "idea", status: "spark", "brand-idea": "[[Penser une fois]]" }, [link("Penser une fois", BRAND)]);
put(OSER, { type: "idea", status: "spark", "brand-idea": ["[[Penser une fois]]", "[[L'audace : un muscle]]", "[[Idées de marque/Penser une fois]]"] }, [
	link("Penser une fois", BRAND),
	link("L'audace : un muscle", null),
	link("Idées de marque/Penser une fois", BRAND),
]);
put(LIRE, { type: "idea", status: "spark" });

/** A draft note of an idea, published on `published` when given, with its figures as properties. */
function draft(name: string, idea: string, format: string, published: string | null, figures: Record<string, unknown> = {}, status = "published"): Draft {
	const ideaName = idea.replace(/^Idées\/|\.md$/g, "");
	const record = put(`Brouillons/${name}.md`, { type: "draft", idea: `[[${ideaName}]]`, format, status, ...(published ? { published } : {}), ...figures }, [link(ideaName, idea)]);
	const read = toDraft(record);
	if (!read) throw new Error("not a draft");
	return read;
}

const drafts = [
	draft("Douter, c'est avancer — Post LinkedIn", DOUTER, "linkedin-post", "2025-03-03", { impressions: 1200, reactions: 45, comments: 3, shares: 2 }),
	draft("Oser dire « non » — Post LinkedIn", OSER, "linkedin-post", "2025-02-10", { impressions: "800", reactions: 20, comments: 10, clicks: 10 }),
	draft("Oser dire « non » — Thread X", OSER, "x-thread", "2025-01-15T18:30", { impressions: 300, reactions: 12 }),
	draft("Lire : l'habitude du matin — Numéro de newsletter", LIRE, "newsletter-issue", "2024-12-01", { clicks: 40, followers: 5 }),
	draft("Douter, c'est avancer — Livre blanc", DOUTER, "white-paper", "2024-11-20"),
	draft("Lire : « le début » — Post LinkedIn", LIRE, "linkedin-post", "2023-06-01", { impressions: 5000, reactions: 100 }),
	draft("Douter, c'est avancer — Post demain", DOUTER, "linkedin-post", "2025-04-01", { impressions: 99999 }),
	draft("Lire : sans date — Post LinkedIn", LIRE, "linkedin-post", null, { impressions: 10, reactions: 1 }),
	draft("Oser dire « non » — Brouillon", OSER, "linkedin-post", null, { impressions: 7777 }, "draft"),
];

const pieces = measuredPieces(drafts, records, DEFAULT_FORMATS, DEFAULT_METRICS);
const stats = (options: Partial<ResultsOptions> = {}, language: "fr" | "en" = "fr", list: readonly MeasuredPiece[] = pieces) =>
	resultsStats({ pieces: list, metrics: DEFAULT_METRICS, formats: DEFAULT_FORMATS, language, options: { ...DEFAULT_RESULTS_OPTIONS, ...options }, now: NOW });

describe("the measured pieces", () => {
	it("are the published drafts, with their figures and the brand ideas of their ideas, each once", () => {
		expect(pieces.map((p) => p.title)).not.toContain("Oser dire « non » — Brouillon");
		const oser = pieces.find((p) => p.title === "Oser dire « non » — Post LinkedIn");
		expect(oser?.values).toEqual({ impressions: 800, reactions: 20, comments: 10, clicks: 10 });
		expect(oser?.channel).toBe("LinkedIn");
		// Two links to one note are one brand idea; a link to no note yet stands for the brand idea of that name.
		expect(oser?.brandIdeas).toEqual([
			{ key: BRAND, path: BRAND, title: "Penser une fois : « répliquer »" },
			{ key: "name:l'audace : un muscle", path: null, title: "L'audace : un muscle" },
		]);
		expect(pieces.find((p) => p.title.startsWith("Lire : l'habitude"))?.brandIdeas).toEqual([]);
		expect(pieces.find((p) => p.title === "Douter, c'est avancer — Livre blanc")?.values).toEqual({});
	});
});

describe("the engagement rate", () => {
	it("is reactions, comments, shares and clicks over impressions, none for a piece without impressions", () => {
		expect(engagementOf({ impressions: 800, reactions: 20, comments: 10, clicks: 10, followers: 3, leads: 1 })).toEqual({ interactions: 40, impressions: 800 });
		expect(engagementOf({ impressions: 300, reactions: 12 })).toEqual({ interactions: 12, impressions: 300 });
		expect(engagementOf({ clicks: 40 })).toBeNull();
		expect(engagementOf({ impressions: 0, reactions: 4 })).toBeNull();
		// Pieces together weigh by their impressions, and one without impressions is left out rather than counted as 0 %.
		expect(engagementRate([{ interactions: 40, impressions: 800 }, { interactions: 12, impressions: 300 }, null])).toBeCloseTo(52 / 1100);
		expect(engagementRate([null])).toBeNull();
	});
});

describe("resultsStats", () => {
	it("sums each metric and takes its median over the pieces that have it, over the last twelve months by default", () => {
		const results = stats();
		// The white paper is published in the period but measured not; the future post and the one of 2023 are outside.
		expect([results.published, results.measured, results.recorded]).toEqual([5, 4, 7]);
		expect(results.metrics.map((m) => m.key)).toEqual(["impressions", "reactions", "comments", "shares", "clicks", "followers"]);
		expect(results.total.figures).toEqual({
			impressions: { sum: 2300, median: 800, count: 3 },
			reactions: { sum: 77, median: 20, count: 3 },
			comments: { sum: 13, median: 6.5, count: 2 },
			shares: { sum: 2, median: 2, count: 1 },
			clicks: { sum: 50, median: 25, count: 2 },
			followers: { sum: 5, median: 5, count: 1 },
		});
		expect(results.total.engagement).toBeCloseTo((50 + 40 + 12) / 2300);
	});

	it("groups per format, channel and brand idea, the best first by impressions, those without one last", () => {
		const results = stats();
		expect(results.byFormat.map((g) => [g.label, g.pieces, g.figures.impressions?.sum])).toEqual([
			["Post LinkedIn", 2, 2000],
			["Thread X", 1, 300],
			["Numéro de newsletter", 1, undefined],
		]);
		expect(results.byChannel.map((g) => [g.label, g.figures.impressions?.sum ?? null, g.engagement === null ? null : Math.round(g.engagement * 1000) / 1000])).toEqual([
			["LinkedIn", 2000, 0.045],
			["X", 300, 0.04],
			["Newsletter", null, null],
		]);
		// A piece carrying two brand ideas counts in both.
		expect(results.byBrandIdea.map((g) => [g.key, g.label, g.pieces, g.figures.impressions?.sum])).toEqual([
			[BRAND, "Penser une fois : « répliquer »", 3, 2300],
			["name:l'audace : un muscle", "L'audace : un muscle", 2, 1100],
			[NONE_KEY, null, 1, undefined],
		]);
		expect(results.byFormat.find((g) => g.label === "Post LinkedIn")?.figures.reactions).toEqual({ sum: 65, median: 32.5, count: 2 });
	});

	it("groups per month, the latest first", () => {
		expect(stats().byMonth.map((g) => [g.key, g.start, g.pieces])).toEqual([
			["2025-03", new Date(2025, 2, 1).getTime(), 1],
			["2025-02", new Date(2025, 1, 1).getTime(), 1],
			["2025-01", new Date(2025, 0, 1).getTime(), 1],
			["2024-12", new Date(2024, 11, 1).getTime(), 1],
		]);
	});

	it("ranks the top pieces by impressions unless told, by engagement when asked, ten at most", () => {
		expect(stats().rankedBy).toBe("impressions");
		expect(stats().top.map((p) => [p.title, p.value, p.format, p.channel])).toEqual([
			["Douter, c'est avancer — Post LinkedIn", 1200, "Post LinkedIn", "LinkedIn"],
			["Oser dire « non » — Post LinkedIn", 800, "Post LinkedIn", "LinkedIn"],
			["Oser dire « non » — Thread X", 300, "Thread X", "X"],
		]);
		const byEngagement = stats({ metric: ENGAGEMENT_METRIC });
		expect(byEngagement.top.map((p) => [p.title, Math.round(p.value * 10000) / 100])).toEqual([
			["Oser dire « non » — Post LinkedIn", 5],
			["Douter, c'est avancer — Post LinkedIn", 4.17],
			["Oser dire « non » — Thread X", 4],
		]);
		expect(byEngagement.byFormat.map((g) => g.label)).toEqual(["Post LinkedIn", "Thread X", "Numéro de newsletter"]);
		expect(stats({ metric: "clicks" }).top.map((p) => [p.title, p.value])).toEqual([
			["Lire : l'habitude du matin — Numéro de newsletter", 40],
			["Oser dire « non » — Post LinkedIn", 10],
		]);
		const many = Array.from({ length: 14 }, (_, i): MeasuredPiece => ({ path: `B/Post n°${i + 1}.md`, title: `Post n°${i + 1}`, format: "linkedin-post", channel: "LinkedIn", publishedAt: NOW - (i + 1) * 86_400_000, brandIdeas: [], values: { impressions: 100 } }));
		// At equal figures, the latest first.
		expect(stats({}, "fr", many).top.map((p) => p.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Post n°${i + 1}`));
	});

	it("takes impressions, else the first metric, when the metric asked is not one of the setting", () => {
		expect(rankMetric("vues", DEFAULT_METRICS)).toBe("impressions");
		expect(rankMetric(null, DEFAULT_METRICS.slice(1))).toBe("reactions");
		expect(rankMetric("leads", DEFAULT_METRICS)).toBe("leads");
		expect(rankMetric(null, [])).toBe(ENGAGEMENT_METRIC);
	});

	it("draws a trend of twelve months up to the current one, whatever the period", () => {
		const { trend } = stats({ period: { unit: "days", count: 30 } });
		expect(trend.map((p) => p.month)).toEqual(["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03"]);
		expect(trend.slice(-4).map((p) => [p.pieces, p.value])).toEqual([
			[1, null],
			[1, 300],
			[1, 800],
			[1, 1200],
		]);
		expect(trend.slice(0, 8).every((p) => p.pieces === 0 && p.value === null)).toBe(true);
		expect(trend[0]?.start).toBe(new Date(2024, 3, 1).getTime());
		expect(stats({ metric: ENGAGEMENT_METRIC }).trend.at(-2)?.value).toBeCloseTo(40 / 800);
	});

	it("keeps the period, the channel and the format asked", () => {
		const ninety = stats({ period: { unit: "days", count: 90 } });
		expect([ninety.published, ninety.measured]).toEqual([3, 3]);
		const all = stats({ period: { unit: "all" } });
		// Every publication up to now, the undated one too (in no month); never the one published after now.
		expect([all.published, all.measured, all.top[0]?.title]).toEqual([7, 6, "Lire : « le début » — Post LinkedIn"]);
		expect(all.byMonth.map((g) => g.key)).toEqual(["2025-03", "2025-02", "2025-01", "2024-12", "2023-06"]);
		expect(all.top.map((p) => p.title)).toContain("Lire : sans date — Post LinkedIn");
		const linkedin = stats({ channel: "linkedin" });
		expect([linkedin.measured, linkedin.byChannel.map((g) => g.label)]).toEqual([2, ["LinkedIn"]]);
		expect(linkedin.trend.at(-3)?.value).toBeNull();
		const thread = stats({ format: "Thread X" });
		expect([thread.measured, thread.top.map((p) => p.title)]).toEqual([1, ["Oser dire « non » — Thread X"]]);
		expect(stats({ format: "x-thread" }, "en").byFormat.map((g) => g.label)).toEqual(["X thread"]);
	});

	it("says when nothing was ever recorded", () => {
		const none = stats({}, "fr", pieces.map((p) => ({ ...p, values: {} })));
		expect([none.recorded, none.measured, none.published, none.top, none.byFormat, none.metrics]).toEqual([0, 0, 5, [], [], []]);
		expect(none.total.engagement).toBeNull();
	});
});
