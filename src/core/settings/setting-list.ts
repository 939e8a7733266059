import type { Language } from "../i18n/language";

/** The most items a list setting keeps (stages, formats, products, watched tags, headings): more would only slow every view. */
export const SETTING_LIST_LIMIT = 200;

/** A list setting as read from `data.json`. */
export interface SettingList<T> {
	/** The valid items in order, at most {@link SETTING_LIST_LIMIT}. */
	items: T[];
	/** Whether the saved value was a list at all. */
	isList: boolean;
	/** Items left out before the limit: not valid, or repeating one already kept. */
	dropped: number;
	/** Whether valid items were left past the limit. */
	capped: boolean;
}

/**
 * Reads a saved list item by item: `read` makes an item valid or null, `identity` says which items
 * are the same (a repeated one is left out; none are without it). Stops at the first valid item past
 * the limit, so a list of 100,000 items costs no more than its first few hundred, and each item is
 * compared with the kept ones through a set, never with each of them.
 */
export function readSettingList<T>(value: unknown, read: (item: unknown) => T | null, identity?: (item: T) => string): SettingList<T> {
	if (!Array.isArray(value)) return { items: [], isList: false, dropped: 0, capped: false };
	const items: T[] = [];
	const seen = new Set<string>();
	let dropped = 0;
	for (const raw of value as unknown[]) {
		const item = read(raw);
		const id = item === null || identity === undefined ? null : identity(item);
		if (item === null || (id !== null && seen.has(id))) {
			dropped++;
			continue;
		}
		if (items.length === SETTING_LIST_LIMIT) return { items, isList: true, dropped, capped: true };
		if (id !== null) seen.add(id);
		items.push(item);
	}
	return { items, isList: true, dropped, capped: false };
}

/** An entry of a settings list the writer names (a format, a product, a metric): the value notes store, and its names in both languages. */
export interface NamedEntry {
	key: string;
	names: Record<Language, string>;
}

/**
 * A saved entry's key and its names in both languages, as the settings keep them for formats, products and metrics:
 * null when the entry is not an object or has no key; a missing English name takes the key, a missing French one the English.
 */
export function readKeyAndNames(item: unknown): (NamedEntry & { record: Record<string, unknown> }) | null {
	if (typeof item !== "object" || item === null) return null;
	const record = item as Record<string, unknown>;
	const key = typeof record.key === "string" ? record.key.trim() : "";
	if (key === "") return null;
	const names = (typeof record.names === "object" && record.names !== null ? record.names : {}) as Record<string, unknown>;
	const en = typeof names.en === "string" && names.en.trim() !== "" ? names.en.trim() : key;
	const fr = typeof names.fr === "string" && names.fr.trim() !== "" ? names.fr.trim() : en;
	return { record, key, names: { en, fr } };
}
