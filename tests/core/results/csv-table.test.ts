import { parseCsv } from "../../../src/core/results/csv-table";

const table = (text: string) => {
	const read = parseCsv(text);
	if (!read.ok) throw new Error(`${read.problem} at row ${read.row}`);
	return read.table;
};

describe("a CSV file as spreadsheets write it", () => {
	it("reads quoted fields holding the separator, quotes written twice and line breaks", () => {
		const read = table('Titre,Impressions\r\n"Douter, c\'est ""avancer""",1200\r\n"Sur deux\r\nlignes",45\r\n');
		expect(read.separator).toBe(",");
		expect(read.header).toEqual(["Titre", "Impressions"]);
		expect(read.rows).toEqual([
			{ row: 2, cells: ['Douter, c\'est "avancer"', "1200"] },
			{ row: 3, cells: ["Sur deux\r\nlignes", "45"] },
		]);
	});

	it("reads `;` as French Excel writes it, with a BOM, CR line ends and decimal commas left to the figures", () => {
		const read = table("\uFEFFDate;Impressions;Taux\r06/12/2026;1 234;4,5\r07/12/2026;987;3,2");
		expect(read.separator).toBe(";");
		expect(read.header).toEqual(["Date", "Impressions", "Taux"]);
		expect(read.rows.map((r) => r.cells)).toEqual([["06/12/2026", "1 234", "4,5"], ["07/12/2026", "987", "3,2"]]);
	});

	it("reads tabs, skips blank lines keeping the row numbers a sheet shows, and fills short rows", () => {
		const read = table("url\timpressions\tclics\n\nhttps://x.com/moi/status/1\t300\n");
		expect(read.rows).toEqual([{ row: 3, cells: ["https://x.com/moi/status/1", "300", ""] }]);
	});

	it("refuses a quote never closed, naming the row it opened on, and an empty text", () => {
		expect(parseCsv('a,b\n1,2\n"ouvert,3\n4,5')).toEqual({ ok: false, problem: "unclosedQuote", row: 3 });
		expect(parseCsv("\n\n")).toEqual({ ok: false, problem: "empty", row: 1 });
	});
});
