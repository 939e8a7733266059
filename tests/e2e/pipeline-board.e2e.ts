/**
 * The idea pipeline board in Chromium, over the real plugin in the preview: capture from the palette,
 * promotion from the inbox, a real drag between lanes that changes only the `status` line of a note
 * with odd frontmatter (comments, quotes, CRLF), undo by the Notice and by the command, keyboard moves,
 * the "Other" lane for an unknown status, and screenshots in light, dark and French. Then, in French,
 * the board in a main tab: columns side by side, lanes that collapse and stay so, "+" in a lane,
 * the inbox's sort, its duplicates and its titles, counts under a filter, scrolling while dragging
 * near an edge, and the names a screen reader gives to the board's controls.
 */
import type { Locator } from "playwright-core";
import { cleanUpAfterTests, dismissNotices as dismissIn, makeTestVault, pageToday, startSession, until, type Session } from "./browser";

const PLUGIN_ID = "thought-leadership-studio";
const BOARD = "thought-leadership-pipeline";
const BOARD_SELECTOR = `.workspace-leaf-content[data-type="${BOARD}"]`;

/** A watched note (tag `journal`) with idea items of its own, so the inbox holds known items. */
const INBOX_SOURCE_PATH = "Journal/2024-06-10.md";
const INBOX_ITEM = "Pourquoi les clients achètent une position";
const INBOX_SOURCE = `---
created: 2024-06-10T08:15
tags:
  - journal
---
Une matinée à relire les retours de clients.

## Idées de posts
- ${INBOX_ITEM}
- Le carnet d'idées comme outil de travail
`;

/** A second watched note holding one of the same items: the inbox shows it once, "in 2 notes". */
const SECOND_SOURCE_PATH = "Réflexions/Carnet de bord.md";
const SHARED_ITEM = "Le carnet d'idées comme outil de travail";
const SECOND_SOURCE = `---
created: 2024-06-12T08:00
tags:
  - journal
---
## Idées de posts
- Relire ses notes : « le carnet » comme atelier
- ${SHARED_ITEM}
`;

/**
 * An idea note whose frontmatter a naive serialiser would rewrite: a comment line, a trailing comment
 * on the status line itself, single and double quotes, a flow list, properties after `status`, CRLF
 * line endings everywhere, and a body.
 */
const ODD_PATH = "Idées/Le doute comme méthode.md";
const ODD_STATUS_LINE = `status: "think"   # where it stands`;
const ODD_NOTE = [
	"---",
	"# kept by hand, do not reorder",
	"type: idea",
	`title: 'Le doute, "comme" méthode'`,
	ODD_STATUS_LINE,
	"created: 2024-05-01T09:00",
	`source: "[[Le piège de l'expertise]]"`,
	"tags: [idée, 'méthode']",
	"priority:   2",
	"aliases:",
	"  - doute",
	"---",
	"Le doute comme méthode.",
	"",
	"Une ligne de corps, avec : des deux-points et des « guillemets ».",
	"",
].join("\r\n");

/** A second idea note, for keyboard moves. */
const KEYS_PATH = "Idées/Écrire avant de savoir.md";
const KEYS_NOTE = `---
type: idea
status: spark
created: 2024-05-20T10:00
tags:
  - écriture
---
Écrire avant de savoir.
`;

/** An idea whose status is none of the stages. */
const UNKNOWN_PATH = "Idées/Une idée en suspens.md";
const UNKNOWN_NOTE = `---
type: idea
status: peut-être
created: 2024-05-22T10:00
---
Une idée en suspens.
`;

let vault: string;
let session: Session;
/** Today by the page's clock: the day each move writes in `stage-since`. */
let today: string;

beforeAll(async () => {
	vault = makeTestVault({ [INBOX_SOURCE_PATH]: INBOX_SOURCE, [SECOND_SOURCE_PATH]: SECOND_SOURCE });
	session = await startSession({ vault });
	await boardIn("en");
	today = await pageToday(session);
});

cleanUpAfterTests(() => ({ session, vault }));

/** Writes the fixture notes through the vault, as a sync or another editor would. */
async function writeFixtures(): Promise<void> {
	const notes: [string, string][] = [
		[ODD_PATH, ODD_NOTE],
		[KEYS_PATH, KEYS_NOTE],
		[UNKNOWN_PATH, UNKNOWN_NOTE],
	];
	await session.page.evaluate(async (list) => {
		for (const [path, text] of list) await window.preview!.writeFile(path, text);
	}, notes);
}

/**
 * The board in the side panel, in `language`, over the fixtures: what each part of this file starts from.
 * A page in another language is reloaded (the vault read again from disk) and the fixtures go in through
 * the vault, as a sync or another editor would, before the board opens.
 */
async function boardIn(language: "en" | "fr"): Promise<void> {
	const url = session.page.url();
	const shown = url.startsWith("http") ? (new URL(url).searchParams.get("lang") ?? "en") : null;
	if (shown !== language) {
		await session.open(language === "fr" ? "?lang=fr" : "");
		await writeFixtures();
	}
	await openBoard();
}

/** Writes `text` to the note through the vault and waits for its card in `key`: a moved note put back, so a test starts from it whatever the one before left. */
async function putBack(path: string, text: string, key: string): Promise<void> {
	await session.page.evaluate(({ p, t }) => window.preview!.writeFile(p, t), { p: path, t: text });
	await untilInLane(path, key);
}

/** The board in the side panel (a tab may hold another). */
async function openBoard(): Promise<void> {
	const side = `.mod-right-split ${BOARD_SELECTOR}`;
	await session.page.evaluate((type) => window.preview!.openView(type), BOARD);
	await session.page.locator(`${side} .tls-lane[data-lane="spark"]`).waitFor();
	// The index's first pass (its cache comes from IndexedDB) may still be running: the board says so until it is done.
	await session.page.locator(`${side} .tls-board-loading.is-hidden`).waitFor({ state: "attached" });
}

function readFile(path: string): Promise<string> {
	return session.page.evaluate((p) => window.preview!.readFile(p), path);
}

async function listFiles(): Promise<string[]> {
	return session.page.evaluate(() => window.preview!.listFiles());
}

function lane(key: string): Locator {
	return session.page.locator(`${BOARD_SELECTOR} .tls-lane[data-lane="${key}"]`);
}

function card(path: string): Locator {
	return session.page.locator(`${BOARD_SELECTOR} .tls-card[data-path="${path.replace(/"/g, '\\"')}"]`);
}

/** The key of the lane a card is in, or null when it is not on the board. */
async function laneOf(path: string): Promise<string | null> {
	const found = card(path);
	if ((await found.count()) === 0) return null;
	return found.first().evaluate((el) => el.closest(".tls-lane")?.getAttribute("data-lane") ?? null);
}

async function untilInLane(path: string, key: string): Promise<void> {
	await until(async () => (await laneOf(path)) === key, `"${path}" shows in lane ${key}`);
}

async function untilFileIs(path: string, text: string): Promise<void> {
	await until(async () => (await readFile(path)) === text, `"${path}" holds the expected text`);
}

/**
 * What a move makes of a note's text, byte for byte: its one `status` line changed, and the day of the move in
 * the `stage-since` line below it (written there when the note had none, changed in its place when it had one).
 */
function afterMove(text: string, from: string, to: string): string {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	expect(text.split(from + eol)).toHaveLength(2);
	const since = new RegExp(`${eol}stage-since: [^\\r\\n]*`);
	if (since.test(text)) return text.replace(from + eol, to + eol).replace(since, `${eol}stage-since: ${today}`);
	return text.replace(from + eol, `${to}${eol}stage-since: ${today}${eol}`);
}

/** Drags a card onto a lane with the mouse; falls back to dispatched HTML5 drag events if the native drag did not land. */
async function dragCard(path: string, toKey: string): Promise<"mouse" | "events"> {
	const source = card(path).first();
	const target = lane(toKey).locator(".tls-lane-cards");
	// The card at the top of the pane, so that the lane below it is in the window, where a drag can reach.
	await source.evaluate((el) => el.scrollIntoView({ block: "start" }));
	await source.dragTo(target, { targetPosition: { x: 24, y: 8 } });
	try {
		await untilInLane(path, toKey);
		return "mouse";
	} catch {
		const dataTransfer = await session.page.evaluateHandle(() => new DataTransfer());
		await source.dispatchEvent("dragstart", { dataTransfer });
		await target.dispatchEvent("dragenter", { dataTransfer });
		await target.dispatchEvent("dragover", { dataTransfer });
		await target.dispatchEvent("drop", { dataTransfer });
		await source.dispatchEvent("dragend", { dataTransfer }).catch(() => undefined);
		await untilInLane(path, toKey);
		return "events";
	}
}

/** Hides the notices on screen (a click on a notice hides it, as in Obsidian), so that screenshots show the board. */
const dismissNotices = (): Promise<void> => dismissIn(session);

async function clickNoticeButton(text: RegExp): Promise<void> {
	const button = session.page.locator(".notice", { hasText: text }).locator(".tls-notice-button").last();
	await button.waitFor();
	await button.click();
}

test("every lane of the default stages shows in order after the inbox, each with its count", async () => {
	const keys = await session.page.locator(`${BOARD_SELECTOR} .tls-lane`).evaluateAll((els) => els.map((el) => el.getAttribute("data-lane")));
	expect(keys.slice(0, 5)).toEqual(["__inbox", "think", "spark", "invest", "re-invest"]);
	await expect(session.page.locator(`${BOARD_SELECTOR} .tls-lane-inbox`).count()).resolves.toBe(1);
	for (const key of ["think", "spark", "invest", "re-invest"]) {
		const count = Number(await lane(key).locator(".tls-lane-count").textContent());
		await expect(lane(key).locator(".tls-card[data-path]").count()).resolves.toBe(count);
	}
	await untilInLane(ODD_PATH, "think");
	await untilInLane(KEYS_PATH, "spark");
});

test("an idea captured from the palette becomes a note in Ideas/ linked to the active note, and its card shows in Think", async () => {
	const { page } = session;
	const idea = "Montrer l'erreur du client plutôt que la méthode";
	// The plugin starts in this vault for the first time with Obsidian in English: its folders are English ones.
	const expectedPath = `Ideas/${idea}.md`;
	expect(await listFiles()).not.toContain(expectedPath);
	const thinkBefore = Number(await lane("think").locator(".tls-lane-count").textContent());

	await page.locator(".nav-file-title", { hasText: "2024-02-22" }).first().click();
	await expect(page.evaluate(() => window.preview!.activeFile())).resolves.toBe("Journal/2024-02-22.md");

	await page.keyboard.press("Control+p");
	const palette = page.locator(".preview-command-palette");
	await palette.locator("input.prompt-input").waitFor();
	await page.keyboard.type("Capture an idea");
	await expect(palette.locator(".suggestion-item.is-selected").getAttribute("data-command-id")).resolves.toBe(`${PLUGIN_ID}:capture-idea`);
	await page.keyboard.press("Enter");

	const input = page.locator("input.tls-capture-idea");
	await input.waitFor();
	await until(() => input.evaluate((el) => el === document.activeElement), "the idea field has the focus");
	await expect(page.locator(".tls-capture-source").textContent()).resolves.toContain("2024-02-22");
	await page.keyboard.type(idea);
	await page.keyboard.press("Enter");

	await until(async () => (await listFiles()).includes(expectedPath), `${expectedPath} exists`);
	await expect(page.locator("input.tls-capture-idea").count()).resolves.toBe(0);
	const text = await readFile(expectedPath);
	const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
	expect(frontmatter.split("\n")).toEqual(
		expect.arrayContaining(["type: idea", "status: think", expect.stringMatching(/^source: "\[\[(Journal\/)?2024-02-22\]\]"$/), expect.stringMatching(/^created: \d{4}-\d\d-\d\dT\d\d:\d\d$/)]),
	);
	expect(text).toContain(`\n${idea}\n`);

	await untilInLane(expectedPath, "think");
	await expect(card(expectedPath).locator(".tls-card-title").textContent()).resolves.toBe(idea);
	await until(async () => Number(await lane("think").locator(".tls-lane-count").textContent()) === thinkBefore + 1, "the Think count grows by one");
	await expect(page.evaluate(() => window.preview!.notices())).resolves.toContainEqual(expect.stringContaining(`Idea captured: ${idea}`));
});

test("promoting an inbox item creates an idea note linked to its source, takes it out of the inbox, and leaves the source untouched", async () => {
	const { page } = session;
	const sourceBefore = await readFile(INBOX_SOURCE_PATH);
	const expectedPath = `Ideas/${INBOX_ITEM}.md`;
	const inbox = page.locator(`${BOARD_SELECTOR} .tls-lane-inbox`);
	const item = inbox.locator(".tls-inbox-card", { hasText: INBOX_ITEM });
	// The inbox shows its first items only; "Show all" reveals the rest.
	if ((await item.count()) === 0) await inbox.locator(".tls-inbox-toggle").click();
	await item.waitFor();
	await expect(item.locator(".tls-card-source").textContent()).resolves.toContain("2024-06-10");

	await item.locator(".tls-card-promote").click();

	await until(async () => (await listFiles()).includes(expectedPath), `${expectedPath} exists`);
	const text = await readFile(expectedPath);
	expect(text).toMatch(/^---\ntype: idea\nstatus: think\n/);
	expect(text).toMatch(/\nsource: "\[\[(Journal\/)?2024-06-10\]\]"\n/);
	expect(text).toContain(`\n${INBOX_ITEM}\n`);
	await until(async () => (await item.count()) === 0, "the promoted item leaves the inbox");
	// The other item of the same note stays in the inbox.
	await expect(page.locator(`${BOARD_SELECTOR} .tls-lane-inbox .tls-inbox-card`, { hasText: "Le carnet d'idées" }).count()).resolves.toBe(1);
	await untilInLane(expectedPath, "think");
	expect(await readFile(INBOX_SOURCE_PATH)).toBe(sourceBefore);
	// Back to the short inbox, so that the stages stay in sight for the screenshots.
	const toggle = inbox.locator(".tls-inbox-toggle");
	if ((await toggle.count()) > 0 && (await inbox.locator(".tls-inbox-card").count()) > 5) await toggle.click();
});

test("dragging a card to another lane changes only the status line of its note and writes the day of the move below it, byte for byte", async () => {
	const before = await readFile(ODD_PATH);
	// The vault kept the fixture exactly as written, CRLF included.
	expect(before).toBe(ODD_NOTE);
	await untilInLane(ODD_PATH, "think");
	const sparkBefore = Number(await lane("spark").locator(".tls-lane-count").textContent());

	const how = await dragCard(ODD_PATH, "spark");

	const expected = afterMove(before, ODD_STATUS_LINE, `status: spark   # where it stands`);
	await untilFileIs(ODD_PATH, expected);
	expect((await readFile(ODD_PATH)).split("\r\n").slice(3, 7)).toEqual([`title: 'Le doute, "comme" méthode'`, "status: spark   # where it stands", `stage-since: ${today}`, "created: 2024-05-01T09:00"]);
	await untilInLane(ODD_PATH, "spark");
	await expect(card(ODD_PATH).count()).resolves.toBe(1);
	await until(async () => Number(await lane("spark").locator(".tls-lane-count").textContent()) === sparkBefore + 1, "the Spark count grows by one");
	// Say which way the drag went, so a fallback to dispatched events does not go unnoticed.
	expect(how).toBe("mouse");
});

test("the Notice's Undo button puts the moved note back exactly as it was", async () => {
	await dismissNotices();
	await putBack(ODD_PATH, ODD_NOTE, "think");
	await dragCard(ODD_PATH, "spark");
	await untilFileIs(ODD_PATH, afterMove(ODD_NOTE, ODD_STATUS_LINE, "status: spark   # where it stands"));
	await clickNoticeButton(/moved to Spark/);
	await untilFileIs(ODD_PATH, ODD_NOTE);
	await untilInLane(ODD_PATH, "think");
	await expect(session.page.evaluate(() => window.preview!.notices())).resolves.toContainEqual(expect.stringContaining("Move undone"));
});

test("the undo-board-move command puts a moved note back exactly as it was", async () => {
	// A notice left by a move sits over the lanes, as it would for a person: put it away first.
	await dismissNotices();
	await putBack(ODD_PATH, ODD_NOTE, "think");
	await dragCard(ODD_PATH, "spark");
	const moved = afterMove(ODD_NOTE, ODD_STATUS_LINE, "status: spark   # where it stands");
	await untilFileIs(ODD_PATH, moved);

	await expect(session.page.evaluate((id) => window.preview!.runCommand(id), `${PLUGIN_ID}:undo-board-move`)).resolves.toBe(true);

	await untilFileIs(ODD_PATH, ODD_NOTE);
	await untilInLane(ODD_PATH, "think");
	expect(await readFile(ODD_PATH)).toBe(ODD_NOTE);
});

test("Shift+ArrowRight on a focused card moves it one stage, and Shift+ArrowLeft brings it back", async () => {
	const { page } = session;
	await putBack(KEYS_PATH, KEYS_NOTE, "spark");
	const before = await readFile(KEYS_PATH);
	await card(KEYS_PATH).focus();

	await page.keyboard.press("Shift+ArrowRight");
	await untilInLane(KEYS_PATH, "invest");
	const moved = afterMove(before, "status: spark", "status: invest");
	await untilFileIs(KEYS_PATH, moved);

	await page.keyboard.press("Shift+ArrowLeft");
	await untilInLane(KEYS_PATH, "spark");
	// Back in Spark, since today: the status as it was, the day of this move below it.
	await untilFileIs(KEYS_PATH, afterMove(moved, "status: invest", "status: spark"));
});

// The lane holding the moved card is redrawn when the index reports the write; the card must keep the focus.
test("a card moved with the keyboard keeps the focus after the note is written, so the next key press moves it again", async () => {
	const { page } = session;
	await putBack(KEYS_PATH, KEYS_NOTE, "spark");
	const before = await readFile(KEYS_PATH);
	await card(KEYS_PATH).focus();
	try {
		await page.keyboard.press("Shift+ArrowRight");
		await untilInLane(KEYS_PATH, "invest");
		await untilFileIs(KEYS_PATH, afterMove(before, "status: spark", "status: invest"));
		await page.waitForTimeout(200);
		await until(() => card(KEYS_PATH).evaluate((el) => el === document.activeElement), "the moved card keeps the focus", 1000);
		await page.keyboard.press("Shift+ArrowRight");
		await untilInLane(KEYS_PATH, "re-invest");
	} finally {
		// Back to spark whatever happened, for the tests that follow.
		await page.evaluate(({ path, text }) => window.preview!.writeFile(path, text), { path: KEYS_PATH, text: before });
		await untilInLane(KEYS_PATH, "spark");
	}
});

test("a tap on a card's menu button moves it, the way a phone user without drag or keys would", async () => {
	const { page } = session;
	await putBack(KEYS_PATH, KEYS_NOTE, "spark");
	const before = await readFile(KEYS_PATH);
	try {
		await card(KEYS_PATH).locator(".tls-card-menu").click();
		await page.locator(".menu .menu-item", { hasText: "Move to Re-invest" }).click();
		await untilInLane(KEYS_PATH, "re-invest");
		await untilFileIs(KEYS_PATH, afterMove(before, "status: spark", "status: re-invest"));
		// The tap opened the menu, not the note.
		await expect(page.evaluate(() => window.preview!.activeFile())).resolves.not.toBe(KEYS_PATH);
	} finally {
		await page.evaluate(({ path, text }) => window.preview!.writeFile(path, text), { path: KEYS_PATH, text: before });
		await untilInLane(KEYS_PATH, "spark");
	}
});

test("an idea with an unknown status shows in an Other lane with a warning", async () => {
	const other = lane("__other");
	await other.waitFor();
	await expect(other.locator(".tls-lane-title").textContent()).resolves.toBe("Other");
	await expect(other.locator(".tls-lane-count").textContent()).resolves.toBe("1");
	const unknown = card(UNKNOWN_PATH);
	await expect(laneOf(UNKNOWN_PATH)).resolves.toBe("__other");
	await expect(unknown.locator(".tls-card-warning").textContent()).resolves.toContain('Unknown status "peut-être"');
	// Other comes after the stages.
	const keys = await session.page.locator(`${BOARD_SELECTOR} .tls-lane`).evaluateAll((els) => els.map((el) => el.getAttribute("data-lane")));
	expect(keys.at(-1)).toBe("__other");
});

test("the board looks right in light and dark mode", async () => {
	const { page } = session;
	await page.locator(".nav-file-title", { hasText: "Le doute comme méthode" }).first().click();
	await dismissNotices();
	for (const theme of ["light", "dark"] as const) {
		await page.evaluate((t) => window.preview!.setTheme(t), theme);
		await expect(page.locator(`body.theme-${theme}`).count()).resolves.toBe(1);
		await page.locator(`${BOARD_SELECTOR} .tls-board-lanes`).evaluate((el) => el.scrollTo(0, 0));
		await session.screenshot(`board-${theme}`);
		// The stages, below the inbox in the sidebar.
		await lane("think").evaluate((el) => el.scrollIntoView({ block: "start" }));
		await session.screenshot(`board-${theme}-stages`);
	}
	await page.evaluate(() => window.preview!.setTheme("light"));
	await page.locator(`${BOARD_SELECTOR} .tls-board-lanes`).evaluate((el) => el.scrollTo(0, 0));
});

test("the board speaks French with ?lang=fr", async () => {
	const { page } = session;
	await boardIn("fr");
	await untilInLane(UNKNOWN_PATH, "__other");
	await expect(lane("spark").locator(".tls-lane-title").textContent()).resolves.toBe("Étincelle");
	await expect(lane("__other").locator(".tls-lane-title").textContent()).resolves.toBe("Autres");
	await expect(session.page.locator(`${BOARD_SELECTOR} .tls-lane-inbox .tls-lane-title`).textContent()).resolves.toBe("Boîte de réception");
	await expect(session.page.locator(`${BOARD_SELECTOR} .tls-card-promote`).first().textContent()).resolves.toBe("Promouvoir");
	await expect(card(UNKNOWN_PATH).locator(".tls-card-warning").textContent()).resolves.toContain("Statut inconnu");
	// Never moved by the plugin since its creation in 2024: its days in Think count from then, and say its age.
	await expect(card(ODD_PATH).locator(".tls-card-stalled").textContent()).resolves.toMatch(/^\d+ jours dans cette étape, depuis sa création$/);
	// Moved into Spark today: its age, and no days waited yet.
	await page.evaluate(({ path, text }) => window.preview!.writeFile(path, text), { path: KEYS_PATH, text: KEYS_NOTE.replace("status: spark\n", `status: spark\nstage-since: ${today}\n`) });
	await until(async () => (await card(KEYS_PATH).locator(".tls-card-stalled").count()) === 0, "the card moved today says no days waited");
	await expect(card(KEYS_PATH).locator(".tls-card-age").textContent()).resolves.toMatch(/^il y a /);
	await page.locator(".nav-file-title", { hasText: "Le doute comme méthode" }).first().click();
	await session.screenshot("board-fr");
});

// From here on, in French: each test starts from the board in French (the page reloaded once, by the first).
const TAB_BOARD = `.mod-root ${BOARD_SELECTOR}`;
const SIDE_BOARD = `.mod-right-split ${BOARD_SELECTOR}`;

function laneIn(board: string, key: string): Locator {
	return session.page.locator(`${board} .tls-lane[data-lane="${key}"]`);
}

async function openTabBoard(): Promise<void> {
	await expect(session.page.evaluate((id) => window.preview!.runCommand(id), `${PLUGIN_ID}:open-pipeline-tab`)).resolves.toBe(true);
	await laneIn(TAB_BOARD, "spark").waitFor();
}

/**
 * Runs `check` in a smaller window, then gives the window its size back: four stages fit a
 * 1280 × 800 window, and these checks need a board larger than its pane.
 */
async function inSmallerWindow(size: { width: number; height: number }, check: () => Promise<void>): Promise<void> {
	const { page } = session;
	const full = page.viewportSize();
	await page.setViewportSize(size);
	try {
		await check();
	} finally {
		if (full) await page.setViewportSize(full);
	}
}

/** The side board's filter menus and its whole inbox on screen, whatever the tests before left shown. */
async function unfoldSideBoard(): Promise<void> {
	const filters = session.page.locator(`${SIDE_BOARD} .tls-board-filters-toggle`);
	if ((await filters.getAttribute("aria-expanded")) === "false") await filters.click();
	const inbox = session.page.locator(`${SIDE_BOARD} .tls-lane-inbox`);
	if ((await inbox.locator(".tls-inbox-toggle").count()) > 0 && (await inbox.locator(".tls-inbox-card").count()) <= 5) await inbox.locator(".tls-inbox-toggle").click();
}

async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
	const box = await locator.boundingBox();
	if (!box) throw new Error("not on screen");
	return box;
}

test("open-pipeline-tab opens the board in a main tab, lanes as columns side by side that scroll across, and gives it the focus; the side panel stays stacked", async () => {
	await boardIn("fr");
	await inSmallerWindow({ width: 960, height: 800 }, async () => {
		await openTabBoard();
		const leaves = await session.page.evaluate(() => window.preview!.listLeaves());
		expect(leaves.filter((leaf) => leaf.type === BOARD).map((leaf) => leaf.side).sort()).toEqual(["right", "root"]);
		await until(() => session.page.evaluate((board) => document.activeElement?.closest(board) != null, TAB_BOARD), "the tab board has the focus");

		const spark = await boxOf(laneIn(TAB_BOARD, "spark"));
		const think = await boxOf(laneIn(TAB_BOARD, "think"));
		expect(spark.x).toBeGreaterThan(think.x + think.width - 1);
		expect(Math.abs(think.y - spark.y)).toBeLessThan(2);
		const lanes = session.page.locator(`${TAB_BOARD} .tls-board-lanes`);
		expect(await lanes.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		expect(await lanes.evaluate((el) => getComputedStyle(el).overflowX)).toBe("auto");

		const sideSpark = await boxOf(laneIn(SIDE_BOARD, "spark"));
		const sideThink = await boxOf(laneIn(SIDE_BOARD, "think"));
		expect(sideSpark.y).toBeGreaterThan(sideThink.y + sideThink.height - 1);
		expect(Math.abs(sideThink.x - sideSpark.x)).toBeLessThan(2);
	});
});

test("a collapsed lane hides its cards and is still collapsed after the board is closed and opened again, in its place only", async () => {
	await boardIn("fr");
	await openTabBoard();
	const { page } = session;
	const think = laneIn(TAB_BOARD, "think");
	const toggle = think.locator(".tls-lane-toggle");
	await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
	await toggle.click();
	await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
	await expect(think.locator(".tls-lane-cards").isVisible()).resolves.toBe(false);
	expect((await boxOf(think)).width).toBeLessThan(80);

	await page.evaluate((type) => {
		const app = window.preview!.app;
		for (const leaf of app.workspace.getLeavesOfType(type)) if (leaf.view.containerEl.closest(".mod-root")) leaf.detach();
	}, BOARD);
	await until(async () => (await page.locator(TAB_BOARD).count()) === 0, "the tab board is closed");
	await openTabBoard();
	await expect(laneIn(TAB_BOARD, "think").locator(".tls-lane-toggle").getAttribute("aria-expanded")).resolves.toBe("false");
	await expect(laneIn(TAB_BOARD, "think").locator(".tls-lane-cards").isVisible()).resolves.toBe(false);
	// The side panel keeps its own lanes open.
	await expect(laneIn(SIDE_BOARD, "think").locator(".tls-lane-toggle").getAttribute("aria-expanded")).resolves.toBe("true");

	await laneIn(TAB_BOARD, "think").locator(".tls-lane-toggle").click();
	await expect(laneIn(TAB_BOARD, "think").locator(".tls-lane-cards").isVisible()).resolves.toBe(true);
});

test("the board's search and sort are still there after it is closed and opened again in its place", async () => {
	await boardIn("fr");
	await openTabBoard();
	const { page } = session;
	const search = page.locator(`${TAB_BOARD} .tls-board-search`);
	const spark = laneIn(TAB_BOARD, "spark");
	const total = Number(await spark.locator(".tls-lane-count").textContent());
	await search.fill("écrire avant");
	await page.locator(`${TAB_BOARD} .tls-board-sort`).selectOption("title");
	await until(async () => (await spark.locator(".tls-lane-count").textContent()) === `1 / ${total}`, "the search hides all but one card");

	await page.evaluate((type) => {
		const app = window.preview!.app;
		for (const leaf of app.workspace.getLeavesOfType(type)) if (leaf.view.containerEl.closest(".mod-root")) leaf.detach();
	}, BOARD);
	await until(async () => (await page.locator(TAB_BOARD).count()) === 0, "the tab board is closed");
	await openTabBoard();
	await expect(page.locator(`${TAB_BOARD} .tls-board-search`).inputValue()).resolves.toBe("écrire avant");
	await expect(page.locator(`${TAB_BOARD} .tls-board-sort`).inputValue()).resolves.toBe("title");
	await until(async () => (await laneIn(TAB_BOARD, "spark").locator(".tls-lane-count").textContent()) === `1 / ${total}`, "the search still hides all but one card");
	await expect(laneIn(TAB_BOARD, "spark").locator(".tls-card-title").allTextContents()).resolves.toEqual(["Écrire avant de savoir"]);
	// The side panel keeps its own search.
	await expect(page.locator(`${SIDE_BOARD} .tls-board-search`).inputValue()).resolves.toBe("");

	await page.locator(`${TAB_BOARD} .tls-board-search`).fill("");
	await page.locator(`${TAB_BOARD} .tls-board-sort`).selectOption("created");
	await until(async () => (await laneIn(TAB_BOARD, "spark").locator(".tls-lane-count").textContent()) === String(total), "the whole board shows again");
});

test("\"+\" in a lane captures an idea straight into that stage, the writer's words kept", async () => {
	await boardIn("fr");
	await openTabBoard();
	const { page } = session;
	const idea = "Simplifier sans mentir : la règle des « trois » exemples, \"vraiment\" et l'art du doute";
	const before = await listFiles();
	const draftsBefore = Number(await laneIn(TAB_BOARD, "invest").locator(".tls-lane-count").textContent());

	await page.getByRole("button", { name: "Capturer une idée dans Investir" }).first().click();
	const input = page.locator("input.tls-capture-idea");
	await input.waitFor();
	await expect(page.locator(".modal-title").last().textContent()).resolves.toBe("Capturer une idée dans Investir");
	await input.fill(idea);
	await page.keyboard.press("Enter");

	await until(async () => (await listFiles()).length === before.length + 1, "a new note exists");
	const created = (await listFiles()).filter((path) => !before.includes(path));
	expect(created).toHaveLength(1);
	const path = created[0] ?? "";
	// The vault first started with Obsidian in English: its folders were chosen then, and French moves none of them.
	expect(path.startsWith("Ideas/")).toBe(true);
	const text = await readFile(path);
	expect(text).toMatch(/^---\ntype: idea\nstatus: invest\n/);
	expect(text).toContain(`\n${idea}\n`);
	await until(async () => (await laneIn(TAB_BOARD, "invest").locator(`.tls-card[data-path="${path.replace(/"/g, '\\"')}"]`).count()) === 1, "the card shows in Investir");
	await until(async () => Number(await laneIn(TAB_BOARD, "invest").locator(".tls-lane-count").textContent()) === draftsBefore + 1, "the Investir count grows by one");
});

test("the inbox follows the sort menu, and shows an item held by two notes once, each note reachable", async () => {
	await boardIn("fr");
	await openTabBoard();
	const { page } = session;
	const inbox = page.locator(`${SIDE_BOARD} .tls-lane-inbox`);
	// In the side panel the menus wait behind the Filters button.
	await unfoldSideBoard();
	const texts = (): Promise<string[]> => inbox.locator(".tls-inbox-open").allTextContents();

	await page.locator(`${SIDE_BOARD} .tls-board-sort`).selectOption("title");
	await until(async () => {
		const shown = await texts();
		return shown.length > 5 && shown.join("\n") === [...shown].sort((a, b) => a.localeCompare(b, "fr", { numeric: true })).join("\n");
	}, "the inbox is in title order");
	await page.locator(`${SIDE_BOARD} .tls-board-sort`).selectOption("created");
	// Newest note first: the second source (12 June) before the first (10 June).
	await until(async () => {
		const shown = await texts();
		return shown.indexOf("Relire ses notes : « le carnet » comme atelier") < shown.indexOf("Pourquoi les clients achètent une position");
	}, "the inbox is newest first");

	const shared = inbox.locator(".tls-inbox-card", { hasText: SHARED_ITEM });
	await expect(shared.count()).resolves.toBe(1);
	await expect(shared.locator(".tls-inbox-count").textContent()).resolves.toBe("dans 2 notes\u00a0:");
	expect((await shared.locator("a.tls-card-source").allTextContents()).sort()).toEqual(["2024-06-10", "Carnet de bord"]);
	await shared.locator("a.tls-card-source", { hasText: "2024-06-10" }).click();
	await until(async () => (await page.evaluate(() => window.preview!.activeFile())) === INBOX_SOURCE_PATH, "that source opens");
	// Opened beside the tab board, not over it.
	await expect(page.locator(TAB_BOARD).count()).resolves.toBe(1);
});

test("an inbox card's title opens its note at the item's line", async () => {
	await boardIn("fr");
	// Beside the tab board, in a tab of its own.
	await openTabBoard();
	const { page } = session;
	const item = "Relire ses notes : « le carnet » comme atelier";
	await page.locator(`${SIDE_BOARD} .tls-inbox-open`, { hasText: item }).click();
	await until(async () => (await page.evaluate(() => window.preview!.activeFile())) === SECOND_SOURCE_PATH, "the note opens");
	const line = SECOND_SOURCE.split("\n").findIndex((l) => l.includes(item));
	const state = await page.evaluate(() => window.preview!.app.workspace.getMostRecentLeaf()?.view.getEphemeralState());
	expect(state).toMatchObject({ line });
});

test("a lane's count says how many cards a filter hides, in figures and in words", async () => {
	await boardIn("fr");
	const { page } = session;
	const search = page.locator(`${SIDE_BOARD} .tls-board-search`);
	const spark = laneIn(SIDE_BOARD, "spark").locator(".tls-lane-count");
	const total = Number(await spark.textContent());
	expect(total).toBeGreaterThan(1);
	await search.fill("écrire avant");
	await until(async () => (await spark.textContent()) === `1 / ${total}`, "the Étincelle count reads 1 / total");
	await expect(spark.getAttribute("aria-label")).resolves.toBe(`Affichées\u00a0: 1 sur ${total}\u00a0; un filtre en masque ${total - 1}`);
	await search.fill("");
	await until(async () => (await spark.textContent()) === String(total), "the count is back to the total");
	await expect(spark.getAttribute("aria-label")).resolves.toBe(`Idées\u00a0: ${total}`);
});

test("the board's buttons and menus have names that say what they do and to which idea or lane", async () => {
	await boardIn("fr");
	const { page } = session;
	const side = page.locator(SIDE_BOARD);
	await unfoldSideBoard();
	await expect(side.getByRole("combobox", { name: "Trier les idées" }).count()).resolves.toBe(1);
	await expect(side.getByRole("combobox", { name: "Filtrer les idées par tag" }).count()).resolves.toBe(1);
	await expect(side.getByRole("combobox", { name: "Filtrer les idées par note source" }).count()).resolves.toBe(1);
	await expect(side.getByRole("button", { name: "Promouvoir « Relire ses notes : « le carnet » comme atelier » en note d'idée", exact: true }).count()).resolves.toBe(1);
	const promoteNames = await side.locator(".tls-card-promote").evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")));
	expect(new Set(promoteNames).size).toBe(promoteNames.length);
	await expect(side.getByRole("button", { name: "Capturer une idée dans Étincelle", exact: true }).count()).resolves.toBe(1);
	await expect(side.getByRole("button", { name: "Étincelle", exact: true }).getAttribute("aria-expanded")).resolves.toBe("true");
	await expect(side.getByRole("button", { name: "Actions pour « Écrire avant de savoir »", exact: true }).count()).resolves.toBe(1);
	await expect(side.getByRole("button", { name: new RegExp(`^Ouvrir «\\s${SHARED_ITEM}\\s» dans (Carnet de bord|2024-06-10)$`) }).count()).resolves.toBe(1);
});

test("dragging a card toward the bottom of the side panel scrolls it down to a lane off screen", async () => {
	await boardIn("fr");
	await putBack(KEYS_PATH, KEYS_NOTE, "spark");
	await inSmallerWindow({ width: 1280, height: 560 }, async () => {
		const { page } = session;
		const before = await readFile(KEYS_PATH);
		const lanes = page.locator(`${SIDE_BOARD} .tls-board-lanes`);
		await lanes.evaluate((el) => el.scrollTo(0, 0));
		const target = laneIn(SIDE_BOARD, "re-invest");
		const source = page.locator(`${SIDE_BOARD} .tls-card[data-path="${KEYS_PATH}"]`);
		await source.scrollIntoViewIfNeeded();
		const start = await lanes.evaluate((el) => el.scrollTop);
		const area = await boxOf(lanes);
		expect(await target.evaluate((el, bottom) => el.getBoundingClientRect().top > bottom, area.y + area.height)).toBe(true);
		try {
			const from = await boxOf(source);
			await page.mouse.move(from.x + 20, from.y + 10);
			await page.mouse.down();
			await page.mouse.move(area.x + area.width / 2, area.y + area.height - 30, { steps: 5 });
			await page.mouse.move(area.x + area.width / 2, area.y + area.height - 4, { steps: 3 });
			await until(() => target.evaluate((el, bottom) => el.getBoundingClientRect().top < bottom - 100, area.y + area.height), "the Re-invest lane scrolls into sight");
			expect(await lanes.evaluate((el) => el.scrollTop)).toBeGreaterThan(start);
			// Out of the edge zone, the board stops scrolling: the drop aims at the part of the lane now in sight.
			await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2, { steps: 2 });
			// The scroll under way ends at its next frame: aim once the board has stood still for a poll.
			let last = -1;
			await until(async () => {
				const now = await lanes.evaluate((el) => el.scrollTop);
				const still = now === last;
				last = now;
				return still;
			}, "the board stops scrolling");
			const drop = await boxOf(target);
			const top = Math.max(drop.y, area.y);
			const bottom = Math.min(drop.y + drop.height, area.y + area.height - 60);
			expect(bottom - top).toBeGreaterThan(20);
			await page.mouse.move(drop.x + drop.width / 2, (top + bottom) / 2, { steps: 5 });
			await page.mouse.move(drop.x + drop.width / 2, (top + bottom) / 2 + 2, { steps: 2 });
			await page.mouse.up();
			await untilFileIs(KEYS_PATH, afterMove(before, "status: spark", "status: re-invest"));
		} finally {
			await page.evaluate(({ path, text }) => window.preview!.writeFile(path, text), { path: KEYS_PATH, text: before });
		}
	});
});

test("dragging a card toward the right of the tab board scrolls the columns across", async () => {
	await boardIn("fr");
	await inSmallerWindow({ width: 960, height: 800 }, async () => {
		const { page } = session;
		// Notes opened since sit in tabs in front of it: the command brings the open board back.
		await openTabBoard();
		await expect(page.locator(TAB_BOARD).count()).resolves.toBe(1);
		const lanes = page.locator(`${TAB_BOARD} .tls-board-lanes`);
		await lanes.evaluate((el) => el.scrollTo(0, 0));
		const source = page.locator(`${TAB_BOARD} .tls-card[data-path="${KEYS_PATH}"]`);
		await source.waitFor();
		await source.scrollIntoViewIfNeeded();
		const area = await boxOf(lanes);
		const from = await boxOf(source);
		await page.mouse.move(from.x + 20, from.y + 10);
		await page.mouse.down();
		await page.mouse.move(area.x + area.width - 30, area.y + area.height / 2, { steps: 5 });
		await page.mouse.move(area.x + area.width - 4, area.y + area.height / 2, { steps: 3 });
		await until(async () => (await lanes.evaluate((el) => el.scrollLeft)) > 100, "the columns scroll across");
		// Dropped outside any lane: nothing is written.
		await page.mouse.move(area.x + area.width / 2, area.y - 40, { steps: 3 });
		await page.mouse.up();
		await lanes.evaluate((el) => el.scrollTo(0, 0));
	});
});

test("the tab board and the side panel look right in French, light and dark", async () => {
	await boardIn("fr");
	const { page } = session;
	await openTabBoard();
	await dismissNotices();
	// A collapsed column among open ones.
	await laneIn(TAB_BOARD, "__inbox").locator(".tls-lane-toggle").click();
	for (const theme of ["light", "dark"] as const) {
		await page.evaluate((t) => window.preview!.setTheme(t), theme);
		await expect(page.locator(`body.theme-${theme}`).count()).resolves.toBe(1);
		await session.screenshot(`board-fr-tab-${theme}`);
	}
	await laneIn(TAB_BOARD, "__inbox").locator(".tls-lane-toggle").click();
	await page.locator(".nav-file-title", { hasText: "Le doute comme méthode" }).first().click();
	for (const theme of ["light", "dark"] as const) {
		await page.evaluate((t) => window.preview!.setTheme(t), theme);
		await page.locator(`${SIDE_BOARD} .tls-board-lanes`).evaluate((el) => el.scrollTo(0, 0));
		await session.screenshot(`board-fr-side-${theme}`);
	}
	await page.evaluate(() => window.preview!.setTheme("light"));
});
