/**
 * The weekly review in Chromium over the real plugin and the demo vault, in French: opened from the palette, its
 * stalled ideas each opening their note, saved once as this ISO week's note in « Revues » with wikilinks to the
 * notes it names, and a second save opening that note without writing a byte. Screenshots in a tab, light and
 * dark, then at a phone's width.
 */
import { format } from "date-fns";
import { cleanUpAfterTests, makeTestVault, runFromPalette, shootInBothThemes, startSession, until, type Session } from "./browser";

const REVIEW = `.workspace-leaf-content[data-type="thought-leadership-weekly-review"]`;
const NBSP = "\u00a0";
const WEEK_NOTE = `Revues/${format(new Date(), "RRRR-'W'II")}.md`;

let vault: string;
let session: Session;
cleanUpAfterTests(() => ({ session, vault }));

const readFile = (path: string): Promise<string> => session.page.evaluate((p) => window.preview!.readFile(p), path);
const files = (): Promise<string[]> => session.page.evaluate(() => window.preview!.listFiles());

beforeAll(async () => {
	vault = makeTestVault();
	session = await startSession({ vault, viewport: { width: 1440, height: 1000 } });
	await session.open("?lang=fr");
	await session.page.evaluate(() => window.preview!.indexed());
});

test("the week's review lists the ideas waiting in their stage, each opening its note", async () => {
	const { page } = session;
	await runFromPalette(session, "Ouvrir la revue de la semaine");
	const stalled = page.locator(`.mod-root ${REVIEW} .tls-review-section[data-section="stalled"]`);
	await until(async () => (await stalled.locator(".tls-review-line").count()) > 0, "the review lists stalled ideas");
	await expect(stalled.locator(".tls-review-heading").textContent()).resolves.toMatch(/^Idées en attente \d+$/);
	const domino = stalled.locator(".tls-review-link", { hasText: "Le grand domino : une seule croyance à faire tomber" });
	await expect(domino.count()).resolves.toBe(1);
	const line = stalled.locator(".tls-review-line", { hasText: "Le grand domino : une seule croyance à faire tomber" });
	await expect(line.locator("button.tls-review-draft").textContent()).resolves.toBe("La rédiger");
	await expect(line.locator("button.tls-review-move").getAttribute("aria-label")).resolves.toBe(`Déplacer «${NBSP}Le grand domino : une seule croyance à faire tomber${NBSP}» vers une autre étape`);
	await shootInBothThemes(session, "weekly-review-fr");
	await domino.click();
	await until(async () => ((await page.evaluate(() => window.preview!.activeFile())) ?? "").startsWith("Idées/Le grand domino"), "the idea's note opens");
});

test("Enregistrer cette revue writes the week's note once, and a second save opens it without writing", async () => {
	const { page } = session;
	await runFromPalette(session, "Ouvrir la revue de la semaine");
	await page.locator(`.mod-root ${REVIEW} .tls-review-save`).click();
	await until(async () => (await files()).includes(WEEK_NOTE), `${WEEK_NOTE} is written`);
	const saved = await readFile(WEEK_NOTE);
	expect(saved).toContain("[[Le grand domino");
	expect(saved).toMatch(/^---\n/);
	await page.evaluate(() => window.preview!.openView("thought-leadership-weekly-review"));
	await runFromPalette(session, "Enregistrer la revue de la semaine");
	await until(async () => (await page.evaluate(() => window.preview!.notices())).some((n) => n.includes("existe déjà")), "the second save says the review exists");
	expect(await readFile(WEEK_NOTE)).toBe(saved);
	await expect(page.evaluate(() => window.preview!.activeFile())).resolves.toBe(WEEK_NOTE);
});
