/**
 * The Inbox as the writer triages it, in Chromium over the real plugin: the writer's journal (the section issue 19
 * quotes) waits in the Inbox as five ideas, the first showing its methods; promoted, the first idea note opens with
 * its three methods as its details. An Inbox card is dismissed from its ⋮ menu, stays dismissed after the page is
 * reloaded (Obsidian started again), and comes back from the Inbox's Dismissed list. Then, at a phone's width in
 * French, every control of an Inbox card is a 44 px touch target. Screenshots of the menu open, and of the phone.
 */
import type { Locator } from "playwright-core";
import { cleanUpAfterTests, dismissNotices as dismissIn, makeTestVault, startSession, until, type Session } from "./browser";
import { JOURNAL_POST_IDEAS } from "../fixtures/journal-post-ideas";

const BOARD = `.mod-right-split .workspace-leaf-content[data-type="thought-leadership-pipeline"]`;
const NBSP = "\u00a0";
const TOUCH_TARGET = 44;
const PHONE = { width: 390, height: 844 };

/** The writer's journal in the demo vault: its idea section is the one the issue quotes. */
const JOURNAL = "Journal/2024-02-22.md";
const FIRST_IDEA = "Comment trouver des idées de marque ?";
const FIRST_IDEA_PATH = "Ideas/Comment trouver des idées de marque.md";
const METHODS = ["- Lire des livres sur le sujet", "- Répertorier et se baser sur ce que vous savez déjà", "- Utiliser une citation ou une phrase qui a du sens qui vous intrigue"];

/** A note of the writer's thinking, on disk, so that a reload finds it: one of its items is dismissed. */
const CARNET_PATH = "Réflexions/Carnet de bord.md";
const DISMISSED = "Le piège de l'expertise : « savoir » tue l'envie";
const CARNET = `---\ncreated: 2024-06-12T08:00\ntags:\n  - réflexions\n---\n## Idées de posts\n- ${DISMISSED}\n- Relire ses notes : « le carnet » comme atelier\n  - un carnet par client\n  - relire chaque vendredi\n`;

let vault: string;
let session: Session | undefined;

beforeAll(async () => {
	vault = makeTestVault({ [CARNET_PATH]: CARNET });
	session = await startSession({ vault });
	await open("");
});

cleanUpAfterTests(() => ({ session, vault }));

function current(): Session {
	if (!session) throw new Error("no session");
	return session;
}

/** Opens the page (`query` as `?lang=fr`), waits for the first reading of the notes, and opens the board. */
async function open(query: string): Promise<void> {
	const { page } = current();
	await current().open(query);
	await page.evaluate(() => window.preview!.indexed());
	await page.evaluate(() => window.preview!.openView("thought-leadership-pipeline"));
	await page.locator(`${BOARD} .tls-board-loading.is-hidden`).waitFor({ state: "attached" });
	await showWholeInbox();
}

/** The whole Inbox, not its first cards only. */
async function showWholeInbox(): Promise<void> {
	const toggle = current().page.locator(`${BOARD} .tls-lane-inbox .tls-inbox-toggle`, { hasText: /Show all|Tout afficher/ });
	if ((await toggle.count()) > 0) await toggle.click();
}

function inboxCard(words: string): Locator {
	const { page } = current();
	return page.locator(`${BOARD} .tls-lane-inbox .tls-inbox-card`, { has: page.locator(".tls-inbox-open", { hasText: words }) });
}

function readFile(path: string): Promise<string> {
	return current().page.evaluate((p) => window.preview!.readFile(p), path);
}

async function listFiles(): Promise<string[]> {
	return current().page.evaluate(() => window.preview!.listFiles());
}

/** What the plugin last saved in data.json. */
function pluginData(): Promise<Record<string, unknown>> {
	return current().page.evaluate(async () => ((await window.preview!.pluginData()) ?? {}) as Record<string, unknown>);
}

/** Hides the notices on screen (a click on a notice hides it, as in Obsidian), so that they cover nothing. */
const dismissNotices = (): Promise<void> => dismissIn(current());

test("the writer's journal waits in the Inbox as five ideas, the first with its methods under its words", async () => {
	expect(await readFile(JOURNAL)).toContain(JOURNAL_POST_IDEAS);
	for (const words of [FIRST_IDEA, "Les meilleures idées ne sont pas directement accessibles", "Prendre des notes sur un livre pour un thought leader", "Simplifier vos idées", "Think, Spark, Invest, Re-Invest"]) {
		await expect(inboxCard(words).count()).resolves.toBe(1);
	}
	// Its points are no ideas of their own.
	await expect(inboxCard("Aller dans le passé").count()).resolves.toBe(0);
	await expect(inboxCard(FIRST_IDEA).locator(".tls-inbox-details li").allTextContents()).resolves.toEqual(["Voici 3 méthodes :", "Lire des livres sur le sujet", "Répertorier et se baser sur ce que vous savez déjà", "+1"]);
});

test("promoted, the journal gives five idea notes, and the first one opens with its three methods as its details", async () => {
	const { page } = current();
	const journal = await readFile(JOURNAL);
	await page.evaluate((path) => window.preview!.openFile(path), JOURNAL);
	await expect(page.evaluate(() => window.preview!.runCommand("promote-idea-items"))).resolves.toBe(true);
	await until(async () => (await listFiles()).includes(FIRST_IDEA_PATH), `${FIRST_IDEA_PATH} exists`);
	for (const path of ["Ideas/Les meilleures idées ne sont pas directement accessibles.md", "Ideas/Prendre des notes sur un livre pour un thought leader.md", "Ideas/Simplifier vos idées.md", "Ideas/Think, Spark, Invest, Re-Invest.md"]) {
		await until(async () => (await listFiles()).includes(path), `${path} exists`);
	}
	expect(await readFile(JOURNAL)).toBe(journal);
	await until(async () => (await inboxCard(FIRST_IDEA).count()) === 0, "the first idea leaves the Inbox");

	// The idea's card on the board opens its note.
	const card = page.locator(`${BOARD} .tls-card[data-path="${FIRST_IDEA_PATH}"]`);
	await card.waitFor();
	await card.locator(".tls-card-title").click();
	await until(async () => (await page.evaluate(() => window.preview!.activeFile())) === FIRST_IDEA_PATH, "the first idea note is open");
	const shown = await page.locator(`textarea.preview-note-text[data-path="${FIRST_IDEA_PATH}"]`).inputValue();
	const body = shown.split("\n---\n")[1];
	expect(body).toBe(`${FIRST_IDEA}\n\nVoici 3 méthodes :\n${METHODS.join("\n")}\n`);
	await dismissNotices();
});

test("an Inbox card dismissed from its ⋮ menu leaves the Inbox, stays out after a reload, and comes back from the Dismissed list", async () => {
	const { page } = current();
	await showWholeInbox();
	const card = inboxCard(DISMISSED);
	await card.scrollIntoViewIfNeeded();
	await card.locator(".tls-card-menu").click();
	const menu = page.locator(".menu");
	await menu.waitFor();
	await expect(menu.locator(".menu-item.is-label").textContent()).resolves.toBe(DISMISSED);
	await expect(menu.locator(".menu-item:not(.is-label)").allTextContents()).resolves.toEqual(["Promote to an idea note", "Dismiss from the Inbox", "Open source note"]);
	await current().screenshot("inbox-card-menu");
	await menu.locator(".menu-item", { hasText: "Dismiss from the Inbox" }).click();

	await until(async () => (await card.count()) === 0, "the dismissed card leaves the Inbox");
	await expect(page.locator(`${BOARD} .tls-inbox-dismissed-toggle`).textContent()).resolves.toBe("Dismissed (1)");
	await until(async () => JSON.stringify((await pluginData()).dismissedInbox) === JSON.stringify([{ source: CARNET_PATH, text: DISMISSED }]), "data.json keeps the dismissed item");
	expect(await readFile(CARNET_PATH)).toBe(CARNET);

	// Obsidian starts again: the page is reloaded, the notes read anew from disk.
	await open("");
	await expect(inboxCard("Relire ses notes : « le carnet » comme atelier").count()).resolves.toBe(1);
	await expect(inboxCard(DISMISSED).count()).resolves.toBe(0);
	const toggle = page.locator(`${BOARD} .tls-inbox-dismissed-toggle`);
	await expect(toggle.textContent()).resolves.toBe("Dismissed (1)");

	await toggle.click();
	const row = page.locator(`${BOARD} .tls-inbox-dismissed-card`, { hasText: DISMISSED });
	await expect(row.locator(".tls-card-source").textContent()).resolves.toBe("from Carnet de bord");
	await row.scrollIntoViewIfNeeded();
	await current().screenshot("inbox-dismissed-list");
	await row.locator(".tls-inbox-restore").click();
	await until(async () => (await inboxCard(DISMISSED).count()) === 1, "the card is back in the Inbox");
	await until(async () => !("dismissedInbox" in (await pluginData())), "data.json keeps no dismissed item");
	await expect(page.locator(`${BOARD} .tls-inbox-dismissed-toggle`).count()).resolves.toBe(0);
	await dismissNotices();
});

test("on a phone, in French, every control of an Inbox card is a touch target of at least 44 px", async () => {
	const { page } = current();
	await page.setViewportSize(PHONE);
	await open("?mobile=1&lang=fr");
	const card = inboxCard("Relire ses notes : « le carnet » comme atelier");
	await card.scrollIntoViewIfNeeded();
	await card.locator(".tls-inbox-select input").click();
	await expect(page.locator(`${BOARD} .tls-inbox-selected-count`).textContent()).resolves.toBe("1 sélectionné");
	const controls = {
		checkbox: ".tls-inbox-select",
		title: ".tls-inbox-open",
		menu: ".tls-card-menu",
		source: "a.tls-card-source",
		promote: ".tls-card-promote",
	};
	const small: string[] = [];
	for (const [what, selector] of Object.entries(controls)) {
		const box = await card.locator(selector).boundingBox();
		if (!box) small.push(`${what}: not on screen`);
		else if (box.width < TOUCH_TARGET || box.height < TOUCH_TARGET) small.push(`${what} is ${Math.round(box.width)}×${Math.round(box.height)}`);
	}
	for (const selector of [".tls-inbox-promote-selected", ".tls-inbox-dismiss-selected", ".tls-inbox-select-all", ".tls-inbox-clear-selection"]) {
		const box = await page.locator(`${BOARD} ${selector}`).boundingBox();
		if (!box || box.width < TOUCH_TARGET || box.height < TOUCH_TARGET) small.push(`${selector} is ${box ? `${Math.round(box.width)}×${Math.round(box.height)}` : "not on screen"}`);
	}
	expect(small).toEqual([]);
	await expect(card.locator(".tls-inbox-details li").allTextContents()).resolves.toEqual(["un carnet par client", "relire chaque vendredi"]);
	await expect(card.locator(".tls-card-menu").getAttribute("aria-label")).resolves.toBe(`Actions pour «${NBSP}Relire ses notes : « le carnet » comme atelier${NBSP}»`);
	// The search keeps the selected card in sight, under the bar, for the screenshot.
	await page.locator(`${BOARD} .tls-board-search`).fill("comme atelier");
	await until(async () => (await page.locator(`${BOARD} .tls-lane-inbox .tls-inbox-card`).count()) === 1, "the search leaves one Inbox card");
	await expect(page.locator(`${BOARD} .tls-inbox-selected-count`).textContent()).resolves.toBe("1 sélectionné");
	await page.locator(`${BOARD} .tls-lane-inbox`).evaluate((el) => el.scrollIntoView({ block: "start" }));
	await current().screenshot("inbox-phone-fr");
});
