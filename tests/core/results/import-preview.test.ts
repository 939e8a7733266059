import { parseCsv, type CsvTable } from "../../../src/core/results/csv-table";
import { columnMapping, guessColumn, rememberedColumns, type ColumnMapping } from "../../../src/core/results/csv-columns";
import { importPreview, importedValues, rowDay, urlKey } from "../../../src/core/results/import-preview";
import { DEFAULT_METRICS } from "../../../src/core/results/metric-setting";
import { publishedDraft, type PublishedDraft } from "../../../src/core/results/published-draft";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";
import type { NoteRecord } from "../../../src/core/note/note-record";

function table(text: string): CsvTable {
	const read = parseCsv(text);
	if (!read.ok) throw new Error(read.problem);
	return read.table;
}

const draft = (path: string, url: string | null, day: string | null, channel: string): PublishedDraft => ({ path, title: path.replace(/^.*\/|\.md$/g, ""), url, day, channel, results: { values: {}, read: null } });

const DOUTE = draft("Brouillons/Douter, c'est avancer — Post LinkedIn.md", "https://www.linkedin.com/posts/moi_douter-activity-7123456789012345678-abcd", "2026-12-01", "LinkedIn");
const OSER = draft("Brouillons/Oser dire non — Post LinkedIn.md", null, "2026-12-03", "LinkedIn");
const FIL = draft("Brouillons/Oser dire non — Thread X.md", "https://twitter.com/moi/status/1865000000000000000", "2026-12-03", "X");
const MATIN = draft("Brouillons/Le matin — Post LinkedIn.md", null, "2026-12-05", "LinkedIn");
const SOIR = draft("Brouillons/Le soir — Post LinkedIn.md", null, "2026-12-05", "LinkedIn");
const drafts = [DOUTE, OSER, FIL, MATIN, SOIR];

const LINKEDIN = "Post URL,Post publish date,Impressions,Reactions,Comments,Reposts,Engagement rate\n";

describe("the columns of a file", () => {
	it("are guessed from the names LinkedIn's and X's exports and French sheets give them", () => {
		const header = ["Post URL", "Post publish date", "Impressions", "Reactions", "Comments", "Reposts", "Engagement rate", "Tweet permalink", "likes", "Clics", "Nouveaux abonnés", "Date de publication"];
		expect(header.map((name) => guessColumn(name, DEFAULT_METRICS))).toEqual(["url", "date", "metric:impressions", "metric:reactions", "metric:comments", "metric:shares", null, "url", "metric:reactions", "metric:clicks", "metric:followers", "date"]);
	});

	it("are remembered as the writer chose them, and chosen so the next time", () => {
		const header = ["Post URL", "Engagement rate", "Date"];
		const mapping: ColumnMapping = ["url", "ignore", "date-mdy"];
		const remembered = rememberedColumns(header, mapping, { autre: "channel" });
		expect(remembered).toEqual({ autre: "channel", "post url": "url", "engagement rate": "ignore", date: "date-mdy" });
		expect(columnMapping(["POST URL", "Engagement Rate", "Date", "Vues", "Texte"], remembered, DEFAULT_METRICS)).toEqual(["url", "ignore", "date-mdy", "metric:impressions", null]);
		expect(columnMapping(["Impressions"], { impressions: "metric:supprimee" }, DEFAULT_METRICS)).toEqual(["metric:impressions"]);
	});
});

describe("matching rows to published drafts", () => {
	it("matches by address first (a LinkedIn post by its activity, an X post by its status), else by day and channel", () => {
		const csv = table(
			`${LINKEDIN}https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/,12/1/2026,"1,200",45,3,2,4.1%\n,12/3/2026,800,20,1,0,2%\nhttps://x.com/moi/status/1865000000000000000?s=20,,300,12,4,5,\n`,
		);
		const preview = importPreview(csv, ["url", "date-mdy", "metric:impressions", "metric:reactions", "metric:comments", "metric:shares", "ignore"], { drafts, channel: "LinkedIn" });
		if (!preview.ok) throw new Error(preview.problem);
		expect(preview.matched.map((m) => [m.row, m.draft.path, m.by, m.figures])).toEqual([
			[2, DOUTE.path, "url", [["impressions", 1200], ["reactions", 45], ["comments", 3], ["shares", 2]]],
			[3, OSER.path, "date", [["impressions", 800], ["reactions", 20], ["comments", 1], ["shares", 0]]],
			[4, FIL.path, "url", [["impressions", 300], ["reactions", 12], ["comments", 4], ["shares", 5]]],
		]);
		expect(preview.ambiguous).toEqual([]);
		expect(preview.unmatched).toEqual([]);
		expect(importedValues(preview.matched[0]!, "2026-12-06")).toEqual([["impressions", 1200], ["reactions", 45], ["comments", 3], ["shares", 2], ["results-read", "2026-12-06"]]);
	});

	it("takes the channel from a column when the file has one, and reads dates day first as French sheets write them", () => {
		const csv = table("Date;Canal;Impressions\n03/12/2026;X;300\n03/12/2026;LinkedIn;800\n");
		const preview = importPreview(csv, ["date", "channel", "metric:impressions"], { drafts, channel: "" });
		expect(preview.ok && preview.matched.map((m) => [m.row, m.draft.path])).toEqual([[2, FIL.path], [3, OSER.path]]);
	});

	it("says which rows are ambiguous: two posts the same day on the channel, or two rows for one draft", () => {
		const csv = table("Date;Impressions\n05/12/2026;100\n01/12/2026;200\n1/12/2026;300\n");
		const preview = importPreview(csv, ["date", "metric:impressions"], { drafts, channel: "LinkedIn" });
		if (!preview.ok) throw new Error(preview.problem);
		expect(preview.matched).toEqual([]);
		expect(preview.ambiguous.map((a) => [a.row, a.why, a.drafts.map((d) => d.path)])).toEqual([
			[2, "severalDrafts", [MATIN.path, SOIR.path]],
			[3, "severalRows", [DOUTE.path]],
			[4, "severalRows", [DOUTE.path]],
		]);
	});

	it("lists the rows that match no published draft with what they said", () => {
		const csv = table("url;date;impressions\nhttps://exemple.fr/ailleurs;;10\n;24/12/2026;20\n");
		const preview = importPreview(csv, ["url", "date", "metric:impressions"], { drafts, channel: "LinkedIn" });
		expect(preview.ok && preview.unmatched).toEqual([
			{ row: 2, url: "https://exemple.fr/ailleurs", day: null, channel: "LinkedIn" },
			{ row: 3, url: null, day: "2026-12-24", channel: "LinkedIn" },
		]);
	});

	it("refuses a row whose figure or date is not one, and a row without any figure, naming row and column", () => {
		const csv = table("Date;Impressions;Réactions\n01/12/2026;beaucoup;3\n31/02/2026;10;3\n03/12/2026;;\n");
		const preview = importPreview(csv, ["date", "metric:impressions", "metric:reactions"], { drafts, channel: "LinkedIn" });
		expect(preview.ok && preview.refused).toEqual([
			{ row: 2, column: "Impressions", value: "beaucoup", problem: "notANumber" },
			{ row: 3, column: "Date", value: "31/02/2026", problem: "notADate" },
			{ row: 4, column: "", value: "", problem: "noFigure" },
		]);
	});

	it("refuses a file with a column it does not know, naming it, until the writer says what it holds or to ignore it", () => {
		const csv = table(`${LINKEDIN}x,12/1/2026,1,2,3,4,5%\n`);
		const mapping = columnMapping(csv.header, {}, DEFAULT_METRICS);
		expect(importPreview(csv, mapping, { drafts, channel: "LinkedIn" })).toEqual({ ok: false, problem: "unknownColumn", column: "Engagement rate", row: 1 });
		expect(importPreview(csv, ["url", "date", "ignore", "ignore", "ignore", "ignore", "ignore"], { drafts, channel: "" })).toMatchObject({ ok: false, problem: "noMetric" });
		expect(importPreview(csv, ["ignore", "ignore", "metric:impressions", "ignore", "ignore", "ignore", "ignore"], { drafts, channel: "" })).toMatchObject({ ok: false, problem: "noKey" });
		expect(importPreview(csv, ["url", "date", "metric:impressions", "metric:impressions", "ignore", "ignore", "ignore"], { drafts, channel: "" })).toMatchObject({ ok: false, problem: "twice", column: "Reactions" });
	});
});

describe("addresses and days", () => {
	it("know one post under its several addresses", () => {
		expect(urlKey("https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/")).toBe(urlKey("https://linkedin.com/posts/moi_douter-activity-7123456789012345678-abcd?utm_source=share"));
		expect(urlKey("https://mobile.twitter.com/moi/status/42")).toBe(urlKey("x.com/autre/status/42?s=20"));
		expect(urlKey("https://www.Exemple.fr/blog/douter/?utm_medium=x#haut")).toBe("exemple.fr/blog/douter");
		expect(urlKey("https://exemple.fr/?p=12")).toBe("exemple.fr?p=12");
		expect(urlKey("pas une adresse")).toBeNull();
	});

	it("read a day ISO, day first or month first, and refuse one the calendar lacks", () => {
		expect([rowDay("2026-12-06 10:00 +0000", false), rowDay("6/12/2026", false), rowDay("12/6/2026", true), rowDay("06.12.2026", false), rowDay("30/02/2026", false), rowDay("hier", false)]).toEqual(["2026-12-06", "2026-12-06", "2026-12-06", "2026-12-06", null, null]);
	});
});

describe("a published draft, from its note", () => {
	it("says its address, day, channel (its format's when it has none) and figures; a draft not published is none", () => {
		const record = (properties: Record<string, unknown>): NoteRecord => ({ path: "Brouillons/Douter — Post LinkedIn.md", title: "Douter — Post LinkedIn", type: "draft", properties, tags: [], created: null, updated: null, links: [], headings: [], ideaItems: [], warnings: [] }) as unknown as NoteRecord;
		expect(publishedDraft(record({ type: "draft", format: "linkedin-post", status: "published", published: "2026-12-01T08:30", url: " https://exemple.fr/a ", impressions: 12 }), DEFAULT_FORMATS, DEFAULT_METRICS)).toEqual({
			path: "Brouillons/Douter — Post LinkedIn.md",
			title: "Douter — Post LinkedIn",
			url: "https://exemple.fr/a",
			day: "2026-12-01",
			channel: "LinkedIn",
			results: { values: { impressions: 12 }, read: null },
		});
		expect(publishedDraft(record({ type: "draft", format: "linkedin-post", status: "draft" }), DEFAULT_FORMATS, DEFAULT_METRICS)).toBeNull();
	});
});
