import type { NoteRecord } from "../note/note-record";
import type { IndexChange } from "../index/note-index";
import { baseNameOf } from "../note/link-target";
import { comparableText } from "../text/comparable-text";

/** Key of a link's target: its path when it resolves, else its name (links to a note not written yet). */
function targetKey(resolvedPath: string | null, target: string): string {
	return resolvedPath !== null ? `path:${resolvedPath}` : `name:${comparableText(baseNameOf(target))}`;
}

/** Where the graph reads records: the index (`get`, `notes`). */
export interface RecordSource {
	get(path: string): NoteRecord | undefined;
	notes(): readonly NoteRecord[];
}

/**
 * Backlinks of the indexed notes: for every link target, the notes that link to it. Derived from the
 * index's records and kept up to date from its change events, note by note, never by a second pass over the vault.
 */
export class LinkGraph {
	/** Target key → paths of the notes linking to it. */
	private readonly incoming = new Map<string, Set<string>>();
	/** Note path → the target keys it links to, to take them back when the note changes. */
	private readonly outgoing = new Map<string, string[]>();

	constructor(private readonly records: RecordSource) {
		for (const record of records.notes()) this.add(record);
	}

	/** Takes one update of the index: only the notes it names are looked at again. */
	apply(change: IndexChange): void {
		for (const path of [...change.removed, ...change.updated, ...change.added]) {
			this.drop(path);
			const record = this.records.get(path);
			if (record) this.add(record);
		}
	}

	/** Paths of the indexed notes linking to the note at `path` (by its path, or by its name while they were unresolved), sorted. */
	backlinks(path: string): string[] {
		const from = new Set([...(this.incoming.get(targetKey(path, path)) ?? []), ...(this.incoming.get(targetKey(null, path)) ?? [])]);
		from.delete(path);
		return [...from].sort();
	}

	/** How many indexed notes link to a note named `target` that does not exist. */
	unresolvedCount(target: string): number {
		return this.incoming.get(targetKey(null, target))?.size ?? 0;
	}

	private add(record: NoteRecord): void {
		const keys = [...new Set(record.links.map((link) => targetKey(link.resolvedPath, link.target)))];
		this.outgoing.set(record.path, keys);
		for (const key of keys) {
			let set = this.incoming.get(key);
			if (!set) this.incoming.set(key, (set = new Set()));
			set.add(record.path);
		}
	}

	private drop(path: string): void {
		for (const key of this.outgoing.get(path) ?? []) {
			const set = this.incoming.get(key);
			set?.delete(path);
			if (set?.size === 0) this.incoming.delete(key);
		}
		this.outgoing.delete(path);
	}
}
