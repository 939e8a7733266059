/**
 * The weekly review's part of `npm run bench`: its model over the notes the index keeps of the bench's 10,000-note
 * synthetic vault (its watched notes and its book notes), with beside them the notes a writer's pipeline adds:
 * 10,000 drafts (tools/import-bench.ts's draft records, dated as tools/calendar-bench.ts dates the calendar's: 5,000
 * published over the last year, 3,000 planned around today, one published in three with its impressions), 2,000
 * ideas in the four stages (half moved in the last two months, the others counted from their creation, one in four
 * harvested from a book), 100 book notes of 20 ET/BUT blocks, and 50 brand ideas carried into none to all of the eight
 * products. What the review does each time it is drawn: the
 * model of this week from the ideas and drafts the pipeline and the draft ledger keep, every part worked out.
 * One warm-up, then the median of 5 runs, in Node. Target: at most 100 ms.
 */
import { performance } from "node:perf_hooks";
import type { NoteRecord } from "../src/core/note/note-record";
import { toIdea, type Idea } from "../src/core/pipeline/idea";
import { DraftLedger } from "../src/core/drafting/draft-ledger";
import { DEFAULT_SETTINGS } from "../src/core/settings/studio-settings";
import { labelsOf } from "../src/core/i18n/labels";
import { isoWeekOf } from "../src/core/review/iso-week";
import { weeklyReview, type WeeklyReview } from "../src/core/review/weekly-review";
import { benchDraftRecord } from "./import-bench";
import { benchDraftDates } from "./calendar-bench";
import { ET_BUT_KEY } from "../src/core/reading/et-but-extractor";
import type { EtButBlock } from "../src/core/reading/et-but-blocks";

export const REVIEW_DRAFTS = 10_000;
export const REVIEW_IDEAS = 2_000;
const BRAND_IDEAS = 50;
/** Book notes of 20 ET/BUT blocks, two in three "Mon idée" filled; one in four ideas was harvested from one of them. */
const BOOKS = 100;
const BLOCKS_PER_BOOK = 20;
const RUNS = 5;
const DAY = 86_400_000;
const STAGES = ["think", "spark", "invest", "re-invest"] as const;

function record(path: string, properties: Record<string, unknown>, extra: Partial<NoteRecord> = {}): NoteRecord {
	const title = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
	return { path, title, tags: [], type: String(properties.type), created: null, updated: null, links: [], headings: [], ideaItems: [], extracts: {}, warnings: [], properties, mtime: 0, size: 0, ...extra };
}

const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
const mine = (book: number, block: number): string => `Une position à moi sur l'idée ${block} du livre ${book} : « penser une fois, répliquer »`;

/** The ideas, drafts, book notes, brand ideas and product notes the review reads beside the vault's own notes, dated around `now`. */
export function pipelineRecords(now: number): NoteRecord[] {
	const records: NoteRecord[] = [];
	for (let n = 0; n < REVIEW_IDEAS; n++) {
		const created = now - ((n * 37) % 700) * DAY;
		const moved = n % 2 === 0 ? { "stage-since": isoDay(Math.max(created, now - ((n * 13) % 60) * DAY)) } : {};
		const book = n % 4 === 0 ? { title: mine(n % BOOKS, n % BLOCKS_PER_BOOK), source: `[[Livre ${n % BOOKS}]]` } : { title: `Idée ${n} : « penser une fois »` };
		records.push(record(`Idées/Idée ${n}.md`, { type: "idea", status: STAGES[n % STAGES.length], ...book, ...moved }, { created }));
	}
	for (let b = 0; b < BOOKS; b++) {
		const blocks: EtButBlock[] = Array.from({ length: BLOCKS_PER_BOOK }, (_, n) => ({ idea: `L'idée ${n} de l'auteur`, location: `p. ${n * 12}`, and: "", but: "", mine: n % 3 === 2 ? "" : mine(b, n), labels: { and: "ET", but: "MAIS" }, id: null, from: n * 10, to: n * 10 + 8, form: "callout" }));
		records.push(record(`Lectures/Livre ${b}.md`, { type: "book" }, { extracts: { [ET_BUT_KEY]: { blocks, unlabelled: [], tooLarge: [] } } }));
	}
	for (let n = 0; n < REVIEW_DRAFTS; n++) {
		const draft = benchDraftRecord(n, benchDraftDates(n, now));
		records.push({ ...draft, created: now - ((n * 29) % 400) * DAY });
	}
	for (let b = 0; b < BRAND_IDEAS; b++) {
		const brand = `Idées de marque/Idée de marque ${b}.md`;
		records.push(record(brand, { type: "brand-idea" }));
		for (const product of DEFAULT_SETTINGS.products.slice(0, b % (DEFAULT_SETTINGS.products.length + 1))) {
			const link = { target: `Idée de marque ${b}`, alias: null, subpath: null, resolved: true, resolvedPath: brand };
			records.push(record(`Produits/Idée de marque ${b} — ${product.names.fr}.md`, { type: "product", product: product.key, "brand-idea": `[[Idée de marque ${b}]]` }, { links: [link] }));
		}
	}
	return records;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The median time of the review's model of this week over `vault` (the index's records of the synthetic vault) and the
 * pipeline's records, with what it found; and, for context, the time to make the ideas and drafts once from the records,
 * which the plugin does when the index reads a note, not when the review is drawn.
 */
export function benchReview(vault: readonly NoteRecord[], now = Date.now()): { reviewMs: number; notes: number; prepareMs: number; review: WeeklyReview } {
	const records = [...vault, ...pipelineRecords(now)].sort((a, b) => (a.path < b.path ? -1 : 1));
	const byPath = new Map(records.map((one) => [one.path, one]));
	const prepareStart = performance.now();
	const ideas = records.map((one) => toIdea(one, DEFAULT_SETTINGS.stages, DEFAULT_SETTINGS.ideaTag)).filter((idea): idea is Idea => idea !== null);
	const drafts = new DraftLedger({ notes: () => records, get: (path) => byPath.get(path), onChange: () => () => undefined }).all();
	const prepareMs = performance.now() - prepareStart;
	const labels = labelsOf(DEFAULT_SETTINGS, "fr");
	const week = isoWeekOf(new Date(now));
	const runs: number[] = [];
	let review: WeeklyReview | null = null;
	// One warm-up, as the Chromium measures have: the first review also compiles its code.
	for (let run = -1; run < RUNS; run++) {
		const start = performance.now();
		review = weeklyReview({ week, now, ideas, drafts, records, recordOf: (path) => byPath.get(path), settings: DEFAULT_SETTINGS, labels, metric: null });
		if (run >= 0) runs.push(performance.now() - start);
	}
	if (!review || drafts.length !== REVIEW_DRAFTS || ideas.length !== REVIEW_IDEAS) throw new Error(`the review bench holds ${drafts.length} drafts and ${ideas.length} ideas`);
	if (review.stalled.length === 0 || review.overdue.length === 0 || review.evergreen.pieces.length === 0 || review.books.length === 0 || review.brandIdeas.ideas.length === 0) throw new Error("the review bench's review misses a part: its vault no longer exercises every list");
	return { reviewMs: median(runs), notes: records.length, prepareMs, review };
}
