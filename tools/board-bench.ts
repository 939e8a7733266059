/**
 * Benchmark of the idea pipeline board in Chromium, through the preview (the plugin's real code).
 *
 * A temporary vault of 2,000 idea notes (spread over the five default stages, each with a source link
 * to one of 50 journal notes, one to three tags and three drafts, chips on its card), 4,000 more drafts
 * whose idea is no note (10,000 drafts in all), and 2,000 ideas waiting in the Inbox, forty in each journal
 * note, each with its details, is served by the preview; Debian's Chromium opens the board and, in the page:
 * - render: a full re-render of the board's lanes with 2,000 cards, triggered by changing the sort
 *   (`.tls-board-sort`): every lane's order changes, so every lane and card is rebuilt. Timed with
 *   performance.now() around the `change` event, whose handler builds the model and the DOM
 *   synchronously; median of 5 (after one warm-up). Target: at most 100 ms of scripting.
 * - move: Shift+ArrowRight dispatched on a focused card, timed with performance.now() until the card is
 *   in the next lane, in the same task (the board shows the move before writing the note); median of 10
 *   moves of different cards. Target: at most 16 ms. This includes the style and layout that the view's
 *   `focus()` on the rebuilt card forces synchronously: they are part of showing the move.
 * - stats: the stats view's render over the 10,000 drafts, the 5,000 published with their results (see
 *   tools/stats-bench.ts). Target: at most 100 ms.
 * - re-use grid: the grid of the 2,000 ideas against the 15 formats, from their 6,000 drafts, drawn in a tab
 *   (see tools/reuse-grid-bench.ts). Target: at most 100 ms.
 * - calendar: a month of the editorial calendar over the 10,000 drafts, 5,000 published and 3,000 planned (see
 *   tools/calendar-bench.ts). Target: at most 50 ms.
 * As a cross-check, the Chrome DevTools Protocol's `Performance.getMetrics` ScriptDuration delta is
 * taken around each measurement too: it adds the protocol's own evaluate and, for a move, the later
 * work the write sets off (the index update and the re-render of the two lanes that changed, 30 ms on).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { repositoryRoot, withBenchPage } from "./bench-page";
import { seededRandom } from "./seeded-random";
import { DEFAULT_FORMATS } from "../src/core/drafting/format-setting";
import { measureStatsInPage } from "./stats-bench";
import { measureReuseGridInPage } from "./reuse-grid-bench";
import { benchDraftDates, measureCalendarInPage, PLANNED_DRAFTS, PUBLISHED_DRAFTS } from "./calendar-bench";

export interface BoardBenchResult {
	/** Median scripting time of a full re-render of the board's lanes (ms). */
	renderMs: number;
	/** Median time from a keyboard move to the card shown in its new lane (ms). */
	moveMs: number;
	/** Idea cards on the board. */
	cards: number;
	/** Median scripting time of a full render of the stats view (ms). */
	statsRenderMs: number;
	/** Draft notes in the vault (three a card, and more whose idea is no note). */
	drafts: number;
	/** Median scripting time of a draw of the re-use grid of every idea against every format (ms). */
	reuseGridMs: number;
	/** Median scripting time of a month of the calendar drawn anew (ms). */
	calendarRenderMs: number;
	/** Drafts of the vault planned, and published. */
	planned: number;
	published: number;
}

/** The figures, with the runs and the DevTools cross-checks. */
export interface BoardBenchDetails extends BoardBenchResult {
	method: "performance.now() in the page; CDP Performance.getMetrics ScriptDuration as a cross-check";
	renderRuns: number[];
	moveRuns: number[];
	/** Median ScriptDuration delta (ms) around one re-render. */
	renderScriptMs: number;
	/** Median ScriptDuration delta (ms) around one move, including the write and the follow-up re-render of two lanes. */
	moveScriptWithWriteMs: number;
	/** Time (ms, measured from Node) from opening the board to a paint with every card: context only, includes the index build, style and layout. */
	openToPaintMs: number;
	/** Time (ms, measured from Node) from opening the preview's page to the preview ready, its 12,000 notes loaded into the in-memory vault and their links resolved. */
	loadMs: number;
	statsRenderRuns: number[];
	reuseGridRuns: number[];
	calendarRenderRuns: number[];
	targets: { renderMs: number; moveMs: number; statsRenderMs: number; reuseGridMs: number; calendarRenderMs: number };
}

const IDEAS = 2_000;
/** Drafts of each idea: chips on its card. */
const DRAFTS_PER_IDEA = 3;
/** Drafts in all, for the stats view: those beyond the cards' name ideas that are no note (they count all the same). */
const DRAFTS = 10_000;
const SOURCES = 50;
/** Ideas waiting in the Inbox, each with its details: forty paragraphs with three points in each journal note. */
const INBOX_ITEMS = 2_000;
const RENDER_RUNS = 5;
const MOVES = 10;
const STAGES = ["think", "spark", "invest", "re-invest"] as const;
const TARGETS = { renderMs: 100, moveMs: 16, statsRenderMs: 100, reuseGridMs: 100, calendarRenderMs: 50 };
const BOARD = "thought-leadership-pipeline";

const SUBJECTS = ["Le positionnement", "La crédibilité", "Une audience fidèle", "Le storytelling", "La newsletter", "Un premier livre", "La régularité", "Le lecteur idéal", "Le doute", "Une conférence"];
const ANGLES = ["vu par mes clients", "en trois erreurs", "sans jargon", "après dix ans", "contre les idées reçues", "en une page", "pour un indépendant", "raconté par un échec"];
const POINTS = ["un exemple de client", "ce que j'en ai appris", "le chiffre qui surprend", "l'objection qu'on me fait", "une [[Histoire vraie|histoire vraie]]", "ce que *personne* ne dit"];
const TAGS = ["positionnement", "écriture", "clients", "newsletter", "livre", "conférence", "méthode", "storytelling", "prix", "réseau", "podcast", "lecture"];

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)] as T;
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

function sourceName(i: number): string {
	return `2024-${pad(1 + Math.floor(i / 28))}-${pad(1 + (i % 28))}`;
}

/**
 * A draft note as the drafting commands write it: published on a day of the last year for one in two, planned
 * on a day of the six months around today for three in ten (tools/calendar-bench.ts). A published one has its
 * results, as Record results writes them: impressions, reactions, comments, shares and the day they were read,
 * for the stats view's Results (tools/stats-bench.ts).
 */
function draftNote(random: () => number, idea: string, n: number): [string, string] {
	const format = DEFAULT_FORMATS[n % DEFAULT_FORMATS.length] ?? DEFAULT_FORMATS[0];
	if (!format) throw new Error("no formats");
	const { published, planned } = benchDraftDates(n, Date.now());
	const day = new Date(Date.now() - Math.floor(random() * 365) * 86_400_000);
	const created = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
	const results = [`impressions: ${200 + ((n * 7919) % 9800)}`, `reactions: ${(n * 31) % 150}`, `comments: ${(n * 17) % 40}`, `shares: ${(n * 13) % 12}`, `results-read: ${published ?? created}`];
	const dates = [...(planned !== null ? [`planned: ${planned}`] : []), `created: ${published ?? created}T09:00`, ...(published !== null ? [`published: ${published}`, ...results] : [])];
	const text = ["---", "type: draft", `idea: "[[${idea}]]"`, `format: ${format.key}`, `channel: ${format.channel}`, `status: ${published !== null ? "published" : "draft"}`, ...dates, "---", "Le texte du brouillon.", ""].join("\n");
	return [`Brouillons/${idea.slice(idea.indexOf("/") + 1)} — ${format.names.fr} ${n}.md`, text];
}

/** Writes the vault: 50 journal notes, 2,000 idea notes linked to them with three drafts each, and drafts of ideas that are no note, 10,000 drafts in all. Deterministic but for the publication dates, which follow today. */
export async function writeBoardVault(dir: string): Promise<void> {
	const random = seededRandom(2024);
	const files: [string, string][] = [];
	for (let i = 0; i < SOURCES; i++) {
		const name = sourceName(i);
		// Ideas as the writer's journal has them: a paragraph, its first sentence the idea, then its points.
		const blocks = Array.from({ length: INBOX_ITEMS / SOURCES }, (_, k) =>
			[`${pick(random, SUBJECTS)} ${pick(random, ANGLES)}, n°${i * 100 + k}. Voici pourquoi :`, ...Array.from({ length: 3 }, () => `- ${pick(random, POINTS)}`)].join("\n"),
		);
		files.push([`Journal/${name}.md`, `---\ncreated: ${name}T08:00\ntags:\n  - journal\n---\n${pick(random, SUBJECTS)} ${pick(random, ANGLES)}.\n\n## Idées de posts\n${blocks.join("\n\n")}\n`]);
	}
	for (let i = 0; i < IDEAS; i++) {
		const title = `${pick(random, SUBJECTS)} ${pick(random, ANGLES)} ${i + 1}`;
		const tags = [...new Set([pick(random, TAGS), pick(random, TAGS), pick(random, TAGS)].slice(0, 1 + Math.floor(random() * 3)))];
		const day = Math.floor(random() * 700);
		const created = new Date(Date.UTC(2023, 0, 1) + day * 86_400_000 + Math.floor(random() * 86_400) * 1000);
		const stamp = `${created.getUTCFullYear()}-${pad(created.getUTCMonth() + 1)}-${pad(created.getUTCDate())}T${pad(created.getUTCHours())}:${pad(created.getUTCMinutes())}`;
		const text = [
			"---",
			"type: idea",
			`status: ${STAGES[i % STAGES.length] ?? "spark"}`,
			`created: ${stamp}`,
			`source: "[[${sourceName(Math.floor(random() * SOURCES))}]]"`,
			"tags:",
			...tags.map((tag) => `  - ${tag}`),
			"---",
			`${title}.`,
			"",
			"Quelques lignes pour développer l'idée plus tard.",
			"",
		].join("\n");
		files.push([`Idées/${title}.md`, text]);
		for (let d = 0; d < DRAFTS_PER_IDEA; d++) files.push(draftNote(random, `Idées/${title}`, i * DRAFTS_PER_IDEA + d));
	}
	for (let n = IDEAS * DRAFTS_PER_IDEA; n < DRAFTS; n++) files.push(draftNote(random, `Idées anciennes/Idée ${n}`, n));
	for (const [path, text] of files) {
		const full = join(dir, path);
		await mkdir(dirname(full), { recursive: true });
		await writeFile(full, text);
	}
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const value = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
	return Math.round((value ?? 0) * 100) / 100;
}

/** ScriptDuration of the page so far, in ms. */
async function scriptMs(cdp: CDPSession): Promise<number> {
	const { metrics } = await cdp.send("Performance.getMetrics");
	return (metrics.find((m) => m.name === "ScriptDuration")?.value ?? 0) * 1000;
}

/** Waits until `check(arg)` answers true in the page, polling every 20 ms. */
async function untilInPage(page: Page, check: (arg: string) => Promise<boolean>, arg: string, what: string, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await page.evaluate(check, arg))) {
		if (Date.now() > deadline) throw new Error(`board bench: timed out waiting until ${what}`);
		await new Promise((done) => setTimeout(done, 20));
	}
}

async function measure(page: Page, cdp: CDPSession, errors: string[]): Promise<Omit<BoardBenchDetails, "loadMs">> {
	const openStart = Date.now();
	await page.evaluate((type) => window.preview!.openView(type), BOARD);
	// The index may still be reading the 12,000 notes when the view opens (the in-memory metadata cache of the
	// preview is much slower than Obsidian's, most of two minutes): wait for every card.
	await untilInPage(page, async (type) => document.querySelectorAll(`.workspace-leaf-content[data-type="${type}"] .tls-card[data-path]`).length >= 2000, BOARD, "the board shows 2,000 cards", 240_000);
	// Every journal note read too: the Inbox counts its 2,000 ideas.
	await untilInPage(page, async (type) => document.querySelector(`.workspace-leaf-content[data-type="${type}"] .tls-lane-inbox .tls-lane-count`)?.textContent === "2000", BOARD, "the Inbox holds 2,000 ideas", 240_000);
	await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
	const openToPaintMs = Date.now() - openStart;
	const cards = await page.locator(`.workspace-leaf-content[data-type="${BOARD}"] .tls-card[data-path]`).count();
	if (cards !== IDEAS) throw new Error(`board bench: ${cards} cards on the board, expected ${IDEAS}`);

	// (a) Full re-render: alternate the sort so that every lane's order changes; one warm-up first.
	const sorts = ["title", "created"];
	const renderRuns: number[] = [];
	const renderScript: number[] = [];
	for (let run = -1; run < RENDER_RUNS; run++) {
		const sort = sorts[(run + 2) % 2] ?? "title";
		const before = await scriptMs(cdp);
		const ms = await page.evaluate(
			({ type, value }) => {
				const select = document.querySelector<HTMLSelectElement>(`.workspace-leaf-content[data-type="${type}"] .tls-board-sort`);
				if (!select) throw new Error("no sort select on the board");
				select.value = value;
				const start = performance.now();
				select.dispatchEvent(new Event("change"));
				// Reading the DOM the render built makes sure it is there (it is: the handler is synchronous).
				const shown = document.querySelectorAll(`.workspace-leaf-content[data-type="${type}"] .tls-card[data-path]`).length;
				const elapsed = performance.now() - start;
				if (shown === 0) throw new Error("the board shows no card after the re-render");
				return elapsed;
			},
			{ type: BOARD, value: sort },
		);
		const after = await scriptMs(cdp);
		await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
		if (run >= 0) {
			renderRuns.push(ms);
			renderScript.push(after - before);
		}
	}

	// (b) Moves: Shift+ArrowRight on focused spark cards, one at a time, each let settle (write, index, re-render).
	const paths = await page.locator(`.workspace-leaf-content[data-type="${BOARD}"] .tls-lane[data-lane="spark"] .tls-card[data-path]`).evaluateAll((els, n) => els.slice(0, n).map((el) => el.getAttribute("data-path") ?? ""), MOVES);
	const moveRuns: number[] = [];
	const moveScript: number[] = [];
	for (const path of paths) {
		const before = await scriptMs(cdp);
		const ms = await page.evaluate(
			({ type, path: p }) => {
				const root = document.querySelector(`.workspace-leaf-content[data-type="${type}"]`);
				const card = Array.from(root?.querySelectorAll<HTMLElement>(".tls-lane[data-lane='spark'] .tls-card[data-path]") ?? []).find((el) => el.dataset.path === p);
				if (!card) throw new Error(`no card for ${p} in spark`);
				card.focus();
				const start = performance.now();
				card.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", code: "ArrowRight", shiftKey: true, bubbles: true, cancelable: true }));
				const moved = Array.from(root?.querySelectorAll<HTMLElement>(".tls-lane[data-lane='invest'] .tls-card[data-path]") ?? []).some((el) => el.dataset.path === p);
				const elapsed = performance.now() - start;
				if (!moved) throw new Error(`the card of ${p} is not in invest right after the key press`);
				return elapsed;
			},
			{ type: BOARD, path },
		);
		moveRuns.push(ms);
		await untilInPage(page, async (p) => /^status: invest$/m.test(await window.preview!.readFile(p)), path, `${path} is written`);
		// Let the index update and its delayed re-render (30 ms) run before the next move.
		await page.waitForTimeout(150);
		moveScript.push((await scriptMs(cdp)) - before);
	}
	const chips = await page.locator(`.workspace-leaf-content[data-type="${BOARD}"] .tls-draft-chip`).count();
	if (chips !== IDEAS * DRAFTS_PER_IDEA) throw new Error(`board bench: ${chips} draft chips on the board, expected ${IDEAS * DRAFTS_PER_IDEA}`);
	const statsRenderRuns = await measureStatsInPage(page, untilInPage, RENDER_RUNS);
	const reuseGridRuns = await measureReuseGridInPage(page, untilInPage, RENDER_RUNS, IDEAS);
	const calendarRenderRuns = await measureCalendarInPage(page, untilInPage, RENDER_RUNS * 2);
	if (errors.length > 0) throw new Error(`board bench: errors in the page:\n${errors.join("\n")}`);
	return {
		renderMs: median(renderRuns),
		moveMs: median(moveRuns),
		cards,
		statsRenderMs: median(statsRenderRuns),
		drafts: DRAFTS,
		statsRenderRuns: statsRenderRuns.map((v) => Math.round(v * 100) / 100),
		reuseGridMs: median(reuseGridRuns),
		reuseGridRuns: reuseGridRuns.map((v) => Math.round(v * 100) / 100),
		calendarRenderMs: median(calendarRenderRuns),
		calendarRenderRuns: calendarRenderRuns.map((v) => Math.round(v * 100) / 100),
		planned: PLANNED_DRAFTS,
		published: PUBLISHED_DRAFTS,
		method: "performance.now() in the page; CDP Performance.getMetrics ScriptDuration as a cross-check",
		renderRuns: renderRuns.map((v) => Math.round(v * 100) / 100),
		moveRuns: moveRuns.map((v) => Math.round(v * 100) / 100),
		renderScriptMs: median(renderScript),
		moveScriptWithWriteMs: median(moveScript),
		openToPaintMs: Math.round(openToPaintMs),
		targets: TARGETS,
	};
}

/** Every figure of the board benchmark. Cleans up its vault, profile, browser and server whatever happens. */
export async function measureBoardDetails(): Promise<BoardBenchDetails> {
	const root = repositoryRoot("board");
	return withBenchPage({ name: "board", writeVault: writeBoardVault, preview: { root }, consoleErrors: true }, async ({ page, context, server, errors }) => {
		const loadStart = Date.now();
		await page.goto(server.url);
		// The preview loads 12,000 notes into its in-memory vault one by one before the page is ready: most of a minute.
		await page.waitForFunction(() => window.preview !== undefined, undefined, { timeout: 240_000 });
		await page.evaluate(() => window.preview?.ready());
		const loadMs = Date.now() - loadStart;
		const cdp = await context.newCDPSession(page);
		await cdp.send("Performance.enable");
		return { ...(await measure(page, cdp, errors)), loadMs };
	});
}

/** The board's render and move times, the stats view's render time, the re-use grid's and a month of the calendar's in Chromium, for `npm run bench`. */
export async function measureBoardInChromium(): Promise<BoardBenchResult> {
	const { renderMs, moveMs, cards, statsRenderMs, drafts, reuseGridMs, calendarRenderMs, planned, published } = await measureBoardDetails();
	return { renderMs, moveMs, cards, statsRenderMs, drafts, reuseGridMs, calendarRenderMs, planned, published };
}
