/**
 * Reading as a thought leader, in French, in Chromium over the real plugin: a journal note links
 * `[[Expert Secrets]]`, which has no note; the book note is created from that link (the dialog pre-filled,
 * the vault's unresolved links suggested), an ET/BUT block is inserted and filled in the editor, its
 * "Mon idée" waits in the board's Inbox with the book as its source, is promoted, and shows on the board
 * as an idea from a book (`origin: book`, its source the block). Then the reading shelf. Screenshots in
 * French, light and dark.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { cleanUpAfterTests, makeTestVault, startSession, until, type Session, propertiesOf, runFromPalette as runFromPaletteIn, shootInBothThemes } from "./browser";

const BOARD = "thought-leadership-pipeline";
const BOARD_SELECTOR = `.workspace-leaf-content[data-type="${BOARD}"]`;
const NBSP = "\u00a0";
const JOURNAL_PATH = "Journal/2026-11-30.md";
const JOURNAL = "---\ntags:\n  - journal\n---\nFini le chapitre 3 de [[Expert Secrets]] : tout tient dans le « pont de l'épiphanie ».\n";
const BOOK_PATH = "Lectures/Expert Secrets.md";
const QUOTE = "« Les gens achètent une transformation »";
const PRINCE_PATH = "Lectures/Le Prince.md";
const PRINCE = "---\ntype: book\nauthor: Machiavel\nyear: 1532\nhorizon: classic\nstatus: reading\n---\n# Le Prince\n\n> [!et-but] ET et BUT\n> **Idée de l'auteur** : « Il vaut mieux être craint qu'aimé »\n> **Page ou chapitre** : ch. XVII\n>\n> **MAIS** : la peur ne fidélise pas\n>\n> **Mon idée** : Un leader d'opinion se fait suivre, pas craindre\n";
const MINE = "Vendre une transformation : d'abord la vivre";

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault({ [JOURNAL_PATH]: JOURNAL, [PRINCE_PATH]: PRINCE });
	// The story starts before the book was read: the demo vault's note for it, and the idea harvested from it, are not written yet.
	for (const path of [BOOK_PATH, "Idées/Le thought leadership n'est pas du marketing en mieux, c'est un autre métier.md"]) rmSync(join(vault, path));
	session = await startSession({ vault });
	await session.open("?lang=fr");
});

cleanUpAfterTests(() => ({ session, vault }));

function readFile(path: string): Promise<string> {
	return session.page.evaluate((p) => window.preview!.readFile(p), path);
}

const runFromPalette = (name: string): Promise<void> => runFromPaletteIn(session, name);
const shoot = (name: string): Promise<void> => shootInBothThemes(session, name);

/** Puts the editor's cursor right after `marker` in the open note, and types `text` there. */
async function typeAfter(path: string, marker: string, text: string, occurrence: "first" | "last" = "last"): Promise<void> {
	const current = await readFile(path);
	const at = (occurrence === "last" ? current.lastIndexOf(marker) : current.indexOf(marker)) + marker.length;
	await session.page.evaluate((offset) => window.preview!.setSelection(offset), at);
	await session.page.keyboard.type(text);
}

describe("a book read with ET et BUT feeds the idea pipeline", () => {
	test("the book note is created from the journal's unresolved link, with the links suggested", async () => {
		const { page } = session;
		await page.evaluate((p) => window.preview!.openFile(p), JOURNAL_PATH);
		await page.evaluate((offset) => window.preview!.setSelection(offset), JOURNAL.indexOf("Expert") + 3);
		await runFromPalette("Note de lecture depuis le lien sous le curseur");
		const title = page.locator("input.tls-book-title");
		await title.waitFor();
		await expect(title.inputValue()).resolves.toBe("Expert Secrets");
		await page.locator("input.tls-book-author").fill("Russell Brunson");
		await page.locator("input.tls-book-year").fill("2017");
		await title.fill("");
		await expect(page.locator(".tls-book-suggestion-name").allTextContents()).resolves.toContain("Expert Secrets");
		await shoot("reading-book-modal-fr");
		await page.locator(".tls-book-suggestion", { hasText: "Expert Secrets" }).click();
		await page.locator("button.mod-cta", { hasText: "Créer" }).click();

		await until(async () => (await page.evaluate(() => window.preview!.listFiles())).includes(BOOK_PATH), `${BOOK_PATH} exists`);
		expect(propertiesOf(await readFile(BOOK_PATH))).toMatchObject({ type: "book", author: "Russell Brunson", year: 2017, horizon: "contemporary", status: "reading" });
		await until(async () => (await page.evaluate(() => window.preview!.activeFile())) === BOOK_PATH, "the book note is open");
		const resolved = await page.evaluate((from) => window.preview!.app.metadataCache.getFirstLinkpathDest("Expert Secrets", from)?.path ?? null, JOURNAL_PATH);
		expect(resolved).toBe(BOOK_PATH);
	});

	test("a block inserted and filled in the editor waits in the Inbox, is promoted, and shows on the board as an idea from the book", async () => {
		const { page } = session;
		const before = await readFile(BOOK_PATH);
		await page.evaluate((offset) => window.preview!.setSelection(offset), before.length);
		await runFromPalette("Insérer un bloc ET et BUT");
		await until(async () => (await readFile(BOOK_PATH)).split("[!et-but]").length === 3, "the second block is in the note");
		// The cursor is left after « Idée de l'auteur : »: what is typed goes there. (The palette took the focus; the
		// preview's editor, unlike Obsidian's, does not take it back on `editor.focus()`.)
		await page.evaluate(() => document.querySelector<HTMLTextAreaElement>("textarea.preview-note-text")?.focus());
		await page.keyboard.type(QUOTE);
		await typeAfter(BOOK_PATH, "**Mon idée** : ", MINE);
		const filled = await readFile(BOOK_PATH);
		expect(filled).toContain(`> **Idée de l'auteur** : ${QUOTE}\n`);
		expect(filled).toContain(`> **Mon idée** : ${MINE}`);
		await shoot("reading-book-note-fr");

		await page.evaluate((type) => window.preview!.openView(type), BOARD);
		const item = page.locator(`${BOARD_SELECTOR} .tls-inbox-card`, { hasText: MINE });
		await item.waitFor();
		await expect(item.locator(".tls-card-source").textContent()).resolves.toBe(`Source${NBSP}: Expert Secrets`);
		await shoot("reading-inbox-fr");
		await item.locator(".tls-card-promote").click();

		const ideaPath = "Idées/Vendre une transformation d'abord la vivre.md";
		await until(async () => (await page.evaluate(() => window.preview!.listFiles())).includes(ideaPath), `${ideaPath} exists`);
		expect(propertiesOf(await readFile(ideaPath))).toMatchObject({ type: "idea", origin: "book", title: MINE, source: "[[Expert Secrets#^et-but-2]]" });
		const book = await readFile(BOOK_PATH);
		expect(book).toBe(`${filled}\n\n^et-but-2`.replace(/\n\n\n\^/, "\n\n^"));
		const card = page.locator(`${BOARD_SELECTOR} .tls-card[data-path="${ideaPath}"]`);
		await card.waitFor();
		await expect(card.locator(".tls-card-source").textContent()).resolves.toBe(`Source${NBSP}: Expert Secrets`);
		await expect(card.locator(".tls-card-origin").textContent()).resolves.toBe("Livre · Contemporain");
		await until(async () => (await item.count()) === 0, "the promoted block has left the Inbox");
		const filters = page.locator(`${BOARD_SELECTOR} .tls-board-filters-toggle`);
		if ((await filters.getAttribute("aria-expanded")) === "false" && (await filters.isVisible())) await filters.click();
		await page.locator(`${BOARD_SELECTOR} select.tls-board-origin`).selectOption("book");
		await expect(filters.textContent()).resolves.toBe("Filtres (1)");
		await expect(card.isVisible()).resolves.toBe(true);
		await page.locator(`${BOARD_SELECTOR} select.tls-board-horizon`).selectOption("classic");
		await until(async () => (await card.count()) === 0, "a classic-horizon filter hides the card");
		await page.locator(`${BOARD_SELECTOR} select.tls-board-horizon`).selectOption("");
		await card.waitFor();
		await card.scrollIntoViewIfNeeded();
		await shoot("reading-board-fr");
	});

	test("the reading shelf shows the book with its blocks, its filled ideas and the one promoted", async () => {
		const { page } = session;
		await page.evaluate(() => window.preview!.runCommand("open-reading"));
		const book = page.locator(`.tls-shelf-book[data-path="${BOOK_PATH}"]`);
		await book.waitFor();
		await expect(book.locator(".tls-shelf-counts span").allTextContents()).resolves.toEqual(["2 blocs", "1 idée à moi", "1 promue"]);
		await expect(book.locator(".tls-shelf-horizon").textContent()).resolves.toBe("Contemporain");
		await shoot("reading-shelf-fr");
	});

	test("on a phone, the shelf and the book dialog fit the screen", async () => {
		const phone = await startSession({ vault, viewport: { width: 390, height: 844 }, touch: true });
		try {
			await phone.open("?mobile=1&lang=fr");
			await phone.page.evaluate(() => window.preview!.runCommand("open-reading"));
			const prince = phone.page.locator(`.tls-shelf-book[data-path="${PRINCE_PATH}"]`);
			await prince.waitFor();
			await expect(prince.locator(".tls-shelf-waiting").textContent()).resolves.toBe("1 à récolter");
			await phone.screenshot("reading-shelf-phone-fr");
			await phone.page.evaluate(() => window.preview!.runCommand("new-book-note"));
			await phone.page.locator("input.tls-book-title").waitFor();
			await phone.screenshot("reading-book-modal-phone-fr");
			expect(phone.errors).toEqual([]);
		} finally {
			await phone.close();
		}
	});
});
