/**
 * Benchmark of the plugin's start in Chromium with the CPU slowed four times (CDP `Emulation.setCPUThrottlingRate`),
 * as a mid-range phone, through the preview running the production build.
 *
 * `main.js` is built (`node esbuild.config.mjs production`) and the preview runs it instead of the source: the page
 * reads its text and evaluates it as Obsidian loads a community plugin (preview/page/shell/built-plugin.ts), over the
 * board bench's vault (tools/board-bench.ts: 2,000 idea notes with three drafts each, 10,000 drafts, 2,000 ideas in the
 * Inbox), with the board open in the right sidebar as the last session left it (`?leaf=`). A first load, at full speed,
 * builds the index and saves its cache in the profile's IndexedDB; then each run reloads the page, which waits with its
 * notes loaded (`?hold`) while the CPU is slowed, and loads the plugin:
 * - onloadMs: from the start of main.js's evaluation to the end of the plugin's `onload` (its class made, `onload`
 *   awaited): what the plugin costs Obsidian's start. Target: at most 20 ms.
 * - firstBoardMs: from the layout ready to the board painted with its 2,000 ideas: the lanes' counts say 2,000 ideas
 *   and every lane that has any shows its first cards, seen at an animation frame, then the task that follows that frame's
 *   rendering (a message posted from the frame: its paint is done). A long task after that paint (the index's first
 *   slice) delays the next frame, not the board on screen: the longest slice is measured on its own (maxSliceMs).
 *   What the last start's board kept for this device (its snapshot) shows it while the notes are read. Target: at most 300 ms.
 * - wholeBoardMs: from the layout ready to every one of the 2,000 cards in the DOM, painted: the notes read from the
 *   warm cache and the board drawn from them (not a target of its own; for context).
 * Median of the runs; the page's performance marks (preview/page/shell/start.ts) time them.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { repositoryRoot, withBenchPage } from "./bench-page";
import { writeBoardVault } from "./board-bench";

export interface StartupBenchResult {
	/** Median time to evaluate main.js and run the plugin's onload, CPU slowed four times (ms). */
	onloadMs: number;
	/** Median time from the layout ready to a painted board of 2,000 ideas (their counts, each lane's first cards), CPU slowed four times (ms). */
	firstBoardMs: number;
}

export interface StartupBenchDetails extends StartupBenchResult {
	method: "performance marks in the page, production main.js evaluated as Obsidian does, CPU slowed 4× (CDP Emulation.setCPUThrottlingRate)";
	cpuSlowdown: number;
	/** main.js's size, in bytes. */
	mainJsBytes: number;
	onloadRuns: number[];
	/** Of each run's onloadMs, the evaluation of main.js alone. */
	evaluateRuns: number[];
	firstBoardRuns: number[];
	/** Median time from the layout ready to all 2,000 cards painted, read from the warm cache, CPU slowed four times (ms). */
	wholeBoardMs: number;
	wholeBoardRuns: number[];
	/**
	 * For context, in an empty page slowed the same way (median of the runs): main.js compiled alone, and a file of
	 * main.js's size holding nothing but one string, what V8 spends on reading that much text before any code.
	 */
	emptyPage: { evaluateMs: number; oneStringMs: number };
	/** One warm start at full speed before the slowed ones, for context: what this machine does unslowed. */
	fullSpeed: { onloadMs: number; evaluateMs: number; firstBoardMs: number; wholeBoardMs: number };
	cards: number;
	targets: { onloadMs: number; firstBoardMs: number };
}

const CPU_SLOWDOWN = 4;
const RUNS = 5;
const IDEAS = 2_000;
const BOARD = "thought-leadership-pipeline";
const TARGETS = { onloadMs: 20, firstBoardMs: 300 };

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const value = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
	return Math.round((value ?? 0) * 10) / 10;
}

/** Loads the page and waits until it holds with its notes loaded, the plugin not yet loaded. */
async function loadHeld(page: Page, url: string | null): Promise<void> {
	if (url === null) await page.reload();
	else await page.goto(url);
	// The preview loads 12,000 notes into its in-memory vault before the hook is there: most of a minute.
	await page.waitForFunction(() => window.preview !== undefined, undefined, { timeout: 240_000, polling: 100 });
}

/**
 * Lets the held page load the plugin and resolves with its marks: once the board shows its `cards` ideas (their
 * lanes' counts, each lane's first cards), painted, and once every card is there, painted.
 */
async function releaseAndTime(page: Page, cards: number): Promise<{ evaluateMs: number; onloadMs: number; firstBoardMs: number; wholeBoardMs: number; cards: number }> {
	return page.evaluate(
		async ({ type, expected }) => {
			const board = `.workspace-leaf-content[data-type="${type}"]`;
			const selector = `${board} .tls-card[data-path]`;
			// Looked at every frame: a live list of the page's cards is cheap to count; the exact selector only once there are cards.
			const anyCards = document.getElementsByClassName("tls-card");
			const lanes = document.getElementsByClassName("tls-lane");
			/** Every stage lane's count is there, they add up to the ideas, and each lane that has any shows a card. */
			const counted = (): boolean => {
				if (anyCards.length === 0) return false;
				let ideas = 0;
				for (const lane of Array.from(lanes)) {
					if (!lane.matches(`${board} .tls-lane`) || lane.classList.contains("tls-lane-inbox")) continue;
					const count = Number(/^\d+/.exec(lane.querySelector(".tls-lane-count")?.textContent ?? "")?.[0] ?? 0);
					if (count > 0 && lane.querySelector(".tls-card[data-path]") === null) return false;
					ideas += count;
				}
				return ideas >= expected;
			};
			const whole = (): boolean => anyCards.length >= expected && document.querySelectorAll(selector).length >= expected;
			const frame = (): Promise<number> => new Promise((done) => requestAnimationFrame(done));
			/** A task after the rendering of the frame it is asked in: that frame has painted. */
			const afterRendering = (): Promise<number> =>
				new Promise((done) => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => done(performance.now());
					channel.port2.postMessage(null);
				});
			/** When `shown` is first true at a frame, once that frame has painted. */
			const paintedWhen = async (shown: () => boolean): Promise<number> => {
				const deadline = performance.now() + 900_000;
				do {
					if (performance.now() > deadline) throw new Error(`the board shows ${document.querySelectorAll(selector).length} cards, expected ${expected}`);
					await frame();
				} while (!shown());
				return afterRendering();
			};
			const first = paintedWhen(counted);
			const all = paintedWhen(whole);
			await window.preview!.release();
			const [firstEnd, wholeEnd] = await Promise.all([first, all]);
			const mark = (name: string): number => {
				const entry = performance.getEntriesByName(name, "mark")[0];
				if (!entry) throw new Error(`no performance mark ${name}: the plugin did not load`);
				return entry.startTime;
			};
			return {
				evaluateMs: mark("preview:plugin-evaluated") - mark("preview:plugin-start"),
				onloadMs: mark("preview:plugin-loaded") - mark("preview:plugin-start"),
				firstBoardMs: firstEnd - mark("preview:layout-ready"),
				wholeBoardMs: wholeEnd - mark("preview:layout-ready"),
				cards: document.querySelectorAll(selector).length,
			};
		},
		{ type: BOARD, expected: cards },
	);
}

/** Lets the held page load the plugin, at full speed, and waits until the board shows `cards` cards (the cold build of the first start takes minutes). */
async function releaseAndWait(page: Page, cards: number): Promise<void> {
	await page.evaluate(() => window.preview!.release());
	await page.waitForFunction(
		({ type, expected }) => document.querySelectorAll(`.workspace-leaf-content[data-type="${type}"] .tls-card[data-path]`).length >= expected,
		{ type: BOARD, expected: cards },
		{ timeout: 900_000, polling: 1_000 },
	);
}

/**
 * Waits for the first pass over the notes, the save of the index's cache and the board's snapshot (kept two seconds
 * after the board last changed): the next start is a warm one, as it is after a session of work.
 */
async function untilCacheSaved(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await window.preview!.indexed();
		// The studio is the plugin's own (not a stable API): the save under way, or none when the cache holds every read.
		const plugin = window.preview!.plugin as unknown as { studio: { index: { saveCache(): Promise<void> } } };
		await plugin.studio.index.saveCache();
	});
	await page.waitForFunction(
		() => (window.preview!.plugin as unknown as { app: { loadLocalStorage(key: string): unknown } }).app.loadLocalStorage("thought-leadership-studio:board-snapshot:side") !== null,
		undefined,
		{ timeout: 30_000, polling: 100 },
	);
}

/**
 * main.js compiled as the preview evaluates it (preview/page/shell/built-plugin.ts: the text in Obsidian's function
 * wrapper), its factory not run, in an empty page with the CPU slowed, and a file of the same length holding one
 * string: median of `runs` each. Each is given to the page as a script element, which compiles it at once.
 */
async function evaluateInEmptyPage(context: BrowserContext, script: string, runs: number): Promise<{ evaluateMs: number; oneStringMs: number }> {
	const page = await context.newPage();
	try {
		const cdp = await context.newCDPSession(page);
		await page.goto("about:blank");
		const oneString = `var text=${JSON.stringify("x".repeat(Math.max(0, script.length - 20)))};`;
		await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
		const [evaluateRuns, oneStringRuns] = await page.evaluate(
			({ texts, count }) =>
				texts.map((text) => {
					const runsMs: number[] = [];
					for (let run = 0; run < count; run++) {
						const element = document.createElement("script");
						// A new source each time (its comment), so that V8 compiles it again as a fresh start would.
						element.textContent = `(function anonymous(require,module,exports){${text}\n})\n//# sourceURL=app://obsidian.md/plugin:${run}:${performance.now()}`;
						const start = performance.now();
						document.head.appendChild(element);
						runsMs.push(performance.now() - start);
						element.remove();
					}
					return runsMs;
				}),
			{ texts: [script, oneString], count: runs },
		);
		return { evaluateMs: median(evaluateRuns ?? []), oneStringMs: median(oneStringRuns ?? []) };
	} finally {
		await page.close();
	}
}

/** Every figure of the start-up bench. Builds main.js; cleans up its vault, profile, browser and server whatever happens. */
export async function measureStartupDetails(runs = RUNS): Promise<StartupBenchDetails> {
	const root = repositoryRoot("start-up");
	execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
	// A copy, so that a build meanwhile does not change what the runs measure.
	const built = mkdtempSync(join(tmpdir(), "tls-startup-bench-build-"));
	const mainJs = join(built, "main.js");
	copyFileSync(join(root, "main.js"), mainJs);
	const mainJsBytes = statSync(mainJs).size;
	try {
		return await withBenchPage({ name: "startup", writeVault: writeBoardVault, preview: { root, pluginScript: mainJs }, consoleErrors: true }, async ({ page, context, server, errors }) => {
			const cdp = await context.newCDPSession(page);
			// The first start, at full speed: a cold build over the 12,000 notes, its cache saved.
			await loadHeld(page, `${server.url}?hold&leaf=${BOARD}`);
			await releaseAndWait(page, IDEAS);
			await untilCacheSaved(page);
			await loadHeld(page, null);
			const unslowed = await releaseAndTime(page, IDEAS);
			const round = (ms: number): number => Math.round(ms * 10) / 10;
			const fullSpeed = { onloadMs: round(unslowed.onloadMs), evaluateMs: round(unslowed.evaluateMs), firstBoardMs: round(unslowed.firstBoardMs), wholeBoardMs: round(unslowed.wholeBoardMs) };
			process.stderr.write(`start-up bench: at full speed, onload ${fullSpeed.onloadMs} ms (evaluation ${fullSpeed.evaluateMs} ms), first board ${fullSpeed.firstBoardMs} ms, whole board ${fullSpeed.wholeBoardMs} ms\n`);
			await untilCacheSaved(page);
			const onloadRuns: number[] = [];
			const evaluateRuns: number[] = [];
			const firstBoardRuns: number[] = [];
			const wholeBoardRuns: number[] = [];
			let cards = 0;
			for (let run = 0; run < runs; run++) {
				await loadHeld(page, null);
				await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
				try {
					const timed = await releaseAndTime(page, IDEAS);
					onloadRuns.push(Math.round(timed.onloadMs * 10) / 10);
					evaluateRuns.push(Math.round(timed.evaluateMs * 10) / 10);
					firstBoardRuns.push(Math.round(timed.firstBoardMs * 10) / 10);
					wholeBoardRuns.push(Math.round(timed.wholeBoardMs * 10) / 10);
					cards = timed.cards;
					process.stderr.write(`start-up bench: CPU ×${CPU_SLOWDOWN}, onload ${timed.onloadMs.toFixed(1)} ms (evaluation ${timed.evaluateMs.toFixed(1)} ms), first board ${timed.firstBoardMs.toFixed(1)} ms, whole board ${timed.wholeBoardMs.toFixed(1)} ms\n`);
				} finally {
					await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
				}
				await untilCacheSaved(page);
			}
			const emptyPage = await evaluateInEmptyPage(context, readFileSync(mainJs, "utf8"), runs);
			process.stderr.write(`start-up bench: in an empty page, CPU ×${CPU_SLOWDOWN}, main.js compiled in ${emptyPage.evaluateMs} ms, a file of its size holding one string in ${emptyPage.oneStringMs} ms\n`);
			if (errors.length > 0) throw new Error(`start-up bench: errors in the page:\n${errors.join("\n")}`);
			return {
				onloadMs: median(onloadRuns),
				firstBoardMs: median(firstBoardRuns),
				method: "performance marks in the page, production main.js evaluated as Obsidian does, CPU slowed 4× (CDP Emulation.setCPUThrottlingRate)",
				cpuSlowdown: CPU_SLOWDOWN,
				mainJsBytes,
				onloadRuns,
				evaluateRuns,
				firstBoardRuns,
				wholeBoardMs: median(wholeBoardRuns),
				wholeBoardRuns,
				fullSpeed,
				emptyPage,
				cards,
				targets: TARGETS,
			};
		});
	} finally {
		rmSync(built, { recursive: true, force: true });
	}
}

/** The start-up figures, for `npm run bench`. */
export async function measureStartupInChromium(): Promise<StartupBenchResult & { wholeBoardMs: number }> {
	const { onloadMs, firstBoardMs, wholeBoardMs } = await measureStartupDetails();
	return { onloadMs, firstBoardMs, wholeBoardMs };
}
