/** A row of a CSV file: its number as a spreadsheet shows it (the header is row 1), and its cells. */
export interface CsvRow {
	row: number;
	cells: string[];
}

/** A CSV file read: the separator found, the header's cells, and the rows under it. */
export interface CsvTable {
	separator: "," | ";" | "\t";
	header: string[];
	rows: CsvRow[];
}

/** Why a text does not read as a CSV table, and where. */
export type CsvRead = { ok: true; table: CsvTable } | { ok: false; problem: "empty" | "unclosedQuote"; row: number };

const SEPARATORS = [",", ";", "\t"] as const;

/** The separator of the header line: the one it holds most of outside quotes (`;` as French spreadsheets write, `,`, or a tab); `,` when it holds none. */
function separatorOf(text: string): CsvTable["separator"] {
	const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === "\n" || char === "\r")) break;
		else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
	}
	let best: CsvTable["separator"] = ",";
	for (const separator of SEPARATORS) if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
	return best;
}

/**
 * Reads a CSV text as RFC 4180 says, and as spreadsheets write it: fields in double quotes may hold the
 * separator, line breaks and quotes written twice (`""`); lines end with CRLF, LF or CR; a BOM at the
 * start is left out; the separator is `,`, `;` (French Excel) or a tab, whichever the header holds most
 * of. Blank lines are skipped; a short row is filled with empty cells. A quote opened and never closed
 * refuses the text, naming the row where it opened.
 */
export function parseCsv(input: string): CsvRead {
	const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
	const separator = separatorOf(text);
	const records: CsvRow[] = [];
	let cells: string[] = [];
	let cell = "";
	let quoted = false;
	let row = 1;
	let rowStart = 1;
	const endRecord = (): void => {
		cells.push(cell);
		if (cells.length > 1 || cells[0]?.trim() !== "") records.push({ row: rowStart, cells });
		cells = [];
		cell = "";
	};
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else cell += char;
			continue;
		}
		if (char === '"' && cell.trim() === "") {
			quoted = true;
			cell = "";
		} else if (char === separator) {
			cells.push(cell);
			cell = "";
		} else if (char === "\r" || char === "\n") {
			if (char === "\r" && text[i + 1] === "\n") i++;
			endRecord();
			row++;
			rowStart = row;
		} else cell += char;
	}
	if (quoted) return { ok: false, problem: "unclosedQuote", row: rowStart };
	if (cell !== "" || cells.length > 0) endRecord();
	const [header, ...rows] = records;
	if (!header) return { ok: false, problem: "empty", row: 1 };
	// Rows keep the number a spreadsheet shows: a record over several lines is one row, a blank line one too.
	const numbered = rows.map((record) => ({ row: record.row, cells: [...record.cells, ...Array<string>(Math.max(0, header.cells.length - record.cells.length)).fill("")] }));
	return { ok: true, table: { separator, header: header.cells.map((name) => name.trim()), rows: numbered } };
}
