/**
 * An extractor's result for the cache, as a tuple of lists with the empty lists at its end left out: most notes
 * have no warning, and a book note with no ET/BUT block is `[]`. Read back with {@link fullCacheTuple}.
 */
export function compactCacheTuple(lists: readonly (readonly unknown[])[]): unknown[][] {
	let length = lists.length;
	while (length > 0 && lists[length - 1]?.length === 0) length--;
	return lists.slice(0, length) as unknown[][];
}

/** A tuple written by {@link compactCacheTuple}, its left-out lists given back empty; null when it is no such tuple. */
export function fullCacheTuple(raw: unknown, length: number): unknown[][] | null {
	if (!Array.isArray(raw) || raw.length > length || !raw.every((part) => Array.isArray(part))) return null;
	const full = raw as unknown[][];
	return [...full, ...Array.from({ length: length - full.length }, (): unknown[] => [])];
}
