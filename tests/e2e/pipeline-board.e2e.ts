/**
 * The idea pipeline board in Chromium, over the real plugin in the preview: capture from the palette,
 * promotion from the inbox, a real drag between lanes that changes only the `status` line of a note
 * with odd frontmatter (comments, quotes, CRLF), undo by the Notice and by the command, keyboard moves,
 * the "Other" lane for an unknown status, and screenshots in light, dark and French.
 */
import type { Locator } from "playwright-core";
import { cleanUpAfterTests, makeTestVault, startSession, until, type Session } from "./browser";

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

beforeAll(async () => {
	vault = makeTestVault({ [INBOX_SOURCE_PATH]: INBOX_SOURCE });
	session = await startSession({ vault });
	await session.open();
	// The fixtures go in through the vault, as a sync or another editor would, before the board opens.
	await writeFixtures();
	await openBoard();
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

async function openBoard(): Promise<void> {
	await session.page.evaluate((type) => window.preview!.openView(type), BOARD);
	await session.page.locator(`${BOARD_SELECTOR} .tls-lane[data-lane="spark"]`).waitFor();
	// The index's first pass (its cache comes from IndexedDB) may still be running: the board says so until it is done.
	await session.page.locator(`${BOARD_SELECTOR} .tls-board-loading.is-hidden`).waitFor({ state: "attached" });
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

/** The text with its one `status` line replaced: what a move must produce, byte for byte. */
function withStatusLine(text: string, from: string, to: string): string {
	expect(text.split(from)).toHaveLength(2);
	return text.replace(from, to);
}

/** Lines (split on LF, CR kept) that differ between two texts of the same line count. */
function changedLines(before: string, after: string): { line: number; before: string; after: string }[] {
	const a = before.split("\n");
	const b = after.split("\n");
	expect(b).toHaveLength(a.length);
	return a.flatMap((line, i) => (line === b[i] ? [] : [{ line: i, before: line, after: b[i] ?? "" }]));
}

/** Drags a card onto a lane with the mouse; falls back to dispatched HTML5 drag events if the native drag did not land. */
async function dragCard(path: string, toKey: string): Promise<"mouse" | "events"> {
	const source = card(path).first();
	const target = lane(toKey).locator(".tls-lane-cards");
	await source.scrollIntoViewIfNeeded();
	await source.dragTo(target);
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
async function dismissNotices(): Promise<void> {
	const notices = session.page.locator(".notice");
	while ((await notices.count()) > 0) await notices.first().click({ position: { x: 4, y: 4 } });
}

async function clickNoticeButton(text: RegExp): Promise<void> {
	const button = session.page.locator(".notice", { hasText: text }).locator(".tls-notice-button").last();
	await button.waitFor();
	await button.click();
}

test("every lane of the default stages shows in order after the inbox, each with its count", async () => {
	const keys = await session.page.locator(`${BOARD_SELECTOR} .tls-lane`).evaluateAll((els) => els.map((el) => el.getAttribute("data-lane")));
	expect(keys.slice(0, 6)).toEqual(["__inbox", "spark", "think", "invest", "published", "re-invest"]);
	await expect(session.page.locator(`${BOARD_SELECTOR} .tls-lane-inbox`).count()).resolves.toBe(1);
	for (const key of ["spark", "think", "invest", "published", "re-invest"]) {
		const count = Number(await lane(key).locator(".tls-lane-count").textContent());
		await expect(lane(key).locator(".tls-card[data-path]").count()).resolves.toBe(count);
	}
	await untilInLane(ODD_PATH, "think");
	await untilInLane(KEYS_PATH, "spark");
});

test("an idea captured from the palette becomes a note in Idées/ linked to the active note, and its card shows in Spark", async () => {
	const { page } = session;
	const idea = "Montrer l'erreur du client plutôt que la méthode";
	const expectedPath = `Idées/${idea}.md`;
	expect(await listFiles()).not.toContain(expectedPath);
	const sparkBefore = Number(await lane("spark").locator(".tls-lane-count").textContent());

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
		expect.arrayContaining(["type: idea", "status: spark", expect.stringMatching(/^source: "\[\[(Journal\/)?2024-02-22\]\]"$/), expect.stringMatching(/^created: \d{4}-\d\d-\d\dT\d\d:\d\d$/)]),
	);
	expect(text).toContain(`\n${idea}\n`);

	await untilInLane(expectedPath, "spark");
	await expect(card(expectedPath).locator(".tls-card-title").textContent()).resolves.toBe(idea);
	await until(async () => Number(await lane("spark").locator(".tls-lane-count").textContent()) === sparkBefore + 1, "the Spark count grows by one");
	await expect(page.evaluate(() => window.preview!.notices())).resolves.toContainEqual(expect.stringContaining(`Idea captured: ${idea}`));
});

test("promoting an inbox item creates an idea note linked to its source, takes it out of the inbox, and leaves the source untouched", async () => {
	const { page } = session;
	const sourceBefore = await readFile(INBOX_SOURCE_PATH);
	const expectedPath = `Idées/${INBOX_ITEM}.md`;
	const inbox = page.locator(`${BOARD_SELECTOR} .tls-lane-inbox`);
	const item = inbox.locator(".tls-inbox-card", { hasText: INBOX_ITEM });
	// The inbox shows its first items only; "Show all" reveals the rest.
	if ((await item.count()) === 0) await inbox.locator(".tls-inbox-toggle").click();
	await item.waitFor();
	await expect(item.locator(".tls-card-source").textContent()).resolves.toContain("2024-06-10");

	await item.locator(".tls-card-promote").click();

	await until(async () => (await listFiles()).includes(expectedPath), `${expectedPath} exists`);
	const text = await readFile(expectedPath);
	expect(text).toMatch(/^---\ntype: idea\nstatus: spark\n/);
	expect(text).toMatch(/\nsource: "\[\[(Journal\/)?2024-06-10\]\]"\n/);
	expect(text).toContain(`\n${INBOX_ITEM}\n`);
	await until(async () => (await item.count()) === 0, "the promoted item leaves the inbox");
	// The other item of the same note stays in the inbox.
	await expect(page.locator(`${BOARD_SELECTOR} .tls-lane-inbox .tls-inbox-card`, { hasText: "Le carnet d'idées" }).count()).resolves.toBe(1);
	await untilInLane(expectedPath, "spark");
	expect(await readFile(INBOX_SOURCE_PATH)).toBe(sourceBefore);
	// Back to the short inbox, so that the stages stay in sight for the screenshots.
	const toggle = inbox.locator(".tls-inbox-toggle");
	if ((await toggle.count()) > 0 && (await inbox.locator(".tls-inbox-card").count()) > 5) await toggle.click();
});

test("dragging a card to another lane changes only the status line of its note, byte for byte", async () => {
	const before = await readFile(ODD_PATH);
	// The vault kept the fixture exactly as written, CRLF included.
	expect(before).toBe(ODD_NOTE);
	await untilInLane(ODD_PATH, "think");
	const investBefore = Number(await lane("invest").locator(".tls-lane-count").textContent());

	const how = await dragCard(ODD_PATH, "invest");

	const expected = withStatusLine(before, ODD_STATUS_LINE, `status: invest   # where it stands`);
	await untilFileIs(ODD_PATH, expected);
	expect(changedLines(before, await readFile(ODD_PATH))).toEqual([{ line: 4, before: `${ODD_STATUS_LINE}\r`, after: "status: invest   # where it stands\r" }]);
	await untilInLane(ODD_PATH, "invest");
	await expect(card(ODD_PATH).count()).resolves.toBe(1);
	await until(async () => Number(await lane("invest").locator(".tls-lane-count").textContent()) === investBefore + 1, "the Invest count grows by one");
	// Say which way the drag went, so a fallback to dispatched events does not go unnoticed.
	expect(how).toBe("mouse");
});

test("the Notice's Undo button puts the moved note back exactly as it was", async () => {
	await clickNoticeButton(/moved to Invest/);
	await untilFileIs(ODD_PATH, ODD_NOTE);
	await untilInLane(ODD_PATH, "think");
	await expect(session.page.evaluate(() => window.preview!.notices())).resolves.toContainEqual(expect.stringContaining("Move undone"));
});

test("the undo-board-move command puts a moved note back exactly as it was", async () => {
	// The previous test's notice sits over the lanes, as it would for a person: put it away first.
	await dismissNotices();
	await dragCard(ODD_PATH, "published");
	const moved = withStatusLine(ODD_NOTE, ODD_STATUS_LINE, "status: published   # where it stands");
	await untilFileIs(ODD_PATH, moved);

	await expect(session.page.evaluate((id) => window.preview!.runCommand(id), `${PLUGIN_ID}:undo-board-move`)).resolves.toBe(true);

	await untilFileIs(ODD_PATH, ODD_NOTE);
	await untilInLane(ODD_PATH, "think");
	expect(await readFile(ODD_PATH)).toBe(ODD_NOTE);
});

test("Shift+ArrowRight on a focused card moves it one stage, and Shift+ArrowLeft brings it back", async () => {
	const { page } = session;
	const before = await readFile(KEYS_PATH);
	await untilInLane(KEYS_PATH, "spark");
	await card(KEYS_PATH).focus();

	await page.keyboard.press("Shift+ArrowRight");
	await untilInLane(KEYS_PATH, "think");
	await untilFileIs(KEYS_PATH, before.replace("status: spark\n", "status: think\n"));

	await page.keyboard.press("Shift+ArrowLeft");
	await untilInLane(KEYS_PATH, "spark");
	await untilFileIs(KEYS_PATH, before);
});

// The lane holding the moved card is redrawn when the index reports the write; the card must keep the focus.
test("a card moved with the keyboard keeps the focus after the note is written, so the next key press moves it again", async () => {
	const { page } = session;
	const before = await readFile(KEYS_PATH);
	await untilInLane(KEYS_PATH, "spark");
	await card(KEYS_PATH).focus();
	try {
		await page.keyboard.press("Shift+ArrowRight");
		await untilInLane(KEYS_PATH, "think");
		await untilFileIs(KEYS_PATH, before.replace("status: spark\n", "status: think\n"));
		await page.waitForTimeout(200);
		await until(() => card(KEYS_PATH).evaluate((el) => el === document.activeElement), "the moved card keeps the focus", 1000);
		await page.keyboard.press("Shift+ArrowRight");
		await untilInLane(KEYS_PATH, "invest");
	} finally {
		// Back to spark whatever happened, for the tests that follow.
		await page.evaluate(({ path, text }) => window.preview!.writeFile(path, text), { path: KEYS_PATH, text: before });
		await untilInLane(KEYS_PATH, "spark");
	}
});

test("a tap on a card's menu button moves it, the way a phone user without drag or keys would", async () => {
	const { page } = session;
	const before = await readFile(KEYS_PATH);
	await untilInLane(KEYS_PATH, "spark");
	try {
		await card(KEYS_PATH).locator(".tls-card-menu").click();
		await page.locator(".menu .menu-item", { hasText: "Move to Published" }).click();
		await untilInLane(KEYS_PATH, "published");
		await untilFileIs(KEYS_PATH, before.replace("status: spark\n", "status: published\n"));
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
	// Reloading the page reloads the vault from disk, without the fixtures: write them again.
	await session.open("?lang=fr");
	await writeFixtures();
	await openBoard();
	await untilInLane(UNKNOWN_PATH, "__other");
	await expect(lane("spark").locator(".tls-lane-title").textContent()).resolves.toBe("Étincelle");
	await expect(lane("__other").locator(".tls-lane-title").textContent()).resolves.toBe("Autres");
	await expect(session.page.locator(`${BOARD_SELECTOR} .tls-lane-inbox .tls-lane-title`).textContent()).resolves.toBe("Boîte de réception");
	await expect(session.page.locator(`${BOARD_SELECTOR} .tls-card-promote`).first().textContent()).resolves.toBe("Promouvoir");
	await expect(card(UNKNOWN_PATH).locator(".tls-card-warning").textContent()).resolves.toContain("Statut inconnu");
	await expect(card(KEYS_PATH).locator(".tls-card-age").textContent()).resolves.toMatch(/^il y a /);
	await page.locator(".nav-file-title", { hasText: "Le doute comme méthode" }).first().click();
	await session.screenshot("board-fr");
});
