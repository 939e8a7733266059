/** `node scripts/run-ts.mjs tools/import-bench-cli.ts`: the import preview's measure of `npm run bench`, alone. */
import { benchImportPreview, IMPORT_DRAFTS, IMPORT_ROWS } from "./import-bench";

const { importPreviewMs, matched } = benchImportPreview();
process.stdout.write(`Import preview, ${IMPORT_ROWS.toLocaleString("en")} rows against ${IMPORT_DRAFTS.toLocaleString("en")} published drafts: ${importPreviewMs.toFixed(1)} ms (${matched.toLocaleString("en")} rows matched)\n`);
