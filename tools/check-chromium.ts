/**
 * `npm test`'s second step, and the end-to-end tests' global set-up: the browser they drive starts, or
 * one line says why not and what to install, and the run stops there (exit code 1) instead of failing
 * every end-to-end test with the same message.
 *
 *   node scripts/run-ts.mjs tools/check-chromium.ts
 */
import { chromium } from "playwright-core";
import { checkChromium } from "./chromium";

checkChromium((options) => chromium.launch(options)).then(
	(result) => {
		if ("problem" in result) {
			console.error(`chromium: ${result.problem}`);
			process.exit(1);
		}
		console.log(`chromium: ${result.browser.origin} (${result.browser.executablePath}) starts`);
	},
	(error: unknown) => {
		console.error(`chromium: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
		process.exit(1);
	},
);
