/**
 * The editorial calendar in Chromium over the real plugin, in French, with a rhythm (LinkedIn three a week,
 * the newsletter once) and the writer's date format DD/MM/YYYY: two drafts planned from the palette (a date
 * typed in that format, then a free day of the channel), one dragged to another day of the month, its
 * `planned` line read back from the note. Screenshots of the month and the week with its rhythm, light and
 * dark, then of the week at a phone's width in the right drawer, where every control is a 44 px target.
 */
import { format } from "date-fns";
import { cleanUpAfterTests, dismissNotices as dismissIn, makeTestVault, propertiesOf, runFromPalette, shootInBothThemes, startSession, until, type Session } from "./browser";
import { CALENDAR, calendarEntry, dayOf as dayIn, dragDraftTo, iso, planDraft, readFile as readIn, typed } from "./calendar-page";

const PHONE = { width: 390, height: 844 };
const TOUCH_TARGET = 44;

const POST_PATH = "Brouillons/Raconter l'échec avant la méthode — Post LinkedIn.md";
const THREAD_PATH = "Brouillons/Quinze minutes avant les mails — Thread X.md";

function draft(idea: string, formatKey: string, channel: string, extra: string): string {
	return `---\ntype: draft\nidea: "[[${idea}]]"\nformat: ${formatKey}\nchannel: ${channel}\n${extra}\ncreated: 2025-01-10T09:00\n---\n# ${idea}\n\nLe texte du brouillon.\n`;
}

/** Drafts around today: a post published two days ago, one planned three days ago and not published, a newsletter in three days. */
const EXTRA: Record<string, string> = {
	".obsidian/plugins/thought-leadership-studio/data.json": JSON.stringify({ rhythm: { LinkedIn: 3, Newsletter: 1 }, dateFormat: "dd/MM/yyyy HH:mm" }),
	"Brouillons/L'expertise invisible — Post LinkedIn.md": draft("L'expertise invisible", "linkedin-post", "LinkedIn", `status: published\npublished: ${iso(-2)}`),
	"Brouillons/Trois méthodes pour trouver des idées — Post LinkedIn.md": draft("Trois méthodes pour trouver des idées", "linkedin-post", "LinkedIn", `status: draft\nplanned: ${iso(-3)}`),
	"Brouillons/Avant le livre cinquante articles — Numéro de newsletter.md": draft("Avant le livre cinquante articles", "newsletter-issue", "Newsletter", `status: draft\nplanned: ${iso(3)}T08:30`),
};

let vault: string;
let session: Session;
cleanUpAfterTests(() => ({ session, vault }));

const readFile = (path: string): Promise<string> => readIn(session, path);
const entry = (path: string) => calendarEntry(session, path);
const dayOf = (path: string): Promise<string | null> => dayIn(session, path);
const plan = (path: string, pick: Parameters<typeof planDraft>[2]): Promise<void> => planDraft(session, path, pick);
const dragTo = (path: string, day: string): Promise<"mouse" | "events"> => dragDraftTo(session, path, day);
const dismissNotices = (): Promise<void> => dismissIn(session);

describe("the editorial calendar, in French", () => {
	beforeAll(async () => {
		vault = makeTestVault(EXTRA);
		session = await startSession({ vault, viewport: { width: 1680, height: 1000 } });
		await session.open("?lang=fr");
		await session.page.evaluate(() => window.preview!.indexed());
	});

	test("plans a draft for a date typed in the writer's format, writing ISO below its status and nothing else", async () => {
		const before = await readFile(POST_PATH);
		await plan(POST_PATH, async (dialog) => {
			await expect(dialog.locator(".tls-plan-free-label").textContent()).resolves.toBe("Prochains jours libres sur LinkedIn");
			await expect(dialog.locator(".tls-plan-free-day").count()).resolves.toBe(5);
			await dialog.locator("input.tls-plan-date").fill("30/02/2025");
			await dialog.locator("button", { hasText: /^Planifier$/ }).click();
			await expect(dialog.locator("[role=alert]").textContent()).resolves.toBe("30/02/2025 n'est pas un jour du calendrier (pas de 30 février, pas de mois 13). Rien n'a été écrit.");
			await dialog.locator("input.tls-plan-date").fill(typed(1));
			await shootInBothThemes(session, "calendar-plan-fr");
		});
		await until(async () => propertiesOf(await readFile(POST_PATH)).planned === iso(1), "the post is planned for tomorrow");
		expect(await readFile(POST_PATH)).toBe(before.replace("status: draft\n", `status: draft\nplanned: ${iso(1)}\n`));
		await expect(session.page.evaluate(() => window.preview!.notices())).resolves.toContainEqual(expect.stringContaining("planifié le"));
	});

	test("plans a second draft on the first free day of its channel, offered in the dialog", async () => {
		let offered = "";
		await plan(THREAD_PATH, async (dialog) => {
			const first = dialog.locator(".tls-plan-free-day").first();
			offered = (await first.getAttribute("data-day")) ?? "";
			await first.click();
			await expect(dialog.locator("input.tls-plan-date").inputValue()).resolves.toBe(format(new Date(`${offered}T12:00`), "dd/MM/yyyy"));
		});
		expect(offered).toBe(iso(0));
		await until(async () => propertiesOf(await readFile(THREAD_PATH)).planned === offered, "the thread is planned for the day offered");
	});

	test("shows both in the month, and a drag to another day changes the note's planned line alone", async () => {
		const { page } = session;
		await dismissNotices();
		await runFromPalette(session, "Ouvrir le calendrier éditorial");
		await page.locator(`.mod-root ${CALENDAR} .tls-cal-month`).waitFor();
		await until(async () => (await entry(POST_PATH).count()) === 1 && (await entry(THREAD_PATH).count()) === 1, "both planned drafts show in the month");
		expect(await dayOf(POST_PATH)).toBe(iso(1));
		await expect(entry(POST_PATH).getAttribute("aria-label")).resolves.toMatch(/^Post LinkedIn\u00a0: Raconter l'échec avant la méthode, planifié le /);
		await expect(entry("Brouillons/Trois méthodes pour trouver des idées — Post LinkedIn.md").getAttribute("class")).resolves.toContain("is-overdue");

		const days = await page.locator(`${CALENDAR} .tls-cal-day[data-day]`).evaluateAll((els) => els.map((el) => el.getAttribute("data-day")));
		const target = days.includes(iso(8)) ? iso(8) : iso(-6);
		const before = await readFile(POST_PATH);
		const how = await dragTo(POST_PATH, target);
		expect(await readFile(POST_PATH)).toBe(before.replace(`planned: ${iso(1)}\n`, `planned: ${target}\n`));
		await until(async () => (await dayOf(POST_PATH)) === target, "the draft shows on its new day");
		await expect(page.evaluate(() => window.preview!.notices())).resolves.toContainEqual(expect.stringContaining("planifié le"));
		// Say which way the drag went, so a fallback to dispatched events does not go unnoticed.
		expect(how).toBe("mouse");
	});

	test("the month and the week with its rhythm, in light and dark", async () => {
		const { page } = session;
		await dismissNotices();
		await shootInBothThemes(session, "calendar-month-fr");
		await page.locator(`${CALENDAR} .tls-cal-mode[data-mode="week"]`).click();
		await page.locator(`${CALENDAR} .tls-cal-week`).waitFor();
		await expect(page.locator(`${CALENDAR} .tls-cal-rhythm-line`).evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")))).resolves.toEqual([
			expect.stringMatching(/^LinkedIn\u00a0: \d sur 3 cette semaine$/),
			expect.stringMatching(/^Newsletter\u00a0: \d sur 1 cette semaine$/),
		]);
		// The week after, every slot of the rhythm is still to come.
		if ((await page.locator(`${CALENDAR} .tls-cal-slot`).count()) === 0) await page.locator(`${CALENDAR} .tls-cal-next`).click();
		await until(async () => (await page.locator(`${CALENDAR} .tls-cal-slot`).count()) > 0, "the week offers a + slot");
		await shootInBothThemes(session, "calendar-week-fr");
		// The compact week of the side panel, beside the month.
		await page.locator(`${CALENDAR} .tls-cal-mode[data-mode="month"]`).click();
		await expect(page.evaluate((id) => window.preview!.runCommand(id), "open-calendar-week")).resolves.toBe(true);
		await page.locator(`.mod-right-split ${CALENDAR} .tls-cal-week`).waitFor();
		await session.screenshot("calendar-side-fr-light");
	});
});

describe("the week at a phone's width", () => {
	beforeAll(async () => {
		await session.close();
		session = await startSession({ vault, viewport: PHONE, touch: true });
		await session.open("?mobile=1&lang=fr");
		await session.page.evaluate(() => window.preview!.indexed());
	});

	test("opens in the right drawer, stacked a day a row, every control a 44 px target", async () => {
		const { page } = session;
		await expect(page.evaluate((id) => window.preview!.runCommand(id), "open-calendar-week")).resolves.toBe(true);
		const drawer = page.locator(".workspace-drawer.mod-right");
		await drawer.locator(`${CALENDAR} .tls-cal-week`).waitFor({ state: "visible" });
		const small = await page.locator(`${CALENDAR} .tls-cal-nav-button, ${CALENDAR} .tls-cal-mode, ${CALENDAR} .tls-cal-entry, ${CALENDAR} .tls-cal-entry-menu, ${CALENDAR} .tls-cal-slot`).evaluateAll((els, min) =>
			els
				.filter((el) => el.getClientRects().length > 0)
				.map((el) => ({ name: `${el.className} ${el.getAttribute("aria-label") ?? el.textContent ?? ""}`.slice(0, 80), rect: el.getBoundingClientRect() }))
				.filter(({ rect }) => rect.height < min || rect.width < min)
				.map(({ name, rect }) => `${name}: ${Math.round(rect.width)}×${Math.round(rect.height)}`),
		TOUCH_TARGET);
		expect(small).toEqual([]);
		await shootInBothThemes(session, "calendar-week-phone-fr");
		await page.locator(`${CALENDAR} .tls-cal-next`).tap();
		await until(async () => (await page.locator(`${CALENDAR} .tls-cal-slot`).count()) > 0, "next week offers its + slots");
		await session.screenshot("calendar-week-phone-next-fr-light");
	});
});
