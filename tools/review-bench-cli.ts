/** `node scripts/run-ts.mjs tools/review-bench-cli.ts`: the weekly review's measure of `npm run bench`, alone, over the same synthetic vault. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchIndex, discardStore } from "./bench-index";
import { PlainFilesSource } from "./plain-files-source";
import { benchReview, REVIEW_DRAFTS, REVIEW_IDEAS } from "./review-bench";
import { writeSyntheticVault } from "./synthetic-vault";

async function main(): Promise<void> {
	const dir = await mkdtemp(join(tmpdir(), "tls-review-bench-"));
	try {
		await writeSyntheticVault(dir, { notes: 10_000 });
		const index = benchIndex(await PlainFilesSource.load(dir), discardStore);
		await index.build();
		const { reviewMs, notes, prepareMs, review } = benchReview(index.notes());
		const counts = `${review.stalled.length} stalled, ${review.overdue.length} overdue, ${review.evergreen.pieces.length} evergreen, ${review.books.length} books, ${review.brandIdeas.ideas.length} brand ideas`;
		process.stdout.write(`Weekly review, 10,000-note vault (${notes.toLocaleString("en")} records) with ${REVIEW_DRAFTS.toLocaleString("en")} drafts and ${REVIEW_IDEAS.toLocaleString("en")} ideas: ${reviewMs.toFixed(1)} ms (one warm-up, then the median of 5; ${counts}; ideas and drafts made once from the records: ${prepareMs.toFixed(1)} ms)\n`);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`review bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});
