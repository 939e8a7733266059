import type { NoteSource, SourceEvent, SourceFile, SourceMetadata } from "../../src/core/note/note-source";
import { rankUnresolvedLinks, type UnresolvedLink } from "../../src/core/note/unresolved-links";
import { parseLink } from "../../src/core/note/parse-link";

interface Entry {
	file: SourceFile;
	metadata: SourceMetadata | null;
	text: string;
}

/** A NoteSource held in memory, with metadata given by the test: the index's view of a vault, nothing more. */
export class MemorySource implements NoteSource {
	private readonly entries = new Map<string, Entry>();
	private readonly listeners = new Set<(event: SourceEvent) => void>();
	readonly reads: string[] = [];
	private clock = 1_700_000_000_000;

	put(path: string, metadata: Partial<SourceMetadata> | null, text = ""): this {
		const basename = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
		this.clock += 1000;
		const old = this.entries.get(path);
		this.entries.set(path, {
			file: { path, basename, ctime: old?.file.ctime ?? this.clock, mtime: this.clock, size: text.length },
			metadata: metadata === null ? null : { inlineTags: [], links: [], headings: [], ...metadata },
			text,
		});
		return this;
	}

	/** Changes a file and tells the subscribers, as a vault would. */
	edit(path: string, metadata: Partial<SourceMetadata> | null, text = ""): void {
		this.put(path, metadata, text);
		this.emit({ kind: "changed", path });
	}

	delete(path: string): void {
		this.entries.delete(path);
		this.emit({ kind: "deleted", path });
	}

	rename(oldPath: string, newPath: string): void {
		const entry = this.entries.get(oldPath);
		if (!entry) return;
		this.entries.delete(oldPath);
		this.entries.set(newPath, { ...entry, file: { ...entry.file, path: newPath, basename: newPath.slice(newPath.lastIndexOf("/") + 1).replace(/\.md$/, "") } });
		this.emit({ kind: "renamed", path: newPath, oldPath });
	}

	emit(event: SourceEvent): void {
		for (const listener of this.listeners) listener(event);
	}

	listFiles(): SourceFile[] {
		return [...this.entries.values()].map((e) => e.file);
	}

	getFile(path: string): SourceFile | null {
		return this.entries.get(path)?.file ?? null;
	}

	getMetadata(path: string): SourceMetadata | null {
		return this.entries.get(path)?.metadata ?? null;
	}

	resolveLink(linkpath: string): string | null {
		const wanted = linkpath.toLowerCase();
		for (const entry of this.entries.values()) if (entry.file.basename.toLowerCase() === wanted || entry.file.path.toLowerCase() === wanted) return entry.file.path;
		return null;
	}

	unresolvedLinks(): UnresolvedLink[] {
		const found: [string, string, number][] = [];
		for (const entry of this.entries.values()) {
			for (const link of entry.metadata?.links ?? []) {
				const { target } = parseLink(link);
				if (target !== "" && this.resolveLink(target) === null) found.push([entry.file.path, target, 1]);
			}
		}
		return rankUnresolvedLinks(found);
	}

	read(path: string): Promise<string> {
		this.reads.push(path);
		const entry = this.entries.get(path);
		return entry ? Promise.resolve(entry.text) : Promise.reject(new Error(`${path} does not exist`));
	}

	subscribe(listener: (event: SourceEvent) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
}
