/**
 * The browser every Chromium run of the project drives (end-to-end tests, benchmarks, screenshots), in
 * this order: the one CHROMIUM_PATH names (the release workflow points it at the runner's Google Chrome),
 * else Debian's Chromium, else the Chromium packaged in the dev dependency `@sparticuz/chromium`, unpacked
 * into the temporary folder on first use. Nothing is downloaded: the packaged one came with `npm ci`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import type PackagedChromium from "@sparticuz/chromium";

/** Debian's Chromium (`apt-get install chromium`): the README's pictures are drawn by it. */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Nothing the browser would fetch on its own. */
const OFFLINE_FLAGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Headless, no sandbox (CI runs as root), and nothing the browser would fetch on its own. */
export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", ...OFFLINE_FLAGS];

/** What to install when there is no browser, said in the one line a run prints. */
const INSTALL = "Debian's Chromium (apt-get install -y chromium) or the packaged one (npm ci)";

export interface Chromium {
	executablePath: string;
	args: string[];
	/** The browser's environment, when it needs more than the process's own. */
	env?: Record<string, string>;
	/** Where it comes from, as a person would name it. */
	origin: string;
}

/** No browser to run: its message is the one line to print. */
export class ChromiumUnavailable extends Error {
	constructor(message: string) {
		super(message);
		this.name = "ChromiumUnavailable";
	}
}

export interface ChromiumSources {
	env: Record<string, string | undefined>;
	exists(path: string): boolean;
	/** The packaged Chromium, unpacked; null when the package is not installed. */
	packaged(): Promise<Chromium | null>;
}

export interface FindOptions {
	/** False where one browser must draw every picture (the README's screenshots): the system's or CHROMIUM_PATH only. */
	packaged?: boolean;
}

/**
 * The browser to launch. `CHROMIUM_PATH`, when set, must name a file; `TLS_NO_SYSTEM_CHROMIUM=1` skips
 * Debian's Chromium, to try the packaged one on a machine that has both.
 */
export async function findChromium(options: FindOptions = {}, sources: ChromiumSources = LOCAL): Promise<Chromium> {
	const named = sources.env["CHROMIUM_PATH"];
	if (named !== undefined && named !== "") {
		if (!sources.exists(named)) throw new ChromiumUnavailable(`CHROMIUM_PATH=${named} names no file: set it to a Chromium or Chrome, or unset it to use ${INSTALL}`);
		return { executablePath: named, args: CHROMIUM_FLAGS, origin: "CHROMIUM_PATH" };
	}
	if (sources.env["TLS_NO_SYSTEM_CHROMIUM"] !== "1" && sources.exists(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS, origin: "Debian's Chromium" };
	if (options.packaged === false) throw new ChromiumUnavailable(`no ${SYSTEM_CHROMIUM}, and only Debian's Chromium draws these pictures: apt-get install -y chromium, or set CHROMIUM_PATH`);
	const packaged = await sources.packaged();
	const system = sources.env["TLS_NO_SYSTEM_CHROMIUM"] === "1" ? "set aside (TLS_NO_SYSTEM_CHROMIUM=1)" : "missing";
	if (packaged === null) throw new ChromiumUnavailable(`no Chromium: ${SYSTEM_CHROMIUM} is ${system} and @sparticuz/chromium is not installed: install ${INSTALL}, or set CHROMIUM_PATH`);
	return packaged;
}

let unpacked: Promise<Chromium | null> | undefined;

const LOCAL: ChromiumSources = {
	env: process.env,
	exists: existsSync,
	packaged: () => (unpacked ??= unpackPackagedChromium()),
};

/**
 * `@sparticuz/chromium`, as its README launches it with playwright-core: its binary unpacked (once, about
 * 15 s), its flags, and the libraries it was built with (NSS, NSPR, expat), unpacked beside it and given
 * to the browser alone, so that it starts on a machine that has none of them.
 */
async function unpackPackagedChromium(): Promise<Chromium | null> {
	const load = createRequire(resolve("package.json"));
	let entry: string;
	try {
		entry = load.resolve("@sparticuz/chromium");
	} catch {
		return null;
	}
	const root = join(dirname(entry), "..", "..");
	const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
	const packaged = load("@sparticuz/chromium") as typeof PackagedChromium;
	// No WebGL: nothing here draws in 3D, so the package's flags leave out SwiftShader's and turn WebGL off.
	packaged.setGraphicsMode = false;
	// The package unpacks to <tmp>/chromium and reuses whatever is there: a copy of another version, or
	// one cut short by a stopped run, is unpacked again, and so are the libraries.
	const done = join(tmpdir(), `chromium-${version}.unpacked`);
	const libraries = join(tmpdir(), `chromium-${version}-lib`);
	if (!existsSync(done)) {
		rmSync(join(tmpdir(), "chromium"), { force: true });
		rmSync(libraries, { recursive: true, force: true });
	}
	const executablePath = await packaged.executablePath();
	if (!existsSync(libraries)) unpackLibraries(join(root, "bin", "al2023.tar.br"), libraries);
	writeFileSync(done, `${executablePath}\n`);
	const lib = join(libraries, "lib");
	const inherited = process.env["LD_LIBRARY_PATH"];
	const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
	env["LD_LIBRARY_PATH"] = inherited ? `${lib}:${inherited}` : lib;
	// A machine without fontconfig has no fonts: the package's Open Sans, unpacked with the binary, writes the pages' French.
	if (!existsSync("/etc/fonts/fonts.conf")) env["FONTCONFIG_PATH"] = join(tmpdir(), "fonts");
	return { executablePath, args: [...packaged.args, ...OFFLINE_FLAGS], env, origin: `@sparticuz/chromium ${version}` };
}

/** The package's `al2023.tar.br` (a brotli tarball of `lib/`), unpacked into `dir`. */
function unpackLibraries(tarball: string, dir: string): void {
	mkdirSync(dir, { recursive: true });
	const tar = spawnSync("tar", ["-x", "-C", dir], { input: brotliDecompressSync(readFileSync(tarball)) });
	if (tar.status !== 0) throw new ChromiumUnavailable(`could not unpack the packaged Chromium's libraries into ${dir}: ${tar.stderr.toString().trim() || String(tar.error)}`);
}

/** What playwright-core's launch options take from the browser found: add the viewport and the rest. */
export function launchOptions(browser: Chromium, extraArgs: readonly string[] = []): { executablePath: string; args: string[]; env?: Record<string, string>; headless: true } {
	return { executablePath: browser.executablePath, args: [...browser.args, ...extraArgs], ...(browser.env ? { env: browser.env } : {}), headless: true };
}

/** How long a browser may take to start before the check says it does not. */
const START_TIMEOUT_MS = 30_000;

/**
 * Finds the browser, starts it and closes it: the browser, or the one line that says why there is none
 * and what to install. `launch` starts it (playwright-core's, in the runs).
 */
export async function checkChromium(launch: (options: ReturnType<typeof launchOptions> & { timeout: number }) => Promise<{ close(): Promise<void> }>, find: () => Promise<Chromium> = () => findChromium()): Promise<{ browser: Chromium } | { problem: string }> {
	let browser: Chromium;
	try {
		browser = await find();
	} catch (error) {
		if (error instanceof ChromiumUnavailable) return { problem: error.message };
		throw error;
	}
	try {
		const started = await launch({ ...launchOptions(browser), timeout: START_TIMEOUT_MS });
		await started.close();
		return { browser };
	} catch (error) {
		return { problem: `${browser.origin} (${browser.executablePath}) does not start: ${reasonOf(error)}: install ${INSTALL}, or set CHROMIUM_PATH` };
	}
}

/** What a launch failure says of why: a missing library, else how the browser exited and its first complaint, else the failure's first line. */
function reasonOf(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	const library = /error while loading shared libraries: ([^:\s]+)/.exec(text);
	if (library) return `${library[1]} is missing`;
	const exit = /<process did exit: exitCode=(\d+)/.exec(text);
	// Its first line on stderr, from the browser logs (the call log after them colours its lines: no colour code kept).
	const said = /\[pid=\d+\]\[err\] ([^\n]+)/.exec(text)?.[1]?.split(String.fromCharCode(27))[0]?.trim();
	if (exit) return `it stopped at once (exit code ${exit[1]}${said ? `, saying "${said}"` : ""})`;
	return (text.split("\n").find((line) => line.trim() !== "") ?? "no reason given").replace(/^browserType\.launch(PersistentContext)?: /, "").trim().replace(/\.$/, "");
}
