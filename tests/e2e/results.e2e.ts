/**
 * Ready to paste and results, in Chromium over the real plugin, in French: a LinkedIn draft of the demo
 * vault copied from the palette and read back from the browser's clipboard (no properties, no template
 * headings, the writer's words as typed), its count in the status bar; its results recorded in the dialog
 * and written as numbers; an export's rows previewed in Import results. Screenshots of the record dialog
 * and the import preview, light and dark.
 */
import { cleanUpAfterTests, makeTestVault, propertiesOf, runFromPalette as runFromPaletteIn, shootInBothThemes, startSession, until, type Session } from "./browser";

const POST = "Brouillons/Quinze minutes avant les mails — Post LinkedIn.md";
const OTHER = "Brouillons/Le thought leadership n'est pas du marketing en mieux, c'est un autre métier — Post LinkedIn.md";
const NBSP = "\u00a0";

const EXPORT = [
	"Post URL;Post publish date;Impressions;Réactions;Commentaires;Reposts;Engagement rate",
	"https://www.linkedin.com/feed/update/urn:li:activity:7198437561287655424/;21/05/2024;4 210;87;12;5;3,1 %",
	"https://www.linkedin.com/posts/moi_activity-7193512248765431808-x1y2;07/05/2024;2 950;40;6;2;2,0 %",
	";14/05/2024;1 020;11;1;0;1,2 %",
	";21/05/2024;beaucoup;3;0;0;0 %",
].join("\n");

let vault: string;
let session: Session;
cleanUpAfterTests(() => ({ session, vault }));

const readFile = (path: string): Promise<string> => session.page.evaluate((p) => window.preview!.readFile(p), path);
const runFromPalette = (name: string): Promise<void> => runFromPaletteIn(session, name);

beforeAll(async () => {
	vault = makeTestVault();
	session = await startSession({ vault });
	await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: session.server.url });
	await session.open("?lang=fr");
	await session.page.evaluate(() => window.preview!.indexed());
});

describe("ready to paste and results, in French", () => {
	test("Copier le texte du post puts the LinkedIn post on the clipboard as LinkedIn takes it, and the status bar counts it", async () => {
		const { page } = session;
		await page.evaluate((p) => window.preview!.openFile(p), POST);
		const status = page.locator(".status-bar .tls-post-count");
		await until(async () => ((await status.textContent()) ?? "").includes("caractères"), "the status bar counts the draft");
		await expect(status.textContent()).resolves.toMatch(/^\d[\d\u202f]* \/ 3\u202f000 caractères · accroche avant «\u00a0…voir plus\u00a0»$/);
		await runFromPalette("Copier le texte du post");
		await until(async () => (await page.evaluate(() => window.preview!.notices())).some((n) => n.startsWith("Copié pour LinkedIn")), "the copy Notice shows");
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied.startsWith("J'ai écrit tous les matins pendant six mois.\nJe n'ai publié qu'un texte sur cinq.\n")).toBe(true);
		expect(copied).toContain("\n\nEn novembre, je me suis donné une règle : quinze minutes d'écriture avant d'ouvrir mes mails.\n");
		expect(copied.endsWith("Et vous, vous écrivez avant ou après vos mails ?\n\n#écriture #expertise #routine")).toBe(true);
		expect(copied).not.toMatch(/^#+ |^---|type: draft|Quinze minutes avant les mails$|Accroche|Histoire/m);
	});

	test("Noter les résultats writes every figure as a number, with the day read, in one edit", async () => {
		const { page } = session;
		await page.evaluate((p) => window.preview!.openFile(p), POST);
		await runFromPalette("Noter les résultats");
		const dialog = page.locator(".modal.mod-tls-results, .modal:has(.tls-results)");
		await dialog.locator('input[data-metric="impressions"]').waitFor();
		await expect(dialog.locator(".modal-title").textContent()).resolves.toBe(`Résultats de «${NBSP}Quinze minutes avant les mails — Post LinkedIn${NBSP}»`);
		await dialog.locator('input[data-metric="impressions"]').fill("4 210");
		await dialog.locator('input[data-metric="reactions"]').fill("87");
		await dialog.locator('input[data-metric="comments"]').fill("12");
		await dialog.locator("input.tls-results-date").fill("2024-05-28");
		await shootInBothThemes(session, "results-record-fr");
		await dialog.locator("button", { hasText: "Enregistrer" }).click();
		await until(async () => propertiesOf(await readFile(POST))["results-read"] === "2024-05-28", "the results are written");
		const text = await readFile(POST);
		expect(propertiesOf(text)).toMatchObject({ impressions: 4210, reactions: 87, comments: 12, "results-read": "2024-05-28", status: "published" });
		expect(text).toContain("published: 2024-05-21\nimpressions: 4210\nreactions: 87\ncomments: 12\nresults-read: 2024-05-28\n---\n# Quinze minutes avant les mails\n");
	});

	test("Importer des résultats previews an export's rows before writing anything", async () => {
		const { page } = session;
		const before = await readFile(OTHER);
		await runFromPalette("Importer des résultats");
		const dialog = page.locator(".modal:has(.tls-import)");
		await dialog.locator("textarea.tls-import-csv").fill(EXPORT);
		await dialog.locator("button.tls-import-read").click();
		await expect(dialog.locator(".tls-import-problem").textContent()).resolves.toBe(`Ligne 1, colonne «${NBSP}Engagement rate${NBSP}»${NBSP}: choisissez ce qu'elle contient, ou Ignorer. Rien ne peut être importé d'ici là.`);
		await dialog.locator("button.tls-import-ignore-others").click();
		await dialog.locator(".tls-import-matched li").first().waitFor();
		await expect(dialog.locator(".tls-import-matched li").allTextContents()).resolves.toEqual([
			`Ligne 2 → Quinze minutes avant les mails — Post LinkedIn, par adresse${NBSP}: Impressions 4\u202f210, Réactions 87, Commentaires 12, Partages 5`,
			`Ligne 3 → Le thought leadership n'est pas du marketing en mieux, c'est un autre métier —…, par adresse${NBSP}: Impressions 2\u202f950, Réactions 40, Commentaires 6, Partages 2`,
		]);
		await expect(dialog.locator(".tls-import-refused li").allTextContents()).resolves.toEqual([`Ligne 5, colonne «${NBSP}Impressions${NBSP}»${NBSP}: «${NBSP}beaucoup${NBSP}» n'est pas un chiffre`]);
		await expect(dialog.locator("button.tls-import-submit").textContent()).resolves.toBe("Écrire les résultats de 2 brouillons");
		await dialog.locator(".tls-import-preview").scrollIntoViewIfNeeded();
		await shootInBothThemes(session, "results-import-fr");
		expect(await readFile(OTHER)).toBe(before);
		await dialog.locator("button.tls-import-submit").click();
		await until(async () => propertiesOf(await readFile(OTHER)).impressions === 2950, "the import is written");
	});
});
