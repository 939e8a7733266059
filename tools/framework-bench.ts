/**
 * Benchmark of brand ideas, for `npm run bench`:
 * - backlinks (Node): the time and heap the backlink graph adds to an index built cold, measured by
 *   building it from the index's records as the plugin does from the first pass's change event;
 * - framework board (Chromium, through the preview): a vault of 10,000 notes holding 50 brand ideas of
 *   40 sources and 8 product notes each; the time to open one brand idea's board in a tab, from
 *   `setViewState` until its products are on the page, performance.now() in the page, median of 5 brand
 *   ideas after one warm-up (CDP ScriptDuration as a cross-check). Target: at most 50 ms of scripting.
 * - hostile framework board (same page): the longest main-thread task, from a Chrome trace of the renderer,
 *   while opening the board of a brand idea of 5,000 sources (3,000 not written yet) linked twice each
 *   (10,000 links), until it has shown its sources and its centre and has been idle for half a second;
 *   taken once the page is quiet (the index's cache saved, no long task for two seconds). Target: at most 100 ms.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { performance as nodeClock } from "node:perf_hooks";
import type { CDPSession } from "playwright-core";
import { withBenchPage } from "./bench-page";
import { LinkGraph } from "../src/core/brand/link-graph";
import type { NoteIndex } from "../src/core/index/note-index";
import { DEFAULT_PRODUCTS } from "../src/core/brand/product-setting";

const NOTES = 10_000;
const BRAND_IDEAS = 50;
const SOURCES = 40;
const OPENS = 5;
const VIEW = "thought-leadership-framework";
/** The hostile brand idea: 5,000 sources, two in five written (notes of the vault), each linked in its sources property and in its text. */
const HOSTILE_BRAND = "Idées de marque/Mille sources.md";
const HOSTILE_SOURCES = 5_000;
/** The first of the vault's plain notes that the hostile brand idea links as written sources. */
const HOSTILE_FIRST_NOTE = 3_000;

/** Time (ms) and heap (MB) of the backlink graph over an index already built; `heapUsed` collects garbage first. */
export function measureBacklinks(index: NoteIndex, heapUsed: () => number): { ms: number; heapMB: number; notes: number } {
	const before = heapUsed();
	// Named apart: the page-side functions below use the browser's `performance`, which must stay the global.
	const start = nodeClock.now();
	const graph = new LinkGraph(index);
	const ms = nodeClock.now() - start;
	const after = heapUsed();
	// Keeps the graph alive until the heap was read.
	const notes = graph.backlinks(index.notes()[0]?.path ?? "").length >= 0 ? index.notes().length : 0;
	return { ms, heapMB: Math.max(0, after - before) / (1024 * 1024), notes };
}

const brandName = (b: number): string => `Idée de marque ${b + 1} : penser une fois`;

/** The hostile brand idea's note: `[[Note 3000]]`... for the written sources, `[[Livre à écrire 1]]`... for the others. */
function hostileBrandNote(): string {
	const targets = Array.from({ length: HOSTILE_SOURCES }, (_, i) => (i % 5 < 2 ? `Note ${HOSTILE_FIRST_NOTE + Math.floor(i / 5) * 2 + (i % 5)}` : `Livre à écrire ${i}`));
	return ["---", "type: brand-idea", "sources:", ...targets.map((t) => `  - "[[${t}]]"`), "---", "## Croyance centrale", "Tout relire avant d'écrire.", "", "## Étapes du framework", "1. Lire", "2. Relire", "", "## Lectures", ...targets.map((t) => `- [[${t}]]`), ""].join("\n");
}

/** 50 brand ideas × (40 sources, half of them linking back, and 8 product notes), the hostile brand idea, and notes up to 10,000. Deterministic. */
export async function writeFrameworkVault(dir: string): Promise<string[]> {
	const files: [string, string][] = [];
	const brands: string[] = [];
	for (let b = 0; b < BRAND_IDEAS; b++) {
		const name = brandName(b);
		const sources = Array.from({ length: SOURCES }, (_, s) => (s % 2 === 0 ? `Livre ${b}-${s}` : `Journal ${b}-${s}`));
		brands.push(`Idées de marque/${name}.md`);
		files.push([`Idées de marque/${name}.md`, ["---", "type: brand-idea", "sources:", ...sources.map((s) => `  - "[[${s}]]"`), "---", "## Croyance centrale", "On vend une nouvelle opportunité.", "", "## Étapes du framework", "1. Lire", "2. Prendre position", "3. Répliquer", ""].join("\n")]);
		for (const [s, source] of sources.entries()) {
			const book = s % 2 === 0;
			const back = s % 4 < 2 ? `\nVoir [[${name}]].\n` : "\n";
			files.push([book ? `Lectures/${source}.md` : `Journal/${source}.md`, book ? `---\ntype: book\nhorizon: classic\n---\n# ${source}${back}` : `---\ntags: [journal]\n---\nUne journée.${back}`]);
		}
		for (const product of DEFAULT_PRODUCTS) {
			files.push([`Produits/${name} — ${product.names.fr}.md`, `---\ntype: product\nproduct: ${product.key}\nbrand-idea: "[[${name}]]"\n---\n# Plan\n`]);
		}
	}
	files.push([HOSTILE_BRAND, hostileBrandNote()]);
	for (let n = files.length; n < NOTES; n++) {
		files.push([`Notes/Note ${n}.md`, n % 3 === 0 ? `---\ntags: [réflexions]\n---\nUne réflexion qui cite [[Livre ${n % BRAND_IDEAS}-0]].\n` : `Une note ordinaire ${n}.\n`]);
	}
	for (const [path, text] of files) {
		const full = join(dir, path);
		await mkdir(dirname(full), { recursive: true });
		await writeFile(full, text);
	}
	return brands;
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	/** Microseconds, on the wall clock and on the thread's own clock (time it ran). */
	dur?: number;
	tdur?: number;
	args?: { name?: string };
}

/**
 * The longest task of the page's main thread while `run` runs, from a Chrome trace: on the wall clock (ms),
 * and by the time the thread ran in it (ms), which other programs busy on the machine do not stretch.
 */
async function longestTask(cdp: CDPSession, run: () => Promise<void>): Promise<{ ms: number; threadMs: number }> {
	const events: TraceEvent[] = [];
	const collect = (data: { value: object[] }): void => {
		events.push(...(data.value as TraceEvent[]));
	};
	cdp.on("Tracing.dataCollected", collect);
	await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["toplevel", "disabled-by-default-devtools.timeline"] }, transferMode: "ReportEvents" });
	await run();
	const complete = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
	await cdp.send("Tracing.end");
	await complete;
	cdp.off("Tracing.dataCollected", collect);
	const main = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
	const tasks = events.filter((e) => e.ph === "X" && (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && main.has(`${e.pid}:${e.tid}`));
	return { ms: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)), threadMs: Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)) };
}

async function scriptMs(cdp: CDPSession): Promise<number> {
	const { metrics } = await cdp.send("Performance.getMetrics");
	return (metrics.find((m) => m.name === "ScriptDuration")?.value ?? 0) * 1000;
}

/** The time to open one brand idea's framework board over the 10,000-note vault, in Chromium. */
export async function measureFrameworkInChromium(root: string): Promise<{ openMs: number; scriptMs: number; runs: number[]; hostileMs: number; hostileThreadMs: number }> {
	return withBenchPage({ name: "framework", writeVault: writeFrameworkVault, preview: { root } }, async ({ page, context, server, written: brands, errors }) => {
		await page.goto(`${server.url}?lang=fr`);
		// The preview loads the 10,000 notes into its in-memory vault before the page is ready: most of a minute.
		await page.waitForFunction(() => window.preview !== undefined, undefined, { timeout: 240_000 });
		await page.evaluate(() => window.preview?.ready());
		// The index reads the vault after the layout is ready: wait until it knows every product note.
		await page.waitForFunction((first) => {
			const plugin = window.preview?.plugin as unknown as { studio?: { isReady(): boolean } } | null;
			return plugin?.studio?.isReady() === true && window.preview?.app.vault.getFileByPath(first) !== null;
		}, brands[0] ?? "", { timeout: 240_000 });
		const cdp = await context.newCDPSession(page);
		await cdp.send("Performance.enable");
		const runs: number[] = [];
		const scripts: number[] = [];
		for (let run = -1; run < OPENS; run++) {
			const path = brands[run + 1] ?? "";
			const before = await scriptMs(cdp);
			const ms = await page.evaluate(
				async ({ type, path: p }) => {
					const leaf = window.preview!.app.workspace.getLeaf("tab");
					const start = performance.now();
					await leaf.setViewState({ type, active: true, state: { path: p } });
					const notes = leaf.view.containerEl.querySelectorAll(".tls-framework-product li").length;
					const elapsed = performance.now() - start;
					if (notes !== 8) throw new Error(`the board of ${p} shows ${notes} product notes, expected 8`);
					return elapsed;
				},
				{ type: VIEW, path },
			);
			const after = await scriptMs(cdp);
			if (run >= 0) {
				runs.push(ms);
				scripts.push(after - before);
			}
		}
		// The index saves its cache five seconds after its last change, in a long task of its own: the hostile
		// board is measured once the page has had two quiet seconds past that.
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					const start = performance.now();
					let last = start;
					const observer = new PerformanceObserver(() => (last = performance.now()));
					observer.observe({ type: "longtask" });
					const check = (): void => {
						const now = performance.now();
						if (now - start > 6_000 && now - last > 2_000) {
							observer.disconnect();
							resolve();
						} else setTimeout(check, 100);
					};
					check();
				}),
		);
		const hostile = await longestTask(cdp, async () => {
			await page.evaluate(
				async ({ type, path }) => {
					const leaf = window.preview!.app.workspace.getLeaf("tab");
					await leaf.setViewState({ type, active: true, state: { path } });
					const board = leaf.view.containerEl;
					const shown = (): boolean => board.querySelector(".tls-framework-source") !== null && board.querySelector<HTMLTextAreaElement>(".tls-framework-belief-text")?.value === "Tout relire avant d'écrire.";
					const deadline = performance.now() + 10_000;
					while (!shown()) {
						if (performance.now() > deadline) throw new Error(`the board of ${path} shows no sources or no belief`);
						await new Promise((resolve) => requestAnimationFrame(resolve));
					}
				},
				{ type: VIEW, path: HOSTILE_BRAND },
			);
			// Whatever the board does once shown (grouped renders, the centre's read) happens in this half second.
			await page.waitForTimeout(500);
		});
		if (errors.length > 0) throw new Error(`framework bench: errors in the page:\n${errors.join("\n")}`);
		return { openMs: median(runs), scriptMs: median(scripts), runs, hostileMs: hostile.ms, hostileThreadMs: hostile.threadMs };
	});
}
