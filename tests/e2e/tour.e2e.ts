/**
 * The tour of the demo vault, walked as a newcomer walks it, in Chromium over the real plugin: Bienvenue.md
 * read step by step, in French; each step's command, as the note writes it in bold, is a command of the palette,
 * typed there by its name; the note the step says to open is opened first; and after each step, what the note
 * says to look at is on screen or in the vault (a card in a lane, a draft, a publication in the stats, a block,
 * a harvested idea, the framework board). Then Welcome.md: the same commands, named in English, in the same order.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "date-fns";
import type { Locator } from "playwright-core";
import { cleanUpAfterTests, makeTestVault, propertiesOf, ROOT, runFromPalette, startSession, until, type Session } from "./browser";

const PLUGIN = "Thought Leadership Studio: ";
const BOARD = `.workspace-leaf-content[data-type="thought-leadership-pipeline"]`;
const STATS = `.workspace-leaf-content[data-type="thought-leadership-stats"]`;
const FRAMEWORK = `.mod-root .workspace-leaf-content[data-type="thought-leadership-framework"]`;
const NBSP = "\u00a0";

/** One step of a tour note: a `## ` section holding one command in bold. */
interface TourStep {
	heading: string;
	/** The command's name, as written in bold. */
	command: string;
	/** The note the step's paragraph links before the command (the note to open first), or null. */
	link: string | null;
	/** The paragraphs of the step, for what it says to choose and to look at. */
	text: string;
}

function tourSteps(note: string): TourStep[] {
	return note
		.split(/^## /m)
		.slice(1)
		.filter((section) => section.includes("**"))
		.map((section) => {
			const heading = section.slice(0, section.indexOf("\n"));
			const bold = [...section.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1] ?? "");
			if (bold.length !== 1) throw new Error(`step "${heading}" names ${bold.length} commands, not one`);
			const command = bold[0] ?? "";
			const paragraph = section.split(/\n\n/).find((p) => p.includes(`**${command}**`)) ?? "";
			const before = paragraph.slice(0, paragraph.indexOf(`**${command}**`));
			return { heading, command, link: /\[\[([^\]|#]+)/.exec(before)?.[1] ?? null, text: section };
		});
}

const readNote = (name: string): string => readFileSync(join(ROOT, "demo-vault", name), "utf8");
const FRENCH = tourSteps(readNote("Bienvenue.md"));
const ENGLISH = tourSteps(readNote("Welcome.md"));

let vault: string;
let session: Session;
/** Command name (without the plugin's prefix) → id, in the language of the page. */
let commands: Map<string, string>;

beforeAll(async () => {
	vault = makeTestVault();
	session = await startSession({ vault });
	await session.open("?lang=fr&file=Bienvenue.md");
	commands = await commandNames();
});

cleanUpAfterTests(() => ({ session, vault }));

async function commandNames(): Promise<Map<string, string>> {
	const listed = await session.page.evaluate(() => window.preview!.listCommands());
	return new Map(listed.map((c) => [c.name.startsWith(PLUGIN) ? c.name.slice(PLUGIN.length) : c.name, c.id.replace(/^.*:/, "")]));
}

const readFile = (path: string): Promise<string> => session.page.evaluate((p) => window.preview!.readFile(p), path);
const listFiles = (): Promise<string[]> => session.page.evaluate(() => window.preview!.listFiles());
const activeFile = (): Promise<string | null> => session.page.evaluate(() => window.preview!.activeFile());

function card(path: string): Locator {
	return session.page.locator(`.mod-right-split ${BOARD} .tls-card[data-path="${path}"]`);
}

async function laneOf(path: string): Promise<string | null> {
	if ((await card(path).count()) === 0) return null;
	return card(path).evaluate((el) => el.closest(".tls-lane")?.getAttribute("data-lane") ?? null);
}

async function untilInLane(path: string, lane: string): Promise<void> {
	await until(async () => (await laneOf(path)) === lane, `"${path}" shows in ${lane}`);
}

function inboxItem(text: string): Locator {
	return session.page.locator(`.mod-right-split ${BOARD} .tls-lane-inbox .tls-inbox-card`, { has: session.page.locator(".tls-inbox-open", { hasText: text }) });
}

/** The whole inbox, not its first items only. */
async function showWholeInbox(): Promise<void> {
	const toggle = session.page.locator(`.mod-right-split ${BOARD} .tls-lane-inbox .tls-inbox-toggle`, { hasText: "Tout afficher" });
	if ((await toggle.count()) > 0) await toggle.click();
}

/** What a step quotes after a word: « Post LinkedIn » after "choisissez", the button after "puis". */
function quoted(step: TourStep, after: string): string {
	const words = new RegExp(`${after} « ([^»]+) »`).exec(step.text)?.[1];
	if (!words) throw new Error(`step "${step.heading}" quotes nothing after "${after}"`);
	return words;
}

/** The note a step names in backticks under `folder`. */
function notePath(step: TourStep, folder: string): string {
	const path = new RegExp("`(" + folder + "[^`]+\\.md)`").exec(step.text)?.[1];
	if (!path) throw new Error(`step "${step.heading}" names no note in ${folder}`);
	return path;
}

/** Picks a format in the picker by typing its name; `first` when the step says it heads the list. */
async function pick(name: string, first = false): Promise<void> {
	const picker = session.page.locator(".tls-format-picker");
	await picker.waitFor();
	if (first) await expect(picker.locator(".suggestion-item").first().textContent()).resolves.toMatch(new RegExp(`^${name}`));
	await session.page.keyboard.type(name);
	await expect(picker.locator(".suggestion-item.is-selected").textContent()).resolves.toContain(name);
	await session.page.keyboard.press("Enter");
}

const IDEA = "Idées/L'expertise invisible.md";
const BOOK = "Lectures/Expert Secrets.md";
const JOURNAL = "Journal/2024-02-22.md";
/** The journal's five ideas, and the notes promotion makes of them: the file name holds what a name may. */
const JOURNAL_IDEAS = [
	{ title: "Comment trouver des idées de marque ?", path: "Idées/Comment trouver des idées de marque.md" },
	{ title: "Les meilleures idées ne sont pas directement accessibles", path: "Idées/Les meilleures idées ne sont pas directement accessibles.md" },
	{ title: "Prendre des notes sur un livre pour un thought leader", path: "Idées/Prendre des notes sur un livre pour un thought leader.md" },
	{ title: "Simplifier vos idées", path: "Idées/Simplifier vos idées.md" },
	{ title: "Think, Spark, Invest, Re-Invest", path: "Idées/Think, Spark, Invest, Re-Invest.md" },
];
const JOURNAL_METHODS = ["- Lire des livres sur le sujet", "- Répertorier et se baser sur ce que vous savez déjà", "- Utiliser une citation ou une phrase qui a du sens qui vous intrigue"];
const BOOK_IDEAS = ["Raconter l'épiphanie, pas la conclusion", "Les trois objections qu'un expert se fait avant d'écrire"];
const AUTHOR = "« Une histoire vraie vaut dix démonstrations. »";
const MINE = "Ouvrir chaque conférence par un échec";
let journalBefore = "";
let bookBefore = "";
let ideasBefore: string[] = [];

/** What each step of the tour says to look at, by command id. */
const CHECKS: Record<string, (step: TourStep, opened: string | null) => Promise<void>> = {
	"open-pipeline": async () => {
		const board = session.page.locator(`.mod-right-split ${BOARD}`);
		await board.locator(".tls-board-loading.is-hidden").waitFor({ state: "attached" });
		await showWholeInbox();
		// The journal's idea sections, and the filled "Mon idée" of the book being read, wait in the inbox.
		await expect(inboxItem(JOURNAL_IDEAS[0]!.title).locator(".tls-card-source").textContent()).resolves.toContain("2024-02-22");
		for (const idea of BOOK_IDEAS) await expect(inboxItem(idea).locator(".tls-card-source").textContent()).resolves.toContain("Expert Secrets");
		const lanes = await board.locator(".tls-lane:not(.tls-lane-inbox) .tls-lane-title").allTextContents();
		expect(lanes).toEqual(["Réfléchir", "Étincelle", "Investir", "Réinvestir"]);
		for (const lane of ["think", "spark", "invest", "re-invest"]) expect(await board.locator(`.tls-lane[data-lane="${lane}"] .tls-card`).count()).toBeGreaterThan(0);
		journalBefore = await readFile(JOURNAL);
		ideasBefore = await listFiles();
	},
	"promote-idea-items": async () => {
		for (const { title, path } of JOURNAL_IDEAS) {
			await until(async () => (await listFiles()).includes(path), `${path} exists`);
			expect(propertiesOf(await readFile(path))).toMatchObject({ type: "idea", status: "think", source: "[[2024-02-22]]", title });
			await untilInLane(path, "think");
			await until(async () => (await inboxItem(title).count()) === 0, `"${title}" leaves the inbox`);
		}
		// The first idea holds its three methods under its words, as the journal has them.
		expect((await readFile(JOURNAL_IDEAS[0]!.path)).split("\n---\n")[1]).toBe(`${JOURNAL_IDEAS[0]!.title}\n\nVoici 3 méthodes :\n${JOURNAL_METHODS.join("\n")}\n`);
		expect(await readFile(JOURNAL)).toBe(journalBefore);
		// The step then folds the Inbox with a click on its title, so the stages are in view for what follows.
		const toggle = session.page.locator(`.mod-right-split ${BOARD} .tls-lane-inbox .tls-lane-toggle`);
		await toggle.click();
		await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
		await expect(session.page.locator(`.mod-right-split ${BOARD} .tls-lane[data-lane="think"] .tls-lane-toggle`).isVisible()).resolves.toBe(true);
	},
	"move-idea-next": async (_step, opened) => {
		const path = opened ?? "";
		await untilInLane(path, "spark");
		const text = await readFile(path);
		expect(propertiesOf(text).status).toBe("spark");
		// Shift+→ on the focused card, then Shift+←, as the step says.
		await card(path).focus();
		await session.page.keyboard.press("Shift+ArrowRight");
		await untilInLane(path, "invest");
		await session.page.keyboard.press("Shift+ArrowLeft");
		await untilInLane(path, "spark");
		await until(async () => (await readFile(path)) === text, "the note is back as it was");
	},
	"draft-from-idea": async (step) => {
		await pick(quoted(step, "choisissez"), step.text.includes("en tête de liste"));
		const draft = notePath(step, "Brouillons/");
		await until(async () => (await listFiles()).includes(draft), `${draft} exists`);
		const text = await readFile(draft);
		expect(propertiesOf(text)).toMatchObject({ type: "draft", idea: "[[L'expertise invisible]]", format: "linkedin-post", channel: "LinkedIn", status: "draft" });
		for (const part of ["Accroche", "Histoire", "Leçon", "Appel à l'action"]) expect(text).toContain(`\n## ${part}\n`);
		expect(text).toContain("Ceux qui savent le plus publient le moins.");
		await until(async () => (await activeFile()) === draft, "the draft is open");
		await untilInLane(IDEA, "spark");
		await expect(card(IDEA).locator(".tls-draft-chip").textContent()).resolves.toBe("Post LinkedIn");
	},
	"mark-published": async (step) => {
		const dialog = session.page.locator(".tls-publish");
		await dialog.waitFor();
		await dialog.locator("button", { hasText: quoted(step, "puis") }).click();
		const draft = (await activeFile()) ?? "";
		await until(async () => propertiesOf(await readFile(draft)).status === "published", "the post is published");
		expect(propertiesOf(await readFile(draft)).published).toBe(format(new Date(), "yyyy-MM-dd"));
		await until(async () => (await card(IDEA).locator(".tls-card-published").count()) === 1, "the card counts its publication");
		await expect(card(IDEA).locator(".tls-card-published").textContent()).resolves.toBe("1 publié");
		await expect(card(IDEA).locator(".tls-draft-chip.is-published").count()).resolves.toBe(1);
	},
	"reinvest-draft": async (step) => {
		const source = (await activeFile()) ?? "";
		const name = quoted(step, "choisissez");
		await pick(name);
		const letter = `Brouillons/L'expertise invisible — ${name}.md`;
		await until(async () => (await listFiles()).includes(letter), `${letter} exists`);
		const text = await readFile(letter);
		expect(text).toContain("\n## Objet\n");
		expect(text).toContain(`\n## Repris de [[${source.replace(/^Brouillons\/|\.md$/g, "")}]]\n`);
		await untilInLane(IDEA, "re-invest");
	},
	"open-stats": async () => {
		const stats = session.page.locator(STATS);
		await stats.locator(".tls-stats-week").first().waitFor();
		const channels = stats.locator(".tls-stats-section", { has: session.page.locator("h3", { hasText: "Publications par canal" }) });
		await expect(channels.locator(".tls-stats-period.is-active").textContent()).resolves.toBe("90 jours");
		await expect(channels.locator(".tls-stats-bar").evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")))).resolves.toEqual([`LinkedIn${NBSP}: 1`]);
		// This week's square is the last of the calendar, and it holds the publication.
		await expect(stats.locator(".tls-stats-week").last().getAttribute("aria-label")).resolves.toMatch(/: 1$/);
		// The demo's publications of spring 2024 count in the totals, in no period.
		await expect(stats.locator(".tls-stats-totals").textContent()).resolves.toMatch(/ 4 publiés$/);
	},
	"insert-et-but-block": async () => {
		const { page } = session;
		await until(async () => (await readFile(BOOK)).split("[!et-but]").length === bookBefore.split("[!et-but]").length + 1, "a block is inserted");
		// The palette took the focus; Obsidian's editor takes it back, the preview's needs a click.
		await page.locator("textarea.preview-note-text:visible").focus();
		await page.keyboard.type(AUTHOR);
		const text = await readFile(BOOK);
		await page.evaluate((offset) => window.preview!.setSelection(offset), text.lastIndexOf("**Mon idée** : ") + "**Mon idée** : ".length);
		await page.keyboard.type(MINE);
		const filled = await readFile(BOOK);
		expect(filled.startsWith(bookBefore)).toBe(true);
		expect(filled.slice(bookBefore.length)).toMatch(new RegExp(`^\\n\\n> \\[!et-but\\] ET et BUT\\n> \\*\\*Idée de l'auteur\\*\\* : ${AUTHOR}\\n[\\s\\S]*> \\*\\*Mon idée\\*\\* : ${MINE}$`));
	},
	"promote-book-ideas": async () => {
		const harvested = [...BOOK_IDEAS, MINE].map((idea, i) => ({ idea, id: `et-but-${[2, 3, 5][i] ?? 0}` }));
		for (const { idea, id } of harvested) {
			const path = `Idées/${idea}.md`;
			await until(async () => (await listFiles()).includes(path), `${path} exists`);
			expect(propertiesOf(await readFile(path))).toMatchObject({ type: "idea", origin: "book", title: idea, source: `[[Expert Secrets#^${id}]]` });
			await until(async () => (await card(path).count()) === 1, `the card of "${idea}" is on the board`);
			await expect(card(path).locator(".tls-card-origin").textContent()).resolves.toBe("Livre · Contemporain");
			await until(async () => (await inboxItem(idea).count()) === 0, `"${idea}" leaves the inbox`);
		}
		const book = await readFile(BOOK);
		for (const id of ["et-but-1", "et-but-2", "et-but-3", "et-but-5"]) expect(book.split(`^${id}`)).toHaveLength(2);
		expect(book).not.toContain("^et-but-4");
		// The block harvested in February gives no second idea.
		const created = (await listFiles()).filter((path) => !ideasBefore.includes(path) && path.startsWith("Idées/"));
		expect(created).toHaveLength(JOURNAL_IDEAS.length + harvested.length);
	},
	"open-framework-board": async (step) => {
		const board = session.page.locator(FRAMEWORK);
		await board.locator(".tls-framework-belief-text").waitFor();
		await expect(board.locator(".tls-framework-title").textContent()).resolves.toBe(step.link);
		await expect(board.locator(".tls-framework-belief-text").inputValue()).resolves.toMatch(/^Ce n'est pas le nombre d'idées/);
		await expect(board.locator(".tls-framework-step").count()).resolves.toBe(5);
		await expect(board.locator(".tls-framework-coverage-text").textContent()).resolves.toBe("2 sur 8 produits");
		const covered = await board.locator(".tls-framework-product:not(.is-empty) .tls-framework-product-title").allTextContents();
		expect(covered).toEqual(["Conférence", "Newsletter"]);
		await expect(board.locator(".tls-framework-product.is-empty .tls-framework-empty").first().textContent()).resolves.toBe("Pas encore répliquée ici");
		const sources = await board.locator(".tls-framework-source").evaluateAll((els) => els.map((el) => `${el.querySelector(".tls-framework-link, .tls-framework-unresolved")?.textContent ?? ""} (${el.querySelector(".tls-brand-kind")?.textContent ?? ""})`));
		expect(sources).toEqual(["Trouver des idées de marque (Réflexions)", "Expert Secrets (Livre)", "2024-02-22 (Journal)", "Stratégie de leadership éclairé (Note)"]);
		await expect(board.locator(".tls-framework-idea").count()).resolves.toBe(3);
	},
	"new-strategy": async (step) => {
		const path = notePath(step, "");
		await until(async () => (await listFiles()).includes(path), `${path} exists`);
		expect(propertiesOf(await readFile(path)).type).toBe("strategy");
		expect(await readFile(path)).toContain("\n## 7. Indicateurs de performance\n");
		await until(async () => (await activeFile()) === path, "the new strategy is open");
		// The writer's own strategy is untouched.
		expect(await readFile("Stratégie de leadership éclairé.md")).toBe(readNote("Stratégie de leadership éclairé.md"));
	},
};

describe("Bienvenue.md, walked in French", () => {
	test("names commands of the palette, one a step, covering the board, drafting, reading, brand ideas and the strategy, publishing before the stats", () => {
		const ids = FRENCH.map((step) => commands.get(step.command) ?? `not a command: ${step.command}`);
		expect(ids).toEqual(["open-pipeline", "promote-idea-items", "move-idea-next", "draft-from-idea", "mark-published", "reinvest-draft", "open-stats", "insert-et-but-block", "promote-book-ideas", "open-framework-board", "new-strategy"]);
	});

	for (const step of FRENCH) {
		test(`${step.heading}: ${step.command}`, async () => {
			let opened: string | null = null;
			if (step.link !== null) {
				// A click on the step's link opens its note.
				opened = await session.page.evaluate((link) => window.preview!.app.metadataCache.getFirstLinkpathDest(link, "Bienvenue.md")?.path ?? null, step.link);
				if (opened === null) throw new Error(`[[${step.link}]] finds no note`);
				await session.page.evaluate((p) => window.preview!.openFile(p), opened);
				if (opened === BOOK) {
					// "Place the cursor at the end of the note."
					bookBefore = await readFile(BOOK);
					await session.page.evaluate((offset) => window.preview!.setSelection(offset), bookBefore.length);
				}
			}
			await runFromPalette(session, step.command);
			const check = CHECKS[commands.get(step.command) ?? ""];
			if (!check) throw new Error(`nothing to check after "${step.command}"`);
			await check(step, opened);
			await session.screenshot(`tour-fr-${step.heading.replace(/\..*$/, "").padStart(2, "0")}`);
		});
	}
});

describe("Welcome.md", () => {
	test("names the same commands of the palette in English, in the same order", async () => {
		await session.open("?file=Welcome.md");
		const english = await commandNames();
		const ids = ENGLISH.map((step) => english.get(step.command) ?? `not a command: ${step.command}`);
		expect(ids).toEqual(FRENCH.map((step) => commands.get(step.command)));
		expect(ENGLISH.map((step) => step.link)).toEqual(FRENCH.map((step) => step.link));
	});
});
