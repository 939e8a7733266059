import { resultsEdit } from "../../../src/core/results/results-edit";
import { draftResults } from "../../../src/core/results/draft-results";
import { DEFAULT_METRICS, isMetricKey, metricLines, metricList, parseMetricLines, readMetricList } from "../../../src/core/results/metric-setting";
import { setFrontmatterProperties } from "../../../src/core/writer/set-frontmatter-properties";
import { parse } from "yaml";

const yaml = (source: string): unknown => parse(source);

describe("Record results' edit", () => {
	it("writes each figure typed as a number, in the order of the setting, then the day they were read", () => {
		const edit = resultsEdit({ reactions: "45", impressions: "1 200", comments: "3", shares: "", leads: "0" }, DEFAULT_METRICS, "2026-12-06");
		expect(edit).toEqual({ ok: true, values: [["impressions", 1200], ["reactions", 45], ["comments", 3], ["leads", 0], ["results-read", "2026-12-06"]] });
	});

	it("refuses the whole when one figure is not one, naming its metric", () => {
		expect(resultsEdit({ impressions: "1 200", reactions: "beaucoup" }, DEFAULT_METRICS, "2026-12-06")).toMatchObject({ ok: false, problem: "notANumber", metric: { key: "reactions" }, value: "beaucoup" });
	});

	it("refuses an edit without any figure", () => {
		expect(resultsEdit({ impressions: " " }, DEFAULT_METRICS, "2026-12-06")).toEqual({ ok: false, problem: "nothing" });
	});

	it("gives flat number properties the stats read back, every other byte of the draft as it was", () => {
		const draft = "---\ntype: draft\nformat: linkedin-post\nstatus: published  # publié !\npublished: 2026-12-01\nimpressions: 900\n---\nLe texte : « douter ».\n";
		const edit = resultsEdit({ impressions: "1 200", reactions: "45", comments: "3" }, DEFAULT_METRICS, "2026-12-06");
		if (!edit.ok) throw new Error("refused");
		const written = setFrontmatterProperties(draft, edit.values, yaml);
		expect(written.after).toBe("---\ntype: draft\nformat: linkedin-post\nstatus: published  # publié !\npublished: 2026-12-01\nimpressions: 1200\nreactions: 45\ncomments: 3\nresults-read: 2026-12-06\n---\nLe texte : « douter ».\n");
		const properties = yaml(/^---\n([\s\S]*?)\n---\n/.exec(written.after)?.[1] ?? "") as Record<string, unknown>;
		expect(draftResults(properties, DEFAULT_METRICS)).toEqual({ values: { impressions: 1200, reactions: 45, comments: 3 }, read: "2026-12-06" });
	});
});

describe("a draft's results", () => {
	it("reads numbers, figures typed by hand, names in another case, and the day they were read", () => {
		expect(draftResults({ Impressions: 1200, reactions: "1 045", comments: "trois", shares: -2, "results-read": "2026-12-06T10:00" }, DEFAULT_METRICS)).toEqual({ values: { impressions: 1200, reactions: 1045 }, read: "2026-12-06" });
		expect(draftResults(undefined, DEFAULT_METRICS)).toEqual({ values: {}, read: null });
		expect(draftResults({ "results-read": "2026-02-30" }, DEFAULT_METRICS).read).toBeNull();
	});
});

describe("the metrics setting", () => {
	it("starts with impressions, reactions, comments, shares, clicks, new followers and leads, named in French and English", () => {
		expect(DEFAULT_METRICS.map((m) => `${m.key}: ${m.names.fr} / ${m.names.en}`)).toEqual([
			"impressions: Impressions / Impressions",
			"reactions: Réactions / Reactions",
			"comments: Commentaires / Comments",
			"shares: Partages / Shares",
			"clicks: Clics / Clicks",
			"followers: Nouveaux abonnés / New followers",
			"leads: Prospects / Leads",
		]);
	});

	it("reads the lines typed in the settings, and gives them back", () => {
		const metrics = parseMetricLines("impressions | Impressions | Impressions\nsaves | Saves | Enregistrements\nvues");
		expect(metrics).toEqual([
			{ key: "impressions", names: { en: "Impressions", fr: "Impressions" } },
			{ key: "saves", names: { en: "Saves", fr: "Enregistrements" } },
			{ key: "vues", names: { en: "vues", fr: "vues" } },
		]);
		expect(metricLines(metrics)).toBe("impressions | Impressions | Impressions\nsaves | Saves | Enregistrements\nvues | vues | vues");
	});

	it("never takes a key a property cannot be named by, nor one the draft has for something else", () => {
		expect(["impressions", "new-followers", "status", "results-read", "Published", "a b", "a:b", "#tag", ""].map(isMetricKey)).toEqual([true, true, false, false, false, false, false, false, false]);
		expect(readMetricList([{ key: "status" }, { key: "clics" }, { key: "Clics" }])).toMatchObject({ items: [{ key: "clics" }], dropped: 2 });
		expect(metricList([{ key: "status" }])).toEqual(DEFAULT_METRICS);
	});
});
