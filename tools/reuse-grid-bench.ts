/**
 * The re-use grid's part of the Chromium benchmark (tools/board-bench.ts opens the page over its vault of 2,000
 * ideas with three drafts each, 6,000 drafts of theirs): the grid is opened in a tab from its command, then
 * drawn anew by its stage menu, timed with performance.now() around the `change` event, whose handler builds
 * the grid of every idea against the 15 formats (30,000 cells, from the drafts ledger) and draws its table
 * synchronously. The table draws its first 50 rows, the next ones 50 at a time on request: what is timed is
 * what the writer waits for. One warm-up, then `runs` draws of all 2,000 ideas, each after a draw of one stage's
 * ideas (not timed). Target: at most 100 ms.
 */
import type { Page } from "playwright-core";

export const REUSE_VIEW = "thought-leadership-reuse";

type Until = (page: Page, check: (arg: string) => Promise<boolean>, arg: string, what: string, timeoutMs?: number) => Promise<void>;

/** Rows the grid draws before "Show more". */
const FIRST_ROWS = 50;

/** Draws the grid with the stage menu set to `stage` ("" for every stage) and gives the time it took (ms). */
function draw(page: Page, stage: string): Promise<number> {
	return page.evaluate(
		({ type, value, rows }) => {
			const root = document.querySelector(`.mod-root .workspace-leaf-content[data-type="${type}"]`);
			const select = root?.querySelector<HTMLSelectElement>("select.tls-reuse-stage");
			if (!root || !select) throw new Error("no stage menu in the re-use grid");
			select.value = value;
			const start = performance.now();
			select.dispatchEvent(new Event("change"));
			// Reading the DOM the draw built makes sure it is there (it is: the handler is synchronous).
			const shown = root.querySelectorAll(".tls-reuse-row").length;
			const elapsed = performance.now() - start;
			if (value === "" && shown !== rows) throw new Error(`the re-use grid shows ${shown} rows, expected ${rows}`);
			return elapsed;
		},
		{ type: REUSE_VIEW, value: stage, rows: FIRST_ROWS },
	);
}

/** The scripting times (ms) of `runs` draws of the re-use grid of every idea against every format. */
export async function measureReuseGridInPage(page: Page, until: Until, runs: number, ideas: number): Promise<number[]> {
	if (!(await page.evaluate(() => window.preview!.runCommand("open-reuse-grid")))) throw new Error("the re-use grid's command is not available");
	const total = ideas.toLocaleString("en");
	await until(
		page,
		async (arg) => {
			const [type, count] = arg.split("|");
			return document.querySelector(`.mod-root .workspace-leaf-content[data-type="${type}"] .tls-reuse-count`)?.textContent === `Ideas shown: ${count} of ${count}`;
		},
		`${REUSE_VIEW}|${total}`,
		`the re-use grid shows ${total} ideas`,
		60_000,
	);
	const times: number[] = [];
	for (let run = -1; run < runs; run++) {
		await draw(page, "spark");
		await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
		const ms = await draw(page, "");
		await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
		if (run >= 0) times.push(ms);
	}
	const cells = await page.evaluate((type) => document.querySelectorAll(`.mod-root .workspace-leaf-content[data-type="${type}"] thead th[scope="col"]`).length - 1, REUSE_VIEW);
	if (cells !== 15) throw new Error(`the re-use grid has ${cells} format columns, expected 15`);
	return times;
}
