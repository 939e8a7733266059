/**
 * The stats view's part of the Chromium benchmark (tools/board-bench.ts opens the page over its vault of
 * 2,000 ideas and 10,000 drafts, 5,000 of them published with their results): the view is opened, then
 * re-rendered by its period switch, timed with performance.now() around the click, whose handler computes the
 * stats over every idea and draft and the results over every published one (tables per format, channel, brand
 * idea and month, the top ten, the trend) and draws it all synchronously. One warm-up, then `runs` runs
 * alternating 30 and 365 days. Target: at most 100 ms.
 */
import type { Page } from "playwright-core";

export const STATS_VIEW = "thought-leadership-stats";

type Until = (page: Page, check: (arg: string) => Promise<boolean>, arg: string, what: string, timeoutMs?: number) => Promise<void>;

/** The scripting times (ms) of `runs` full renders of the stats view. */
export async function measureStatsInPage(page: Page, until: Until, runs: number): Promise<number[]> {
	await page.evaluate((type) => window.preview!.openView(type), STATS_VIEW);
	await until(page, async (type) => document.querySelectorAll(`.workspace-leaf-content[data-type="${type}"] .tls-stats-week`).length === 53, STATS_VIEW, "the stats view shows its calendar", 60_000);
	await until(page, async (type) => document.querySelectorAll(`.workspace-leaf-content[data-type="${type}"] .tls-results-piece`).length === 10, STATS_VIEW, "the stats view shows its top ten results", 60_000);
	const times: number[] = [];
	for (let run = -1; run < runs; run++) {
		const days = run % 2 === 0 ? "365" : "30";
		const ms = await page.evaluate(
			({ type, value }) => {
				const button = document.querySelector<HTMLElement>(`.workspace-leaf-content[data-type="${type}"] .tls-stats-period[data-days="${value}"]`);
				if (!button) throw new Error("no period switch in the stats view");
				const start = performance.now();
				button.click();
				const bars = document.querySelectorAll(`.workspace-leaf-content[data-type="${type}"] .tls-stats-bar`).length;
				const pieces = document.querySelectorAll(`.workspace-leaf-content[data-type="${type}"] .tls-results-piece`).length;
				const elapsed = performance.now() - start;
				if (bars === 0) throw new Error("the stats view shows no bar after the re-render");
				if (pieces !== 10) throw new Error("the stats view shows no top ten results after the re-render");
				return elapsed;
			},
			{ type: STATS_VIEW, value: days },
		);
		await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
		if (run >= 0) times.push(ms);
	}
	return times;
}
