import { comparableText } from "../text/comparable-text";
import { isoDay } from "../text/date-field";
import type { PropertyValue } from "../writer/yaml-scalar";
import type { CsvTable } from "./csv-table";
import type { ColumnMapping } from "./csv-columns";
import { metricNumber } from "./metric-number";
import { RESULTS_READ_KEY } from "./metric-setting";
import type { PublishedDraft } from "./published-draft";

/** A row matched to one published draft, and the figures it gives it. */
export interface MatchedRow {
	row: number;
	draft: PublishedDraft;
	by: "url" | "date";
	/** The figures, by metric key, in the order of the columns. */
	figures: [string, number][];
}

/** A row that matches more than one draft (two posts the same day on the channel), or one draft another row matches too. */
export interface AmbiguousRow {
	row: number;
	drafts: PublishedDraft[];
	why: "severalDrafts" | "severalRows";
}

/** A row that matches no published draft: what it said. */
export interface UnmatchedRow {
	row: number;
	url: string | null;
	day: string | null;
	channel: string | null;
}

/** A row refused: a cell that is not what its column holds. */
export interface RefusedRow {
	row: number;
	column: string;
	value: string;
	problem: "notANumber" | "notADate" | "noFigure";
}

/** What an import would do, before anything is written. */
export type ImportPreview =
	| { ok: true; matched: MatchedRow[]; ambiguous: AmbiguousRow[]; unmatched: UnmatchedRow[]; refused: RefusedRow[] }
	| { ok: false; problem: "unknownColumn"; column: string; row: 1 }
	| { ok: false; problem: "noMetric" | "noKey" | "twice"; column: string; row: 1 };

/** What the import is told besides the file: the published drafts, and the channel of rows that do not say theirs. */
export interface ImportContext {
	drafts: readonly PublishedDraft[];
	/** The channel of every row when the file has no channel column (a LinkedIn export); empty for any channel. */
	channel: string;
}

/**
 * The key an address is matched by: a LinkedIn post by its activity number (its `/feed/update/urn:li:activity:…`
 * and `/posts/…-activity-…` addresses are one post), an X post by its status number (x.com and twitter.com
 * alike); any other address without its scheme, `www.`, last slash, fragment and `utm_` parameters, case
 * aside in its host. Null for what is no address.
 */
export function urlKey(typed: string): string | null {
	const text = typed.trim();
	if (text === "") return null;
	let url: URL;
	try {
		url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
	} catch {
		return null;
	}
	const host = url.hostname.toLowerCase().replace(/^(?:www\.|mobile\.|m\.)/, "");
	if (host === "linkedin.com") {
		const activity = /(?:activity|ugcPost|share)(?::|-|%3A)(\d{10,})/i.exec(url.pathname);
		if (activity) return `linkedin:${activity[1] ?? ""}`;
	}
	if (host === "x.com" || host === "twitter.com") {
		const status = /\/status(?:es)?\/(\d+)/.exec(url.pathname);
		if (status) return `x:${status[1] ?? ""}`;
	}
	const params = [...url.searchParams.entries()].filter(([name]) => !name.toLowerCase().startsWith("utm_"));
	const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : "";
	return `${host}${url.pathname.replace(/\/+$/, "")}${query}`;
}

/** A date cell as a day: ISO (`2026-12-06`, with a time after it or not), or `06/12/2026` day first (month first for `date-mdy`), `/`, `-` or `.` between. */
export function rowDay(typed: string, monthFirst: boolean): string | null {
	const text = typed.trim();
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
	const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$/.exec(text);
	let parts: [string, string, string] | null = null;
	if (iso) parts = [iso[1] ?? "", iso[2] ?? "", iso[3] ?? ""];
	else if (local) parts = monthFirst ? [local[3] ?? "", local[1] ?? "", local[2] ?? ""] : [local[3] ?? "", local[2] ?? "", local[1] ?? ""];
	if (!parts) return null;
	return isoDay(`${parts[0]}-${parts[1].padStart(2, "0")}-${parts[2].padStart(2, "0")}`);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** The drafts by address key, and by day (with and without their channel). */
function indexDrafts(drafts: readonly PublishedDraft[]): { byUrl: Map<string, PublishedDraft[]>; byDay: Map<string, PublishedDraft[]>; byDayAndChannel: Map<string, PublishedDraft[]> } {
	const byUrl = new Map<string, PublishedDraft[]>();
	const byDay = new Map<string, PublishedDraft[]>();
	const byDayAndChannel = new Map<string, PublishedDraft[]>();
	for (const draft of drafts) {
		const key = draft.url === null ? null : urlKey(draft.url);
		if (key !== null) push(byUrl, key, draft);
		if (draft.day !== null) {
			push(byDay, draft.day, draft);
			push(byDayAndChannel, `${draft.day}\n${comparableText(draft.channel ?? "")}`, draft);
		}
	}
	return { byUrl, byDay, byDayAndChannel };
}

/** Why a mapping cannot be imported: a column without a target, two columns for one target, no metric, nothing to match rows by. */
function mappingProblem(table: CsvTable, mapping: ColumnMapping): ImportPreview | null {
	const unknown = mapping.findIndex((target) => target === null || target === undefined);
	if (unknown !== -1) return { ok: false, problem: "unknownColumn", column: table.header[unknown] ?? "", row: 1 };
	const seen = new Set<string>();
	for (const [i, target] of mapping.entries()) {
		if (target === "ignore" || target === null) continue;
		const kind = target === "date-mdy" ? "date" : target;
		if (seen.has(kind)) return { ok: false, problem: "twice", column: table.header[i] ?? "", row: 1 };
		seen.add(kind);
	}
	if (!mapping.some((target) => target?.startsWith("metric:"))) return { ok: false, problem: "noMetric", column: "", row: 1 };
	if (!seen.has("url") && !seen.has("date")) return { ok: false, problem: "noKey", column: "", row: 1 };
	return null;
}

/**
 * What importing `table` with `mapping` would do, before anything is written: every column must have a
 * target (`ignore` is one), at least one a metric, and one the address or the date. Each row is matched to
 * a published draft by its address (see {@link urlKey}), else by its day and channel (the row's, or the
 * context's for every row); a row matching several drafts, or a draft matched by several rows, is
 * ambiguous; a row matching none is unmatched. A row with a cell that is not a figure in a metric's
 * column, or not a date in the date's, is refused with its row and column, as is a row without any figure.
 * Linear in rows and drafts: each is looked up in maps made once.
 */
export function importPreview(table: CsvTable, mapping: ColumnMapping, context: ImportContext): ImportPreview {
	const problem = mappingProblem(table, mapping);
	if (problem) return problem;
	const column = (target: string): number => mapping.findIndex((t) => t === target);
	const urlColumn = column("url");
	const dateColumn = mapping.findIndex((t) => t === "date" || t === "date-mdy");
	const monthFirst = mapping[dateColumn] === "date-mdy";
	const channelColumn = column("channel");
	const metricColumns = mapping.flatMap((target, i) => (target?.startsWith("metric:") ? [{ i, key: target.slice("metric:".length) }] : []));
	const { byUrl, byDay, byDayAndChannel } = indexDrafts(context.drafts);
	const matched: MatchedRow[] = [];
	const ambiguous: AmbiguousRow[] = [];
	const unmatched: UnmatchedRow[] = [];
	const refused: RefusedRow[] = [];
	const cell = (cells: readonly string[], i: number): string => (i === -1 ? "" : (cells[i] ?? "").trim());
	rows: for (const { row, cells } of table.rows) {
		const figures: [string, number][] = [];
		for (const { i, key } of metricColumns) {
			const read = metricNumber(cell(cells, i));
			if (!read.ok) {
				refused.push({ row, column: table.header[i] ?? "", value: cell(cells, i), problem: "notANumber" });
				continue rows;
			}
			if (read.value !== null) figures.push([key, read.value]);
		}
		const dateText = cell(cells, dateColumn);
		const day = dateText === "" ? null : rowDay(dateText, monthFirst);
		if (dateText !== "" && day === null) {
			refused.push({ row, column: table.header[dateColumn] ?? "", value: dateText, problem: "notADate" });
			continue;
		}
		if (figures.length === 0) {
			refused.push({ row, column: "", value: "", problem: "noFigure" });
			continue;
		}
		const url = cell(cells, urlColumn) || null;
		const channel = cell(cells, channelColumn) || context.channel.trim() || null;
		const byAddress = url === null ? undefined : byUrl.get(urlKey(url) ?? "");
		let found: { by: "url" | "date"; drafts: PublishedDraft[] } | null = byAddress ? { by: "url", drafts: byAddress } : null;
		if (!found && day !== null) {
			const sameDay = channel === null ? byDay.get(day) : byDayAndChannel.get(`${day}\n${comparableText(channel)}`);
			if (sameDay) found = { by: "date", drafts: sameDay };
		}
		if (!found) unmatched.push({ row, url, day, channel });
		else if (found.drafts.length > 1) ambiguous.push({ row, drafts: found.drafts, why: "severalDrafts" });
		else if (found.drafts[0]) matched.push({ row, draft: found.drafts[0], by: found.by, figures });
	}
	// A draft two rows match takes neither: which figures are its own is the writer's to say.
	const rowsOf = new Map<string, MatchedRow[]>();
	for (const match of matched) push(rowsOf, match.draft.path, match);
	const single = matched.filter((match) => (rowsOf.get(match.draft.path)?.length ?? 0) === 1);
	for (const match of matched) if ((rowsOf.get(match.draft.path)?.length ?? 0) > 1) ambiguous.push({ row: match.row, drafts: [match.draft], why: "severalRows" });
	ambiguous.sort((a, b) => a.row - b.row);
	return { ok: true, matched: single, ambiguous, unmatched, refused };
}

/** The properties an import writes on a matched draft: its figures, then the day they were read. */
export function importedValues(match: MatchedRow, readOn: string): [string, PropertyValue][] {
	return [...match.figures, [RESULTS_READ_KEY, readOn]];
}
