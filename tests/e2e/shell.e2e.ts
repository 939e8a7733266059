/**
 * The real plugin through each piece of the preview's shell that it uses: the ribbon and the right
 * sidebar, the palette (which lists only the commands available now), typing in a note that the board
 * hears of, dialog buttons, a notice's button, the card menu and its confirmation, and the download of
 * the notes the plugin and the writer changed.
 */
import { readFileSync } from "node:fs";
import { messages } from "../../src/core/i18n/messages";
import { cleanUpAfterTests, makeTestVault, pageToday, startSession, until, type Session } from "./browser";

const en = messages("en");
const PLUGIN_ID = "thought-leadership-studio";
const BOARD_TYPE = "thought-leadership-pipeline";
const BOARD = `.workspace-leaf-content[data-type="${BOARD_TYPE}"]`;
const JOURNAL = "Journal/2024-06-12.md";
const JOURNAL_NOTE = `---
created: 2024-06-12T07:30
tags:
  - journal
---
Matinée d'écriture.

## Idées de posts
- Le brouillon comme lieu de pensée
`;
const IDEA_PATH = "Idées/Relire à voix haute.md";
const IDEA_NOTE = `---
type: idea
status: spark
created: 2024-06-12T08:00
---
Relire à voix haute.
`;

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault({ [JOURNAL]: JOURNAL_NOTE, [IDEA_PATH]: IDEA_NOTE });
	session = await startSession({ vault });
	await session.open(`?file=${encodeURIComponent(JOURNAL)}`);
});

cleanUpAfterTests(() => ({ session, vault }));

function readFile(path: string): Promise<string> {
	return session.page.evaluate((p) => window.preview!.readFile(p), path);
}

function listFiles(): Promise<string[]> {
	return session.page.evaluate(() => window.preview!.listFiles());
}

async function paletteIds(query: string): Promise<(string | null)[]> {
	const { page } = session;
	await page.keyboard.press("Control+p");
	const palette = page.locator(".preview-command-palette");
	await palette.locator("input.prompt-input").waitFor();
	await page.keyboard.type(query);
	return palette.locator(".suggestion-item").evaluateAll((els) => els.map((el) => el.getAttribute("data-command-id")));
}

function card(path: string) {
	return session.page.locator(`${BOARD} .tls-card[data-path="${path}"]`);
}

/** The board in the right sidebar, opened if the tests before did not. */
async function showBoard(): Promise<void> {
	await session.page.evaluate((type) => window.preview!.openView(type), BOARD_TYPE);
	await session.page.locator(`.mod-right-split ${BOARD} .tls-lane`).first().waitFor();
}

test("the ribbon opens the board once, in the right sidebar, with Obsidian's view header and content", async () => {
	const { page } = session;
	const ribbon = page.locator(`.side-dock-ribbon-action[aria-label="${en["command.openPipeline"]}"]`);
	await ribbon.click();
	await ribbon.click();
	const view = page.locator(`.mod-right-split ${BOARD}`);
	await view.locator(".tls-lane").first().waitFor();
	await expect(view.count()).resolves.toBe(1);
	await expect(view.locator(".view-header-title").textContent()).resolves.toBe(en["view.title"]);
	// As in Obsidian, the content element is the second child of the view's container.
	await expect(view.evaluate((el) => el.children[1]?.classList.contains("tls-board"))).resolves.toBe(true);
	await until(() => view.locator(".tls-board-loading.is-hidden").count().then((n) => n === 1), "the board has read the notes");
});

test("the palette lists a note command only where it applies, and runs it with the keyboard", async () => {
	const { page } = session;
	await showBoard();
	await page.evaluate((path) => window.preview!.openFile(path), JOURNAL);
	await expect(page.evaluate(() => window.preview!.activeFile())).resolves.toBe(JOURNAL);
	expect(await paletteIds("next stage")).not.toContain(`${PLUGIN_ID}:move-idea-next`);
	await page.keyboard.press("Escape");
	await expect(page.locator(".preview-command-palette").count()).resolves.toBe(0);

	await page.evaluate((path) => window.preview!.openFile(path), IDEA_PATH);
	expect(await paletteIds("next stage")).toEqual([`${PLUGIN_ID}:move-idea-next`]);
	await page.keyboard.press("Enter");
	const today = await pageToday(session);
	await until(async () => (await readFile(IDEA_PATH)) === IDEA_NOTE.replace("status: spark\n", `status: invest\nstage-since: ${today}\n`), "the idea moved to invest, the day of the move below, and nothing else changed");
	await until(async () => (await card(IDEA_PATH).evaluate((el) => el.closest(".tls-lane")?.getAttribute("data-lane"))) === "invest", "the card shows in the Invest lane");
});

test("a line typed in a note reaches the board's inbox, through the vault", async () => {
	const { page } = session;
	await showBoard();
	await page.locator(".nav-file-title", { hasText: "2024-06-12" }).first().click();
	// The file list marks the open note, and only it.
	await page.locator(".nav-file-title.is-active", { hasText: "2024-06-12" }).waitFor();
	await expect(page.locator(".nav-file-title.is-active").count()).resolves.toBe(1);
	const textarea = page.locator("textarea.preview-note-text").first();
	await textarea.click();
	await page.keyboard.press("Control+End");
	await page.keyboard.type("- Écrire pour savoir ce qu'on pense\n");
	await until(async () => (await readFile(JOURNAL)).includes("- Écrire pour savoir ce qu'on pense"), "the typed line is saved");
	const inbox = page.locator(`${BOARD} .tls-lane-inbox`);
	const showAll = inbox.locator(".tls-inbox-toggle", { hasText: en["board.showAll"].replace(/ \{count[^}]*\}/, "") });
	if (await showAll.count()) await showAll.click();
	await inbox.locator(".tls-card-title", { hasText: "Écrire pour savoir ce qu'on pense" }).waitFor();
	await page.locator(".nav-file-title", { hasText: "2024-06-12" }).locator(".preview-changed-dot").waitFor();
});

test("the capture dialog's buttons work: Cancel creates nothing, Capture creates the note, and the notice's button opens it", async () => {
	const { page } = session;
	const idea = "Écrire moins : « un seul » texte par semaine";
	const before = await listFiles();

	await page.evaluate((id) => window.preview!.runCommand(id), "capture-idea");
	const modal = page.locator(".modal-container .modal", { has: page.locator("input.tls-capture-idea") });
	await modal.locator("input.tls-capture-idea").fill(idea);
	await modal.locator("button", { hasText: en["common.cancel"] }).click();
	await expect(modal.count()).resolves.toBe(0);
	await expect(listFiles()).resolves.toEqual(before);

	await page.evaluate((id) => window.preview!.runCommand(id), "capture-idea");
	await modal.locator("input.tls-capture-idea").fill(idea);
	await modal.locator("button.mod-cta", { hasText: en["capture.submit"] }).click();
	await until(async () => (await listFiles()).length === before.length + 1, "the idea note is created");
	await expect(modal.count()).resolves.toBe(0);
	const created = (await listFiles()).find((path) => !before.includes(path)) ?? "";
	// The plugin starts in this vault for the first time with Obsidian in English: ideas go to Ideas/.
	expect(created.startsWith("Ideas/")).toBe(true);
	expect(await readFile(created)).toContain(idea);

	const notice = page.locator(".notice", { hasText: en["notice.captured"].replace(" {title}", "") });
	await notice.locator("button", { hasText: en["common.open"] }).click();
	await until(async () => (await page.evaluate(() => window.preview!.activeFile())) === created, "the captured note is open");
});

test("the card menu's delete asks first: Cancel keeps the note, Delete removes it", async () => {
	const { page } = session;
	await showBoard();
	const confirm = page.locator(".modal-container .modal", { hasText: en["confirm.delete.title"] });
	const openDelete = async (): Promise<void> => {
		await card(IDEA_PATH).locator(".tls-card-menu").click();
		await page.locator(".menu .menu-item", { hasText: en["menu.delete"] }).click();
		await confirm.waitFor();
	};
	await openDelete();
	await confirm.locator("button", { hasText: en["common.cancel"] }).click();
	await expect(confirm.count()).resolves.toBe(0);
	await expect(listFiles()).resolves.toContain(IDEA_PATH);

	await openDelete();
	await confirm.locator("button", { hasText: en["confirm.delete.ok"] }).click();
	await until(async () => !(await listFiles()).includes(IDEA_PATH), "the idea note is deleted");
	await until(async () => (await card(IDEA_PATH).count()) === 0, "its card leaves the board");
});

test("the notes changed by the writer and the plugin download as one zip that keeps their folders", async () => {
	const { page } = session;
	const changed = await page.evaluate(() => window.preview!.changedFiles());
	expect(changed).toContain(JOURNAL);
	expect(changed.some((path) => path.startsWith("Ideas/"))).toBe(true);
	const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".preview-download").click()]);
	expect(download.suggestedFilename()).toMatch(/-changed-notes\.zip$/);
	// Stored without compression: the paths and texts are in the archive as they are.
	const archive = readFileSync(await download.path()).toString("utf8");
	for (const path of changed) expect(archive).toContain(path);
	expect(archive).toContain("- Écrire pour savoir ce qu'on pense");
	await session.screenshot("shell-real-plugin");
});
