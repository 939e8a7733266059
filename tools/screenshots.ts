/**
 * `npm run screenshots`: the README's pictures, made by the project itself. Starts the preview over
 * demo-vault/ (in memory: nothing is written to the vault on disk), drives Debian's Chromium with the flags
 * of the end-to-end tests, and writes `docs/images/{view}-{lang}-{theme}.png` for each view, in French and
 * English, light and dark.
 *
 * Deterministic: the page's clock is fixed at 2024-06-15 10:00 in Paris (the demo vault is dated 2024, so
 * ages and the stats' windows read as they should), the notes' file times are set to one moment before it
 * (git does not keep them), the plugin starts from its default settings, and each view starts from a fresh
 * page. A note a view needs that is missing, or an error in the page, fails the run (exit 1).
 *
 *   npm run screenshots                                   # every view, both languages
 *   npm run screenshots -- --only board-side,stats --lang fr
 *   npm run screenshots -- --vault /tmp/my-vault          # another folder of notes
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { startPreview, type PreviewServer, type VaultJson } from "../preview/server";
import { ChromiumUnavailable, findChromium, launchOptions, type Chromium } from "./chromium";
import { translator } from "../src/core/i18n/translator";
import type { Language } from "../src/core/i18n/language";

type Theme = "light" | "dark";

// Beyond the flags of every Chromium run (tools/chromium.ts), one raster thread painting whole tiles: with
// several, the edges of rounded and dashed borders come out a few pixels different from one run to the next.
const FLAGS = ["--num-raster-threads=1", "--disable-partial-raster"];
const LANGUAGES: readonly Language[] = ["fr", "en"];
const THEMES: readonly Theme[] = ["light", "dark"];
const TIMEZONE = "Europe/Paris";
/** The page's clock: 2024-06-15 10:00 in Paris (summer time, UTC+2). */
const NOW = new Date("2024-06-15T10:00:00+02:00");
/** Every note's file times (creation and last change), for notes whose properties do not say: the evening before. */
const FILE_TIME = new Date("2024-06-14T18:00:00+02:00").getTime();
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** The tallest a window grows to show a whole view. */
const MAX_HEIGHT = 1400;
/** Wide enough that a card's title, tags and draft chips read in the sidebar. */
const SIDEBAR_WIDTH = 440;

const BOARD = "thought-leadership-pipeline";
const STATS = "thought-leadership-stats";
const FRAMEWORK = "thought-leadership-framework";
const READING = "tls-reading";
/** A base open in a leaf: the pipeline drawn as one of its views. */
const BASES = "bases";

const JOURNAL_NOTE = "Journal/2024-02-22.md";
const IDEA_NOTE = "Idées/L'expertise invisible.md";
const BOOK_NOTE = "Lectures/Expert Secrets.md";
const BRAND_NOTE = "Idées de marque/Penser une fois, répliquer partout.md";

/** What a view does before its pictures are taken, on a fresh page. */
interface View {
	name: string;
	/** Notes of the vault it cannot do without. */
	needs: readonly string[];
	/** The window: 1280 × 800 unless told; the phone layout (`?mobile=1`) at 390 × 844. */
	window?: { width: number; height: number } | "phone";
	/** The note open in the main area when the page loads. */
	file?: string;
	/** A view in a tab that scrolls: the window grows (up to {@link MAX_HEIGHT}) until it shows the whole view. */
	fit?: string;
	stage(shot: Shooter, language: Language): Promise<void>;
}

const VIEWS: readonly View[] = [
	{
		name: "board-side",
		needs: [JOURNAL_NOTE],
		file: JOURNAL_NOTE,
		async stage(shot) {
			await shot.sidebarBoard();
			if (!(await shot.chipInView())) console.warn("board-side: no draft chip in view (the cards with drafts sit lower on the board)");
		},
	},
	{
		name: "board-tab",
		needs: [],
		// Wide enough for the Inbox and the four default stages side by side (272 px columns).
		window: { width: 1480, height: 860 },
		async stage(shot) {
			await shot.command("open-pipeline-tab");
			await shot.waitFor(`.mod-root ${leaf(BOARD)} .tls-card[data-path]`);
			await shot.hideSidebars();
		},
	},
	{
		name: "draft",
		needs: [IDEA_NOTE],
		file: IDEA_NOTE,
		async stage(shot, language) {
			const t = translator(language);
			await shot.sidebarBoard();
			await shot.openFile(IDEA_NOTE);
			const before = await shot.files();
			await shot.fromPalette(t("command.draftFromIdea"));
			const picker = shot.page.locator(".tls-format-picker");
			await picker.waitFor();
			await shot.page.keyboard.type("linkedin");
			const name = language === "fr" ? "Post LinkedIn" : "LinkedIn post";
			await shot.until(async () => ((await picker.locator(".suggestion-item.is-selected").textContent()) ?? "").includes(name), `the palette offers the ${name}`);
			await shot.page.keyboard.press("Enter");
			let draft: string | undefined;
			await shot.until(async () => (draft = (await shot.files()).find((path) => !before.includes(path))) !== undefined, "the draft is written");
			await shot.until(async () => (await shot.page.evaluate(() => window.preview!.activeFile())) === draft, "the draft is open");
			const chip = shot.page.locator(`${leaf(BOARD)} .tls-draft-chip[data-path="${cssString(draft ?? "")}"]`);
			await chip.waitFor();
			await chip.evaluate((el) => el.closest(".tls-card")?.scrollIntoView({ block: "nearest" }));
		},
	},
	{
		name: "stats",
		needs: [],
		fit: STATS,
		async stage(shot) {
			await shot.command("open-stats");
			await shot.waitFor(`.mod-root ${leaf(STATS)} .tls-stats-calendar`);
			await shot.hideSidebars("right");
		},
	},
	{
		name: "book-note",
		needs: [BOOK_NOTE],
		file: BOOK_NOTE,
		async stage(shot) {
			await shot.widenSidebar();
			await shot.command("open-reading");
			await shot.waitFor(`${leaf(READING)} .tls-shelf-book`);
			await shot.openFile(BOOK_NOTE);
			await shot.scrollNoteTo("[!et-but");
		},
	},
	{
		name: "framework",
		needs: [BRAND_NOTE],
		file: BRAND_NOTE,
		fit: FRAMEWORK,
		async stage(shot) {
			await shot.command("open-framework-board");
			await shot.waitFor(`.mod-root ${leaf(FRAMEWORK)} .tls-framework-centre`);
			await shot.hideSidebars("right");
		},
	},
	{
		name: "bases-tab",
		needs: [],
		// As wide as the board in a tab: the four default stages side by side.
		window: { width: 1480, height: 860 },
		async stage(shot) {
			await shot.command("new-idea-base");
			await shot.waitFor(`.mod-root ${leaf(BASES)} .tls-card[data-path]`);
			await shot.hideSidebars();
		},
	},
	{
		name: "bases-phone",
		needs: [],
		window: "phone",
		async stage(shot) {
			await shot.command("new-idea-base");
			await shot.waitFor(`${leaf(BASES)} .tls-card[data-path]`);
		},
	},
	{
		name: "board-phone",
		needs: [],
		window: "phone",
		async stage(shot) {
			await shot.openView(BOARD);
			await shot.waitFor(`${leaf(BOARD)} .tls-card[data-path]`);
			await shot.foldInbox();
		},
	},
];

function leaf(type: string): string {
	return `.workspace-leaf-content[data-type="${type}"]`;
}

/** A value inside a CSS attribute selector's double quotes. */
function cssString(value: string): string {
	return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}

class ScreenshotError extends Error {}

/** Drives one page: loads it fresh for a view, stages the view, shoots it in both themes. */
class Shooter {
	readonly errors: string[] = [];

	constructor(
		readonly page: Page,
		private readonly server: PreviewServer,
		private readonly out: string,
	) {
		page.on("pageerror", (err) => this.errors.push(`page error: ${err.message}`));
		page.on("console", (msg) => {
			if (msg.type() === "error") this.errors.push(`console error: ${msg.text()}`);
		});
	}

	/** A fresh page in `language`, light, with `file` open; resolves once the plugin's index is built. */
	async load(language: Language, view: View): Promise<void> {
		const query = new URLSearchParams({ lang: language, theme: "light" });
		if (view.window === "phone") query.set("mobile", "1");
		if (view.file) query.set("file", view.file);
		await this.page.setViewportSize(view.window === "phone" ? PHONE : (view.window ?? DESKTOP));
		await this.page.goto(`${this.server.url}?${query.toString()}`);
		await this.page.waitForFunction(() => window.preview !== undefined);
		await this.page.evaluate(async () => {
			await window.preview!.ready();
			// The studio is ready once its index has been built (not a stable API of the preview: a hint).
			const studio = (window.preview!.plugin as unknown as { studio?: { ready?: Promise<void> } } | null)?.studio;
			await studio?.ready;
		});
		// The preview's own controls (in English) and the notices a command leaves are not the plugin's picture.
		await this.page.addStyleTag({ content: ".preview-titlebar-actions, .notice-container { visibility: hidden !important; }" });
		const files = await this.files();
		const missing = view.needs.filter((path) => !files.includes(path));
		if (missing.length > 0) throw new ScreenshotError(`${view.name}: the vault has no ${missing.join(", ")}`);
		this.check(view.name);
	}

	files(): Promise<string[]> {
		return this.page.evaluate(() => window.preview!.listFiles());
	}

	async openFile(path: string): Promise<void> {
		await this.page.evaluate((p) => window.preview!.openFile(p), path);
	}

	async openView(type: string): Promise<void> {
		await this.page.evaluate((t) => window.preview!.openView(t), type);
	}

	async command(id: string): Promise<void> {
		const ran = await this.page.evaluate((c) => window.preview!.runCommand(c), id);
		if (!ran) throw new ScreenshotError(`the command ${id} is not available`);
	}

	/** Runs a command as a person does: Ctrl+P, its name typed, the highlighted suggestion checked, Enter. */
	async fromPalette(name: string): Promise<void> {
		await this.page.keyboard.press("Control+p");
		const palette = this.page.locator(".preview-command-palette");
		await palette.locator("input.prompt-input").waitFor();
		await this.page.keyboard.type(name);
		const selected = (await palette.locator(".suggestion-item.is-selected").textContent()) ?? "";
		if (!selected.includes(name)) throw new ScreenshotError(`the palette offers "${selected}" for "${name}"`);
		await this.page.keyboard.press("Enter");
	}

	async waitFor(selector: string): Promise<void> {
		await this.page.locator(selector).first().waitFor({ timeout: 10_000 });
	}

	/** Polls `check` until it answers true, or fails naming what it waited for. */
	async until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (!(await check())) {
			if (Date.now() > deadline) throw new ScreenshotError(`timed out waiting until ${what}`);
			await new Promise((done) => setTimeout(done, 50));
		}
	}

	/**
	 * The board in the right sidebar, widened, its Inbox folded so that the stages show under it; then, while
	 * no draft chip is in view, the first open stage without drafts is folded too (Think, whose ideas are not
	 * drafted yet), so that the picture shows every lane and cards with their drafts.
	 */
	async sidebarBoard(): Promise<void> {
		await this.widenSidebar();
		await this.openView(BOARD);
		await this.waitFor(`${leaf(BOARD)} .tls-card[data-path]`);
		await this.foldInbox();
		while (!(await this.chipInView())) {
			const lane = await this.page.evaluate((board) => {
				const lanes = Array.from(document.querySelectorAll(`${board} .tls-lane:not(.tls-lane-inbox):not(.is-collapsed)`));
				const first = lanes.findIndex((el) => el.querySelector(".tls-draft-chip") !== null);
				return first > 0 ? (lanes[0]?.getAttribute("data-lane") ?? null) : null;
			}, leaf(BOARD));
			if (lane === null) return;
			await this.foldLane(lane);
		}
	}

	/** Folds the board's Inbox as the writer would, from its title (a fresh page forgets it). */
	async foldInbox(): Promise<void> {
		await this.page.locator(`${leaf(BOARD)} .tls-lane-inbox .tls-lane-toggle`).click();
		await this.waitFor(`${leaf(BOARD)} .tls-lane-inbox.is-collapsed`);
	}

	async foldLane(key: string): Promise<void> {
		const lane = `${leaf(BOARD)} .tls-lane[data-lane="${cssString(key)}"]`;
		await this.page.locator(`${lane} .tls-lane-toggle`).click();
		await this.waitFor(`${lane}.is-collapsed`);
	}

	/** Whether a draft chip of the board shows whole on screen. */
	async chipInView(): Promise<boolean> {
		return this.page.evaluate((board) => {
			const content = document.querySelector(board)?.getBoundingClientRect();
			if (!content) return false;
			const bottom = Math.min(content.bottom, window.innerHeight);
			return Array.from(document.querySelectorAll(`${board} .tls-draft-chip`)).some((chip) => {
				const box = chip.getBoundingClientRect();
				return box.height > 0 && box.top >= content.top && box.bottom <= bottom;
			});
		}, leaf(BOARD));
	}

	/** The right sidebar wider than the preview's default, as a writer who reads the board there would drag it. */
	async widenSidebar(): Promise<void> {
		await this.page.evaluate((width) => {
			const split = document.querySelector<HTMLElement>(".workspace-split.mod-right-split");
			split?.style.setProperty("width", `${width}px`);
			split?.style.setProperty("flex", `0 0 ${width}px`);
		}, SIDEBAR_WIDTH);
	}

	/** Folds sidebars away (the preview's desktop docks do not fold), so that a view in a tab has the room. */
	async hideSidebars(only?: "left" | "right"): Promise<void> {
		await this.page.evaluate((sides) => {
			for (const side of sides) {
				const split = document.querySelector<HTMLElement>(`.workspace-split.mod-${side}-split`);
				const handle = side === "left" ? split?.nextElementSibling : split?.previousElementSibling;
				split?.style.setProperty("display", "none");
				if (handle instanceof HTMLElement && handle.classList.contains("workspace-leaf-resize-handle")) handle.style.setProperty("display", "none");
			}
		}, only ? [only] : ["left", "right"]);
	}

	/**
	 * Scrolls the open note (the preview's editor is a textarea) so that the first line holding `marker`
	 * shows near the top, two lines of what comes before it above. Measured with a copy of the text laid out
	 * as the textarea lays it out.
	 */
	async scrollNoteTo(marker: string): Promise<void> {
		await this.page.evaluate((text) => {
			const area = document.querySelector<HTMLTextAreaElement>(".mod-root .workspace-leaf.mod-active textarea.preview-note-text") ?? document.querySelector<HTMLTextAreaElement>("textarea.preview-note-text");
			const at = area?.value.indexOf(text) ?? -1;
			if (!area || at < 0) return;
			const style = window.getComputedStyle(area);
			const copy = document.body.createDiv();
			for (const property of ["font-family", "font-size", "font-weight", "line-height", "letter-spacing", "tab-size", "word-break", "overflow-wrap"]) copy.style.setProperty(property, style.getPropertyValue(property));
			copy.style.setProperty("position", "absolute");
			copy.style.setProperty("visibility", "hidden");
			copy.style.setProperty("white-space", "pre-wrap");
			copy.style.setProperty("width", `${area.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)}px`);
			// The text before the marker's line: its height is where that line starts.
			copy.textContent = area.value.slice(0, area.value.lastIndexOf("\n", at) + 1);
			const top = copy.getBoundingClientRect().height;
			copy.remove();
			area.scrollTop = Math.max(0, top - 2 * parseFloat(style.lineHeight));
		}, marker);
	}

	/** Makes the window taller, up to {@link MAX_HEIGHT}, until the view of `type` in the main area shows whole. */
	async fitHeight(type: string): Promise<void> {
		const overflow = await this.page.evaluate((selector) => {
			const content = document.querySelector(selector);
			if (!content) return 0;
			let most = 0;
			for (const el of [content, ...Array.from(content.querySelectorAll("*"))]) if (el.scrollHeight > el.clientHeight && window.getComputedStyle(el).overflowY !== "visible") most = Math.max(most, el.scrollHeight - el.clientHeight);
			return most;
		}, `.mod-root ${leaf(type)}`);
		const size = this.page.viewportSize() ?? DESKTOP;
		if (overflow > 0) await this.page.setViewportSize({ width: size.width, height: Math.min(MAX_HEIGHT, size.height + Math.ceil(overflow)) });
	}

	/**
	 * Waits until the page is still: no change to the DOM for 300 ms (the board and the stats redraw a
	 * moment after a change), no focus ring left by a command, fonts loaded, two frames painted.
	 */
	private async settle(): Promise<void> {
		// The pointer leaves the last button it clicked, so that nothing shows its hover colour.
		await this.page.mouse.move(0, 0);
		await this.page.evaluate(async () => {
			(document.activeElement as HTMLElement | null)?.blur();
			await new Promise<void>((done) => {
				let timer = window.setTimeout(finish, 300);
				const deadline = window.setTimeout(finish, 5000);
				const observer = new MutationObserver(() => {
					window.clearTimeout(timer);
					timer = window.setTimeout(finish, 300);
				});
				observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
				function finish(): void {
					observer.disconnect();
					window.clearTimeout(timer);
					window.clearTimeout(deadline);
					done();
				}
			});
			await window.preview!.screenshotReady();
		});
	}

	/** `{view}-{language}-{theme}.png` for each theme; returns the files written. */
	async shoot(view: View, language: Language): Promise<string[]> {
		const written: string[] = [];
		for (const theme of THEMES) {
			await this.page.evaluate((t) => window.preview!.setTheme(t), theme);
			await this.settle();
			this.check(view.name);
			const path = join(this.out, `${view.name}-${language}-${theme}.png`);
			writeFileSync(path, await this.steadyPicture(view.name));
			written.push(path);
		}
		return written;
	}

	/** A picture of the window that a second one, a frame later, repeats byte for byte: nothing half painted gets into the file. */
	private async steadyPicture(what: string): Promise<Buffer> {
		let last = await this.page.screenshot();
		for (let tries = 0; tries < 5; tries++) {
			await this.page.evaluate(() => window.preview!.screenshotReady());
			const next = await this.page.screenshot();
			if (next.equals(last)) return next;
			last = next;
		}
		throw new ScreenshotError(`${what}: the window kept changing between pictures`);
	}

	/** Fails on any page or console error seen so far. */
	check(what: string): void {
		if (this.errors.length > 0) throw new ScreenshotError(`${what}: errors in the page:\n  ${this.errors.join("\n  ")}`);
	}
}

interface Options {
	vault: string;
	views: readonly View[];
	languages: readonly Language[];
	out: string;
}

const USAGE = `usage: npm run screenshots -- [--only VIEW,...] [--lang fr|en] [--vault DIR] [--out DIR]
  --only VIEW,...  only these views (${VIEWS.map((v) => v.name).join(", ")})
  --lang fr|en     only this language
  --vault DIR      folder of notes (default: demo-vault)
  --out DIR        where the pictures go (default: docs/images)`;

function parseArgs(argv: readonly string[], root: string): Options | null {
	const options: Options = { vault: join(root, "demo-vault"), views: VIEWS, languages: LANGUAGES, out: join(root, "docs", "images") };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? "";
		const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
		const value = (): string => {
			const v = inline ?? argv[++i];
			if (v === undefined || v === "") throw new ScreenshotError(`${flag} needs a value`);
			return v;
		};
		switch (flag) {
			case "--only": {
				const names = value().split(",").map((name) => name.trim()).filter((name) => name !== "");
				const unknown = names.filter((name) => !VIEWS.some((v) => v.name === name));
				if (unknown.length > 0) throw new ScreenshotError(`no view named ${unknown.join(", ")}`);
				options.views = VIEWS.filter((v) => names.includes(v.name));
				break;
			}
			case "--lang": {
				const language = value();
				if (language !== "fr" && language !== "en") throw new ScreenshotError(`--lang must be fr or en, got ${language}`);
				options.languages = [language];
				break;
			}
			case "--vault":
				options.vault = resolve(value());
				break;
			case "--out":
				options.out = resolve(value());
				break;
			case "--help":
			case "-h":
				return null;
			default:
				throw new ScreenshotError(`unknown argument: ${arg}`);
		}
	}
	return options;
}

/**
 * The vault as the page receives it, made deterministic: file times fixed (a fresh clone's are the time of
 * the checkout) and no saved settings (a data.json left by opening the vault in Obsidian).
 */
async function steadyVault(context: BrowserContext): Promise<void> {
	await context.route("**/api/vault", async (route) => {
		const response = await route.fetch();
		const vault = (await response.json()) as VaultJson;
		const files = vault.files.map((file) => ({ ...file, ctime: FILE_TIME, mtime: FILE_TIME }));
		await route.fulfill({ response, json: { ...vault, files, pluginData: null } });
	});
}

async function shootLanguage(browser: Chromium, options: Options, server: PreviewServer, language: Language, root: string): Promise<void> {
	const profile = mkdtempSync(join(tmpdir(), "tls-screenshots-profile-"));
	const context = await chromium.launchPersistentContext(profile, {
		...launchOptions(browser, FLAGS),
		viewport: DESKTOP,
		locale: language === "fr" ? "fr-FR" : "en-GB",
		timezoneId: TIMEZONE,
	});
	try {
		await steadyVault(context);
		// Every view starts from a fresh page: nothing kept from the one before (folded lanes, the theme).
		await context.addInitScript(() => {
			try {
				window.localStorage.clear();
			} catch {
				// A document without storage (about:blank) has nothing to forget.
			}
		});
		await context.clock.setFixedTime(NOW);
		const page = context.pages()[0] ?? (await context.newPage());
		const shooter = new Shooter(page, server, options.out);
		for (const view of options.views) {
			await shooter.load(language, view);
			await view.stage(shooter, language);
			if (view.fit) await shooter.fitHeight(view.fit);
			for (const path of await shooter.shoot(view, language)) console.log(relative(root, path));
		}
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

async function main(): Promise<void> {
	const root = resolve(process.cwd());
	if (!existsSync(join(root, "manifest.json")) || !existsSync(join(root, "src", "main.ts"))) throw new ScreenshotError(`run from the repository root (no manifest.json or src/main.ts in ${root})`);
	const options = parseArgs(process.argv.slice(2), root);
	if (!options) {
		console.log(USAGE);
		return;
	}
	// One browser draws every picture, so that a run writes the bytes of the last: Debian's (or CHROMIUM_PATH's), never the packaged one.
	const browser = await findChromium({ packaged: false }).catch((error: unknown) => {
		throw error instanceof ChromiumUnavailable ? new ScreenshotError(error.message) : error;
	});
	if (!existsSync(options.vault)) throw new ScreenshotError(`no vault at ${options.vault}`);
	const missing = [...new Set(options.views.flatMap((view) => view.needs))].filter((path) => !existsSync(join(options.vault, path)));
	if (missing.length > 0) throw new ScreenshotError(`the vault ${relative(root, options.vault) || "."} has no ${missing.join(", ")}: the screenshots need ${missing.length === 1 ? "it" : "them"}`);
	mkdirSync(options.out, { recursive: true });
	const started = Date.now();
	const server = await startPreview({ root, vault: options.vault, port: 0 });
	try {
		for (const language of options.languages) await shootLanguage(browser, options, server, language, root);
	} finally {
		await server.close();
	}
	console.log(`${options.views.length * options.languages.length * THEMES.length} screenshots in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((err: unknown) => {
	console.error(`screenshots: ${err instanceof ScreenshotError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
	process.exit(1);
});
