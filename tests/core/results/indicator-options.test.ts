import { indicatorOptions } from "../../../src/core/results/indicator-options";
import { parseResultsPeriod, periodStart, resultsPeriodText } from "../../../src/core/results/results-period";
import { DEFAULT_RESULTS_OPTIONS } from "../../../src/core/results/results-stats";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";
import { DEFAULT_METRICS } from "../../../src/core/results/metric-setting";

const read = (source: string) => indicatorOptions(source, DEFAULT_FORMATS, DEFAULT_METRICS);

describe("a results period", () => {
	it("reads days, months and years, in English or French, and all", () => {
		expect(["90d", "90 j", "30 jours", "12m", "6 mois", "1y", "2 ans", "1 année", "all", "Tout"].map((typed) => parseResultsPeriod(typed))).toEqual([
			{ unit: "days", count: 90 },
			{ unit: "days", count: 90 },
			{ unit: "days", count: 30 },
			{ unit: "months", count: 12 },
			{ unit: "months", count: 6 },
			{ unit: "months", count: 12 },
			{ unit: "months", count: 24 },
			{ unit: "months", count: 12 },
			{ unit: "all" },
			{ unit: "all" },
		]);
		expect(["", "90", "0d", "-3m", "trois mois", "90 semaines", "200y"].map((typed) => parseResultsPeriod(typed))).toEqual(Array(7).fill(null));
		expect(resultsPeriodText({ unit: "days", count: 90 })).toBe("90d");
		expect(resultsPeriodText({ unit: "all" })).toBe("all");
	});

	it("starts that many days or months before now, at the same time of day", () => {
		const now = new Date(2025, 2, 31, 12, 0).getTime();
		expect(periodStart({ unit: "days", count: 90 }, now)).toBe(new Date(2024, 11, 31, 12, 0).getTime());
		// 31 February is no day: a month before 31 March is the last day of February.
		expect(periodStart({ unit: "months", count: 1 }, now)).toBe(new Date(2025, 1, 28, 12, 0).getTime());
		expect(periodStart({ unit: "all" }, now)).toBeNull();
	});
});

describe("the options of a tls-indicators block", () => {
	it("are the defaults for an empty block", () => {
		expect(read("")).toEqual({ options: DEFAULT_RESULTS_OPTIONS, problems: [] });
	});

	it("reads one option a line, in English or French, formats and metrics by their key or a name", () => {
		expect(read("period: 90d\nchannel: LinkedIn\nformat: Post LinkedIn\nmetric: impressions").options).toEqual({ period: { unit: "days", count: 90 }, channel: "LinkedIn", format: "linkedin-post", metric: "impressions" });
		expect(read("Période : 6 mois\n\ncanal : Site web\nformat : livre blanc\nmétrique : Réactions").options).toEqual({ period: { unit: "months", count: 6 }, channel: "Site web", format: "white-paper", metric: "reactions" });
		expect(read("metric: taux d'engagement").options.metric).toBe("engagement");
		expect(read("indicateur : Nouveaux abonnés").options.metric).toBe("followers");
	});

	it("names each line it leaves aside and why, and uses the others", () => {
		const { options, problems } = read(
			["channel: LinkedIn", "periode = 90 jours", "période : trois mois", "couleur : bleu", "format : Post Linkdin", "metric: vues", "metric:", "period: 30d", "period: 12m", "canal : X"].join("\n"),
		);
		expect(problems).toEqual([
			{ line: 2, text: "periode = 90 jours", problem: "noColon" },
			{ line: 3, text: "période : trois mois", problem: "badPeriod" },
			{ line: 4, text: "couleur : bleu", problem: "unknownOption" },
			{ line: 5, text: "format : Post Linkdin", problem: "unknownFormat" },
			{ line: 6, text: "metric: vues", problem: "unknownMetric" },
			{ line: 7, text: "metric:", problem: "empty" },
			{ line: 9, text: "period: 12m", problem: "twice" },
			{ line: 10, text: "canal : X", problem: "twice" },
		]);
		// A period refused leaves room for a later line to say it right.
		expect(options).toEqual({ ...DEFAULT_RESULTS_OPTIONS, channel: "LinkedIn", period: { unit: "days", count: 30 } });
	});
});
