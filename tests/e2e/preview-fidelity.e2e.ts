/**
 * Where the preview used to differ from Obsidian, tried as a writer would, in French: the dropdowns of a
 * dialog (a book's horizon, an idea's origin) are saved, and so are the settings' text fields and toggles; a note tagged `#réflexions` in its text is watched;
 * a link to a web page is no book to write; renaming a note through the file manager updates the links to
 * it; and a selection replaced through the editor after a dialog shows in the open note and is saved.
 * The fixes: tests/mocks/obsidian-mock-fixes.ts and preview/page/shell/note-view.ts.
 */
import { cleanUpAfterTests, makeTestVault, propertiesOf, runFromPalette as runFromPaletteIn, startSession, until, type Session } from "./browser";

const BOARD = "thought-leadership-pipeline";
const BOARD_SELECTOR = `.workspace-leaf-content[data-type="${BOARD}"]`;

const NOTEBOOK_PATH = "Réflexions/Carnet du mardi.md";
const SELECTION = "Écrire avant de savoir : « le brouillon pense »";
const NOTEBOOK = `Pensé en marchant. #réflexions

Lu [le billet d'Anne](https://exemple.fr/billet-sur-le-doute) et noté de lire [[Le Prince]].

## Idées
- La lenteur d'écrire, une politesse

${SELECTION}
La suite reste ici.
`;
const ANSWER_PATH = "Journal/Réponse à Anne.md";
const ANSWER = `---
tags: [journal]
source: "[[Carnet du mardi]]"
---
Suite de [[Carnet du mardi]], voir [[Carnet du mardi#Idées|ses idées]] et [le carnet](Carnet%20du%20mardi.md).
`;

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault({ [NOTEBOOK_PATH]: NOTEBOOK, [ANSWER_PATH]: ANSWER });
	session = await startSession({ vault });
	await session.open("?lang=fr");
	await session.page.evaluate(() => window.preview!.indexed());
});

cleanUpAfterTests(() => ({ session, vault }));

function readFile(path: string): Promise<string> {
	return session.page.evaluate((p) => window.preview!.readFile(p), path);
}

function listFiles(): Promise<string[]> {
	return session.page.evaluate(() => window.preview!.listFiles());
}

const runFromPalette = (name: string): Promise<void> => runFromPaletteIn(session, name);

describe("the preview reads and writes as Obsidian does", () => {
	test("a note tagged #réflexions in its text is watched: its idea items wait in the Inbox", async () => {
		const { page } = session;
		await page.evaluate((type) => window.preview!.openView(type), BOARD);
		await page.locator(`${BOARD_SELECTOR} .tls-inbox-card`, { hasText: "La lenteur d'écrire, une politesse" }).waitFor();
		const tags = await page.evaluate((p) => window.preview!.app.metadataCache.getCache(p)?.tags?.map((t) => t.tag) ?? [], NOTEBOOK_PATH);
		expect(tags).toEqual(["#réflexions"]);
	});

	test("the book dialog suggests the unwritten book, not the web page, and saves the horizon picked", async () => {
		const { page } = session;
		await runFromPalette("Nouvelle note de lecture");
		const title = page.locator("input.tls-book-title");
		await title.waitFor();
		const suggested = await page.locator(".tls-book-suggestion-name").allTextContents();
		expect(suggested).toContain("Le Prince");
		expect(suggested.filter((name) => name.includes("exemple.fr"))).toEqual([]);
		await page.locator(".tls-book-suggestion", { hasText: "Le Prince" }).click();
		await page.locator("input.tls-book-author").fill("Machiavel");
		await page.locator("select.tls-book-horizon").selectOption({ label: "Classique" });
		await page.locator("button.mod-cta", { hasText: "Créer" }).click();

		const isBook = (path: string): boolean => path.endsWith("Le Prince.md");
		await until(async () => (await listFiles()).some(isBook), "the book note exists");
		const book = (await listFiles()).find(isBook)!;
		expect(propertiesOf(await readFile(book))).toMatchObject({ type: "book", author: "Machiavel", horizon: "classic" });
	});

	test("the origin picked in the capture dialog is saved in the idea", async () => {
		const { page } = session;
		await runFromPalette("Capturer une idée");
		const input = page.locator("input.tls-capture-idea");
		await input.waitFor();
		await input.fill("Relire lentement : « une page par jour »");
		await page.locator("select.tls-capture-origin").selectOption({ label: "Une citation" });
		await input.press("Enter");
		const path = "Idées/Relire lentement « une page par jour ».md";
		await until(async () => (await listFiles()).includes(path), `${path} exists`);
		expect(propertiesOf(await readFile(path))).toMatchObject({ type: "idea", origin: "quote" });
	});

	test("a selection captured as an idea becomes a link in the open note, on screen and saved", async () => {
		const { page } = session;
		await page.evaluate((p) => window.preview!.openFile(p), NOTEBOOK_PATH);
		const current = await readFile(NOTEBOOK_PATH);
		const start = current.indexOf(SELECTION);
		await page.evaluate(({ from, to }) => window.preview!.setSelection(from, to), { from: start, to: start + SELECTION.length });
		await runFromPalette("Capturer la sélection comme idée");
		const input = page.locator("input.tls-capture-idea");
		await input.waitFor();
		await input.press("Enter");

		const link = `[[Écrire avant de savoir « le brouillon pense »|${SELECTION}]]\nLa suite reste ici.\n`;
		const textarea = page.locator(`textarea.preview-note-text[data-path="${NOTEBOOK_PATH}"]`);
		await until(async () => (await textarea.inputValue()).endsWith(link), "the link shows in the open note");
		await until(async () => (await readFile(NOTEBOOK_PATH)).endsWith(link), "the link is saved in the note");
	});

	test("renaming a note through the file manager rewrites the links to it, heading, alias and properties included", async () => {
		const { page } = session;
		await page.evaluate(({ from, to }) => window.preview!.renameFile(from, to), { from: NOTEBOOK_PATH, to: "Réflexions/Carnet de mardi soir.md" });
		await until(async () => (await readFile(ANSWER_PATH)).includes("[[Carnet de mardi soir]]"), "the links follow the rename");
		const answer = await readFile(ANSWER_PATH);
		expect(propertiesOf(answer)).toMatchObject({ source: "[[Carnet de mardi soir]]" });
		expect(answer).toContain("Suite de [[Carnet de mardi soir]], voir [[Carnet de mardi soir#Idées|ses idées]] et [le carnet](Carnet%20de%20mardi%20soir.md).\n");
	});

	test("the settings' idea tag, typed, and its toggle, clicked, are saved", async () => {
		const { page } = session;
		await page.click('.side-dock-ribbon-action[aria-label="Settings"]');
		const row = (name: string) => page.locator(".setting-item", { has: page.locator(".setting-item-name", { hasText: name }) });
		const tag = row("Tag des idées").locator("input");
		await tag.fill("idée-forte");
		const toggle = row("Remplacer la sélection capturée par un lien").locator(".checkbox-container");
		await expect(toggle.getAttribute("class")).resolves.toContain("is-enabled");
		await toggle.click();
		await until(async () => {
			const data = (await page.evaluate(() => window.preview!.pluginData())) as { ideaTag?: string; linkCapturedSelection?: boolean } | null;
			return data?.ideaTag === "idée-forte" && data.linkCapturedSelection === false;
		}, "the idea tag and the toggle are saved");
		await expect(toggle.getAttribute("class")).resolves.not.toContain("is-enabled");
		await toggle.scrollIntoViewIfNeeded();
		await session.screenshot("preview-fidelity-settings-fr");
	});
});
