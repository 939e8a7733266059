/**
 * The framework board in Chromium over the real plugin, in French: from the journal note that links
 * `[[Expert Secrets]]` (a book with no note yet), a brand idea is built from its links; the board opens in a
 * tab; the book note is created from the unresolved source; a course and a talk are added from their
 * columns, and the coverage goes to 2 of 8. Screenshots in light and dark, in a tab, in the sidebar and at phone width.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { cleanUpAfterTests, makeTestVault, shootInBothThemes, startSession, until, type Session } from "./browser";

const FRAMEWORK = `.workspace-leaf-content[data-type="thought-leadership-framework"]`;
const JOURNAL = "Journal/2024-02-22.md";
const NAME = "Penser une fois : « répliquer partout »";
const BRAND = "Idées de marque/Penser une fois « répliquer partout ».md";
/** A reading list of 10,000 links, none written yet. */
const LIBRARY = "Lectures/Tout lire.md";
const LIBRARY_NOTE = `---\ntags: [réflexions]\n---\n${Array.from({ length: 10_000 }, (_, i) => `- [[Livre ${i + 1} : « à lire »]]`).join("\n")}\n`;

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault({ [LIBRARY]: LIBRARY_NOTE });
	// The story starts before the book was read: the demo vault's note for it is not written yet.
	rmSync(join(vault, "Lectures", "Expert Secrets.md"));
	// Wide enough that the tab beside the sidebar lays the board out in two columns.
	session = await startSession({ vault, viewport: { width: 1680, height: 1000 } });
	await session.open(`?lang=fr&file=${encodeURIComponent(JOURNAL)}`);
	// The commands wait for the first reading of the notes, the 10,000 links of the reading list included.
	await session.page.evaluate(() => window.preview!.indexed());
});

cleanUpAfterTests(() => ({ session, vault }));

function readFile(path: string): Promise<string> {
	return session.page.evaluate((p) => window.preview!.readFile(p), path);
}

async function files(): Promise<string[]> {
	return session.page.evaluate(() => window.preview!.listFiles());
}

function board() {
	return session.page.locator(`.mod-root ${FRAMEWORK}`);
}

describe("the framework board, from a journal note to 2 of 8 products", () => {
	it("builds a brand idea from the journal note's links, Expert Secrets offered as not written yet", async () => {
		const { page } = session;
		expect(await page.evaluate(() => window.preview!.runCommand("build-framework-board"))).toBe(true);
		const dialog = page.locator(".modal .tls-brand-modal");
		await dialog.waitFor();
		const expert = dialog.locator('.tls-brand-choice[data-target="Expert Secrets"]');
		await expect(expert.locator(".tls-brand-kind").textContent()).resolves.toBe("Pas encore écrite");
		await expect(expert.getAttribute("aria-selected")).resolves.toBe("true");
		await expect(expert.locator("input").isChecked()).resolves.toBe(true);
		await session.screenshot("framework-build-dialog-fr-light");
		await dialog.locator("input.tls-brand-name").fill(NAME);
		await dialog.locator("button.mod-cta").click();
		await board().locator(".tls-framework-centre textarea.tls-framework-belief-text").waitFor();
		const properties = parse(/^---\n([\s\S]*?)\n---/.exec(await readFile(BRAND))?.[1] ?? "") as Record<string, unknown>;
		expect(properties).toMatchObject({ type: "brand-idea", source: "[[2024-02-22]]" });
		expect(properties["sources"]).toContain("[[Expert Secrets]]");
		await expect(board().locator(".tls-framework-title").textContent()).resolves.toBe(NAME);
	});

	it("creates the book note from the unresolved source, and the source becomes a book", async () => {
		const source = board().locator('.tls-framework-source[data-target="Expert Secrets"]');
		await source.locator(".tls-framework-create-book").click();
		// The reading flow's dialog, named after the link so that it resolves.
		await expect(session.page.locator("input.tls-book-title").inputValue()).resolves.toBe("Expert Secrets");
		await session.page.locator("button.mod-cta", { hasText: "Créer" }).click();
		await until(async () => (await files()).includes("Lectures/Expert Secrets.md"), "the book note exists");
		expect(await readFile("Lectures/Expert Secrets.md")).toMatch(/^---\ntype: book\n/);
		await until(async () => (await source.locator(".tls-brand-kind").textContent()) === "Livre", "the source shows as a book");
	});

	it("adds a course and a talk from their columns and sees the coverage go to 2 of 8", async () => {
		const coverage = board().locator(".tls-framework-coverage-text");
		await expect(coverage.textContent()).resolves.toBe("0 sur 8 produits");
		await expect(board().locator('.tls-framework-product[data-product="course"] .tls-framework-empty').textContent()).resolves.toBe("Pas encore répliquée ici");
		await board().locator('.tls-framework-product[data-product="course"] .tls-framework-add').click();
		await until(async () => (await coverage.textContent()) === "1 sur 8 produits", "the course counts");
		await board().locator('.tls-framework-product[data-product="talk"] .tls-framework-add').click();
		await until(async () => (await coverage.textContent()) === "2 sur 8 produits", "the talk counts");
		await expect(board().locator(".tls-framework-chart-cell.is-covered").count()).resolves.toBe(2);
		const course = await readFile("Produits/Penser une fois « répliquer partout » — Formation.md");
		expect(course).toContain("product: course");
		expect(course).toContain("## Module 1");
		await session.screenshot("framework-board-fr-light-tab");
		await session.page.evaluate(() => window.preview!.setTheme("dark"));
		await session.screenshot("framework-board-fr-dark-tab");
	});

	it("makes a book of the brand idea by dragging a source onto its column, and a workshop through a source's menu", async () => {
		const { page } = session;
		const coverage = board().locator(".tls-framework-coverage-text");
		await board().locator('.tls-framework-source[data-target="Expert Secrets"]').dragTo(board().locator('.tls-framework-product[data-product="book"]'));
		await until(async () => (await coverage.textContent()) === "3 sur 8 produits", "the book counts");
		const book = await readFile("Produits/Penser une fois « répliquer partout » — Livre.md");
		expect(book).toContain('source: "[[Expert Secrets]]"');
		await board().locator('.tls-framework-source[data-target="Expert Secrets"] .tls-framework-menu').click();
		await page.locator(".menu .menu-item", { hasText: "En faire une note Atelier" }).click();
		await until(async () => (await coverage.textContent()) === "4 sur 8 produits", "the workshop counts");
	});

	it("edits the core belief in place, changing only its lines", async () => {
		const before = await readFile(BRAND);
		const belief = board().locator(".tls-framework-belief-text");
		await belief.fill("On ne vend pas une amélioration : on vend « une nouvelle opportunité ».");
		await board().locator(".tls-framework-title").click();
		await until(async () => (await readFile(BRAND)) !== before, "the note is written");
		const after = await readFile(BRAND);
		expect(after).toBe(before.replace(/(## Croyance centrale\n<!--[^\n]*-->\n)/, "$1On ne vend pas une amélioration : on vend « une nouvelle opportunité ».\n"));
	});

	it("shows the board in the sidebar, narrow", async () => {
		const { page } = session;
		await page.evaluate(async (path) => {
			const leaf = window.preview!.app.workspace.getRightLeaf(false);
			await leaf?.setViewState({ type: "thought-leadership-framework", active: true, state: { path } });
			if (leaf) await window.preview!.app.workspace.revealLeaf(leaf);
		}, BRAND);
		await page.locator(`.mod-right-split ${FRAMEWORK} .tls-framework-coverage-text`).waitFor();
		await session.screenshot("framework-board-fr-dark-sidebar");
		await page.evaluate(() => window.preview!.setTheme("light"));
		await session.screenshot("framework-board-fr-light-sidebar");
	});

	it("shows a button on the brand idea's header, and the brand ideas from the pipeline board", async () => {
		const { page } = session;
		await page.evaluate((path) => window.preview!.openFile(path, true), BRAND);
		await page.locator(".tls-framework-header-button").first().waitFor();
		await page.evaluate(() => window.preview!.openView("thought-leadership-pipeline"));
		await page.locator(".tls-board-brand-link").click();
		const item = page.locator(`${FRAMEWORK} .tls-brand-list-item`);
		await item.first().waitFor();
		// The least replicated first: the demo vault's brand idea (a talk and a newsletter), then this one.
		await expect(item.evaluateAll((els) => els.map((el) => el.getAttribute("data-path")))).resolves.toEqual(["Idées de marque/Penser une fois, répliquer partout.md", BRAND]);
		await expect(item.locator(".tls-brand-list-coverage").allTextContents()).resolves.toEqual(["2 sur 8", "4 sur 8"]);
	});
});

describe("a brand idea built from a note of 10,000 links", () => {
	it("lists them in a list that draws the rows in view, filtered and walked by keyboard", async () => {
		const { page } = session;
		await page.evaluate((path) => window.preview!.openFile(path), LIBRARY);
		expect(await page.evaluate(() => window.preview!.runCommand("build-framework-board"))).toBe(true);
		const dialog = page.locator(".modal .tls-brand-modal");
		const list = dialog.locator("[role='listbox']");
		await list.waitFor();
		expect(await dialog.locator(".tls-brand-choice").count()).toBeLessThan(60);
		await expect(dialog.locator(".tls-brand-choices-count").textContent()).resolves.toBe("10\u202f000 sur 10\u202f000 cochées");
		await shootInBothThemes(session, "framework-build-10000-fr");
		await list.focus();
		await page.keyboard.press("End");
		const active = dialog.locator(".tls-windowed-list-row.is-active");
		await expect(active.locator(".tls-brand-choice-title").textContent()).resolves.toBe("Livre 10000 : « à lire »");
		await expect(active.getAttribute("aria-posinset")).resolves.toBe("10000");
		await page.keyboard.press("Space");
		await expect(active.getAttribute("aria-selected")).resolves.toBe("false");
		await expect(dialog.locator(".tls-brand-choices-count").textContent()).resolves.toBe("9\u202f999 sur 10\u202f000 cochées");
		await dialog.locator("input.tls-brand-search").fill("livre 4242");
		await expect(dialog.locator(".tls-brand-choice .tls-brand-choice-title").allTextContents()).resolves.toEqual(["Livre 4242 : « à lire »"]);
		await page.keyboard.press("Escape");
		await dialog.waitFor({ state: "detached" });
	});
});

describe("the framework board at phone width", () => {
	let phone: Session;
	let phoneVault: string;

	beforeAll(async () => {
		phoneVault = makeTestVault({
			[BRAND]: `---\ntype: brand-idea\ntitle: "${NAME}"\nsources:\n  - "[[Expert Secrets]]"\n---\n## Croyance centrale\nOn vend une nouvelle opportunité.\n\n## Étapes du framework\n1. Lire\n2. Prendre position\n3. Répliquer\n`,
			"Produits/Formation.md": `---\ntype: product\nproduct: course\nbrand-idea: "[[Penser une fois « répliquer partout »]]"\n---\n`,
			"Lectures/Trois cents livres.md": `${Array.from({ length: 300 }, (_, i) => `- [[Livre ${i + 1} : « à lire »]]`).join("\n")}\n`,
		});
		phone = await startSession({ vault: phoneVault, viewport: { width: 390, height: 844 }, touch: true });
		await phone.open(`?lang=fr&mobile=1`);
	});

	afterAll(async () => {
		await phone?.close();
		if (phoneVault) rmSync(phoneVault, { recursive: true, force: true });
	});

	it("stacks its parts in one column", async () => {
		await phone.page.evaluate(async () => {
			const leaf = window.preview!.app.workspace.getLeaf("tab");
			await leaf.setViewState({ type: "thought-leadership-framework", active: true, state: { path: null } });
		});
		await phone.page.locator(`${FRAMEWORK} .tls-framework-list`).waitFor();
		await phone.screenshot("framework-list-fr-phone");
		await phone.page.locator(`${FRAMEWORK} .tls-brand-list-item a`).first().click();
		await phone.page.locator(`${FRAMEWORK} .tls-framework-product`).first().waitFor();
		await phone.screenshot("framework-board-fr-phone");
		expect(phone.errors).toEqual([]);
	});

	it("offers both texts of a core belief changed in the note meanwhile, with buttons a thumb can hit", async () => {
		const { page } = phone;
		// The brand idea's board, in the tab on screen.
		await page.evaluate(async (path) => {
			const leaf = window.preview!.app.workspace.getLeaf(false);
			await leaf.setViewState({ type: "thought-leadership-framework", active: true, state: { path } });
		}, BRAND);
		const belief = page.locator(`${FRAMEWORK} .tls-framework-belief-text`);
		await belief.tap();
		await page.keyboard.press("End");
		await page.keyboard.type(" Une fois : « partout ».", { delay: 80 });
		await page.evaluate(async (path) => {
			const file = window.preview!.app.vault.getFileByPath(path)!;
			await window.preview!.app.vault.process(file, (text) => text.replace("On vend une nouvelle opportunité.", "On vend « une nouvelle opportunité »."));
		}, BRAND);
		await page.locator(`${FRAMEWORK} .tls-framework-title`).tap();
		const choice = page.locator(`${FRAMEWORK} .tls-framework-conflict`);
		await choice.waitFor();
		for (const button of await choice.locator("button").all()) expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(44);
		await shootInBothThemes(phone, "framework-conflict-fr-phone");
		await choice.locator(".tls-framework-take-theirs").tap();
		await expect(belief.inputValue()).resolves.toBe("On vend « une nouvelle opportunité ».");
		expect(phone.errors).toEqual([]);
	});

	it("lists a note's 300 links in rows a thumb can hit", async () => {
		const { page } = phone;
		await page.evaluate((path) => window.preview!.openFile(path), "Lectures/Trois cents livres.md");
		expect(await page.evaluate(() => window.preview!.runCommand("build-framework-board"))).toBe(true);
		const row = page.locator(".modal .tls-brand-choice").first();
		await row.waitFor();
		expect((await row.boundingBox())?.height).toBeGreaterThanOrEqual(44);
		await shootInBothThemes(phone, "framework-build-300-fr-phone");
		expect(phone.errors).toEqual([]);
	});
});
