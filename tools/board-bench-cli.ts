/**
 * Runs the board benchmark alone and prints its figures as JSON:
 * `node scripts/run-ts.mjs tools/board-bench-cli.ts` (from the repository root).
 */
import { measureBoardDetails } from "./board-bench";

measureBoardDetails().then(
	(details) => {
		console.log(JSON.stringify(details, null, 2));
	},
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
		process.exitCode = 1;
	},
);
