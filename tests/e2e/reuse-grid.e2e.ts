/**
 * The re-use grid in Chromium over the real plugin, in French: opened from the palette in a tab, a cell says
 * the demo vault's LinkedIn post of "Quinze minutes avant les mails" is published and when; a click on the
 * empty Facebook cell of that idea drafts it, and the cell then says so. Screenshots of both grids in a tab,
 * and of the grid at phone width (a list per idea), light and dark.
 */
import { rmSync } from "node:fs";
import { cleanUpAfterTests, makeTestVault, runFromPalette, shootInBothThemes, startSession, until, type Session } from "./browser";

const GRID = `.workspace-leaf-content[data-type="thought-leadership-reuse"]`;
const IDEA = "Idées/Quinze minutes avant les mails.md";
const FACEBOOK = "Brouillons/Quinze minutes avant les mails — Post Facebook.md";

let vault: string;
let session: Session;
cleanUpAfterTests(() => ({ session, vault }));

beforeAll(async () => {
	vault = makeTestVault();
	session = await startSession({ vault, viewport: { width: 1680, height: 900 } });
	await session.open("?lang=fr");
	await session.page.evaluate(() => window.preview!.indexed());
});

function cell(path: string, format: string) {
	return session.page.locator(`.mod-root ${GRID} .tls-reuse-row[data-path="${path}"] td[data-key="${format}"] button`);
}

describe("the re-use grid in a tab", () => {
	it("opens from the palette and says which idea has a draft or a publication in which format, and when", async () => {
		await runFromPalette(session, "Ouvrir la grille de réemploi");
		await session.page.locator(`.mod-root ${GRID} table.tls-reuse-table`).waitFor();
		const linkedin = cell(IDEA, "linkedin-post");
		await expect(linkedin.textContent()).resolves.toBe("Publié · 21 mai 2024");
		await expect(linkedin.getAttribute("aria-label")).resolves.toBe("Quinze minutes avant les mails, Post LinkedIn\u00a0: Publié · 21 mai 2024. L'ouvrir");
		await expect(cell(IDEA, "x-thread").textContent()).resolves.toBe("Brouillon · 28 mai 2024");
		await expect(session.page.locator(`.mod-root ${GRID} thead th`).first().textContent()).resolves.toBe("Idée");
		await shootInBothThemes(session, "reuse-grid-fr-tab");
	});

	it("drafts the idea in the format of an empty cell clicked, and the cell says so once the draft is written", async () => {
		const { page } = session;
		const facebook = cell(IDEA, "facebook-post");
		await expect(facebook.getAttribute("aria-label")).resolves.toBe("Rédiger Quinze minutes avant les mails en Post Facebook");
		await facebook.click();
		await until(async () => (await page.evaluate(() => window.preview!.listFiles())).includes(FACEBOOK), "the draft is written");
		expect(await page.evaluate((p) => window.preview!.readFile(p), FACEBOOK)).toMatch(/^---\ntype: draft\nidea: "\[\[Quinze minutes avant les mails\]\]"\nformat: facebook-post\n/);
		await until(async () => (await page.evaluate(() => window.preview!.activeFile())) === FACEBOOK, "the draft is open");
		await until(async () => /^Brouillon · /.test((await facebook.textContent()) ?? ""), "the cell shows the draft");
	});

	it("shows the brand ideas against the products", async () => {
		const { page } = session;
		await page.evaluate(async () => {
			const leaf = window.preview!.app.workspace.getLeavesOfType("thought-leadership-reuse")[0];
			if (leaf) await window.preview!.app.workspace.revealLeaf(leaf);
		});
		await page.locator(`.mod-root ${GRID} .tls-reuse-grid-button[data-grid="products"]`).click();
		const talk = page.locator(`.mod-root ${GRID} .tls-reuse-row td[data-key="talk"] button`);
		await expect(talk.textContent()).resolves.toMatch(/^Note · /);
		await shootInBothThemes(session, "reuse-products-fr-tab");
	});
});

describe("the re-use grid at phone width", () => {
	let phone: Session;
	let phoneVault: string;

	afterAll(async () => {
		await phone?.close();
		if (phoneVault) rmSync(phoneVault, { recursive: true, force: true });
	});

	it("lists each idea with one line a format, each a target a thumb can hit", async () => {
		phoneVault = makeTestVault();
		phone = await startSession({ vault: phoneVault, viewport: { width: 390, height: 844 }, touch: true });
		await phone.open("?lang=fr&mobile=1");
		await phone.page.evaluate(() => window.preview!.indexed());
		expect(await phone.page.evaluate(() => window.preview!.runCommand("open-reuse-grid"))).toBe(true);
		const row = phone.page.locator(`${GRID} .tls-reuse-row[data-path="${IDEA}"]`);
		await row.waitFor();
		// A list, not a table: the row is as wide as the screen's pane, each cell a line that says its format.
		await expect(row.locator('td[data-key="linkedin-post"]').evaluate((td) => [getComputedStyle(td).display, getComputedStyle(td, "::before").content])).resolves.toEqual(["flex", '"Post LinkedIn"']);
		await expect(phone.page.locator(`${GRID} thead`).isVisible()).resolves.toBe(false);
		const fill = row.locator('td[data-key="facebook-post"] button');
		const box = await fill.boundingBox();
		expect(box?.height).toBeGreaterThanOrEqual(44);
		expect(box?.width).toBeGreaterThanOrEqual(44);
		expect((await row.boundingBox())?.width).toBeLessThanOrEqual(390);
		await shootInBothThemes(phone, "reuse-grid-fr-phone");
		expect(phone.errors).toEqual([]);
	});
});
