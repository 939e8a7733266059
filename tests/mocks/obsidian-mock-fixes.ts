import { MetadataCache, type TFile } from "obsidian-test-mocks/obsidian";
import type { App, CachedMetadata } from "obsidian";

/**
 * The one place where the in-memory Obsidian (obsidian-test-mocks) is brought in line with the real app,
 * for the glue tests and the browser preview alike.
 *
 * 1. Broken YAML. The mock's metadata parser throws, which makes `vault.create`/`vault.modify` throw. Obsidian
 *    keeps the note and shows it with invalid properties: its cache has no `frontmatter` but still a
 *    `frontmatterPosition`. https://docs.obsidian.md/Reference/TypeScript+API/CachedMetadata
 * 2. Frontmatter objects. The mock hands out a strict proxy for an empty block, which throws on any unknown
 *    key; Obsidian's `frontmatter` is a plain object. https://docs.obsidian.md/Reference/TypeScript+API/FrontMatterCache
 * 3. File times and sizes. The mock leaves `TFile.stat` at zero; Obsidian updates it on every write, before the
 *    metadata cache reports the change. https://docs.obsidian.md/Reference/TypeScript+API/FileStats
 * 4. Links. The mock records external URLs (`[site](https://...)`) as links and lists wikilinks before markdown
 *    links; Obsidian keeps only links to notes and files, in the order they appear.
 *    https://docs.obsidian.md/Reference/TypeScript+API/CachedMetadata/links
 * 5. Renames. The mock keeps a renamed note's metadata under its old path; Obsidian moves it with the file.
 *    https://docs.obsidian.md/Reference/TypeScript+API/Vault/on('rename')
 */
interface MockMetadataCacheInternals {
	app__: { vault: { readSync__: (this: unknown, file: TFile) => string } };
	cache__: Map<string, CachedMetadata>;
	parseFileMetadata: (this: MockMetadataCacheInternals, file: TFile) => void;
	trigger: (this: unknown, name: string, ...data: unknown[]) => void;
}

let patched = false;
let clock = Date.UTC(2024, 0, 1);

/** Size in bytes of the text as UTF-8 (jsdom has no TextEncoder). */
function utf8Length(text: string): number {
	let bytes = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return bytes;
}

/** Blanks the lines inside a frontmatter block, keeping the line count so positions stay true. */
function blankFrontmatter(content: string): string {
	const match = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/.exec(content);
	if (!match) return content;
	const inner = (match[2] ?? "").replace(/[^\r\n]/g, "");
	return `${match[1] ?? ""}${inner}${match[3] ?? ""}${content.slice(match[0].length)}`;
}

/** Brings one in-memory app, and the mock's classes, in line with Obsidian. */
export function applyObsidianMockFixes(app: App): void {
	patchMetadataCache();
	const cache = app.metadataCache as unknown as MockMetadataCacheInternals;
	app.vault.on("rename", (file, oldPath) => {
		const moved = cache.cache__.get(oldPath);
		if (!moved) return;
		cache.cache__.delete(oldPath);
		cache.cache__.set(file.path, moved);
	});
}

/** Patches the mock's metadata parser; call it before creating an app whose files should be parsed the Obsidian way. */
export function patchMetadataCache(): void {
	if (patched) return;
	patched = true;
	const proto = MetadataCache.prototype as unknown as MockMetadataCacheInternals;
	const parse = proto.parseFileMetadata;
	proto.parseFileMetadata = function (this: MockMetadataCacheInternals, file: TFile): void {
		const trigger = this.trigger;
		let event: unknown[] | null = null;
		this.trigger = (...args: unknown[]) => {
			event = args;
		};
		let broken = false;
		try {
			try {
				parse.call(this, file);
			} catch {
				broken = true;
				const vault = this.app__.vault;
				const read = vault.readSync__;
				vault.readSync__ = (f: TFile) => blankFrontmatter(read.call(vault, f));
				try {
					parse.call(this, file);
				} finally {
					vault.readSync__ = read;
				}
			}
		} finally {
			this.trigger = trigger;
		}
		const cache = this.cache__.get(file.path);
		if (cache && event) {
			const content = this.app__.vault.readSync__(file);
			clock += 1000;
			file.stat = { ctime: file.stat.ctime || clock, mtime: clock, size: utf8Length(content) };
			if (broken) delete cache.frontmatter;
			else if (cache.frontmatter) cache.frontmatter = { ...cache.frontmatter };
			if (cache.links) {
				cache.links = cache.links.filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l.link)).sort((a, b) => a.position.start.offset - b.position.start.offset);
			}
		}
		if (event) this.trigger(...(event as [string, ...unknown[]]));
	};
}
