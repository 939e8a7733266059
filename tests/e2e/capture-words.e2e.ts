/**
 * The idea's own words, in French, in Chromium over the real plugin: an idea captured from the
 * palette whose title holds " : ", « », quotes, an apostrophe and a `[[link|alias]]` is written
 * exactly in its note's `title`, and shows exactly (the link as its alias) on its card, in the
 * Notice and at the head of its menu; a captured selection opens the dialog pre-filled and leaves
 * a link to the new idea where the text was. Screenshots in French, light and dark.
 */
import { cleanUpAfterTests, makeTestVault, startSession, until, type Session, propertiesOf, runFromPalette as runFromPaletteIn, shootInBothThemes } from "./browser";

const BOARD = "thought-leadership-pipeline";
const BOARD_SELECTOR = `.workspace-leaf-content[data-type="${BOARD}"]`;
const NBSP = "\u00a0";

const TITLE = `Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]] : « douter » et "oser"`;
const SHOWN = `Ce que m'a appris la conférence de Lyon : « douter » et "oser"`;
const IDEA_PATH = "Idées/Ce que m'a appris la conférence de Lyon « douter » et oser.md";

/** An idea note with the same title, as a sync would bring it: the menu's test starts from it, captured or not. */
const SYNCED_PATH = "Idées/Ce que m'a appris Lyon.md";
const SYNCED = `---\ntype: idea\nstatus: think\ntitle: '${TITLE.replace(/'/g, "''")}'\n---\n${SHOWN}\n`;

const SELECTION = "Le « vrai » client : celui qui [[Le piège de l'expertise|doute]]";
const SELECTION_SHOWN = "Le « vrai » client : celui qui doute";
const NOTEBOOK_PATH = "Réflexions/Carnet de Lyon.md";
const NOTEBOOK = `---
tags:
  - réflexions
---
Notes du retour de Lyon.

${SELECTION}
Et la suite, qui reste ici.
`;

/** A note without a watched tag, with idea items the Inbox does not list. */
const UNWATCHED_PATH = "Brouillons/Plan de conférence.md";
const UNWATCHED = `## Idées
- Le piège de l'expertise : « savoir » tue l'envie
- [[Conférence Lyon 2025|Lyon]] : ce qu'on retient
`;

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault({ [NOTEBOOK_PATH]: NOTEBOOK, [UNWATCHED_PATH]: UNWATCHED });
	session = await startSession({ vault });
	await session.open("?lang=fr");
	await session.page.evaluate((type) => window.preview!.openView(type), BOARD);
	await session.page.locator(`${BOARD_SELECTOR} .tls-lane[data-lane="spark"]`).waitFor();
});

cleanUpAfterTests(() => ({ session, vault }));

function readFile(path: string): Promise<string> {
	return session.page.evaluate((p) => window.preview!.readFile(p), path);
}

function card(path: string) {
	return session.page.locator(`${BOARD_SELECTOR} .tls-card[data-path="${path.replace(/"/g, '\\"')}"]`);
}

const runFromPalette = (name: string): Promise<void> => runFromPaletteIn(session, name);
const shoot = (name: string): Promise<void> => shootInBothThemes(session, name);

describe("a French idea keeps its own words from the capture dialog to the card", () => {
	test("an idea captured from the palette is written and shown exactly, its link as its alias", async () => {
		const { page } = session;
		await page.locator(".nav-file-title", { hasText: "Le piège de l'expertise" }).first().click();
		await runFromPalette("Capturer une idée");

		const input = page.locator("input.tls-capture-idea");
		await input.waitFor();
		await until(() => input.evaluate((el) => el === document.activeElement), "the idea field has the focus");
		await expect(page.locator(".tls-capture-source").textContent()).resolves.toBe(`Source${NBSP}: Le piège de l'expertise`);
		await page.keyboard.type(TITLE);
		await expect(input.inputValue()).resolves.toBe(TITLE);
		await shoot("capture-words-dialog-fr");
		await page.keyboard.press("Enter");

		await until(async () => (await session.page.evaluate(() => window.preview!.listFiles())).includes(IDEA_PATH), `${IDEA_PATH} exists`);
		const text = await readFile(IDEA_PATH);
		expect(propertiesOf(text)).toMatchObject({ type: "idea", title: TITLE, source: "[[Le piège de l'expertise]]", tags: ["idée"] });

		await card(IDEA_PATH).waitFor();
		await expect(card(IDEA_PATH).locator(".tls-card-title").textContent()).resolves.toBe(SHOWN);
		await expect(card(IDEA_PATH).locator(".tls-card-source").textContent()).resolves.toBe(`Source${NBSP}: Le piège de l'expertise`);
		await expect(card(IDEA_PATH).locator(".tls-card-tag").allTextContents()).resolves.toEqual(["#idée"]);
		const notice = page.locator(".notice", { hasText: "Idée capturée" });
		await expect(notice.locator(".tls-notice-button").textContent()).resolves.toBe("Ouvrir");
		await expect(page.evaluate(() => window.preview!.notices())).resolves.toContainEqual(`Idée capturée${NBSP}: ${SHOWN}Ouvrir`);
		await card(IDEA_PATH).scrollIntoViewIfNeeded();
		await shoot("capture-words-card-fr");
	});

	test("the card's menu is headed by the idea's exact words", async () => {
		const { page } = session;
		await page.evaluate(({ path, text }) => window.preview!.writeFile(path, text), { path: SYNCED_PATH, text: SYNCED });
		await card(SYNCED_PATH).locator(".tls-card-menu").click();
		const head = page.locator(".menu .menu-item.is-label").first();
		await expect(head.textContent()).resolves.toBe(SHOWN);
		await shoot("capture-words-menu-fr");
		await page.keyboard.press("Escape");
		await until(async () => (await page.locator(".menu").count()) === 0, "the menu is closed");
	});

	test("a captured selection opens the dialog pre-filled, and leaves a link to the new idea where the text was", async () => {
		const { page } = session;
		await page.evaluate((p) => window.preview!.openFile(p), NOTEBOOK_PATH);
		const start = NOTEBOOK.indexOf(SELECTION);
		await page.evaluate(({ from, to }) => window.preview!.setSelection(from, to), { from: start, to: start + SELECTION.length });
		await runFromPalette("Capturer la sélection comme idée");

		const input = page.locator("input.tls-capture-idea");
		await input.waitFor();
		await expect(input.inputValue()).resolves.toBe(SELECTION);
		await expect(page.locator(".tls-capture-note").textContent()).resolves.toBe("La sélection sera remplacée par un lien vers la nouvelle idée.");
		await until(() => input.evaluate((el) => el === document.activeElement), "the idea field has the focus");
		await page.keyboard.press("Enter");

		const path = "Idées/Le « vrai » client celui qui doute.md";
		await card(path).waitFor();
		await expect(card(path).locator(".tls-card-title").textContent()).resolves.toBe(SELECTION_SHOWN);
		expect(propertiesOf(await readFile(path))).toMatchObject({ title: SELECTION, source: "[[Carnet de Lyon]]" });
		// The link goes in through the note's editor (one undo step there), not by rewriting the file.
		const edited = await page.evaluate(() => {
			const view = window.preview!.app.workspace.activeEditor as { editor?: { getValue(): string } } | null;
			return view?.editor?.getValue() ?? null;
		});
		expect(edited).toContain(`\n[[Le « vrai » client celui qui doute|${SELECTION_SHOWN}]]\nEt la suite, qui reste ici.\n`);
	});

	test("promoting a note without a watched tag shows its items and says why before creating anything", async () => {
		const { page } = session;
		const before = await session.page.evaluate(() => window.preview!.listFiles());
		await page.evaluate((p) => window.preview!.openFile(p), UNWATCHED_PATH);
		await runFromPalette("Promouvoir les idées de cette note");
		const modal = page.locator(".modal", { hasText: "note non suivie" });
		await modal.waitFor();
		await expect(modal.locator("p").textContent()).resolves.toContain(`«${NBSP}Plan de conférence${NBSP}» ne porte aucun des tags suivis (#journal, #réflexions)`);
		await expect(modal.locator(".tls-confirm-items li").allTextContents()).resolves.toEqual(["Le piège de l'expertise : « savoir » tue l'envie", "Lyon : ce qu'on retient"]);
		await shoot("capture-words-promote-confirm-fr");
		expect(await session.page.evaluate(() => window.preview!.listFiles())).toEqual(before);
		await page.keyboard.press("Escape");
		await until(async () => (await modal.count()) === 0, "the confirmation is closed");
		expect(await session.page.evaluate(() => window.preview!.listFiles())).toEqual(before);
	});
});
