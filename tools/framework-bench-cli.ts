/**
 * Runs the framework board's Chromium benchmark alone and prints its figures as JSON:
 * `node scripts/run-ts.mjs tools/framework-bench-cli.ts` (from the repository root).
 */
import { measureFrameworkInChromium } from "./framework-bench";

measureFrameworkInChromium(process.cwd()).then(
	(figures) => {
		console.log(JSON.stringify(figures, null, 2));
	},
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
		process.exitCode = 1;
	},
);
