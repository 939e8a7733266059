import { MetadataCache } from "obsidian-test-mocks/obsidian";
import { TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";

/**
 * The one place where the in-memory Obsidian (obsidian-test-mocks) is brought in line with the real app,
 * for the glue tests (tests/helpers/obsidian-app.ts) and the browser preview (preview/page/shell/vault.ts) alike.
 *
 * 1. Broken YAML. The mock's metadata parser throws, which makes `vault.create`/`vault.modify` throw and stops
 *    every later handler of that vault event. Obsidian keeps the note and shows it with invalid properties: its
 *    cache has no `frontmatter`, still a `frontmatterPosition`, and the body's headings, links and lists.
 *    https://docs.obsidian.md/Reference/TypeScript+API/CachedMetadata
 * 2. Frontmatter objects. The mock hands out a strict proxy for an empty block, which throws on any unknown
 *    key; Obsidian's `frontmatter` is a plain object. https://docs.obsidian.md/Reference/TypeScript+API/FrontMatterCache
 * 3. Links. The mock records external URLs (`[site](https://...)`) as links and lists wikilinks before markdown
 *    links; Obsidian keeps only links to notes and files, in the order they appear.
 *    https://docs.obsidian.md/Reference/TypeScript+API/CachedMetadata/links
 * 4. File times and sizes. The mock's adapter keeps them, but `TFile.stat` stays at zero; Obsidian updates it
 *    on every write, before anyone hears of the change. https://docs.obsidian.md/Reference/TypeScript+API/FileStats
 * 5. Renames and deletions. The mock keeps a renamed or deleted note's metadata under its old path and never
 *    fires `deleted`; Obsidian moves or drops it, fires `deleted`, and `resolved` once links are resolved again.
 *    https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache/on('deleted')
 */

interface MockMetadataCacheInternals {
	app__: { vault: { readSync__: (this: unknown, file: TFile) => string } };
	cache__: Map<string, CachedMetadata>;
	parseFileMetadata: (this: MockMetadataCacheInternals, file: TFile) => void;
	trigger: (this: unknown, name: string, ...data: unknown[]) => void;
}

interface MockAdapterInternals {
	fileMeta?: Map<string, { ctime: number; mtime: number; size: number }>;
}

/** What to do about a note whose frontmatter is not valid YAML, besides indexing it as Obsidian does. */
export interface MockFixOptions {
	onBrokenFrontmatter?: (path: string, error: unknown) => void;
}

let patched = false;
let brokenFrontmatter: MockFixOptions["onBrokenFrontmatter"];

/** Blanks the lines inside a frontmatter block, keeping the line count so positions stay true. */
function blankFrontmatter(content: string): string {
	const match = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/.exec(content);
	if (!match) return content;
	const inner = (match[2] ?? "").replace(/[^\r\n]/g, "");
	return `${match[1] ?? ""}${inner}${match[3] ?? ""}${content.slice(match[0].length)}`;
}

/** Patches the mock's metadata parser (fixes 1 to 3); call it before creating an app whose files should be parsed the Obsidian way. */
export function patchMetadataCache(options: MockFixOptions = {}): void {
	brokenFrontmatter = options.onBrokenFrontmatter ?? brokenFrontmatter;
	if (patched) return;
	patched = true;
	const proto = MetadataCache.prototype as unknown as MockMetadataCacheInternals;
	const parse = proto.parseFileMetadata;
	proto.parseFileMetadata = function (this: MockMetadataCacheInternals, file: TFile): void {
		// The event waits until the cache entry is fixed: listeners read the cache as they hear of it.
		const trigger = this.trigger;
		let event: unknown[] | null = null;
		this.trigger = (...args: unknown[]) => {
			event = args;
		};
		let broken = false;
		try {
			try {
				parse.call(this, file);
			} catch (error) {
				broken = true;
				brokenFrontmatter?.(file.path, error);
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
			if (broken) delete cache.frontmatter;
			else if (cache.frontmatter) cache.frontmatter = { ...cache.frontmatter };
			if (cache.links) {
				cache.links = cache.links.filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l.link)).sort((a, b) => a.position.start.offset - b.position.start.offset);
			}
		}
		if (event) this.trigger(...(event as [string, ...unknown[]]));
	};
}

/** Brings one in-memory app in line with Obsidian (fixes 4 and 5), after {@link patchMetadataCache}. */
export function applyObsidianMockFixes(app: App, options: MockFixOptions = {}): void {
	patchMetadataCache(options);
	const vault = app.vault;
	const meta = (vault.adapter as unknown as MockAdapterInternals).fileMeta;
	const cache = app.metadataCache as unknown as MockMetadataCacheInternals;
	const stat = (file: TFile): void => {
		const known = meta?.get(file.path);
		if (known) file.stat = { ctime: known.ctime, mtime: known.mtime, size: known.size };
	};
	for (const file of vault.getFiles()) stat(file);
	const trigger = vault.trigger.bind(vault);
	let resolveTimer: ReturnType<typeof setTimeout> | null = null;
	vault.trigger = (name: string, ...data: unknown[]): void => {
		const file = data[0] as TAbstractFile | undefined;
		if (file instanceof TFile) stat(file);
		if (name === "rename" && file instanceof TFile && typeof data[1] === "string") {
			const moved = cache.cache__.get(data[1]);
			cache.cache__.delete(data[1]);
			if (moved) cache.cache__.set(file.path, moved);
		}
		const previous = name === "delete" && file instanceof TFile ? cache.cache__.get(file.path) : undefined;
		if (name === "delete" && file instanceof TFile) cache.cache__.delete(file.path);
		trigger(name, ...data);
		if (name === "delete" && file instanceof TFile) app.metadataCache.trigger("deleted", file, previous ?? null);
		if (name === "create" || name === "modify" || name === "rename" || name === "delete") {
			if (resolveTimer !== null) clearTimeout(resolveTimer);
			resolveTimer = setTimeout(() => {
				resolveTimer = null;
				app.metadataCache.trigger("resolved");
			}, 0);
		}
	};
}
