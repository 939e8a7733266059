/**
 * Think once, replicate everywhere, in Chromium over the real plugin, in French: a brand idea made from the
 * palette, its core belief and three steps typed on the framework board at a writer's speed; a talk made
 * from the board's talk column holds that belief and those steps exactly as typed; an idea of the pipeline
 * board tied to the brand idea from its card's menu shows in the board's Content; the re-use grid, filtered
 * on the brand idea, drafts that idea from an empty cell. Then the same notes at phone width: the framework
 * board and the re-use grid, light and dark, every control a thumb can hit.
 */
import { rmSync } from "node:fs";
import { cleanUpAfterTests, makeTestVault, propertiesOf, runFromPalette, shootInBothThemes, startSession, until, type Session } from "./browser";

const FRAMEWORK = `.workspace-leaf-content[data-type="thought-leadership-framework"]`;
const PIPELINE = `.workspace-leaf-content[data-type="thought-leadership-pipeline"]`;
const GRID = `.workspace-leaf-content[data-type="thought-leadership-reuse"]`;

const NAME = "Une idée, huit produits : « l'effet domino »";
const BRAND = "Idées de marque/Une idée, huit produits « l'effet domino ».md";
/** The brand idea as a link names it: its file name. */
const BRAND_LINK = "Une idée, huit produits « l'effet domino »";
const TALK = "Produits/Une idée, huit produits « l'effet domino » — Conférence.md";
const BELIEF = "On ne devient pas une autorité en multipliant les idées : on l'est en portant « une seule » idée partout.";
const STEPS = ["Capturer l'idée là où elle naît", "La penser à fond : « une fois pour toutes »", "La répliquer dans chaque produit"];
/** An idea of the demo vault tied to no brand idea, with no draft yet. */
const IDEA = "Idées/L'expertise invisible.md";
const IDEA_TITLE = "L'expertise invisible";
const POST = "Brouillons/L'expertise invisible — Post LinkedIn.md";

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault();
	session = await startSession({ vault, viewport: { width: 1680, height: 1000 } });
	await session.open("?lang=fr");
	await session.page.evaluate(() => window.preview!.indexed());
});

cleanUpAfterTests(() => ({ session, vault }));

function readFile(path: string, from: Session = session): Promise<string> {
	return from.page.evaluate((p) => window.preview!.readFile(p), path);
}

function listFiles(from: Session = session): Promise<string[]> {
	return from.page.evaluate(() => window.preview!.listFiles());
}

function typeSlowly(text: string): Promise<void> {
	return session.page.keyboard.type(text, { delay: 80 });
}

function board() {
	return session.page.locator(`.mod-root ${FRAMEWORK}`);
}

async function revealBoard(): Promise<void> {
	await session.page.evaluate(async () => {
		const leaf = window.preview!.app.workspace.getLeavesOfType("thought-leadership-framework")[0];
		if (leaf) await window.preview!.app.workspace.revealLeaf(leaf);
	});
}

describe("a brand idea thought once and carried into a talk, in French", () => {
	it("makes a brand idea from the palette and writes its belief and three steps on the board, as a writer types", async () => {
		const { page } = session;
		await runFromPalette(session, "Nouvelle idée de marque");
		const dialog = page.locator(".modal .tls-brand-modal");
		await dialog.locator("input.tls-brand-name").waitFor();
		await until(async () => (await page.evaluate(() => document.activeElement?.classList.contains("tls-brand-name") ?? false)), "the name field has the focus");
		await typeSlowly(NAME);
		await page.keyboard.press("Enter");
		await board().locator(".tls-framework-belief-text").waitFor();
		await expect(board().locator(".tls-framework-title").textContent()).resolves.toBe(NAME);
		expect(await listFiles()).toContain(BRAND);

		await board().locator(".tls-framework-belief-text").click();
		await typeSlowly(BELIEF);
		for (const step of STEPS) {
			await page.keyboard.press("Tab");
			await typeSlowly(step);
		}
		await board().locator(".tls-framework-title").click();
		const written = `<!-- Le «\u00a0grand domino\u00a0»\u00a0: la seule croyance qui, une fois admise, rend tout le reste évident. Une phrase. -->\n${BELIEF}\n\n## Étapes du framework\n<!-- De 3 à 7 étapes nommées, dans l'ordre où on les vit. -->\n${STEPS.map((step, i) => `${i + 1}. ${step}`).join("\n")}\n\n`;
		await until(async () => (await readFile(BRAND)).includes(written), "the belief and the steps are written in their sections", 10_000).catch(async (error: unknown) => {
			expect(await readFile(BRAND)).toContain(written);
			throw error;
		});
	});

	it("makes a talk from the board's talk column: its note holds the belief and the three steps exactly as typed", async () => {
		const { page } = session;
		const coverage = board().locator(".tls-framework-coverage-text");
		await expect(coverage.textContent()).resolves.toBe("0 sur 8 produits");
		await board().locator('.tls-framework-product[data-product="talk"] .tls-framework-add').click();
		await until(async () => (await coverage.textContent()) === "1 sur 8 produits", "the talk counts");
		const link = board().locator(`.tls-framework-product[data-product="talk"] a.tls-framework-link[data-path="${TALK}"]`);
		await link.click();
		await until(async () => (await page.evaluate(() => window.preview!.activeFile())) === TALK, "the talk is open");

		const talk = await readFile(TALK);
		expect(propertiesOf(talk)).toMatchObject({ type: "product", product: "talk", "brand-idea": [`[[${BRAND_LINK}]]`] });
		// The promise: the belief, then the steps announced, as typed; then one part a step, named after it.
		const promise = talk.slice(talk.indexOf("## Promesse\n"), talk.indexOf("\n## Partie 1"));
		expect(promise.split("\n").slice(2)).toEqual(["", BELIEF, "", ...STEPS.map((step, i) => `${i + 1}. ${step}`), ""]);
		expect(talk.match(/^## Partie .*$/gm)).toEqual(STEPS.map((step, i) => `## Partie ${i + 1} — ${step}`));
		expect(talk).not.toMatch(/\{\{/);
	});

	it("ties an idea to the brand idea from the pipeline board card's menu, and the board's Content shows it", async () => {
		const { page } = session;
		await expect(board().locator(".tls-framework-idea").count()).resolves.toBe(0);
		const ideaBefore = await readFile(IDEA);
		await page.evaluate(() => window.preview!.openView("thought-leadership-pipeline"));
		const card = page.locator(`${PIPELINE} .tls-card[data-path="${IDEA}"]`);
		await card.locator(".tls-card-menu").click();
		await page.locator(".menu .menu-item", { hasText: "Rattacher à une idée de marque…" }).click();
		const picker = page.locator(".tls-brand-picker");
		await picker.locator("input.prompt-input").waitFor();
		await expect(picker.locator("input.prompt-input").getAttribute("placeholder")).resolves.toBe(`Idée de marque de «\u00a0${IDEA_TITLE}\u00a0»`);
		await typeSlowly("huit prod");
		await expect(picker.locator(".suggestion-item.is-selected .suggestion-title").textContent()).resolves.toBe(NAME);
		await page.keyboard.press("Enter");

		await until(async () => propertiesOf(await readFile(IDEA))["brand-idea"] !== undefined, "the idea is tied");
		// The one edit: the link, as a list (an idea can carry several brand ideas), after the idea's properties.
		expect(await readFile(IDEA)).toBe(ideaBefore.replace("tags: [idée]\n---\n", `tags: [idée]\nbrand-idea:\n  - "[[${BRAND_LINK}]]"\n---\n`));
		await revealBoard();
		const idea = board().locator(`.tls-framework-idea a.tls-framework-link[data-path="${IDEA}"]`);
		await until(async () => (await idea.count()) === 1, "the board's Content shows the idea");
		await expect(idea.textContent()).resolves.toBe(IDEA_TITLE);
	});

	it("opens the re-use grid on the brand idea and drafts the idea from an empty cell", async () => {
		const { page } = session;
		await runFromPalette(session, "Ouvrir la grille de réemploi");
		await page.locator(`.mod-root ${GRID} table.tls-reuse-table`).waitFor();
		await page.locator(`.mod-root ${GRID} select.tls-reuse-brand`).selectOption(BRAND);
		const rows = page.locator(`.mod-root ${GRID} .tls-reuse-row`);
		await until(async () => (await rows.count()) === 1, "only the tied idea is listed");
		await expect(rows.getAttribute("data-path")).resolves.toBe(IDEA);
		const linkedin = rows.locator('td[data-key="linkedin-post"] button');
		await expect(linkedin.getAttribute("aria-label")).resolves.toBe(`Rédiger ${IDEA_TITLE} en Post LinkedIn`);
		await linkedin.click();

		await until(async () => (await listFiles()).includes(POST), "the draft is written");
		const post = await readFile(POST);
		expect(propertiesOf(post)).toMatchObject({ type: "draft", idea: `[[${IDEA_TITLE}]]`, format: "linkedin-post" });
		await until(async () => (await page.evaluate(() => window.preview!.activeFile())) === POST, "the draft is open");
		await until(async () => /^Brouillon · /.test((await linkedin.textContent()) ?? ""), "the cell shows the draft");
	});
});

describe("the same brand idea at phone width", () => {
	let phone: Session;
	let phoneVault: string;

	afterAll(async () => {
		await phone?.close();
		if (phoneVault) rmSync(phoneVault, { recursive: true, force: true });
	});

	/** Every button, link and field of `scope` a thumb can hit: 44 px or more both ways. */
	async function thumbSized(scope: string): Promise<void> {
		const small = await phone.page.locator(`${scope} button:visible, ${scope} a:visible, ${scope} textarea:visible, ${scope} select:visible`).evaluateAll((els) =>
			els
				.map((el) => ({ el, box: el.getBoundingClientRect() }))
				.filter(({ box }) => box.width < 44 || box.height < 44)
				.map(({ el, box }) => `${el.className} ${Math.round(box.width)}×${Math.round(box.height)}`),
		);
		expect(small).toEqual([]);
	}

	/**
	 * The lowest contrast ratio (WCAG) of the text of `selector` against what is behind it, in the light and the
	 * dark theme: the first ancestor with a background of its own.
	 */
	async function lowestContrast(selector: string): Promise<number> {
		const ratios: number[] = [];
		for (const theme of ["light", "dark"] as const) {
			await phone.page.evaluate((t) => window.preview!.setTheme(t), theme);
			const ratio = await phone.page.locator(selector).evaluateAll((els) => {
				const rgb = (css: string): number[] | null => {
					const numbers = /^(?:rgba?\(|color\(srgb )([^)]*)\)$/.exec(css)?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number);
					if (!numbers || numbers.length < 3) return null;
					const scale = css.startsWith("color(") ? 255 : 1;
					return [...numbers.slice(0, 3).map((n) => n * scale), numbers[3] ?? 1];
				};
				const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
					const [lr, lg, lb] = [r, g, b].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
					return 0.2126 * (lr ?? 0) + 0.7152 * (lg ?? 0) + 0.0722 * (lb ?? 0);
				};
				return Math.min(
					...els.map((el) => {
						let behind: Element | null = el;
						let background: number[] | null = null;
						while (behind && (background === null || background[3] === 0)) {
							background = rgb(getComputedStyle(behind).backgroundColor);
							behind = behind.parentElement;
						}
						const text = rgb(getComputedStyle(el).color);
						if (!text || !background) throw new Error(`unreadable colours on ${el.className}`);
						const [a, b] = [luminance(text), luminance(background)].sort((x, y) => y - x);
						return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
					}),
				);
			});
			ratios.push(ratio);
		}
		await phone.page.evaluate(() => window.preview!.setTheme("light"));
		return Math.min(...ratios);
	}

	it("shows the framework board in one column, light and dark", async () => {
		// The notes the writer made above, in a vault opened on a phone.
		const made: Record<string, string> = {};
		for (const path of [BRAND, TALK, IDEA, POST]) made[path] = await readFile(path);
		phoneVault = makeTestVault(made);
		phone = await startSession({ vault: phoneVault, viewport: { width: 390, height: 844 }, touch: true });
		await phone.open("?lang=fr&mobile=1");
		await phone.page.evaluate(() => window.preview!.indexed());
		await phone.page.evaluate(async (path) => {
			const leaf = window.preview!.app.workspace.getLeaf("tab");
			await leaf.setViewState({ type: "thought-leadership-framework", active: true, state: { path } });
		}, BRAND);
		const view = phone.page.locator(FRAMEWORK);
		await view.locator(`.tls-framework-idea a[data-path="${IDEA}"]`).waitFor();
		await expect(view.locator(".tls-framework-step").evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value))).resolves.toEqual(STEPS);
		await expect(view.locator(".tls-framework-coverage-text").textContent()).resolves.toBe("1 sur 8 produits");
		// One column: no part of the board is wider than the screen.
		const widest = await view.locator(".tls-framework-centre, .tls-framework-section, .tls-framework-product").evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().right)));
		expect(widest).toBeLessThanOrEqual(390);
		await thumbSized(FRAMEWORK);
		await shootInBothThemes(phone, "brand-products-framework-fr-phone");
		// "Not yet replicated here" is read, in both themes.
		expect(await lowestContrast(`${FRAMEWORK} .tls-framework-empty`)).toBeGreaterThanOrEqual(4.5);
		await view.locator(".tls-framework-products").scrollIntoViewIfNeeded();
		await shootInBothThemes(phone, "brand-products-framework-products-fr-phone");
		await view.locator(".tls-framework-section.is-content").scrollIntoViewIfNeeded();
		await shootInBothThemes(phone, "brand-products-framework-content-fr-phone");
		expect(phone.errors).toEqual([]);
	});

	it("shows the re-use grid as a list per idea, light and dark", async () => {
		expect(await phone.page.evaluate(() => window.preview!.runCommand("open-reuse-grid"))).toBe(true);
		const row = phone.page.locator(`${GRID} .tls-reuse-row[data-path="${IDEA}"]`);
		await row.waitFor();
		await expect(row.locator('td[data-key="linkedin-post"] button').textContent()).resolves.toMatch(/^Brouillon · /);
		expect((await row.boundingBox())?.width).toBeLessThanOrEqual(390);
		await thumbSized(GRID);
		// An empty cell's "+" and the idea's stage are read, in both themes.
		expect(await lowestContrast(`${GRID} .tls-reuse-fill, ${GRID} .tls-reuse-row-detail`)).toBeGreaterThanOrEqual(4.5);
		await shootInBothThemes(phone, "brand-products-reuse-fr-phone");
		await phone.page.locator(`${GRID} select.tls-reuse-brand`).selectOption(BRAND);
		await until(async () => (await phone.page.locator(`${GRID} .tls-reuse-row`).count()) === 1, "only the tied idea is listed");
		await shootInBothThemes(phone, "brand-products-reuse-filtered-fr-phone");
		await phone.page.locator(`${GRID} .tls-reuse-grid-button[data-grid="products"]`).tap();
		await phone.page.locator(`${GRID} .tls-reuse-row[data-path="${BRAND}"]`).waitFor();
		await thumbSized(GRID);
		await shootInBothThemes(phone, "brand-products-reuse-products-fr-phone");
		expect(phone.errors).toEqual([]);
	});
});
