/**
 * The results part of `npm run bench`: the preview of an import of 5,000 CSV rows against 5,000 published
 * drafts, in Node, as Import results computes it each time a column is chosen: the CSV read, its columns
 * mapped, the published drafts taken from the index's records, every row matched (half by address, the
 * others by day and channel, some matching nothing).
 */
import { performance } from "node:perf_hooks";
import type { NoteRecord } from "../src/core/note/note-record";
import { DEFAULT_SETTINGS } from "../src/core/settings/studio-settings";
import { parseCsv } from "../src/core/results/csv-table";
import { columnMapping } from "../src/core/results/csv-columns";
import { importPreview } from "../src/core/results/import-preview";
import { publishedDraft, type PublishedDraft } from "../src/core/results/published-draft";

export const IMPORT_ROWS = 5_000;
export const IMPORT_DRAFTS = 5_000;
const RUNS = 5;

const day = (n: number): string => new Date(Date.UTC(2012, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const dayAfter = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const activity = (n: number): string => String(7_100_000_000_000_000_000n + BigInt(n));

/**
 * The index's record of draft `n`, for the benches that read drafts in Node: LinkedIn posts and newsletters in turn,
 * published on `published` (a LinkedIn post with its address, one in three with its impressions read a week later),
 * else planned on `planned` or neither. Its idea is `Idées/Idée n`, a note the records do not hold.
 */
export function benchDraftRecord(n: number, dates: { published: string | null; planned: string | null }): NoteRecord {
	const linkedin = n % 2 === 0;
	const { published, planned } = dates;
	const properties: Record<string, unknown> = {
		type: "draft",
		idea: `[[Idées/Idée ${n}]]`,
		format: linkedin ? "linkedin-post" : "newsletter-issue",
		channel: linkedin ? "LinkedIn" : "Newsletter",
		status: published !== null ? "published" : "draft",
		...(planned !== null ? { planned } : {}),
		...(published !== null ? { published } : {}),
		...(published !== null && linkedin ? { url: `https://www.linkedin.com/posts/moi_idee-${n}-activity-${activity(n)}-abcd` } : {}),
		...(published !== null && n % 3 === 0 ? { impressions: n, "results-read": dayAfter(published, 7) } : {}),
	};
	return { path: `Brouillons/Idée ${n} — Post.md`, title: `Idée ${n} — Post`, tags: [], type: "draft", created: null, updated: null, links: [], headings: [], ideaItems: [], extracts: {}, warnings: [], properties, mtime: 0, size: 0 };
}

/** The index's record of published draft `n`, published on day `n` from 1 January 2012. */
function record(n: number): NoteRecord {
	return benchDraftRecord(n, { published: day(n), planned: null });
}

/** A LinkedIn-like export of `IMPORT_ROWS` rows, `;` between columns as French Excel writes them. */
function csv(): string {
	const lines = ["Post URL;Post publish date;Channel;Impressions;Réactions;Commentaires;Reposts;Engagement rate"];
	for (let n = 0; n < IMPORT_ROWS; n++) {
		const unmatched = n % 10 === 9;
		const url = n % 2 === 0 && !unmatched ? `https://www.linkedin.com/feed/update/urn:li:activity:${activity(n)}/` : "";
		const date = unmatched ? "01/01/2099" : day(n).split("-").reverse().join("/");
		lines.push(`${url};${date};${n % 2 === 0 ? "LinkedIn" : "Newsletter"};"${(1000 + n).toLocaleString("fr")}";${n % 97};${n % 13};${n % 7};"${(n % 50) / 10} %"`);
	}
	return lines.join("\r\n");
}

/** The median time of the preview of `IMPORT_ROWS` rows against `IMPORT_DRAFTS` published drafts, and what it found. */
export function benchImportPreview(): { importPreviewMs: number; matched: number } {
	const records = Array.from({ length: IMPORT_DRAFTS }, (_, n) => record(n));
	const text = csv();
	const remembered = { "engagement rate": "ignore" };
	const runs: number[] = [];
	let matched = 0;
	for (let run = 0; run < RUNS; run++) {
		const start = performance.now();
		const read = parseCsv(text);
		if (!read.ok) throw new Error(`the bench's CSV does not read: ${read.problem}`);
		const mapping = columnMapping(read.table.header, remembered, DEFAULT_SETTINGS.metrics);
		const drafts: PublishedDraft[] = [];
		for (const one of records) {
			const draft = publishedDraft(one, DEFAULT_SETTINGS.formats, DEFAULT_SETTINGS.metrics);
			if (draft) drafts.push(draft);
		}
		const preview = importPreview(read.table, mapping, { drafts, channel: "" });
		runs.push(performance.now() - start);
		if (!preview.ok) throw new Error(`the bench's columns are refused: ${preview.problem}`);
		matched = preview.matched.length;
	}
	runs.sort((a, b) => a - b);
	return { importPreviewMs: runs[Math.floor(runs.length / 2)] ?? 0, matched };
}
