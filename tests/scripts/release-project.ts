/**
 * A small plugin project in a temporary folder, for the release checks: package.json, manifest.json,
 * versions.json and src/, which agree unless a test changes them. Its code reads Obsidian's types from
 * this repository's node_modules.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..", "..");
export const OBSIDIAN_DTS = join(ROOT, "node_modules", "obsidian", "obsidian.d.ts");

export const DESCRIPTION =
	"Turn journal notes into ideas on a pipeline board, draft each idea in the formats you publish, take reading notes with ET and BUT blocks, and replicate brand ideas across your products on a framework board.";

export function manifestOf(change: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: "thought-leadership-studio",
		name: "Thought Leadership Studio",
		version: "1.2.0",
		minAppVersion: "1.8.7",
		description: DESCRIPTION,
		author: "Thought Leadership Studio contributors",
		isDesktopOnly: false,
		...change,
	};
}

/** Plugin code whose newest API is getLanguage (Obsidian 1.8.7), on line 4. */
export const MAIN_TS = `import { Plugin, getLanguage } from "obsidian";
export default class Studio extends Plugin {
	async onload(): Promise<void> {
		const language = getLanguage();
		const file = this.app.vault.getFileByPath("Idées/Idée.md");
		if (file) await this.app.vault.process(file, (text) => text + language);
	}
}
`;

export interface Project {
	root: string;
	write(path: string, content: unknown): void;
	remove(): void;
}

/** Writes the project; `files` replaces or adds files (objects are written as JSON, null removes). */
export function makeProject(files: Record<string, unknown> = {}): Project {
	const root = mkdtempSync(join(tmpdir(), "tls-release-"));
	const write = (path: string, content: unknown): void => {
		const full = join(root, path);
		if (content === null) {
			rmSync(full, { force: true });
			return;
		}
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, typeof content === "string" ? content : JSON.stringify(content, null, 2) + "\n");
	};
	const all: Record<string, unknown> = {
		"package.json": { name: "thought-leadership-studio", version: "1.2.0", description: DESCRIPTION },
		"manifest.json": manifestOf(),
		"versions.json": { "1.0.0": "1.5.7", "1.2.0": "1.8.7" },
		"src/main.ts": MAIN_TS,
		...files,
	};
	for (const [path, content] of Object.entries(all)) write(path, content);
	return { root, write, remove: () => rmSync(root, { recursive: true, force: true }) };
}
