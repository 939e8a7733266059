/**
 * The settings tab in Chromium, over the real plugin in the preview, in French: stages edited as
 * rows (move, refuse a repeated value), the date format typed with Obsidian's tokens and its live
 * example, and screenshots in light, dark and at phone width.
 */
import { cleanUpAfterTests, makeTestVault, startSession, until, type Session } from "./browser";

interface SavedSettings {
	dateFormat: string;
	stages: { key: string; labels: { en: string; fr: string } }[];
}

let session: Session | undefined;
let vault: string | undefined;

async function openSettings(s: Session): Promise<void> {
	await s.page.click('.side-dock-ribbon-action[aria-label="Settings"]');
	await s.page.waitForSelector(".tls-stage-list");
}

async function saved(s: Session): Promise<SavedSettings | null> {
	return (await s.page.evaluate(() => window.preview?.pluginData())) as SavedSettings | null;
}

beforeAll(async () => {
	vault = makeTestVault();
	session = await startSession({ vault });
});

cleanUpAfterTests(() => ({ session, vault }));

describe("the settings tab in Chromium", () => {
	it("moves a stage with its button and refuses a repeated value with a French message", async () => {
		const s = session!;
		await s.open("?lang=fr&theme=light");
		await openSettings(s);
		await s.page.click('button[aria-label="Descendre l\'étape 1"]');
		await until(async () => (await saved(s))?.stages[0]?.key === "spark", "the new order is saved");
		const value = s.page.locator('input[aria-label="Valeur enregistrée, étape 3"]');
		await value.fill("spark");
		await until(async () => ((await s.page.textContent(".tls-stage-list [role=status]")) ?? "").includes("«\u00a0spark\u00a0»"), "the duplicate is refused");
		expect((await saved(s))?.stages.map((stage) => stage.key)).toEqual(["spark", "think", "invest", "re-invest"]);
		await s.screenshot("settings-fr-light");
	});

	it("takes a date format in Obsidian's tokens and shows what a new note gets", async () => {
		const s = session!;
		await s.open("?lang=fr&theme=dark");
		await openSettings(s);
		const field = s.page.locator('input[aria-label="Format de date"]');
		expect(await field.inputValue()).toBe("YYYY-MM-DD[T]HH:mm");
		await field.fill("dddd D MMMM YYYY");
		await until(async () => /^Exemple\u00a0: \p{L}+ \d{1,2} \p{L}+ \d{4}$/u.test((await s.page.textContent(".tls-setting-example")) ?? ""), "the example follows the field");
		expect(await s.page.textContent(".tls-setting-example")).toMatch(/^Exemple\u00a0: (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) /);
		await until(async () => (await saved(s))?.dateFormat === "EEEE d MMMM yyyy", "the date-fns pattern is saved");
		await s.page.locator(".tls-setting-note").evaluate((el) => el.scrollIntoView({ block: "center" }));
		await s.screenshot("settings-fr-dark");
		await field.fill("YYYY-MM-DD [T");
		await until(async () => ((await s.page.textContent(".tls-setting-example")) ?? "").startsWith("Un [ n'est pas refermé"), "an unusable format is refused");
		expect((await saved(s))?.dateFormat).toBe("EEEE d MMMM yyyy");
	});

	it("stacks each stage's fields at phone width, its buttons at least 44 px", async () => {
		const s = session!;
		await s.page.setViewportSize({ width: 390, height: 844 });
		await s.open("?lang=fr&theme=light");
		// Obsidian's phone classes, as the app sets them on a phone.
		await s.page.evaluate(() => document.body.classList.add("is-mobile", "is-phone"));
		await openSettings(s);
		await s.page.locator('input[aria-label="Valeur enregistrée, étape 1"]').evaluate((el) => el.scrollIntoView({ block: "start" }));
		const box = await s.page.locator('button[aria-label="Monter l\'étape 2"]').boundingBox();
		expect(box?.height).toBeGreaterThanOrEqual(44);
		const first = await s.page.locator('input[aria-label="Valeur enregistrée, étape 1"]').boundingBox();
		const second = await s.page.locator('input[aria-label="Libellé anglais, étape 1"]').boundingBox();
		expect(second!.y).toBeGreaterThan(first!.y);
		await s.screenshot("settings-fr-phone");
	});
});
