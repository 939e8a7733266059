import { itemWords, type InboxCard } from "./inbox-cards";

/** An Inbox item the writer set aside: the note it is written in, and its words as typed (what the Dismissed list shows). */
export interface DismissedItem {
	source: string;
	text: string;
}

/** Where `data.json` keeps the dismissed items, beside the settings: they are the writer's data, not a setting. */
export const DISMISSED_DATA_KEY = "dismissedInbox";

/** The most dismissed items kept, the oldest going first beyond it: `data.json`, which a sync copies to every device, stays small. */
export const DISMISSED_LIMIT = 1000;

/**
 * What an item is dismissed by: its note and its words, case, spacing and Unicode form aside. The same words in
 * another note are another item, and other words (the writer rewrote the idea) are a new one, back in the Inbox.
 */
export function dismissedKey(source: string, text: string): string {
	return `${source}\n${itemWords(text)}`;
}

function readItem(raw: unknown): DismissedItem | null {
	if (typeof raw !== "object" || raw === null) return null;
	const { source, text } = raw as Record<string, unknown>;
	if (typeof source !== "string" || source.trim() === "" || typeof text !== "string" || itemWords(text) === "") return null;
	return { source, text };
}

/** `items` each once (the first time it comes), the newest {@link DISMISSED_LIMIT}. */
function kept(items: readonly DismissedItem[]): DismissedItem[] {
	const seen = new Set<string>();
	const unique = items.filter((item) => {
		const key = dismissedKey(item.source, item.text);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	return unique.length > DISMISSED_LIMIT ? unique.slice(unique.length - DISMISSED_LIMIT) : unique;
}

/**
 * The dismissed items of `data` (the whole of `data.json`, whatever it holds: a hand-edited or synced file), oldest
 * first: entries that are not an item are left out, each item is kept once, and only the newest {@link DISMISSED_LIMIT}.
 * Never throws; nothing, or anything that is not a list, reads as none.
 */
export function readDismissed(data: unknown): DismissedItem[] {
	if (typeof data !== "object" || data === null) return [];
	const raw = (data as Record<string, unknown>)[DISMISSED_DATA_KEY];
	if (!Array.isArray(raw)) return [];
	return kept((raw as unknown[]).flatMap((entry) => readItem(entry) ?? []));
}

/** `list` with `items` dismissed too, after the others; an item already there stays where it is. */
export function withDismissed(list: readonly DismissedItem[], items: readonly DismissedItem[]): DismissedItem[] {
	return kept([...list, ...items]);
}

/** `list` without `items` (compared by {@link dismissedKey}): they are back in the Inbox. */
export function withoutDismissed(list: readonly DismissedItem[], items: readonly DismissedItem[]): DismissedItem[] {
	const back = new Set(items.map((item) => dismissedKey(item.source, item.text)));
	return list.filter((item) => !back.has(dismissedKey(item.source, item.text)));
}

/**
 * `list` after the note (or folder) at `oldPath` was renamed to `newPath`: its items follow it, so that renaming a
 * journal does not bring back what the writer set aside. The same list, unchanged, when none of its items was there.
 */
export function afterRename(list: readonly DismissedItem[], oldPath: string, newPath: string): readonly DismissedItem[] {
	const moved = (source: string): string | null => (source === oldPath ? newPath : source.startsWith(`${oldPath}/`) ? newPath + source.slice(oldPath.length) : null);
	if (!list.some((item) => moved(item.source) !== null)) return list;
	return kept(list.map((item) => ({ ...item, source: moved(item.source) ?? item.source })));
}

/** The items a card stands for: its words in each note that holds them, so that it leaves the Inbox whichever note leads. */
export function itemsOfCard(card: Pick<InboxCard, "text" | "sources">): DismissedItem[] {
	return card.sources.map((source) => ({ source: source.path, text: card.text }));
}

/** Whether an item of the note at `source` with the words `text` is dismissed: a set made once from `list`, asked for every item. */
export function dismissedMatcher(list: readonly DismissedItem[]): (source: string, text: string) => boolean {
	if (list.length === 0) return () => false;
	const keys = new Set(list.map((item) => dismissedKey(item.source, item.text)));
	return (source, text) => keys.has(dismissedKey(source, text));
}
