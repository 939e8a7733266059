/**
 * Drafting in Chromium over the real plugin, in French: a LinkedIn post drafted from a board
 * card's menu (the format picker), re-invested into a newsletter from the palette, then marked
 * published (a refused address first). Checks the notes written and the idea's stage on the
 * board; screenshots of the format picker and the publish dialog, light and dark.
 */
import { cleanUpAfterTests, makeTestVault, pageToday, startSession, until, type Session, propertiesOf, runFromPalette as runFromPaletteIn, shootInBothThemes } from "./browser";

const BOARD = "thought-leadership-pipeline";
const BOARD_SELECTOR = `.workspace-leaf-content[data-type="${BOARD}"]`;
const NBSP = "\u00a0";

const TITLE = "Le doute : « la » méthode des consultants qui durent";
const IDEA_PATH = "Idées/Le doute « la » méthode des consultants qui durent.md";
const IDEA = `---
type: idea
status: think
created: 2025-03-01T10:00
source: "[[2024-02-22]]"
title: "Le doute : « la » méthode des consultants qui durent"
tags:
  - idée
---
${TITLE}

Douter de sa méthode, c'est la garder vivante.
`;
const POST_PATH = "Brouillons/Le doute « la » méthode des consultants qui durent — Post LinkedIn.md";
const LETTER_PATH = "Brouillons/Le doute « la » méthode des consultants qui durent — Numéro de newsletter.md";

let vault: string;
let session: Session;
cleanUpAfterTests(() => ({ session, vault }));

function readFile(path: string): Promise<string> {
	return session.page.evaluate((p) => window.preview!.readFile(p), path);
}

function listFiles(): Promise<string[]> {
	return session.page.evaluate(() => window.preview!.listFiles());
}

function card(path: string) {
	return session.page.locator(`${BOARD_SELECTOR} .tls-card[data-path="${path.replace(/"/g, '\\"')}"]`);
}

function laneOf(path: string): Promise<string | null> {
	return card(path).evaluate((el) => el.closest(".tls-lane")?.getAttribute("data-lane") ?? null);
}

const runFromPalette = (name: string): Promise<void> => runFromPaletteIn(session, name);
const shoot = (name: string): Promise<void> => shootInBothThemes(session, name);

beforeAll(async () => {
	vault = makeTestVault({ [IDEA_PATH]: IDEA });
	session = await startSession({ vault });
	await session.open("?lang=fr");
	await session.page.evaluate((type) => window.preview!.openView(type), BOARD);
	await card(IDEA_PATH).waitFor();
});

describe("from an idea to a published post, in French", () => {
	test("a LinkedIn post drafted from the card's menu is written in Brouillons/ and the idea moves to Spark", async () => {
		const { page } = session;
		await expect(laneOf(IDEA_PATH)).resolves.toBe("think");
		await card(IDEA_PATH).locator(".tls-card-menu").click();
		await page.locator(".menu .menu-item", { hasText: "Rédiger un brouillon…" }).click();

		const picker = page.locator(".tls-format-picker");
		await picker.waitFor();
		await expect(picker.locator("input.prompt-input").getAttribute("placeholder")).resolves.toBe(`Format du brouillon de «${NBSP}Le doute : « la » méthode des consultants qui durent${NBSP}»`);
		const first = picker.locator(".suggestion-item").first();
		await expect(first.textContent()).resolves.toBe("Post LinkedInLinkedIn · Étincelle");
		await shoot("drafting-format-picker-fr");
		await page.keyboard.type("linkedin");
		await expect(picker.locator(".suggestion-item.is-selected").textContent()).resolves.toContain("Post LinkedIn");
		await page.keyboard.press("Enter");

		await until(async () => (await listFiles()).includes(POST_PATH), `${POST_PATH} exists`);
		const post = await readFile(POST_PATH);
		expect(propertiesOf(post)).toEqual({ type: "draft", idea: "[[Le doute « la » méthode des consultants qui durent]]", format: "linkedin-post", channel: "LinkedIn", status: "draft", created: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/) as unknown });
		expect(post).toContain(`\n# ${TITLE}\n`);
		expect(post).toContain("\n## Accroche\n");
		await until(async () => (await page.evaluate(() => window.preview!.activeFile())) === POST_PATH, "the draft is open");
		await until(async () => (await laneOf(IDEA_PATH)) === "spark", "the idea's card shows in Spark");
		expect(await readFile(IDEA_PATH)).toBe(IDEA.replace("status: think\n", `status: spark\nstage-since: ${await pageToday(session)}\n`));
	});

	test("re-investing the post into a newsletter links it, carries its text, and moves the idea to Re-Invest", async () => {
		const { page } = session;
		await page.evaluate(({ path, text }) => window.preview!.writeFile(path, text), { path: POST_PATH, text: (await readFile(POST_PATH)).replace("## Accroche\n", "## Accroche\n\nJ'ai douté de tout, et c'est ce qui m'a sauvé.\n") });
		await page.evaluate((p) => window.preview!.openFile(p), POST_PATH);
		await runFromPalette("Réinvestir ce brouillon");
		const picker = page.locator(".tls-format-picker");
		await picker.waitFor();
		await page.keyboard.type("newsletter");
		await page.keyboard.press("Enter");

		await until(async () => (await listFiles()).includes(LETTER_PATH), `${LETTER_PATH} exists`);
		const letter = await readFile(LETTER_PATH);
		expect(propertiesOf(letter)).toMatchObject({ type: "draft", idea: "[[Le doute « la » méthode des consultants qui durent]]", format: "newsletter-issue", channel: "Newsletter", status: "draft", "reinvested-from": "[[Le doute « la » méthode des consultants qui durent — Post LinkedIn]]" });
		expect(letter).toContain("\n## Objet\n");
		expect(letter).toContain(`\n---\n\n## Repris de [[Le doute « la » méthode des consultants qui durent — Post LinkedIn]]\n\n# ${TITLE}\n`);
		expect(letter).toContain("J'ai douté de tout, et c'est ce qui m'a sauvé.");
		await until(async () => (await laneOf(IDEA_PATH)) === "re-invest", "the idea's card shows in Re-Invest");
		expect(propertiesOf(await readFile(IDEA_PATH)).status).toBe("re-invest");
	});

	test("marking the post published refuses an address that is not a web page, then writes status, date and URL", async () => {
		const { page } = session;
		await page.evaluate((p) => window.preview!.openFile(p), POST_PATH);
		const before = await readFile(POST_PATH);
		await runFromPalette("Marquer ce brouillon comme publié");
		const dialog = page.locator(".tls-publish");
		await dialog.waitFor();
		await expect(dialog.locator("input.tls-publish-channel").inputValue()).resolves.toBe("LinkedIn");
		await expect(dialog.locator("input.tls-publish-date").inputValue()).resolves.toMatch(/^\d{4}-\d\d-\d\d$/);
		await dialog.locator("input.tls-publish-date").fill("2025-03-14");
		await dialog.locator("input.tls-publish-url").fill("javascript:alert(1)");
		await dialog.locator("button", { hasText: "Marquer comme publié" }).click();
		await expect(dialog.locator("[role=alert]").textContent()).resolves.toBe("Tapez une adresse qui commence par http:// ou https://, ou laissez le champ vide. Rien n'a été écrit.");
		await shoot("drafting-publish-refused-fr");
		expect(await readFile(POST_PATH)).toBe(before);

		await dialog.locator("input.tls-publish-url").fill("https://www.linkedin.com/posts/moi_le-doute");
		await expect(dialog.locator("[role=alert]").textContent()).resolves.toBe("");
		await shoot("drafting-publish-fr");
		await dialog.locator("button", { hasText: "Marquer comme publié" }).click();
		await until(async () => propertiesOf(await readFile(POST_PATH)).status === "published", "the post is marked published");
		expect(await readFile(POST_PATH)).toBe(before.replace("status: draft\n", "status: published\n").replace(/\n---\n/, "\nurl: https://www.linkedin.com/posts/moi_le-doute\npublished: 2025-03-14\n---\n"));
		await expect(page.locator(".tls-publish").count()).resolves.toBe(0);
		// Publishing a draft is a fact of the draft: the idea stays where re-investing put it.
		expect(propertiesOf(await readFile(IDEA_PATH)).status).toBe("re-invest");
		expect(propertiesOf(await readFile(LETTER_PATH)).status).toBe("draft");
	});
});
