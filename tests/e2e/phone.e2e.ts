/**
 * The plugin on a phone: the preview in Obsidian's phone layout (`?mobile=1`, `body.is-mobile.is-phone`)
 * on a 390 × 844 touch screen, in French. The board opens in the right drawer, every control of the
 * board is a touch target of at least 44 px, a card moves to another stage through its menu, and
 * screenshots are taken in light and dark.
 */
import type { Locator } from "playwright-core";
import { cleanUpAfterTests, makeTestVault, pageToday, shootInBothThemes, startSession, until, type Session } from "./browser";

const BOARD = `.workspace-leaf-content[data-type="thought-leadership-pipeline"]`;
const PHONE = { width: 390, height: 844 };
const TOUCH_TARGET = 44;

/** An idea note with a French title full of the punctuation writers type. */
const IDEA_PATH = "Idées/Simplifier sans mentir.md";
const IDEA_NOTE = `---
type: idea
status: spark
created: 2024-05-20T10:00
tags:
  - idée
---
Simplifier sans mentir : la règle des « trois exemples », d'après [[Le piège de l'expertise|le piège]].
`;

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault({ [IDEA_PATH]: IDEA_NOTE });
	session = await startSession({ vault, viewport: PHONE, touch: true });
	await session.open("?mobile=1&lang=fr");
});

cleanUpAfterTests(() => ({ session, vault }));

function navbarButton(label: string): Locator {
	return session.page.locator(`.mobile-navbar-action[aria-label="${label}"]`);
}

function drawer(side: "left" | "right"): Locator {
	return session.page.locator(`.workspace-drawer.mod-${side}`);
}

function card(path: string): Locator {
	return session.page.locator(`${BOARD} .tls-card[data-path="${path}"]`);
}

async function laneOf(path: string): Promise<string | null> {
	if ((await card(path).count()) === 0) return null;
	return card(path).evaluate((el) => el.closest(".tls-lane")?.getAttribute("data-lane") ?? null);
}

async function openBoardFromRibbon(): Promise<void> {
	await navbarButton("Open left sidebar").tap();
	await drawer("left").locator(".side-dock-actions .side-dock-ribbon-action").first().tap();
	await session.page.locator(`${BOARD} .tls-lane`).first().waitFor({ state: "visible" });
}

/** The board on screen in the right drawer, whatever the test before left open. */
async function showBoard(): Promise<void> {
	if ((await session.page.locator(BOARD).count()) === 0) await openBoardFromRibbon();
	else if (!(await drawer("right").isVisible())) await navbarButton("Open right sidebar").tap();
	await session.page.locator(`${BOARD} .tls-lane`).first().waitFor({ state: "visible" });
}

/** Width and height of each visible element the locator matches, with a name to tell them apart. */
async function sizes(locator: Locator): Promise<{ name: string; width: number; height: number }[]> {
	return locator.evaluateAll((els) =>
		els
			.filter((el) => el.getClientRects().length > 0)
			.map((el) => {
				const rect = el.getBoundingClientRect();
				const name = `${el.className} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30)}"`;
				return { name, width: Math.round(rect.width), height: Math.round(rect.height) };
			}),
	);
}

test("the preview takes Obsidian's phone layout: one pane at the screen's width, the sidebars as closed drawers", async () => {
	const { page } = session;
	await expect(page.locator("body.is-mobile.is-phone").count()).resolves.toBe(1);
	const root = await page.locator(".workspace-split.mod-root").boundingBox();
	expect(root?.width).toBe(PHONE.width);
	await expect(drawer("left").isVisible()).resolves.toBe(false);
	await expect(drawer("right").isVisible()).resolves.toBe(false);
	// The ribbon lives in the left drawer, as on a phone.
	await expect(drawer("left").locator(".workspace-drawer-ribbon .side-dock-ribbon-action").count()).resolves.toBeGreaterThan(0);
});

test("the board opens in the right drawer from the ribbon, and the drawer closes and opens again as on a phone", async () => {
	const { page } = session;
	await openBoardFromRibbon();
	await expect(drawer("left").isVisible()).resolves.toBe(false);
	await expect(drawer("right").locator(BOARD).isVisible()).resolves.toBe(true);
	await expect(page.evaluate(() => window.preview!.listLeaves())).resolves.toContainEqual(expect.objectContaining({ type: "thought-leadership-pipeline", side: "right" }));

	await page.locator(".workspace-drawer-backdrop").tap({ position: { x: 10, y: 300 } });
	await expect(drawer("right").isVisible()).resolves.toBe(false);
	// A plugin drives the drawers through the workspace's splits, as on a phone.
	const rightSplit = (call: "collapsed" | "expand" | "collapse"): Promise<boolean> =>
		page.evaluate((what) => {
			const split = window.preview!.app.workspace.rightSplit;
			if (what !== "collapsed") split[what]();
			return split.collapsed;
		}, call);
	await expect(rightSplit("collapsed")).resolves.toBe(true);
	await expect(rightSplit("expand")).resolves.toBe(false);
	await expect(drawer("right").isVisible()).resolves.toBe(true);
	await expect(rightSplit("collapse")).resolves.toBe(true);
	await expect(drawer("right").isVisible()).resolves.toBe(false);

	await navbarButton("Open right sidebar").tap();
	await expect(drawer("right").locator(BOARD).isVisible()).resolves.toBe(true);
	await navbarButton("Open right sidebar").tap();
	await expect(drawer("right").isVisible()).resolves.toBe(false);
	await navbarButton("Open right sidebar").tap();
	await expect(drawer("right").isVisible()).resolves.toBe(true);
});

test("every control of the board is a touch target of at least 44 px", async () => {
	const { page } = session;
	await showBoard();
	await until(async () => (await card(IDEA_PATH).count()) === 1, "the idea shows on the board");
	// The filter menus wait behind the Filters button: open them to measure them too.
	await page.locator(`${BOARD} .tls-board-filters-toggle`).tap();
	const controls = {
		"card menu": `${BOARD} .tls-card-menu`,
		promote: `${BOARD} .tls-card-promote`,
		"inbox source": `${BOARD} a.tls-card-source`,
		"show all": `${BOARD} .tls-inbox-toggle`,
		"brand ideas": `${BOARD} .tls-board-brand-link`,
		search: `${BOARD} .tls-board-search`,
		filters: `${BOARD} .tls-board-filters-toggle`,
		"filter menus": `${BOARD} .tls-board-filters select`,
		"lane headers": `${BOARD} .tls-lane-header`,
		"lane header buttons": `${BOARD} .tls-lane-header button, ${BOARD} .tls-lane-header .clickable-icon`,
	};
	const small: string[] = [];
	let measured = 0;
	for (const [what, selector] of Object.entries(controls)) {
		const found = await sizes(page.locator(selector));
		// Lanes have no buttons in their headers yet; any that come are measured too.
		if (what !== "lane header buttons" && found.length === 0) small.push(`${what}: none on screen`);
		for (const { name, width, height } of found) {
			measured++;
			const tooSmall = what === "lane headers" ? height < TOUCH_TARGET : width < TOUCH_TARGET || height < TOUCH_TARGET;
			if (tooSmall) small.push(`${what}: ${name} is ${width}×${height}`);
		}
	}
	expect(small).toEqual([]);
	expect(measured).toBeGreaterThan(10);

	await page.evaluate(() => window.preview!.setTheme("light"));
	await session.screenshot("phone-board-fr-light");
	await page.evaluate(() => window.preview!.setTheme("dark"));
	await session.screenshot("phone-board-fr-dark");
	await page.evaluate(() => window.preview!.setTheme("light"));
});

test("a card moves to another stage through its menu, with a tap, and only its status changes", async () => {
	const { page } = session;
	await showBoard();
	const before = await page.evaluate((path) => window.preview!.readFile(path), IDEA_PATH);
	const today = await pageToday(session);
	await card(IDEA_PATH).scrollIntoViewIfNeeded();
	await card(IDEA_PATH).locator(".tls-card-menu").tap();
	const menu = page.locator(".menu");
	const item = menu.locator(".menu-item", { hasText: "Déplacer vers Investir" });
	const box = await item.boundingBox();
	expect(box?.height).toBeGreaterThanOrEqual(TOUCH_TARGET);
	await session.screenshot("phone-card-menu-fr-light");
	await item.tap();
	await until(async () => (await laneOf(IDEA_PATH)) === "invest", "the card shows in the Investir lane");
	await until(
		async () => (await page.evaluate((path) => window.preview!.readFile(path), IDEA_PATH)) === before.replace("status: spark\n", `status: invest\nstage-since: ${today}\n`),
		"the note's status is invest, the day of the move below it, and nothing else changed",
	);
	await session.screenshot("phone-card-moved-fr-light");
});

test("a view opened in a main tab takes the whole screen, and the Tabs button switches between the open tabs", async () => {
	const { page } = session;
	// A tap on a notice dismisses it, as in Obsidian.
	for (const notice of await page.locator(".notice").all()) await notice.tap({ position: { x: 4, y: 4 } });
	await page.evaluate(() => window.preview!.app.workspace.getLeaf("tab").setViewState({ type: "thought-leadership-pipeline", active: true }));
	const mainBoard = page.locator(`.mod-root ${BOARD}`);
	await mainBoard.locator(".tls-lane").first().waitFor({ state: "visible" });
	expect((await mainBoard.boundingBox())?.width).toBe(PHONE.width);
	await expect(drawer("right").isVisible()).resolves.toBe(false);
	await session.screenshot("phone-main-board-fr-light");

	const tabs = navbarButton("Tabs");
	await expect(tabs.locator(".mobile-tab-count").textContent()).resolves.toBe("2");
	await tabs.tap();
	const items = page.locator(".menu .menu-item");
	await expect(items.count()).resolves.toBe(2);
	await items.filter({ hasText: "Accueil" }).tap();
	await expect(mainBoard.isVisible()).resolves.toBe(false);
	await expect(page.locator(".mod-root .inline-title").first().textContent()).resolves.toBe("Accueil");
	await session.screenshot("phone-main-note-fr-light");
});

describe("the framework board on a phone", () => {
	const FRAMEWORK = `.mod-root .workspace-leaf-content[data-type="thought-leadership-framework"]`;
	const BRAND = "Idées de marque/Penser une fois, répliquer partout.md";

	/** Every button, link and field of the view that is too small for a thumb, and how many were measured. */
	async function smallControls(): Promise<{ small: string[]; measured: number; kinds: Set<string> }> {
		const found = await sizes(session.page.locator(`${FRAMEWORK} :is(button, a, input, textarea, select, [role="button"], .clickable-icon)`));
		const small = found.filter(({ width, height }) => width < TOUCH_TARGET || height < TOUCH_TARGET).map(({ name, width, height }) => `${name} is ${width}×${height}`);
		return { small, measured: found.length, kinds: new Set(found.map(({ name }) => name.split(" ")[0] ?? "")) };
	}

	test("every button, link and field of the board is at least 44 px each way at 390 px wide, in one column", async () => {
		const { page } = session;
		for (const notice of await page.locator(".notice").all()) await notice.tap({ position: { x: 4, y: 4 } });
		await page.evaluate(async (path) => {
			const leaf = window.preview!.app.workspace.getLeaf("tab");
			await leaf.setViewState({ type: "thought-leadership-framework", active: true, state: { path } });
		}, BRAND);
		const view = page.locator(FRAMEWORK);
		await view.locator(".tls-framework-product").first().waitFor();
		expect((await view.boundingBox())?.width).toBe(PHONE.width);

		const { small, measured, kinds } = await smallControls();
		expect(small).toEqual([]);
		// The list button, a source's menu, a product's +, the belief, the steps and Add a step, the links: all there, all measured.
		for (const kind of ["tls-framework-to-list", "tls-framework-menu", "tls-framework-add", "tls-framework-belief-text", "tls-framework-step", "tls-framework-add-step", "tls-framework-link"]) expect([kind, kinds.has(kind)]).toEqual([kind, true]);
		expect(measured).toBeGreaterThan(20);
		for (const { height } of await sizes(view.locator(".tls-framework-step"))) expect(height).toBeGreaterThanOrEqual(TOUCH_TARGET);

		// One column: every part as wide as the board, nothing wider than the screen.
		const parts = await sizes(view.locator(".tls-framework-body > *"));
		const widths = new Set(parts.map(({ width }) => width));
		expect(widths.size).toBe(1);
		const overflow = await view.locator(".view-content").evaluate((el) => el.scrollWidth - el.clientWidth);
		expect(overflow).toBe(0);

		await shootInBothThemes(session, "phone-framework-board-fr");
		for (const part of ["sources", "products", "content"]) {
			await view.locator(`.tls-framework-section.is-${part}`).evaluate((el) => el.scrollIntoView({ block: "start" }));
			await shootInBothThemes(session, `phone-framework-${part}-fr`);
		}
		expect(session.errors).toEqual([]);
	});

	test("the brand ideas list is made of rows a thumb can hit", async () => {
		const { page } = session;
		const view = page.locator(FRAMEWORK);
		await view.locator(".tls-framework-to-list").tap();
		await view.locator(".tls-brand-list-item").first().waitFor();
		const { small, measured } = await smallControls();
		expect(small).toEqual([]);
		expect(measured).toBeGreaterThanOrEqual(1);
		await shootInBothThemes(session, "phone-framework-list-fr");
		await view.locator(".tls-brand-list-item a").first().tap();
		await view.locator(".tls-framework-product").first().waitFor();
		expect(session.errors).toEqual([]);
	});
});
