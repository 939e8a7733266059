// Copies the built plugin into a vault: npm run install-plugin -- /path/to/vault
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const vault = process.argv[2];
if (!vault || !existsSync(vault)) {
	console.error("usage: npm run install-plugin -- VAULT (an existing folder; run npm run build first)");
	process.exit(2);
}
if (!existsSync("main.js")) {
	console.error("main.js is missing: run npm run build first.");
	process.exit(1);
}
const dir = join(vault, ".obsidian", "plugins", "thought-leadership-studio");
mkdirSync(dir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) cpSync(file, join(dir, file));
console.log(`Installed into ${dir}. Enable it in Obsidian: Settings → Community plugins.`);
