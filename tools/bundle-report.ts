/**
 * What each part of main.js weighs, from esbuild's metafile of the production build (build/main.meta.json, written by
 * `node esbuild.config.mjs production`): `npm run bundle-report` builds, then prints a markdown table, README.md's
 * bundle table. Our code by capability folder (src/core/<capability>, src/obsidian/<capability>, the bundled templates
 * counted with their folder), each dependency by package, and esbuild's own glue. Sizes are of the minified output.
 */
import { readFileSync, statSync } from "node:fs";

interface Metafile {
	outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}

/** The message tables, each a row of its own: each language's table is most of its folder. */
const OWN_ROWS = new Set(["src/core/i18n/en.ts", "src/core/i18n/fr.ts"]);

/**
 * The part an input belongs to: `src/core/drafting`, its bundled templates (`src/core/drafting, templates (.md)`), a
 * message table, `src/main.ts`, or a package's name (`date-fns`, `@scope/name`).
 */
export function partOf(path: string): string {
	const modules = path.lastIndexOf("node_modules/");
	if (modules !== -1) {
		const [first = "", second = ""] = path.slice(modules + "node_modules/".length).split("/");
		return first.startsWith("@") ? `${first}/${second}` : first;
	}
	if (OWN_ROWS.has(path)) return path;
	const [top = "", layer = "", folder = ""] = path.split("/");
	if (top === "src" && path.endsWith(".md")) return `src/${layer}/${folder}, templates (.md)`;
	if (top === "src" && (layer === "core" || layer === "obsidian") && path.split("/").length > 3) return `src/${layer}/${folder}`;
	if (top === "src" && (layer === "core" || layer === "obsidian")) return `src/${layer} (top level)`;
	return path;
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
}

function main(): void {
	const meta = JSON.parse(readFileSync("build/main.meta.json", "utf8")) as Metafile;
	const output = meta.outputs["main.js"];
	if (!output) throw new Error("build/main.meta.json has no main.js: run node esbuild.config.mjs production");
	const parts = new Map<string, number>();
	for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + bytesInOutput);
	const total = statSync("main.js").size;
	const counted = [...parts.values()].reduce((sum, bytes) => sum + bytes, 0);
	const ours = [...parts].filter(([part]) => part.startsWith("src/")).sort((a, b) => b[1] - a[1]);
	const theirs = [...parts].filter(([part]) => !part.startsWith("src/")).sort((a, b) => b[1] - a[1]);
	// Packages under 1 KB (most of them micromark's small helpers) in one row.
	const small = theirs.filter(([, bytes]) => bytes < 1024);
	const large = theirs.filter(([, bytes]) => bytes >= 1024);
	const sum = (rows: [string, number][]): number => rows.reduce((all, [, bytes]) => all + bytes, 0);
	const lines = [
		`main.js: ${kb(total)} (${total.toLocaleString("en")} bytes), minified.`,
		"",
		"| Part | Weight |",
		"| --- | ---: |",
		`| **Our code** | **${kb(sum(ours))}** |`,
		...ours.map(([part, bytes]) => `| \`${part}\` | ${kb(bytes)} |`),
		`| **Dependencies** | **${kb(sum(theirs))}** |`,
		...large.map(([part, bytes]) => `| \`${part}\` | ${kb(bytes)} |`),
		...(small.length > 0 ? [`| ${small.length} packages under 1 KB each (${small.map(([part]) => part).join(", ")}) | ${kb(sum(small))} |`] : []),
		`| esbuild's module glue and the banner | ${kb(total - counted)} |`,
	];
	console.log(lines.join("\n"));
}

main();
