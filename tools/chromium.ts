/**
 * The browser every Chromium run of the project drives (end-to-end tests, benchmarks, screenshots):
 * Debian's Chromium, or the one CHROMIUM_PATH names (the release workflow points it at the runner's
 * Google Chrome). Never downloaded.
 */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Headless, no sandbox (CI runs as root), and nothing the browser would fetch on its own. */
export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** What to say when the browser is not there. */
export const CHROMIUM_MISSING = `${CHROMIUM_PATH} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`;
