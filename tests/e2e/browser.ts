/**
 * What the end-to-end tests share: a test vault (a copy of demo-vault plus notes a test adds), the
 * preview server started in-process on a free port, and the project's Chromium (tools/chromium.ts:
 * Debian's, else the packaged one) driven by playwright-core with a fresh profile. A page error or a
 * console error fails the test that saw it.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { parse } from "yaml";
import { startPreview, type PreviewServer } from "../../preview/server";
import { findChromium, launchOptions } from "../../tools/chromium";

export const ROOT = resolve(__dirname, "..", "..");
export const SCREENSHOTS = join(ROOT, "test-output", "screenshots");

/** A copy of demo-vault in a temporary folder, with extra notes (path → text). */
export function makeTestVault(extra: Record<string, string> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), "tls-e2e-vault-"));
	cpSync(join(ROOT, "demo-vault"), dir, { recursive: true, filter: (src) => !src.includes("/.obsidian") });
	for (const [path, text] of Object.entries(extra)) {
		const full = join(dir, path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
	}
	return dir;
}

export interface Session {
	server: PreviewServer;
	context: BrowserContext;
	page: Page;
	/** Page errors and console errors seen so far. */
	errors: string[];
	/** Opens the page (with an optional query such as `?lang=fr`) and waits for the plugin to be loaded. */
	open(query?: string): Promise<void>;
	screenshot(name: string): Promise<string>;
	close(): Promise<void>;
}

export interface SessionOptions {
	vault: string;
	/** The window's size, 1280 × 800 unless told. */
	viewport?: { width: number; height: number };
	/** A touch screen, as on a phone: taps send touch events. */
	touch?: boolean;
}

export async function startSession(options: SessionOptions): Promise<Session> {
	const browser = await findChromium();
	const server = await startPreview({ root: ROOT, vault: options.vault, port: 0 });
	const profile = mkdtempSync(join(tmpdir(), "tls-e2e-profile-"));
	const context = await chromium.launchPersistentContext(profile, {
		...launchOptions(browser),
		viewport: options.viewport ?? { width: 1280, height: 800 },
		hasTouch: options.touch ?? false,
		acceptDownloads: true,
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
	page.on("console", (msg) => {
		if (msg.type() === "error") errors.push(`console error: ${msg.text()}`);
	});
	return {
		server,
		context,
		page,
		errors,
		async open(query = "") {
			await page.goto(server.url + query);
			await page.waitForFunction(() => window.preview !== undefined);
			await page.evaluate(() => window.preview?.ready());
		},
		async screenshot(name) {
			mkdirSync(SCREENSHOTS, { recursive: true });
			await page.evaluate(() => window.preview?.screenshotReady());
			const path = join(SCREENSHOTS, `${name}.png`);
			await page.screenshot({ path });
			return path;
		},
		async close() {
			await context.close();
			await server.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** Waits until `check` answers true (polling), or fails naming what it waited for. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
		await new Promise((done) => setTimeout(done, 50));
	}
}

/**
 * What every suite does after its tests: a test that saw a page or console error fails, and at the end
 * the browser is closed and the test vault removed.
 */
export function cleanUpAfterTests(current: () => { session: Session | undefined; vault: string | undefined }): void {
	afterEach(() => {
		const { session } = current();
		expect(session?.errors ?? []).toEqual([]);
		if (session) session.errors.length = 0;
	});
	afterAll(async () => {
		const { session, vault } = current();
		await session?.close();
		if (vault) rmSync(vault, { recursive: true, force: true });
	});
}

/** The note's properties, read with the `yaml` package. */
export function propertiesOf(text: string): Record<string, unknown> {
	return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "") as Record<string, unknown>;
}

/** Runs a command as a person does: Ctrl+P, its name typed, the highlighted suggestion checked, Enter. */
export async function runFromPalette(session: Session, name: string): Promise<void> {
	const { page } = session;
	await page.keyboard.press("Control+p");
	const palette = page.locator(".preview-command-palette");
	await palette.locator("input.prompt-input").waitFor();
	await page.keyboard.type(name);
	await expect(palette.locator(".suggestion-item.is-selected").textContent()).resolves.toContain(name);
	await page.keyboard.press("Enter");
}

/** Screenshots `name-light` and `name-dark`, then puts the light theme back. */
export async function shootInBothThemes(session: Session, name: string): Promise<void> {
	for (const theme of ["light", "dark"] as const) {
		await session.page.evaluate((t) => window.preview!.setTheme(t), theme);
		await session.screenshot(`${name}-${theme}`);
	}
	await session.page.evaluate(() => window.preview!.setTheme("light"));
}

/** Today by the page's clock, `2026-12-08`: the day a move writes in `stage-since`. */
/** Clicks every Notice away (as a writer does); one that times out while being clicked is gone all the same. */
export async function dismissNotices(session: Session): Promise<void> {
	const notices = session.page.locator(".notice");
	while ((await notices.count()) > 0) {
		await notices
			.first()
			.click({ position: { x: 4, y: 4 }, timeout: 1000 })
			.catch(async (error: unknown) => {
				if ((await notices.count()) > 0) throw error;
			});
	}
}

export function pageToday(session: Session): Promise<string> {
	return session.page.evaluate(() => {
		const now = new Date();
		return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
	});
}
