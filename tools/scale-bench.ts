/**
 * The index over a large vault: `npm run bench -- --scale 100000 [--json]` (not part of the default run).
 *
 * Generates a synthetic vault of N notes (one in ten watched, as in the default vault) in a temporary folder,
 * loads it with the plain-files source, then builds the index once cold (empty cache) and once warm (from the
 * cache the cold build saved, after a JSON round trip, as after a restart). Each build runs with the yield hook
 * of the default bench's longest slice: every stretch of work between two yields is timed, and so is the save
 * of the cache, which the cold build starts once the index is ready; the processor time of each slice is counted
 * too (on a machine shared with others, a slice's wall-clock time also holds the moments the system ran them).
 * Heap is the growth due to the warm-started index, after garbage collection. The naive pass and the browser parts
 * are left out. Run with --expose-gc (as `npm run bench` does) for the heap figure.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import * as timers from "node:timers";
import { PlainFilesSource } from "./plain-files-source";
import { benchIndex } from "./bench-index";
import { writeSyntheticVault } from "./synthetic-vault";
import { JsonMemoryStore } from "./json-memory-store";

export interface ScaleResult {
	scaleNotes: number;
	scaleWatched: number;
	scaleColdMs: number;
	scaleWarmMs: number;
	/** Longest main-thread slice of the cold and the warm build, saving of the cache included. */
	scaleMaxSliceMs: number;
	scaleColdMaxSliceMs: number;
	scaleWarmMaxSliceMs: number;
	/**
	 * The most processor time the bench's process used in one slice (all its threads, the garbage collector's included):
	 * what a busy machine does not stretch, where the slice's wall-clock time counts the moments the system ran others.
	 */
	scaleMaxSliceCpuMs: number;
	scaleHeapMB: number;
	scaleCacheKB: number;
	scaleSourceLoadMs: number;
	scaleMegabytes: number;
}

export const SCALE_TARGETS = { maxSliceMs: 50, heapMB: 100 };

/** One build of a new index over `source` and the save of its cache (none after a warm start that read nothing), timed whole and slice by slice. */
async function measuredBuild(source: PlainFilesSource, store: JsonMemoryStore): Promise<{ ms: number; maxSliceMs: number; maxSliceCpuMs: number; index: ReturnType<typeof benchIndex> }> {
	let longest = 0;
	let sliceStart = 0;
	let longestCpu = 0;
	let cpuStart = process.cpuUsage();
	const endSlice = (): void => {
		longest = Math.max(longest, performance.now() - sliceStart);
		const cpu = process.cpuUsage(cpuStart);
		longestCpu = Math.max(longestCpu, (cpu.user + cpu.system) / 1000);
	};
	const index = benchIndex(source, store, () => {
		endSlice();
		return new Promise((resolve) =>
			timers.setImmediate(() => {
				sliceStart = performance.now();
				cpuStart = process.cpuUsage();
				resolve();
			}),
		);
	});
	const start = performance.now();
	sliceStart = start;
	cpuStart = process.cpuUsage();
	await index.build();
	// The save runs in slices once the index is ready; the store's own work (JSON here, structured clone in IndexedDB)
	// ends the last of them, and is counted in it.
	await index.saveCache();
	endSlice();
	const ms = performance.now() - start;
	return { ms, maxSliceMs: longest, maxSliceCpuMs: longestCpu, index };
}

export async function runScaleBench(notes: number, log: (message: string) => void, heapUsed: () => number): Promise<ScaleResult> {
	const dir = await mkdtemp(join(tmpdir(), "tls-scale-"));
	try {
		log(`Generating ${notes.toLocaleString("en")} notes in ${dir}...`);
		const vault = await writeSyntheticVault(dir, { notes });
		log("Loading the files and their metadata (stands in for Obsidian's metadata cache)...");
		const loadStart = performance.now();
		const source = await PlainFilesSource.load(dir);
		const sourceLoadMs = performance.now() - loadStart;

		log("Cold build, with an empty cache...");
		const store = new JsonMemoryStore();
		const cold = await measuredBuild(source, store);
		const indexed = cold.index.notes().length;
		if (indexed < vault.watched.length) throw new Error(`The cold build indexed ${indexed} notes, expected at least ${vault.watched.length}`);
		if (store.json === null) throw new Error("The cold build saved no cache");
		const saved = store.json;

		log("Warm start from the saved cache...");
		const before = heapUsed();
		// The full collections above leave a heap of the vault's size to sweep: a restart does not begin right after one.
		await new Promise((resolve) => timers.setTimeout(resolve, 1_000));
		const warm = await measuredBuild(source, store);
		const after = heapUsed();
		if (warm.index.notes().length !== indexed) throw new Error(`The warm start indexed ${warm.index.notes().length} notes, the cold build ${indexed}`);

		return {
			scaleNotes: notes,
			scaleWatched: vault.watched.length,
			scaleColdMs: round(cold.ms),
			scaleWarmMs: round(warm.ms),
			scaleMaxSliceMs: round(Math.max(cold.maxSliceMs, warm.maxSliceMs)),
			scaleColdMaxSliceMs: round(cold.maxSliceMs),
			scaleWarmMaxSliceMs: round(warm.maxSliceMs),
			scaleMaxSliceCpuMs: round(Math.max(cold.maxSliceCpuMs, warm.maxSliceCpuMs)),
			scaleHeapMB: Math.round((Math.max(0, after - before) / (1024 * 1024)) * 100) / 100,
			scaleCacheKB: round(Buffer.byteLength(saved, "utf8") / 1024),
			scaleSourceLoadMs: round(sourceLoadMs),
			scaleMegabytes: round(vault.bytes / (1024 * 1024)),
		};
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

export function formatScaleTable(result: ScaleResult): string {
	const mark = (ok: boolean): string => (ok ? "✓" : "✗ MISSED");
	const ms = (value: number): string => `${value.toLocaleString("en", { maximumFractionDigits: value < 10 ? 2 : 0 })} ms`;
	const rows: string[][] = [
		["Measure", "Result", "Target", ""],
		["Cold build (scaleColdMs)", ms(result.scaleColdMs), "", ""],
		["Warm start (scaleWarmMs)", ms(result.scaleWarmMs), "", ""],
		[`Longest slice (scaleMaxSliceMs): cold ${ms(result.scaleColdMaxSliceMs)}, warm ${ms(result.scaleWarmMaxSliceMs)}`, ms(result.scaleMaxSliceMs), `< ${SCALE_TARGETS.maxSliceMs} ms`, mark(result.scaleMaxSliceMs < SCALE_TARGETS.maxSliceMs)],
		["Most processor time in one slice, all threads (scaleMaxSliceCpuMs)", ms(result.scaleMaxSliceCpuMs), `< ${SCALE_TARGETS.maxSliceMs} ms`, mark(result.scaleMaxSliceCpuMs < SCALE_TARGETS.maxSliceMs)],
		["Index heap (scaleHeapMB)", `${result.scaleHeapMB.toFixed(1)} MB`, `< ${SCALE_TARGETS.heapMB} MB`, mark(result.scaleHeapMB < SCALE_TARGETS.heapMB)],
		["Cache size (scaleCacheKB)", `${result.scaleCacheKB.toLocaleString("en", { maximumFractionDigits: 0 })} KB`, "", ""],
	];
	const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length))) ?? [];
	const lines = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ").trimEnd());
	lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
	return [
		`Synthetic vault: ${result.scaleNotes.toLocaleString("en")} notes (${result.scaleWatched.toLocaleString("en")} watched), ${result.scaleMegabytes} MB`,
		`Source load, context only (scan + metadata of every file, Obsidian's cache in the app): ${ms(result.scaleSourceLoadMs)}`,
		"",
		...lines,
	].join("\n");
}
