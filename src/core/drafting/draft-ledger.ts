import type { NoteRecord } from "../note/note-record";
import type { IndexChange } from "../index/note-index";
import { comparableText } from "../text/comparable-text";
import { baseNameOf } from "../note/link-target";
import { toDraft, type Draft } from "./draft";

/** What the ledger reads: the index's records and its change events. */
export interface DraftRecords {
	notes(): NoteRecord[];
	get(path: string): NoteRecord | undefined;
	onChange(listener: (change: IndexChange) => void): () => void;
}

interface Grouped {
	byPath: Map<string, Draft[]>;
	byBaseName: Map<string, Draft[]>;
	/** Each idea's drafts as answered, by its path: found once (both ways merged) until a draft changes, so that the same question gives the same list at the cost of one lookup. */
	answers: Map<string, readonly Draft[]>;
}

function push(map: Map<string, Draft[]>, key: string, draft: Draft): void {
	const list = map.get(key);
	if (list) {
		if (!list.includes(draft)) list.push(draft);
	} else map.set(key, [draft]);
}

const NONE: readonly Draft[] = [];

/** Drafts in the order of their paths. */
function pathOrder(a: Draft, b: Draft): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function baseNameKey(pathOrTarget: string): string {
	return comparableText(baseNameOf(pathOrTarget));
}

/**
 * The vault's drafts, kept from the index's records and its change events (no pass of its own over the
 * vault): each change costs the notes it names; the drafts-by-idea map is regrouped only when a draft
 * changed, once, at the next question. An `idea` link that resolves counts for that note only; one that
 * does not (yet) counts for the notes of the same base name, as a source link does for promotion.
 */
export class DraftLedger {
	private readonly drafts = new Map<string, Draft>();
	private grouped: Grouped | null = null;
	private sorted: Draft[] | null = null;
	private readonly unsubscribe: () => void;

	constructor(private readonly records: DraftRecords) {
		for (const record of records.notes()) this.take(record.path, record);
		this.unsubscribe = records.onChange((change) => this.apply(change));
	}

	/** Stops following the index. */
	stop(): void {
		this.unsubscribe();
	}

	/** Takes one change of the index: only the paths it names are looked at. */
	apply(change: IndexChange): void {
		for (const path of change.removed) this.forget(path);
		for (const path of [...change.added, ...change.updated]) this.take(path, this.records.get(path));
	}

	/** Every draft, sorted by path. */
	all(): readonly Draft[] {
		this.sorted ??= [...this.drafts.values()].sort(pathOrder);
		return this.sorted;
	}

	/** The draft at `path`, or undefined when the note there is no draft. */
	get(path: string): Draft | undefined {
		return this.drafts.get(path);
	}

	/** The drafts of the idea note at `ideaPath`, by path; empty when it has none. The same list (the same object) until a draft changes. */
	of(ideaPath: string): readonly Draft[] {
		const { byPath, byBaseName, answers } = this.groups();
		let drafts = answers.get(ideaPath);
		if (drafts === undefined) {
			const resolved = byPath.get(ideaPath);
			const named = byBaseName.get(baseNameKey(ideaPath));
			drafts = !named ? (resolved ?? NONE) : !resolved ? named : [...new Set([...resolved, ...named])].sort(pathOrder);
			answers.set(ideaPath, drafts);
		}
		return drafts;
	}

	private take(path: string, record: NoteRecord | undefined): void {
		const draft = record ? toDraft(record) : null;
		if (draft) {
			this.drafts.set(path, draft);
			this.changed();
		} else this.forget(path);
	}

	private forget(path: string): void {
		if (this.drafts.delete(path)) this.changed();
	}

	private changed(): void {
		this.grouped = null;
		this.sorted = null;
	}

	private groups(): Grouped {
		if (this.grouped) return this.grouped;
		const grouped: Grouped = { byPath: new Map(), byBaseName: new Map(), answers: new Map() };
		// Grouped as stored, then each idea's few drafts sorted: sorting every draft of the vault first cost the board's
		// first build more than the grouping.
		for (const draft of this.drafts.values()) {
			for (const link of draft.ideas) {
				if (link.path !== null) push(grouped.byPath, link.path, draft);
				else push(grouped.byBaseName, baseNameKey(link.target), draft);
			}
		}
		for (const lists of [grouped.byPath, grouped.byBaseName]) for (const list of lists.values()) if (list.length > 1) list.sort(pathOrder);
		this.grouped = grouped;
		return grouped;
	}
}
