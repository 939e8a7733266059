/**
 * Benchmark of the index: `npm run bench [-- --json]`.
 *
 * Generates a synthetic vault of 10,000 French notes in a temporary folder (removed at the end)
 * and measures, in one run:
 * - naive: read and remark-parse every note, as a plugin without an index would;
 * - cold: the index's build with an empty persisted cache, and the save of that cache (median of 5 runs, a new
 *   index each time);
 * - warm: a new index started from the cache a cold build saved (JSON round trip, as after a restart), and its save
 *   when it has anything to save (median of 5 runs);
 * - incremental: the median time from an edit of one watched note to the index's change event (50 edits);
 * - heap: heap growth due to one index built from scratch, after garbage collection;
 * - cache: the size of the cache a cold build saved (as JSON), for the 10,000 notes;
 * - longest slice: the longest stretch of main-thread work between two yields of a cold build and its save over the
 *   synthetic vault plus the hostile notes of tools/hostile-notes.ts (deep lists, 250 KB blocks, 5 MB...);
 * - board (in Chromium, through the preview): the scripting time to render a board of 2,000 idea
 *   cards with three drafts each, and to show one card's move (see tools/board-bench.ts); and to render the
 *   stats view over 10,000 drafts (tools/stats-bench.ts); to draw the re-use grid of those 2,000 ideas
 *   against 15 formats from their 6,000 drafts (tools/reuse-grid-bench.ts); and a month of the editorial
 *   calendar over those drafts, 3,000 planned and 5,000 published (tools/calendar-bench.ts). `--no-browser` skips them.
 * - backlinks: the time and heap the brand ideas' backlink graph adds to the cold-built index, the
 *   time to open a framework board over 10,000 notes in Chromium, and the longest main-thread task while
 *   opening the board of a brand idea of 5,000 sources and 10,000 links (see tools/framework-bench.ts).
 * - import preview: an import of results previewed, 5,000 CSV rows against 5,000 published drafts, in Node
 *   (see tools/import-bench.ts).
 * - weekly review: the review's model of this week over the index's notes of the synthetic vault with 10,000 drafts,
 *   2,000 ideas, 100 book notes and 50 brand ideas beside them, in Node (see tools/review-bench.ts).
 * - start-up (in Chromium, CPU slowed four times, through the preview running the production main.js): the evaluation
 *   of main.js plus the plugin's onload, and the time from the layout ready to a painted board of 2,000 ideas from a
 *   warm cache (see tools/startup-bench.ts). `--no-browser` skips them.
 * `--scale N` runs instead the index over a vault of N notes, cold and warm, with its longest slice, heap and cache
 * (see tools/scale-bench.ts): `npm run bench -- --scale 100000`.
 * Loading the plain-files source (scan + metadata of every file) stands in for Obsidian's own metadata
 * cache, which exists before the plugin runs: it is timed and printed as context, not counted in cold.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import * as timers from "node:timers";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { unified } from "unified";
import remarkParse from "remark-parse";
import type { NoteIndex } from "../src/core/index/note-index";
import { PlainFilesSource } from "./plain-files-source";
import { benchIndex, discardStore } from "./bench-index";
import { syntheticNotes, writeSyntheticVault } from "./synthetic-vault";
import { JsonMemoryStore } from "./json-memory-store";
import { measureBoardInChromium } from "./board-bench";
import { hostileNotes } from "./hostile-notes";
import { measureBacklinks, measureFrameworkInChromium } from "./framework-bench";
import { benchBooks, BLOCKS_PER_BOOK, BOOKS } from "./book-bench";
import { benchImportPreview, IMPORT_DRAFTS, IMPORT_ROWS } from "./import-bench";
import { benchReview, REVIEW_DRAFTS } from "./review-bench";
import { formatScaleTable, runScaleBench } from "./scale-bench";
import { measureStartupInChromium } from "./startup-bench";

export interface BenchResult {
	notes: number;
	naiveMs: number;
	coldMs: number;
	warmMs: number;
	incrementalMedianMs: number;
	heapMB: number;
	/** Size of the saved cache for the synthetic vault, in KB. */
	cacheKB: number;
	/** Longest main-thread slice of a cold build over the synthetic vault plus the hostile notes, in ms. */
	maxSliceMs: number;
	/** Scripting time to render the board with `boardCards` cards, in Chromium; null with --no-browser. */
	boardRenderMs: number | null;
	/** Time to show one card's move on that board. */
	boardMoveMs: number | null;
	boardCards: number | null;
	/** Time to build the backlink graph from the cold-built index's records, in ms, and as a share of the cold build. */
	backlinkMs: number;
	backlinkSharePct: number;
	backlinkHeapMB: number;
	/** Time to open one brand idea's framework board over 10,000 notes, in Chromium; null with --no-browser. */
	frameworkOpenMs: number | null;
	/** Longest main-thread task while opening the board of a brand idea of 5,000 sources (3,000 not written) and 10,000 links, in Chromium. */
	frameworkHostileMs: number | null;
	/** Cold build over 1,000 book notes of 20 ET/BUT blocks each. */
	bookColdMs: number;
	/** Median time for one edited book note to be parsed again and reported. */
	bookIncrementalMedianMs: number;
	/** Scripting time to render the stats view over `statsDrafts` drafts, in Chromium; null with --no-browser. */
	statsRenderMs: number | null;
	statsDrafts: number | null;
	/** Scripting time to draw the re-use grid of 2,000 ideas against 15 formats (6,000 drafts), in Chromium; null with --no-browser. */
	reuseGridMs: number | null;
	/** The preview of an import of 5,000 CSV rows against 5,000 published drafts (median of 5), in Node. */
	importPreviewMs: number;
	/** The weekly review's model over the index's notes of the synthetic vault with 10,000 drafts beside them (one warm-up, then the median of 5), in Node. */
	reviewMs: number;
	/** Scripting time to draw a month of the calendar over `statsDrafts` drafts (`calendarPlanned` planned, `calendarPublished` published), in Chromium; null with --no-browser. */
	calendarRenderMs: number | null;
	calendarPlanned: number | null;
	calendarPublished: number | null;
	/** Evaluation of the production main.js plus the plugin's onload, CPU slowed four times, in Chromium; null with --no-browser. */
	onloadMs: number | null;
	/** From the layout ready to a painted board of 2,000 ideas (counts and each lane's first cards), CPU slowed four times, in Chromium; null with --no-browser. */
	firstBoardMs: number | null;
	/** From the layout ready to all 2,000 cards painted, read from a warm cache, CPU slowed four times, in Chromium; null with --no-browser. */
	wholeBoardMs: number | null;
}

/** The JSON figures, and context for the table. */
export interface BenchDetails extends BenchResult {
	/** The time the page's thread ran in its longest task while opening that board: what a busy machine does not stretch. */
	frameworkHostileThreadMs: number | null;
	sourceLoadMs: number;
	watched: number;
	megabytes: number;
	heapMeasured: boolean;
	coldRuns: number[];
	warmRuns: number[];
}

const NOTES = 10_000;
const EDITS = 50;
const RUNS = 5;
const TARGETS = { cold: 20, warm: 100, incrementalMs: 5, heapMB: 50, cacheKB: 300, maxSliceMs: 50, boardRenderMs: 100, boardMoveMs: 16, backlinkSharePct: 20, backlinkHeapMB: 10, frameworkOpenMs: 50, frameworkHostileMs: 100, bookColdMs: 1000, bookIncrementalMs: 5, statsRenderMs: 100, reuseGridMs: 100, importPreviewMs: 1000, calendarRenderMs: 50, reviewMs: 100, onloadMs: 20, firstBoardMs: 300 };


/**
 * The garbage collector, for heap figures. `npm run bench` starts Node with `--expose-gc`; the V8 flag
 * is also set here so that the bench measures the same when started another way.
 */
function garbageCollector(): (() => void) | undefined {
	try {
		setFlagsFromString("--expose-gc");
		const gc: unknown = runInNewContext("gc");
		return typeof gc === "function" ? (gc as () => void) : undefined;
	} catch {
		return undefined;
	}
}

const collectGarbage = garbageCollector();

function progress(message: string): void {
	process.stderr.write(`${message}\n`);
}

function heapUsed(): number {
	collectGarbage?.();
	collectGarbage?.();
	return process.memoryUsage().heapUsed;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function round(value: number, digits: number): number {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
}

/**
 * The longest slice of a cold build: the time from the build's start, or from its return after a yield,
 * to its next yield or its end. Nothing else runs meanwhile, so each stretch is one main-thread task.
 */
async function longestSlice(source: PlainFilesSource): Promise<number> {
	let longest = 0;
	let sliceStart = 0;
	const index = benchIndex(source, discardStore, () => {
		longest = Math.max(longest, performance.now() - sliceStart);
		return new Promise((resolve) =>
			timers.setImmediate(() => {
				sliceStart = performance.now();
				resolve();
			}),
		);
	});
	sliceStart = performance.now();
	await index.build();
	await index.saveCache();
	return Math.max(longest, performance.now() - sliceStart);
}

async function timed(run: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await run();
	return performance.now() - start;
}

/** Edits one note and resolves with the time until the index reports it. */
function timeEdit(index: NoteIndex, source: PlainFilesSource, path: string, text: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const timer = timers.setTimeout(() => {
			off();
			reject(new Error(`The index did not report the edit of ${path} within 5 s`));
		}, 5_000);
		let start = 0;
		const off = index.onChange((change) => {
			if (!change.updated.includes(path) && !change.added.includes(path)) return;
			const elapsed = performance.now() - start;
			timers.clearTimeout(timer);
			off();
			resolve(elapsed);
		});
		start = performance.now();
		source.applyChange(path, text);
	});
}

/** An edit a writer would make: a new idea at the top of the idea section, or a new line at the end. */
function edited(text: string, n: number): string {
	const heading = /^## (Idées de posts|Idées)$/m.exec(text);
	if (heading) {
		const at = heading.index + heading[0].length;
		return `${text.slice(0, at)}\n- Nouvelle idée numéro ${n}${text.slice(at)}`;
	}
	return `${text}\nUne pensée ajoutée plus tard, numéro ${n}.\n`;
}

export async function runBench(log: (message: string) => void = progress, browser = true): Promise<BenchDetails> {
	const dir = await mkdtemp(join(tmpdir(), "tls-bench-"));
	try {
		log(`Generating ${NOTES.toLocaleString("en")} notes in ${dir}...`);
		const vault = await writeSyntheticVault(dir, { notes: NOTES });

		log("Loading the files and their metadata (stands in for Obsidian's metadata cache)...");
		const loadStart = performance.now();
		const source = await PlainFilesSource.load(dir);
		const sourceLoadMs = performance.now() - loadStart;
		const files = source.listFiles();

		log("Naive: reading and parsing every note with remark...");
		const processor = unified().use(remarkParse);
		const naiveMs = await timed(async () => {
			for (const file of files) processor.parse(await source.read(file.path));
		});
		collectGarbage?.();

		// Cold and warm builds are short next to the naive pass: each is run RUNS times, with a new
		// index every time, and the median is kept, so that a passing load spike on the machine does not decide.
		log(`Cold build (${RUNS} runs, each a new index with an empty cache)...`);
		const coldRuns: number[] = [];
		let store = new JsonMemoryStore();
		let indexed = 0;
		for (let run = 0; run < RUNS; run++) {
			store = new JsonMemoryStore();
			const cold = benchIndex(source, store);
			// The save runs in slices after the build: it is counted, as it was when it ran before the build returned.
			coldRuns.push(await timed(async () => {
				await cold.build();
				await cold.saveCache();
			}));
			indexed = cold.notes().length;
			collectGarbage?.();
		}
		if (indexed < vault.watched.length) throw new Error(`The cold build indexed ${indexed} notes, expected at least ${vault.watched.length}`);
		if (store.json === null) throw new Error("The cold build saved no cache");
		const saved = store.json;

		log(`Warm start from the saved cache (${RUNS} runs, each a new index)...`);
		const warmRuns: number[] = [];
		let warm = benchIndex(source, store);
		for (let run = 0; run < RUNS; run++) {
			store.json = saved;
			warm = benchIndex(source, store);
			warmRuns.push(await timed(async () => {
				await warm.build();
				await warm.saveCache();
			}));
			if (warm.notes().length !== indexed) throw new Error(`The warm start indexed ${warm.notes().length} notes, the cold build ${indexed}`);
			collectGarbage?.();
		}

		log(`Incremental: ${EDITS} edits of watched notes...`);
		const withIdeas = new Set<string>();
		for (const note of syntheticNotes({ notes: NOTES })) if (note.hasIdeas) withIdeas.add(note.path);
		const targets = [...vault.watched.filter((p) => withIdeas.has(p)), ...vault.watched.filter((p) => !withIdeas.has(p))].slice(0, EDITS);
		warm.start();
		const times: number[] = [];
		for (const [n, path] of targets.entries()) {
			const text = edited(await source.read(path), n);
			times.push(await timeEdit(warm, source, path, text));
		}
		warm.stop();
		const incrementalMedianMs = median(times);

		log("Heap of one index built from scratch...");
		const before = heapUsed();
		const measured = benchIndex(source, discardStore);
		await measured.build();
		const after = heapUsed();
		if (measured.notes().length === 0) throw new Error("The measured index is empty");
		log("Backlinks of the measured index...");
		const backlinks = measureBacklinks(measured, heapUsed);

		log("Longest slice of a cold build with the hostile notes added...");
		for (const note of hostileNotes()) {
			const file = join(dir, ...note.path.split("/"));
			await mkdir(dirname(file), { recursive: true });
			await writeFile(file, note.bytes);
		}
		const hostile = await PlainFilesSource.load(dir);
		const maxSliceMs = await longestSlice(hostile);

		log(`Book notes: ${BOOKS.toLocaleString("en")} of ${BLOCKS_PER_BOOK} ET/BUT blocks, cold and one edit at a time...`);
		const books = await benchBooks(join(dir, "books"));
		log(`Import preview: ${IMPORT_ROWS.toLocaleString("en")} CSV rows against ${IMPORT_DRAFTS.toLocaleString("en")} published drafts...`);
		const { importPreviewMs } = benchImportPreview();
		log(`Weekly review: its model over the index's notes with ${REVIEW_DRAFTS.toLocaleString("en")} drafts, 2,000 ideas, 100 book notes and 50 brand ideas beside them...`);
		const { reviewMs } = benchReview(measured.notes());

		let board: Awaited<ReturnType<typeof measureBoardInChromium>> | null = null;
		if (browser) {
			log("Board, stats, re-use grid and calendar in Chromium: 2,000 idea cards with three drafts each, 10,000 drafts (3,000 planned, 5,000 published), through the preview...");
			board = await measureBoardInChromium();
		}
		let framework: Awaited<ReturnType<typeof measureFrameworkInChromium>> | null = null;
		if (browser) {
			log("Framework board in Chromium: 10,000 notes, 50 brand ideas of 40 sources and 8 products, and one of 5,000 sources...");
			framework = await measureFrameworkInChromium(process.cwd());
		}

		let startup: Awaited<ReturnType<typeof measureStartupInChromium>> | null = null;
		if (browser) {
			log("Start-up in Chromium, CPU slowed 4×: main.js evaluated and the plugin's onload, then the board of 2,000 ideas from a warm cache, through the preview running the production build...");
			startup = await measureStartupInChromium();
		}

		return {
			notes: files.length,
			naiveMs: round(naiveMs, 1),
			coldMs: round(median(coldRuns), 1),
			warmMs: round(median(warmRuns), 1),
			coldRuns: coldRuns.map((ms) => round(ms, 1)),
			warmRuns: warmRuns.map((ms) => round(ms, 1)),
			incrementalMedianMs: round(incrementalMedianMs, 3),
			heapMB: round(Math.max(0, after - before) / (1024 * 1024), 2),
			cacheKB: round(Buffer.byteLength(saved, "utf8") / 1024, 1),
			maxSliceMs: round(maxSliceMs, 1),
			boardRenderMs: board ? round(board.renderMs, 1) : null,
			boardMoveMs: board ? round(board.moveMs, 1) : null,
			boardCards: board ? board.cards : null,
			backlinkMs: round(backlinks.ms, 1),
			backlinkSharePct: round((100 * backlinks.ms) / Math.max(1, median(coldRuns)), 1),
			backlinkHeapMB: round(backlinks.heapMB, 2),
			frameworkOpenMs: framework ? round(framework.openMs, 1) : null,
			frameworkHostileMs: framework ? round(framework.hostileMs, 1) : null,
			frameworkHostileThreadMs: framework ? round(framework.hostileThreadMs, 1) : null,
			bookColdMs: round(books.bookColdMs, 1),
			bookIncrementalMedianMs: round(books.bookIncrementalMedianMs, 3),
			statsRenderMs: board ? round(board.statsRenderMs, 1) : null,
			statsDrafts: board ? board.drafts : null,
			reuseGridMs: board ? round(board.reuseGridMs, 1) : null,
			importPreviewMs: round(importPreviewMs, 1),
			reviewMs: round(reviewMs, 1),
			calendarRenderMs: board ? round(board.calendarRenderMs, 1) : null,
			calendarPlanned: board ? board.planned : null,
			calendarPublished: board ? board.published : null,
			onloadMs: startup ? round(startup.onloadMs, 1) : null,
			firstBoardMs: startup ? round(startup.firstBoardMs, 1) : null,
			wholeBoardMs: startup ? round(startup.wholeBoardMs, 1) : null,
			sourceLoadMs: round(sourceLoadMs, 1),
			watched: vault.watched.length,
			megabytes: round(vault.bytes / (1024 * 1024), 1),
			heapMeasured: collectGarbage !== undefined,
		};
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

function formatTable(result: BenchDetails): string {
	const ratio = (ms: number): number => (ms > 0 ? result.naiveMs / ms : Number.POSITIVE_INFINITY);
	const mark = (ok: boolean): string => (ok ? "✓" : "✗ MISSED");
	const ms = (value: number): string => `${value.toLocaleString("en", { maximumFractionDigits: value < 10 ? 2 : 0 })} ms`;
	const times = (value: number): string => `${value.toLocaleString("en", { maximumFractionDigits: 1 })}×`;
	const rows: string[][] = [
		["Measure", "Result", "Faster than naive", "Target", ""],
		["Naive (read + remark every note)", ms(result.naiveMs), "1×", "", ""],
		[`Cold build (median of ${result.coldRuns.map((v) => Math.round(v)).join(", ")})`, ms(result.coldMs), times(ratio(result.coldMs)), `≥ ${TARGETS.cold}× faster`, mark(ratio(result.coldMs) >= TARGETS.cold)],
		[`Warm start (median of ${result.warmRuns.map((v) => Math.round(v)).join(", ")})`, ms(result.warmMs), times(ratio(result.warmMs)), `≥ ${TARGETS.warm}× faster`, mark(ratio(result.warmMs) >= TARGETS.warm)],
		["Incremental edit (median)", ms(result.incrementalMedianMs), "", `≤ ${TARGETS.incrementalMs} ms`, mark(result.incrementalMedianMs <= TARGETS.incrementalMs)],
		["Index heap", `${result.heapMB.toFixed(1)} MB`, "", `≤ ${TARGETS.heapMB} MB`, mark(result.heapMB <= TARGETS.heapMB)],
		["Cache size", `${result.cacheKB.toLocaleString("en", { maximumFractionDigits: 0 })} KB`, "", `≤ ${TARGETS.cacheKB} KB`, mark(result.cacheKB <= TARGETS.cacheKB)],
		["Longest slice, cold build + hostile notes", ms(result.maxSliceMs), "", `≤ ${TARGETS.maxSliceMs} ms`, mark(result.maxSliceMs <= TARGETS.maxSliceMs)],
		[`Backlinks: build (${ms(result.backlinkMs)}) as a share of the cold build`, `${result.backlinkSharePct} %`, "", `≤ ${TARGETS.backlinkSharePct} %`, mark(result.backlinkSharePct <= TARGETS.backlinkSharePct)],
		["Backlinks heap", `${result.backlinkHeapMB.toFixed(1)} MB`, "", `≤ ${TARGETS.backlinkHeapMB} MB`, mark(result.backlinkHeapMB <= TARGETS.backlinkHeapMB)],
		[`Book notes cold (${BOOKS} × ${BLOCKS_PER_BOOK} blocks)`, ms(result.bookColdMs), "", `≤ ${TARGETS.bookColdMs} ms`, mark(result.bookColdMs <= TARGETS.bookColdMs)],
		["One edited book note (median)", ms(result.bookIncrementalMedianMs), "", `≤ ${TARGETS.bookIncrementalMs} ms`, mark(result.bookIncrementalMedianMs <= TARGETS.bookIncrementalMs)],
		[`Import preview, ${IMPORT_ROWS.toLocaleString("en")} CSV rows × ${IMPORT_DRAFTS.toLocaleString("en")} published drafts`, ms(result.importPreviewMs), "", `≤ ${TARGETS.importPreviewMs} ms`, mark(result.importPreviewMs <= TARGETS.importPreviewMs)],
		[`Weekly review model, ${result.notes.toLocaleString("en")}-note vault with ${REVIEW_DRAFTS.toLocaleString("en")} drafts`, ms(result.reviewMs), "", `≤ ${TARGETS.reviewMs} ms`, mark(result.reviewMs <= TARGETS.reviewMs)],
	];
	if (result.frameworkOpenMs !== null) rows.push(["Framework board open, 10,000 notes (Chromium)", ms(result.frameworkOpenMs), "", `≤ ${TARGETS.frameworkOpenMs} ms`, mark(result.frameworkOpenMs <= TARGETS.frameworkOpenMs)]);
	if (result.frameworkHostileMs !== null) {
		const thread = result.frameworkHostileThreadMs === null ? "" : ` (thread ran ${ms(result.frameworkHostileThreadMs)})`;
		rows.push([`Framework board of 5,000 sources: longest task${thread} (Chromium)`, ms(result.frameworkHostileMs), "", `≤ ${TARGETS.frameworkHostileMs} ms`, mark(result.frameworkHostileMs <= TARGETS.frameworkHostileMs)]);
	}
	if (result.boardRenderMs !== null && result.boardMoveMs !== null) {
		rows.push(
			[`Board render, ${result.boardCards ?? 0} cards (Chromium)`, ms(result.boardRenderMs), "", `≤ ${TARGETS.boardRenderMs} ms`, mark(result.boardRenderMs <= TARGETS.boardRenderMs)],
			["Board: one card's move (Chromium)", ms(result.boardMoveMs), "", `≤ ${TARGETS.boardMoveMs} ms`, mark(result.boardMoveMs <= TARGETS.boardMoveMs)],
		);
	}
	if (result.statsRenderMs !== null) {
		rows.push([`Stats view render, ${(result.statsDrafts ?? 0).toLocaleString("en")} drafts (Chromium)`, ms(result.statsRenderMs), "", `≤ ${TARGETS.statsRenderMs} ms`, mark(result.statsRenderMs <= TARGETS.statsRenderMs)]);
	}
	if (result.reuseGridMs !== null) {
		rows.push(["Re-use grid, 2,000 ideas × 15 formats, 6,000 drafts (Chromium)", ms(result.reuseGridMs), "", `≤ ${TARGETS.reuseGridMs} ms`, mark(result.reuseGridMs <= TARGETS.reuseGridMs)]);
	}
	if (result.calendarRenderMs !== null) {
		const drafts = `${(result.statsDrafts ?? 0).toLocaleString("en")} drafts, ${(result.calendarPlanned ?? 0).toLocaleString("en")} planned, ${(result.calendarPublished ?? 0).toLocaleString("en")} published`;
		rows.push([`Calendar month render, ${drafts} (Chromium)`, ms(result.calendarRenderMs), "", `≤ ${TARGETS.calendarRenderMs} ms`, mark(result.calendarRenderMs <= TARGETS.calendarRenderMs)]);
	}
	if (result.onloadMs !== null) rows.push(["Start-up: main.js evaluated + onload, CPU ×4 (Chromium)", ms(result.onloadMs), "", `≤ ${TARGETS.onloadMs} ms`, mark(result.onloadMs <= TARGETS.onloadMs)]);
	if (result.firstBoardMs !== null) {
		rows.push(["Start-up: layout ready to a painted board of 2,000 ideas, the last start's, CPU ×4 (Chromium)", ms(result.firstBoardMs), "", `≤ ${TARGETS.firstBoardMs} ms`, mark(result.firstBoardMs <= TARGETS.firstBoardMs)]);
	}
	if (result.wholeBoardMs !== null) rows.push(["Start-up: layout ready to all 2,000 cards painted, read from the warm cache, CPU ×4 (Chromium)", ms(result.wholeBoardMs), "", "", ""]);
	const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length))) ?? [];
	const lines = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ").trimEnd());
	lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
	return [
		`Synthetic vault: ${result.notes.toLocaleString("en")} notes (${result.watched.toLocaleString("en")} watched), ${result.megabytes} MB`,
		`Source load, context only (scan + metadata of every file, Obsidian's cache in the app): ${ms(result.sourceLoadMs)}`,
		"",
		...lines,
		...(result.heapMeasured ? [] : ["", "Heap measured without garbage collection (run with node --expose-gc): the figure is approximate."]),
	].join("\n");
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const json = args.includes("--json");
	const scaleAt = args.indexOf("--scale");
	if (scaleAt !== -1) {
		const notes = Number(args[scaleAt + 1]);
		if (!Number.isInteger(notes) || notes <= 0) throw new Error(`--scale needs a number of notes, not ${args[scaleAt + 1] ?? "nothing"}`);
		const scale = await runScaleBench(notes, progress, heapUsed);
		process.stdout.write(`${json ? JSON.stringify(scale) : formatScaleTable(scale)}\n`);
		return;
	}
	const result = await runBench(progress, !args.includes("--no-browser"));
	if (json) {
		const { notes, naiveMs, coldMs, warmMs, incrementalMedianMs, heapMB, cacheKB, maxSliceMs, boardRenderMs, boardMoveMs, backlinkMs, backlinkSharePct, backlinkHeapMB, frameworkOpenMs, frameworkHostileMs, bookColdMs, bookIncrementalMedianMs, statsRenderMs, reuseGridMs, importPreviewMs, calendarRenderMs, reviewMs, onloadMs, firstBoardMs, wholeBoardMs } = result;
		process.stdout.write(`${JSON.stringify({ notes, naiveMs, coldMs, warmMs, incrementalMedianMs, heapMB, cacheKB, maxSliceMs, boardRenderMs, boardMoveMs, backlinkMs, backlinkSharePct, backlinkHeapMB, frameworkOpenMs, frameworkHostileMs, bookColdMs, bookIncrementalMedianMs, statsRenderMs, reuseGridMs, importPreviewMs, calendarRenderMs, reviewMs, onloadMs, firstBoardMs, wholeBoardMs })}\n`);
	} else {
		process.stdout.write(`${formatTable(result)}\n`);
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
	process.exitCode = 1;
});
