/**
 * The writing on the board and in charts, in Chromium, over the real plugin in the preview, in French:
 * draft chips on an idea's card (format, channel, drafted or published) and its published count, a
 * draft opened from its chip, a draft published by editing its properties in the note, and the card
 * and the stats view following; bars and weeks of the stats list their notes, which open on a click.
 * Screenshots of the cards and the stats, light and dark, in a tab and at phone width.
 */
import { format, subDays } from "date-fns";
import type { Locator } from "playwright-core";
import { cleanUpAfterTests, makeTestVault, startSession, until, type Session } from "./browser";

const BOARD = `.workspace-leaf-content[data-type="thought-leadership-pipeline"]`;
const STATS = `.workspace-leaf-content[data-type="thought-leadership-stats"]`;
const NBSP = "\u00a0";

const day = (daysAgo: number): string => format(subDays(new Date(), daysAgo), "yyyy-MM-dd");

const IDEA = "Idées/L'expertise invisible.md";
const POST = "Brouillons/L'expertise invisible — Post LinkedIn.md";
const NEWSLETTER = "Brouillons/L'expertise invisible — Numéro de newsletter.md";
const PAPER = "Brouillons/L'expertise invisible — Livre blanc.md";
const VIDEO_IDEA = "Idées/Trois méthodes pour trouver des idées.md";
const VIDEO = "Brouillons/Trois méthodes — Script de vidéo YouTube.md";
const ORPHAN = "Brouillons/Oser dire non — Thread X.md";

function draft(idea: string, formatKey: string, channel: string, publishedDaysAgo?: number): string {
	const published = publishedDaysAgo === undefined ? [] : [`published: ${day(publishedDaysAgo)}`, "url: https://www.linkedin.com/posts/exemple"];
	return ["---", "type: draft", `idea: "[[${idea}]]"`, `format: ${formatKey}`, `channel: ${channel}`, `status: ${publishedDaysAgo === undefined ? "draft" : "published"}`, `created: ${day(60)}T09:00`, ...published, "---", "Ceux qui savent le plus publient le moins : « pourquoi » ?", ""].join("\n");
}

const NOTES = {
	[POST]: draft("Idées/L'expertise invisible", "linkedin-post", "LinkedIn", 10),
	[NEWSLETTER]: draft("Idées/L'expertise invisible", "newsletter-issue", "Newsletter"),
	[PAPER]: draft("L'expertise invisible", "white-paper", "Website"),
	[VIDEO]: draft("Idées/Trois méthodes pour trouver des idées", "youtube-script", "YouTube", 120),
	// Its idea was renamed since: it is on no card, and it counts in the stats all the same.
	[ORPHAN]: draft("Idées/Oser dire non", "x-thread", "X", 40),
};

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault(NOTES);
	session = await startSession({ vault });
	await session.open("?lang=fr");
	await session.page.evaluate(() => window.preview!.runCommand("open-pipeline-tab"));
	await session.page.locator(`${BOARD} .tls-card[data-path="${IDEA}"] .tls-draft-chip`).first().waitFor();
});

cleanUpAfterTests(() => ({ session, vault }));

function card(path: string): Locator {
	return session.page.locator(`${BOARD} .tls-card[data-path="${path}"]`);
}

async function chips(path: string): Promise<string[]> {
	return card(path)
		.locator(".tls-draft-chip")
		.evaluateAll((els) => els.map((el) => `${el.classList.contains("is-published") ? "publié" : "brouillon"}: ${el.textContent ?? ""}`));
}

async function readFile(path: string): Promise<string> {
	return session.page.evaluate((p) => window.preview!.readFile(p), path);
}

async function statsBars(heading: string): Promise<string[]> {
	const section = session.page.locator(`${STATS} .tls-stats-section`, { has: session.page.locator("h3", { hasText: heading }) });
	return section.locator(".tls-stats-bar").evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""));
}

async function showTab(type: string): Promise<void> {
	await session.page.evaluate((t) => window.preview!.runCommand(t), type);
}

test("a card shows its drafts as chips in French, with the channel, and how many are published", async () => {
	expect(await chips(IDEA)).toEqual(["brouillon: Livre blancSite web", "brouillon: Numéro de newsletter", "publié: Post LinkedIn"]);
	await expect(card(IDEA).locator(".tls-card-published").textContent()).resolves.toBe("1 publié");
	expect(await chips(VIDEO_IDEA)).toEqual(["publié: Script de vidéo YouTube"]);
	await expect(card(IDEA).locator(`.tls-draft-chip[data-path="${POST}"]`).getAttribute("aria-label")).resolves.toBe(`Post LinkedIn, publié sur LinkedIn${NBSP}: l'ouvrir`);
	await card(IDEA).scrollIntoViewIfNeeded();
	await session.screenshot("writing-board-chips-fr-light");
	await session.page.evaluate(() => window.preview!.setTheme("dark"));
	await session.screenshot("writing-board-chips-fr-dark");
	await session.page.evaluate(() => window.preview!.setTheme("light"));
});

test("a click on a chip opens the draft, and Enter on a focused chip too", async () => {
	await card(IDEA).locator(`.tls-draft-chip[data-path="${PAPER}"]`).click();
	await until(async () => (await session.page.evaluate(() => window.preview!.activeFile())) === PAPER, "the white paper's draft is the active note");
	await showTab("open-pipeline-tab");
	await card(IDEA).locator(`.tls-draft-chip[data-path="${POST}"]`).focus();
	await session.page.keyboard.press("Enter");
	await until(async () => (await session.page.evaluate(() => window.preview!.activeFile())) === POST, "the LinkedIn post's draft is the active note");
});

test("the stats count every draft, and publishing one by editing its properties changes the card and the stats", async () => {
	const { page } = session;
	await showTab("open-stats");
	await page.locator(`${STATS} .tls-stats-week`).first().waitFor();
	// The test's five drafts and the demo vault's seven, three of them published in spring 2024: in the totals, in no period.
	await expect(page.locator(`${STATS} .tls-stats-totals`).textContent()).resolves.toMatch(/12 brouillons, 6 publiés$/);
	expect(await statsBars("Publications par canal")).toEqual([`LinkedIn${NBSP}: 1`, `X${NBSP}: 1`]);
	await page.locator(`${STATS} .tls-stats-period[data-days="365"]`).click();
	expect(await statsBars("Publications par canal")).toEqual([`LinkedIn${NBSP}: 1`, `X${NBSP}: 1`, `YouTube${NBSP}: 1`]);
	await session.screenshot("writing-stats-fr-light");
	await page.evaluate(() => window.preview!.setTheme("dark"));
	await session.screenshot("writing-stats-fr-dark");
	await page.locator(`${STATS} .tls-stats-calendar`).scrollIntoViewIfNeeded();
	await session.screenshot("writing-stats-calendar-fr-dark");
	await page.evaluate(() => window.preview!.setTheme("light"));
	await session.screenshot("writing-stats-calendar-fr-light");

	// Publish the newsletter issue as a writer would: in the note's text, its properties.
	await page.evaluate((path) => window.preview!.openFile(path, true), NEWSLETTER);
	const textarea = page.locator("textarea.preview-note-text:visible").first();
	const text = await textarea.inputValue();
	await textarea.fill(text.replace("status: draft", `status: published\npublished: ${day(2)}`));
	await until(async () => (await readFile(NEWSLETTER)).includes("status: published"), "the edited properties are saved");

	await showTab("open-stats");
	await until(async () => (await statsBars("Publications par canal")).includes(`Newsletter${NBSP}: 1`), "the stats count the new publication");
	await expect(page.locator(`${STATS} .tls-stats-totals`).textContent()).resolves.toMatch(/12 brouillons, 7 publiés$/);
	await showTab("open-pipeline-tab");
	await until(async () => (await card(IDEA).locator(".tls-card-published").textContent()) === "2 publiés", "the card counts two published pieces");
	expect(await chips(IDEA)).toEqual(["brouillon: Livre blancSite web", "publié: Numéro de newsletter", "publié: Post LinkedIn"]);
});

test("a bar and a week of the stats list their notes, and a click opens one", async () => {
	const { page } = session;
	// The newsletter issue published two days ago, as the test above leaves it, whether it ran or not.
	await page.evaluate(({ path, text }) => window.preview!.writeFile(path, text), { path: NEWSLETTER, text: draft("Idées/L'expertise invisible", "newsletter-issue", "Newsletter", 2) });
	await showTab("open-stats");
	// The test's LinkedIn post and the demo vault's three.
	const bar = page.locator(`${STATS} .tls-stats-bar[aria-label="Post LinkedIn${NBSP}: 4"]`);
	await bar.click();
	const list = page.locator(`${STATS} .tls-stats-list`);
	await expect(list.locator(".tls-stats-note").allTextContents()).resolves.toEqual([
		"L'expertise invisible — Post LinkedIn",
		"Le thought leadership n'est pas du marketing en mieux, c'est un autre métier — Post LinkedIn",
		"Quinze minutes avant les mails — Post LinkedIn",
		"Raconter l'échec avant la méthode — Post LinkedIn",
	]);
	const week = page.locator(`${STATS} .tls-stats-week[role="button"]`).last();
	await week.focus();
	await page.keyboard.press("Enter");
	await expect(list.locator(".tls-stats-note").allTextContents()).resolves.toEqual(["L'expertise invisible — Numéro de newsletter"]);
	await list.locator(".tls-stats-note").first().click();
	await until(async () => (await page.evaluate(() => window.preview!.activeFile())) === NEWSLETTER, "the listed note is open");
});

test("at phone width, chips are touch targets and the stats fit the screen", async () => {
	const { page } = session;
	await page.setViewportSize({ width: 390, height: 844 });
	await session.open("?mobile=1&lang=fr");
	await showTab("open-pipeline-tab");
	const chip = page.locator(`${BOARD} .tls-card[data-path="${IDEA}"] .tls-draft-chip`).first();
	await chip.waitFor();
	await chip.scrollIntoViewIfNeeded();
	const box = await chip.boundingBox();
	expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
	await session.screenshot("writing-phone-board-chips-fr-light");
	await page.evaluate(() => window.preview!.setTheme("dark"));
	await session.screenshot("writing-phone-board-chips-fr-dark");
	await page.evaluate(() => window.preview!.setTheme("light"));
	await showTab("open-stats");
	await page.locator(`${STATS} .tls-stats-week`).first().waitFor();
	// The year scrolls sideways in a strip as wide as the screen, its squares wide enough to tap, the latest week in view.
	const wrap = page.locator(`${STATS} .tls-stats-calendar-wrap`);
	expect((await wrap.boundingBox())?.width ?? 1000).toBeLessThanOrEqual(390);
	expect((await page.locator(`${STATS} .tls-stats-week`).first().boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(10);
	await until(async () => (await wrap.evaluate((el) => el.scrollLeft)) > 0, "the calendar shows its latest weeks");
	const bar = await page.locator(`${STATS} .tls-stats-bar .tls-stats-hit`).first().boundingBox();
	expect(bar?.height ?? 0).toBeGreaterThanOrEqual(44);
	await session.screenshot("writing-phone-stats-fr-light");
	await page.evaluate(() => window.preview!.setTheme("dark"));
	await session.screenshot("writing-phone-stats-fr-dark");
	await page.locator(`${STATS} .tls-stats-calendar`).scrollIntoViewIfNeeded();
	await session.screenshot("writing-phone-stats-calendar-fr-dark");
});
