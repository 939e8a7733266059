// Prints one closing line for the whole suite (unit, glue and end-to-end), from jest's JSON results.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ["test-output/jest-unit.json", "test-output/jest-e2e.json"]) {
	if (!existsSync(file)) continue;
	const result = JSON.parse(readFileSync(file, "utf8"));
	passed += result.numPassedTests;
	failed += result.numFailedTests;
	skipped += result.numPendingTests + (result.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
