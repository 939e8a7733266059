import { TFile, type App, type CachedMetadata, type EventRef } from "obsidian";
import type { NoteSource, SourceEvent, SourceFile, SourceMetadata } from "../../core/note/note-source";
import { rankUnresolvedLinks, type UnresolvedLink } from "../../core/note/unresolved-links";

function toSourceFile(file: TFile): SourceFile {
	return { path: file.path, basename: file.basename, ctime: file.stat.ctime, mtime: file.stat.mtime, size: file.stat.size };
}

/**
 * Obsidian keeps no frontmatter for a note whose properties are not valid YAML, but it still records where
 * the block is. A block of more than its two `---` lines with nothing parsed is a broken one.
 * https://docs.obsidian.md/Reference/TypeScript+API/CachedMetadata
 */
export function frontmatterError(cache: CachedMetadata): string | undefined {
	const position = cache.frontmatterPosition;
	if (!position || cache.frontmatter) return undefined;
	return position.end.line - position.start.line > 1 ? "YAML could not be parsed" : undefined;
}

/**
 * A first line `---` that nothing closes: Obsidian reads it as a rule at line 0 and the properties under it
 * as text, so there is no frontmatter position. Counted only when text follows the rule at once, as the
 * plain-files source does: a rule followed by a blank line is a rule.
 */
export function frontmatterUnclosed(cache: CachedMetadata): boolean {
	if (cache.frontmatterPosition) return false;
	const [first, second] = cache.sections ?? [];
	return first?.type === "thematicBreak" && first.position.start.line === 0 && second?.position.start.line === 1;
}

/** Body tags (`#réflexions`) only: property tags are read from the frontmatter itself. */
function inlineTags(cache: CachedMetadata): string[] {
	return (cache.tags ?? []).map((t) => t.tag);
}

/** What registers event references for clean-up at unload: the plugin (a Component). */
export interface EventRegistrar {
	registerEvent(ref: EventRef): void;
}

/**
 * The index's view of the vault, read from Obsidian's metadata cache: no second parse of YAML,
 * tags or links. https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache
 * Its event references are registered with the plugin (`registerEvent`), so that Obsidian removes
 * them at unload even if nothing else does. https://docs.obsidian.md/Reference/TypeScript+API/Component/registerEvent
 */
export class ObsidianNoteSource implements NoteSource {
	constructor(
		private readonly app: App,
		private readonly registrar: EventRegistrar,
	) {}

	listFiles(): SourceFile[] {
		return this.app.vault.getMarkdownFiles().map(toSourceFile);
	}

	getFile(path: string): SourceFile | null {
		const file = this.app.vault.getFileByPath(path);
		return file && file.extension === "md" ? toSourceFile(file) : null;
	}

	getMetadata(path: string): SourceMetadata | null {
		const cache = this.app.metadataCache.getCache(path);
		if (!cache) return null;
		const error = frontmatterError(cache);
		return {
			// A plain copy: the cache's own objects belong to Obsidian.
			frontmatter: cache.frontmatter ? { ...cache.frontmatter } : undefined,
			...(error !== undefined ? { frontmatterError: error } : {}),
			...(frontmatterUnclosed(cache) ? { frontmatterUnclosed: true } : {}),
			inlineTags: inlineTags(cache),
			links: [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])].map((l) => ({
				link: l.link,
				displayText: l.displayText,
				original: l.original,
			})),
			headings: (cache.headings ?? []).map((h) => ({ heading: h.heading, level: h.level, line: h.position.start.line })),
		};
	}

	resolveLink(linkpath: string, fromPath: string): string | null {
		return this.app.metadataCache.getFirstLinkpathDest(linkpath, fromPath)?.path ?? null;
	}

	/** From `metadataCache.unresolvedLinks` (source path → link text → count). https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache/unresolvedLinks */
	unresolvedLinks(): UnresolvedLink[] {
		const found: [string, string, number][] = [];
		for (const [from, targets] of Object.entries(this.app.metadataCache.unresolvedLinks)) {
			for (const [target, count] of Object.entries(targets)) found.push([from, target, count]);
		}
		return rankUnresolvedLinks(found);
	}

	read(path: string): Promise<string> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return Promise.reject(new Error(`${path} does not exist`));
		return this.app.vault.cachedRead(file);
	}

	subscribe(listener: (event: SourceEvent) => void): () => void {
		const { vault, metadataCache } = this.app;
		// "changed" fires once the cache has the new metadata: new and edited notes alike.
		const refs: { source: typeof vault | typeof metadataCache; ref: EventRef }[] = [
			{ source: metadataCache, ref: metadataCache.on("changed", (file) => listener({ kind: "changed", path: file.path })) },
			{
				source: vault,
				ref: vault.on("delete", (file) => {
					if (file instanceof TFile) listener({ kind: "deleted", path: file.path });
				}),
			},
			{
				source: vault,
				ref: vault.on("rename", (file, oldPath) => {
					if (file instanceof TFile) listener({ kind: "renamed", path: file.path, oldPath });
				}),
			},
		];
		for (const { ref } of refs) this.registrar.registerEvent(ref);
		return () => {
			for (const { source, ref } of refs) source.offref(ref);
		};
	}
}
