/**
 * The editorial calendar's part of the Chromium benchmark (tools/board-bench.ts opens the page over its vault
 * of 10,000 drafts, whose dates are set here: 5,000 published over the last year, 3,000 planned over the six
 * months before and after today, the rest neither). The calendar opens in a tab on this month; then its
 * previous and next buttons are clicked in turn, each click drawing a whole month anew (the model over every
 * draft, then the days and their drafts) synchronously, timed with performance.now() around it. One warm-up,
 * then `runs` runs. Target: at most 50 ms.
 */
import type { Page } from "playwright-core";

export const CALENDAR_VIEW = "thought-leadership-calendar";

/** Drafts of the bench vault published, and planned (not published). */
export const PUBLISHED_DRAFTS = 5_000;
export const PLANNED_DRAFTS = 3_000;

const DAY = 86_400_000;

function isoDay(time: number): string {
	const day = new Date(time);
	return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
}

/**
 * The dates of the bench vault's `n`th draft (of 10,000), around `now`: one in two published on a day of the
 * last year, three in ten planned on a day of the six months before or after today (the past ones overdue).
 */
export function benchDraftDates(n: number, now: number): { published: string | null; planned: string | null } {
	if (n % 2 === 0) return { published: isoDay(now - ((n * 37) % 365) * DAY), planned: null };
	if ([1, 3, 5].includes(n % 10)) return { published: null, planned: isoDay(now + (((n * 53) % 361) - 180) * DAY) };
	return { published: null, planned: null };
}

type Until = (page: Page, check: (arg: string) => Promise<boolean>, arg: string, what: string, timeoutMs?: number) => Promise<void>;

/** The scripting times (ms) of `runs` full renders of a month of the calendar. */
export async function measureCalendarInPage(page: Page, until: Until, runs: number): Promise<number[]> {
	await page.evaluate(async (type) => {
		const leaf = window.preview!.app.workspace.getLeaf("tab");
		await leaf.setViewState({ type, active: true, state: { mode: "month", day: null } });
	}, CALENDAR_VIEW);
	await until(page, async (type) => document.querySelectorAll(`.mod-root .workspace-leaf-content[data-type="${type}"] .tls-cal-month .tls-cal-more`).length > 20, CALENDAR_VIEW, "the calendar shows a month full of drafts", 60_000);
	const times: number[] = [];
	for (let run = -1; run < runs; run++) {
		const button = run % 2 === 0 ? "tls-cal-prev" : "tls-cal-next";
		const ms = await page.evaluate(
			({ type, cls }) => {
				const root = document.querySelector(`.mod-root .workspace-leaf-content[data-type="${type}"]`);
				const click = root?.querySelector<HTMLElement>(`.${cls}`);
				if (!root || !click) throw new Error(`no ${cls} button in the calendar`);
				const start = performance.now();
				click.click();
				const shown = root.querySelectorAll(".tls-cal-month .tls-cal-entry").length;
				const elapsed = performance.now() - start;
				if (shown === 0) throw new Error("the calendar shows no draft after the re-render");
				return elapsed;
			},
			{ type: CALENDAR_VIEW, cls: button },
		);
		await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
		if (run >= 0) times.push(ms);
	}
	return times;
}
