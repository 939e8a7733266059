/**
 * The framework board in Chromium over the real plugin, in French: from the journal note that links
 * `[[Expert Secrets]]` (a book with no note yet), a brand idea is built from its links; the board opens in a
 * tab; the book note is created from the unresolved source; a course and a talk are added from their
 * columns, and the coverage goes to 2 of 8. Screenshots in light and dark, in a tab, in the sidebar and at phone width.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { cleanUpAfterTests, makeTestVault, startSession, until, type Session } from "./browser";

const FRAMEWORK = `.workspace-leaf-content[data-type="thought-leadership-framework"]`;
const JOURNAL = "Journal/2024-02-22.md";
const NAME = "Penser une fois : « répliquer partout »";
const BRAND = "Idées de marque/Penser une fois « répliquer partout ».md";

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault();
	// The story starts before the book was read: the demo vault's note for it is not written yet.
	rmSync(join(vault, "Lectures", "Expert Secrets.md"));
	// Wide enough that the tab beside the sidebar lays the board out in two columns.
	session = await startSession({ vault, viewport: { width: 1680, height: 1000 } });
	await session.open(`?lang=fr&file=${encodeURIComponent(JOURNAL)}`);
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
		const expert = dialog.locator('label.tls-brand-choice:has(input[data-target="Expert Secrets"])');
		await expect(expert.locator(".tls-brand-kind").textContent()).resolves.toBe("Pas encore écrite");
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

describe("the framework board at phone width", () => {
	let phone: Session;
	let phoneVault: string;

	afterAll(async () => {
		await phone?.close();
		if (phoneVault) rmSync(phoneVault, { recursive: true, force: true });
	});

	it("stacks its parts in one column", async () => {
		phoneVault = makeTestVault({
			[BRAND]: `---\ntype: brand-idea\ntitle: "${NAME}"\nsources:\n  - "[[Expert Secrets]]"\n---\n## Croyance centrale\nOn vend une nouvelle opportunité.\n\n## Étapes du framework\n1. Lire\n2. Prendre position\n3. Répliquer\n`,
			"Produits/Formation.md": `---\ntype: product\nproduct: course\nbrand-idea: "[[Penser une fois « répliquer partout »]]"\n---\n`,
		});
		phone = await startSession({ vault: phoneVault, viewport: { width: 390, height: 844 }, touch: true });
		await phone.open(`?lang=fr&mobile=1`);
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
});
