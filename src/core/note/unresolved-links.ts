import { comparableText } from "../text/comparable-text";

/** A link of the vault that points at no file yet, such as `[[Expert Secrets]]` in a journal note. */
export interface UnresolvedLink {
	/** The link's path as written (without `#heading` or `|alias`): the name a note needs for it to resolve. */
	target: string;
	/** How many times the vault links it. */
	count: number;
	/** The notes that link it, sorted. */
	sources: string[];
}

/**
 * Unresolved links counted over the vault, from `[fromPath, target, times]` triples: spellings that differ
 * only by case or spacing are one link (they name the same note), under the spelling used most; most
 * linked first, then A to Z.
 */
export function rankUnresolvedLinks(found: Iterable<readonly [string, string, number]>): UnresolvedLink[] {
	const groups = new Map<string, { spellings: Map<string, number>; count: number; sources: Set<string> }>();
	for (const [from, target, times] of found) {
		const text = target.trim();
		if (text === "" || times <= 0) continue;
		const key = comparableText(text);
		let group = groups.get(key);
		if (!group) groups.set(key, (group = { spellings: new Map(), count: 0, sources: new Set() }));
		group.spellings.set(text, (group.spellings.get(text) ?? 0) + times);
		group.count += times;
		group.sources.add(from);
	}
	const links: UnresolvedLink[] = [];
	for (const group of groups.values()) {
		const [target] = [...group.spellings].sort((a, b) => b[1] - a[1])[0] ?? [""];
		links.push({ target, count: group.count, sources: [...group.sources].sort() });
	}
	return links.sort((a, b) => b.count - a.count || a.target.localeCompare(b.target));
}
