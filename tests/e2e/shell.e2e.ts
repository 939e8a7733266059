/**
 * The preview's shell, checked with a fixture plugin (fixtures/shell-plugin.ts): views into the right
 * sidebar, the ribbon, the palette and each kind of command, editor commands over the open note,
 * typing that goes through the vault, modals, menus, notices, plugin data, and the download of changed
 * notes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanUpAfterTests, makeTestVault, ROOT, startSession, until, type Session } from "./browser";

const NOTE = "Journal/2024-02-22.md";
let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault();
	session = await startSession({ vault, pluginEntry: join(ROOT, "tests", "e2e", "fixtures", "shell-plugin.ts") });
	await session.open(`?file=${encodeURIComponent(NOTE)}`);
});

cleanUpAfterTests(() => ({ session, vault }));

test("the layout is ready after the plugin loaded, and its data is kept in memory", async () => {
	const { page } = session;
	await expect(page.locator("body.fixture-layout-ready").count()).resolves.toBe(1);
	await expect(page.evaluate(() => window.preview!.pluginData())).resolves.toEqual({ loads: 1 });
	await expect(page.evaluate(() => window.preview!.activeFile())).resolves.toBe(NOTE);
});

test("the ribbon icon opens the view in the right sidebar, once", async () => {
	const { page } = session;
	const ribbon = page.locator('.side-dock-ribbon-action[aria-label="Open the fixture view"]');
	await ribbon.click();
	await ribbon.click();
	const view = page.locator('.mod-right-split .workspace-leaf-content[data-type="shell-fixture-view"]');
	await view.locator(".fixture-file").first().waitFor();
	await expect(view.count()).resolves.toBe(1);
	await expect(view.locator(".view-header-title").textContent()).resolves.toBe("Fixture view");
	// As in Obsidian, the content element is the second child of the view's container.
	await expect(view.evaluate((el) => el.children[1]?.className)).resolves.toContain("view-content");
});

test("the palette filters, runs check-callback commands, and closes with Escape", async () => {
	const { page } = session;
	await page.keyboard.press("Control+p");
	const palette = page.locator(".preview-command-palette");
	await page.keyboard.type("only note");
	await expect(palette.locator(".suggestion-item").count()).resolves.toBe(1);
	await page.keyboard.press("Enter");
	await page.locator(".notice", { hasText: `Active: ${NOTE}` }).waitFor();
	await page.keyboard.press("Control+p");
	await palette.waitFor();
	await page.keyboard.press("Escape");
	await expect(palette.count()).resolves.toBe(0);
});

test("an editor command works on the selection of the open note and saves through the vault", async () => {
	const { page } = session;
	const before = await page.evaluate((path) => window.preview!.readFile(path), NOTE);
	const word = "Idées de posts";
	const at = before.indexOf(word);
	expect(at).toBeGreaterThan(0);
	await page.evaluate(([from, to]) => window.preview!.setSelection(from!, to), [at, at + word.length]);
	await page.keyboard.press("Control+p");
	await page.keyboard.type("wrap the selection");
	await page.keyboard.press("Enter");
	const read = (): Promise<string> => page.evaluate((path) => window.preview!.readFile(path), NOTE);
	await until(async () => (await read()).includes(`[[${word}]]`), "the wrapped selection is saved");
	await expect(page.locator("textarea.preview-note-text").first().inputValue()).resolves.toContain(`[[${word}]]`);
	await expect(page.locator(".fixture-modify-count").textContent()).resolves.not.toBe("modify events: 0");
});

test("typing in the note goes through vault.modify", async () => {
	const { page } = session;
	const textarea = page.locator("textarea.preview-note-text").first();
	await textarea.click();
	await page.keyboard.press("Control+End");
	await page.keyboard.type("\nUne ligne tapée.");
	await until(async () => (await page.evaluate((path) => window.preview!.readFile(path), NOTE)).includes("Une ligne tapée."), "the typed line is saved");
	await expect(page.evaluate(() => window.preview!.changedFiles())).resolves.toEqual([NOTE]);
	await page.locator(".nav-file-title", { hasText: "2024-02-22" }).locator(".preview-changed-dot").waitFor();
});

test("modals, notices with buttons, and menus appear and work", async () => {
	const { page } = session;
	await page.evaluate(() => window.preview!.runCommand("ask"));
	const modal = page.locator(".modal-container .modal", { hasText: "Fixture modal" });
	await modal.locator(".modal-title").waitFor();
	await page.locator(".fixture-input").fill("bonjour");
	await page.locator(".fixture-input").press("Enter");
	await expect(modal.count()).resolves.toBe(0);
	await page.locator(".notice", { hasText: "Saved: bonjour" }).locator(".fixture-notice-button").click();
	await expect(page.locator("body.fixture-notice-clicked").count()).resolves.toBe(1);

	const file = page.locator(".fixture-file").first();
	await file.click({ button: "right" });
	const menu = page.locator(".menu");
	await expect(menu.locator(".menu-item").count()).resolves.toBe(2);
	await expect(menu.locator(".menu-item.is-disabled").count()).resolves.toBe(1);
	await menu.locator(".menu-item", { hasText: "Mark" }).click();
	await expect(menu.count()).resolves.toBe(0);
	await expect(file.getAttribute("class")).resolves.toContain("is-marked");
});

test("the changed notes download as one .md file", async () => {
	const { page } = session;
	const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".preview-download").click()]);
	expect(download.suggestedFilename()).toBe("2024-02-22.md");
	const path = await download.path();
	expect(readFileSync(path, "utf8")).toContain("Une ligne tapée.");
	await session.screenshot("shell-fixture");
});
