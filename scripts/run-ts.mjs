// Runs a TypeScript entry point (tools, preview) in Node: bundles it with esbuild, then imports it.
// Usage: node scripts/run-ts.mjs FILE.ts [args...]; the script sees its own args in process.argv.slice(2).
import esbuild from "esbuild";
import { mkdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
	console.error("usage: node scripts/run-ts.mjs FILE.ts [args...]");
	process.exit(2);
}
const outdir = resolve("build/tools");
mkdirSync(outdir, { recursive: true });
const outfile = resolve(outdir, basename(entry).replace(/\.ts$/, ".mjs"));
await esbuild.build({
	entryPoints: [entry],
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	packages: "external",
	sourcemap: "inline",
	outfile,
	loader: { ".md": "text" },
	logLevel: "warning",
});
process.argv = [process.argv[0], outfile, ...args.filter((a, i) => !(i === 0 && a === "--"))];
// The bundle was just written by esbuild from the project's own entry point.
// eslint-disable-next-line no-unsanitized/method -- a local file built above, not user input
await import(pathToFileURL(outfile).href);
