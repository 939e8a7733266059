/**
 * Runs the start-up benchmark alone and prints its figures as JSON:
 * `node scripts/run-ts.mjs tools/startup-bench-cli.ts [runs]` (from the repository root).
 */
import { measureStartupDetails } from "./startup-bench";

const runs = process.argv[2] === undefined ? undefined : Number(process.argv[2]);

measureStartupDetails(runs).then(
	(details) => {
		console.log(JSON.stringify(details, null, 2));
	},
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
		process.exitCode = 1;
	},
);
