/**
 * The writer's week in Chromium over the real plugin, in French, in one go: two drafts planned from the palette,
 * one dragged to another day of the calendar (its `planned` line read back), a LinkedIn draft's text copied and
 * read back from the browser's clipboard, results recorded on a published post, then seen in the stats view's
 * Results and in a ```` ```tls-indicators ```` block of the writer's strategy.
 */
import { cleanUpAfterTests, dismissNotices, makeTestVault, propertiesOf, runFromPalette, shootInBothThemes, startSession, until, type Session } from "./browser";
import { CALENDAR, calendarEntry, dayOf, dragDraftTo, iso, planDraft, readFile, typed } from "./calendar-page";

const STATS = `.workspace-leaf-content[data-type="thought-leadership-stats"]`;
const NNBSP = "\u202f";

const POST = "Brouillons/Raconter l'échec avant la méthode — Post LinkedIn.md";
const THREAD = "Brouillons/Quinze minutes avant les mails — Thread X.md";
const PUBLISHED = "Brouillons/Quinze minutes avant les mails — Post LinkedIn.md";
const INDICATORS = "Stratégie/Mes indicateurs : « ce qui a marché ».md";

const EXTRA: Record<string, string> = {
	".obsidian/plugins/thought-leadership-studio/data.json": JSON.stringify({ rhythm: { LinkedIn: 3 }, dateFormat: "dd/MM/yyyy HH:mm" }),
	[INDICATORS]: "# Les indicateurs de performance\n\nCe que LinkedIn m'a rendu, depuis le début :\n\n```tls-indicators\npériode: tout\ncanal: LinkedIn\n```\n\nÀ relire chaque mois.\n",
};

let vault: string;
let session: Session;
cleanUpAfterTests(() => ({ session, vault }));

beforeAll(async () => {
	vault = makeTestVault(EXTRA);
	session = await startSession({ vault, viewport: { width: 1680, height: 1000 } });
	await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: session.server.url });
	await session.open("?lang=fr");
	await session.page.evaluate(() => window.preview!.indexed());
});

test("plans two drafts, moves one in the calendar, copies a post, records its results and finds them in the stats and the strategy", async () => {
	const { page } = session;

	// Plan: a date typed in the writer's format, then the first free day the dialog offers.
	await planDraft(session, POST, async (dialog) => {
		await dialog.locator("input.tls-plan-date").fill(typed(2));
	});
	await until(async () => propertiesOf(await readFile(session, POST)).planned === iso(2), "the post is planned in two days");
	await planDraft(session, THREAD, async (dialog) => {
		await dialog.locator(".tls-plan-free-day").first().click();
	});
	await until(async () => typeof propertiesOf(await readFile(session, THREAD)).planned === "string", "the thread is planned");

	// The calendar shows both; a drag moves the post, and its planned line alone changes.
	await dismissNotices(session);
	await runFromPalette(session, "Ouvrir le calendrier éditorial");
	await page.locator(`.mod-root ${CALENDAR} .tls-cal-month`).waitFor();
	await until(async () => (await calendarEntry(session, POST).count()) === 1 && (await calendarEntry(session, THREAD).count()) === 1, "both planned drafts show in the month");
	expect(await dayOf(session, POST)).toBe(iso(2));
	const days = await page.locator(`${CALENDAR} .tls-cal-day[data-day]`).evaluateAll((els) => els.map((el) => el.getAttribute("data-day")));
	const target = days.includes(iso(9)) ? iso(9) : iso(-5);
	const before = await readFile(session, POST);
	const how = await dragDraftTo(session, POST, target);
	expect(await readFile(session, POST)).toBe(before.replace(`planned: ${iso(2)}\n`, `planned: ${target}\n`));
	await until(async () => (await dayOf(session, POST)) === target, "the post shows on its new day");
	expect(how).toBe("mouse");

	// Ready to paste: the published LinkedIn post as LinkedIn takes it, read back from the clipboard.
	await dismissNotices(session);
	await page.evaluate((p) => window.preview!.openFile(p), PUBLISHED);
	await runFromPalette(session, "Copier le texte du post");
	await until(async () => (await page.evaluate(() => window.preview!.notices())).some((n) => n.startsWith("Copié pour LinkedIn")), "the copy Notice shows");
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied.startsWith("J'ai écrit tous les matins pendant six mois.\n")).toBe(true);
	expect(copied).not.toMatch(/^#+ |^---|type: draft|Accroche/m);

	// Results recorded on the published post, in one edit.
	await runFromPalette(session, "Noter les résultats");
	const dialog = page.locator(".modal:has(.tls-results)");
	await dialog.locator('input[data-metric="impressions"]').waitFor();
	await dialog.locator('input[data-metric="impressions"]').fill("4 210");
	await dialog.locator('input[data-metric="reactions"]').fill("87");
	await dialog.locator('input[data-metric="comments"]').fill("12");
	await dialog.locator("button", { hasText: "Enregistrer" }).click();
	await until(async () => propertiesOf(await readFile(session, PUBLISHED)).impressions === 4210, "the results are written");

	// The stats view's Results, over all time: the post measured, its impressions, first of the pieces that did best.
	await dismissNotices(session);
	await runFromPalette(session, "Ouvrir les statistiques d'écriture");
	const results = page.locator(`${STATS} .tls-stats-section`, { has: page.locator("h3", { hasText: /^Résultats$/ }) });
	await results.locator('select[data-results="period"]').selectOption("all");
	await until(async () => ((await results.locator(".tls-results-totals").textContent()) ?? "").includes(`4${NNBSP}210`), "the stats show the impressions recorded");
	await expect(results.locator(".tls-results-piece-link").first().textContent()).resolves.toBe("Quinze minutes avant les mails — Post LinkedIn");
	await results.locator("h3").evaluate((el) => el.scrollIntoView({ block: "start" }));
	await shootInBothThemes(session, "stats-results-fr");

	// The strategy's indicators block shows the same figures, live, under the note.
	await page.evaluate((p) => window.preview!.openFile(p), INDICATORS);
	const block = page.locator(".workspace-leaf.mod-active .block-language-tls-indicators");
	await until(async () => ((await block.locator(".tls-results-totals").textContent()) ?? "").includes(`4${NNBSP}210`), "the indicators block shows the impressions");
	await expect(block.locator(".tls-indicators-scope").textContent()).resolves.toBe("Depuis le début · LinkedIn");
	await expect(block.locator(".tls-results-piece-link").first().textContent()).resolves.toBe("Quinze minutes avant les mails — Post LinkedIn");
	await shootInBothThemes(session, "indicators-block-fr");
});
