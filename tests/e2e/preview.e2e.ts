/**
 * The preview runs the real plugin (src/main.ts) over a copy of the demo vault in Chromium: the page
 * loads, the plugin's side panel opens and shows the board, the command palette lists and runs the
 * plugin's commands, light and dark screenshots are saved, and a note full of HTML stays text.
 */
import { cleanUpAfterTests, makeTestVault, startSession, type Session } from "./browser";

const PLUGIN_ID = "thought-leadership-studio";
const BOARD = "thought-leadership-pipeline";
const COMMANDS = ["open-pipeline", "capture-idea", "capture-selection", "promote-idea-items", "move-idea-next", "move-idea-previous", "undo-board-move"];

/** A note that tries HTML in its file name, its title, its tags and an idea item. */
const HOSTILE = "<img src=x onerror=window.__pwned=true>";
const HOSTILE_PATH = `Journal/${HOSTILE} piège.md`;
const HOSTILE_NOTE = `---
created: 2024-06-01T10:00
title: "${HOSTILE} titre"
tags:
  - journal
  - "${HOSTILE}"
---
Une note qui essaie d'injecter du HTML. #<b>pas-un-tag</b>

## Idées de posts
- ${HOSTILE} idée piégée
- <script>window.__pwned = true</script> autre idée
`;

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault({ [HOSTILE_PATH]: HOSTILE_NOTE });
	session = await startSession({ vault });
	// Records, from the first byte of every page load, each element that could run a note's HTML: an
	// inline script, an image, any `on…` attribute. Whenever it would run, the element was there first.
	await session.page.addInitScript(() => {
		const seen: string[] = [];
		(window as { __injected?: string[] }).__injected = seen;
		const check = (el: Element): void => {
			const handlers = el.getAttributeNames().filter((name) => name.startsWith("on"));
			if ((el.tagName === "SCRIPT" && !el.hasAttribute("src")) || el.tagName === "IMG" || handlers.length > 0) seen.push(el.outerHTML.slice(0, 80));
		};
		// Runs before the page's scripts, so before Obsidian's `instanceOf` exists: node types instead.
		const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
		new MutationObserver((records) => {
			for (const record of records) {
				if (record.type === "attributes" && isElement(record.target)) check(record.target);
				for (const node of record.addedNodes) {
					if (!isElement(node)) continue;
					check(node);
					node.querySelectorAll("*").forEach(check);
				}
			}
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
});

cleanUpAfterTests(() => ({ session, vault }));

async function boardText(): Promise<string> {
	const board = session.page.locator(`.workspace-leaf-content[data-type="${BOARD}"] .view-content`);
	await board.waitFor({ state: "visible" });
	return board.innerText();
}

test("the page loads the vault and the plugin", async () => {
	const { page } = session;
	await session.open();
	const files = await page.evaluate(() => window.preview!.listFiles());
	expect(files).toContain("Journal/2024-02-22.md");
	expect(files).toContain(HOSTILE_PATH);
	expect(files.some((path) => path.startsWith(".obsidian"))).toBe(false);
	await expect(page.locator(".nav-file-title", { hasText: "2024-02-22" }).first().isVisible()).resolves.toBe(true);
	// The settings tab the plugin added opens in the settings window.
	await page.locator(".side-dock-settings .side-dock-ribbon-action").click();
	const settings = page.locator(".modal.mod-settings");
	await settings.locator(".setting-item").first().waitFor();
	expect(await settings.locator(".setting-item").count()).toBeGreaterThan(0);
	await page.keyboard.press("Escape");
	await expect(settings.count()).resolves.toBe(0);
});

test("the palette lists every command of the plugin and runs one with the keyboard", async () => {
	const { page } = session;
	await session.open();
	const ids = (await page.evaluate(() => window.preview!.listCommands())).map((command) => command.id);
	for (const id of COMMANDS) expect(ids).toContain(`${PLUGIN_ID}:${id}`);

	await page.locator(".nav-file-title", { hasText: "2024-02-22" }).first().click();
	await page.keyboard.press("Control+p");
	const palette = page.locator(".preview-command-palette");
	await palette.locator("input.prompt-input").waitFor();
	const listed = await palette.locator(".suggestion-item").evaluateAll((els) => els.map((el) => el.getAttribute("data-command-id")));
	expect(listed).toContain(`${PLUGIN_ID}:open-pipeline`);
	expect(listed).toContain(`${PLUGIN_ID}:capture-idea`);
	await page.keyboard.type("pipeline");
	await expect(palette.locator(".suggestion-item.is-selected").getAttribute("data-command-id")).resolves.toBe(`${PLUGIN_ID}:open-pipeline`);
	await page.keyboard.press("Enter");
	await expect(palette.count()).resolves.toBe(0);
	expect(await boardText()).not.toBe("");
	const leaves = await page.evaluate(() => window.preview!.listLeaves());
	expect(leaves).toContainEqual(expect.objectContaining({ type: BOARD, side: "right" }));
});

test("the side panel opens from the ribbon and shows the board, in light and dark", async () => {
	const { page } = session;
	await session.open();
	await page.evaluate((type) => window.preview!.app.workspace.detachLeavesOfType(type), BOARD);
	await page.locator(".side-dock-actions .side-dock-ribbon-action").first().click();
	const text = await boardText();
	expect(text.length).toBeGreaterThan(0);
	await page.locator(".nav-file-title", { hasText: "Trouver des idées de marque" }).first().click();
	await page.evaluate(() => window.preview!.setTheme("light"));
	await session.screenshot("preview-light");
	await page.evaluate(() => window.preview!.setTheme("dark"));
	await session.screenshot("preview-dark");
	await expect(page.locator("body.theme-dark").count()).resolves.toBe(1);
	await page.evaluate(() => window.preview!.setTheme("light"));
});

test("a note's HTML shows as text in the file list, the note and the panel, and never runs", async () => {
	const { page } = session;
	await session.open();
	await page.evaluate((type) => window.preview!.openView(type), BOARD);
	await page.locator(".nav-file-title", { hasText: "piège" }).first().click();

	// File list: the name as written.
	await expect(page.locator(".nav-file-title-content", { hasText: HOSTILE }).count()).resolves.toBeGreaterThan(0);
	// The note: title and text as written.
	await expect(page.locator(".inline-title").first().textContent()).resolves.toContain(HOSTILE);
	await expect(page.locator("textarea.preview-note-text").first().inputValue()).resolves.toContain(`- ${HOSTILE} idée piégée`);
	// The panel: whatever it shows of the note is text (the whole inbox shown, not its first items).
	const showAll = page.locator(".tls-inbox-toggle", { hasText: /Show all/ });
	if (await showAll.count()) await showAll.click();
	const board = await boardText();
	expect(board).toContain(`${HOSTILE} idée piégée`);
	await session.screenshot("preview-html-note");

	expect(await page.evaluate(() => (window as { __injected?: string[] }).__injected)).toEqual([]);
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(await page.locator(".workspace script, .preview-overlays script").count()).toBe(0);
	expect(await page.locator(".workspace b", { hasText: "pas-un-tag" }).count()).toBe(0);
});

test("French follows ?lang=fr", async () => {
	const { page } = session;
	await session.open("?lang=fr");
	await expect(page.evaluate(() => window.localStorage.getItem("language"))).resolves.toBe("fr");
	await page.evaluate((type) => window.preview!.openView(type), BOARD);
	expect(await boardText()).not.toBe("");
	await session.screenshot("preview-fr");
});
