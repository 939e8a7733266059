/**
 * A preview of a temporary vault opened in Chromium, for the benchmarks that measure in a page: the vault written,
 * the preview served over it (the plugin's source, or a built main.js), the page opened with the errors it reports
 * collected, and the browser, the server, the vault and the browser's profile closed and removed whatever happens.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { startPreview, type PreviewOptions, type PreviewServer } from "../preview/server";
import { findChromium, launchOptions } from "./chromium";

export interface BenchPage<V> {
	page: Page;
	context: BrowserContext;
	server: PreviewServer;
	/** What writing the vault gave back. */
	written: V;
	/** What the page reported as errors (uncaught, and console errors when asked): a bench that measured over them fails. */
	errors: string[];
}

export interface BenchPageOptions<V> {
	/** Names the temporary folders (`tls-<name>-bench-vault-…`) and the errors. */
	name: string;
	writeVault: (vault: string) => Promise<V>;
	/** How the preview serves the vault: its root, a built main.js. */
	preview?: Omit<PreviewOptions, "vault" | "port">;
	/** Console errors count as the page's errors too. */
	consoleErrors?: boolean;
}

/** The repository root (the current directory), checked: where manifest.json and src/main.ts are. */
export function repositoryRoot(bench: string): string {
	const root = resolve(process.cwd());
	if (!existsSync(join(root, "manifest.json")) || !existsSync(join(root, "src", "main.ts"))) {
		throw new Error(`${bench} bench: run from the repository root (no manifest.json or src/main.ts in ${root})`);
	}
	return root;
}

/** Runs `measure` on a page of the preview over a vault written for it, then closes and removes everything. */
export async function withBenchPage<V, T>(options: BenchPageOptions<V>, measure: (bench: BenchPage<V>) => Promise<T>): Promise<T> {
	const browser = await findChromium();
	const vault = mkdtempSync(join(tmpdir(), `tls-${options.name}-bench-vault-`));
	const profile = mkdtempSync(join(tmpdir(), `tls-${options.name}-bench-profile-`));
	let server: PreviewServer | null = null;
	let context: BrowserContext | null = null;
	try {
		const written = await options.writeVault(vault);
		server = await startPreview({ ...options.preview, vault, port: 0 });
		context = await chromium.launchPersistentContext(profile, { ...launchOptions(browser), viewport: { width: 1280, height: 800 } });
		const page = context.pages()[0] ?? (await context.newPage());
		const errors: string[] = [];
		page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
		if (options.consoleErrors) {
			page.on("console", (msg) => {
				if (msg.type() === "error") errors.push(`console error: ${msg.text()}`);
			});
		}
		return await measure({ page, context, server, written, errors });
	} finally {
		await context?.close();
		await server?.close();
		rmSync(vault, { recursive: true, force: true });
		rmSync(profile, { recursive: true, force: true });
	}
}
