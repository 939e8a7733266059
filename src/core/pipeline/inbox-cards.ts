import type { Language } from "../i18n/language";
import type { InboxItem } from "./promotion";
import type { BoardSort } from "./board-model";
import { byDateDescending, collatorFor } from "./board-order";
import { comparableText } from "../text/comparable-text";

/** A note an inbox item is written in. */
export interface InboxSource {
	path: string;
	title: string;
	/** The line of the note where the item starts, as the index read it. */
	line?: number;
}

/**
 * One idea item waiting in the inbox, shown once however many notes hold it (same words, case and
 * spacing aside). `sourcePath`/`sourceTitle` name its lead source, the most recently updated note
 * holding it, which a promotion links to, and the details are that note's; `sources` lists them all, lead first.
 */
export interface InboxCard extends InboxItem {
	/** Stable identity for rendering: lead source path and text. */
	key: string;
	sources: InboxSource[];
}

/** Dates of a note the inbox sorts by: inbox items have none of their own, so they take their note's. */
export interface NoteDates {
	created: number | null;
	updated: number | null;
}

/** Keys made so far: the board asks for every item's on each render, and 2,000 items would normalise 2,000 texts twice. */
const wordKeys = new Map<string, string>();
/** Beyond this many texts the keys are forgotten and made again, so a long session does not keep every text it saw. */
const WORD_KEYS_MAX = 50_000;

/** An item's words as they are compared ({@link comparableText}), made once a text: what makes items one card, or one dismissed item. */
export function itemWords(text: string): string {
	let key = wordKeys.get(text);
	if (key === undefined) {
		if (wordKeys.size >= WORD_KEYS_MAX) wordKeys.clear();
		key = comparableText(text);
		wordKeys.set(text, key);
	}
	return key;
}

/** What makes items one card: their words, case and spacing aside; a book's block is promoted from its own block, never merged. */
function cardKey(item: InboxItem): string {
	if (item.book) return `${item.sourcePath}\n^${item.book.index}`;
	return itemWords(item.text);
}

/** How many cards {@link inboxCards} makes of `items`, without making them: the Inbox's count before its filter. */
export function inboxCount(items: readonly InboxItem[]): number {
	return new Set(items.map(cardKey)).size;
}

/** Cards of one item each, made once an item: the index hands out the same items until a note changes, and a board built again (its sort, its filter) then makes no card anew. */
const singleCards = new WeakMap<InboxItem, InboxCard>();

/** An item's card when no other note holds its words. */
function singleCard(item: InboxItem): InboxCard {
	let card = singleCards.get(item);
	if (card === undefined) {
		const { sourcePath, sourceTitle, text, details, line, book } = item;
		card = {
			sourcePath,
			sourceTitle,
			text,
			key: `${sourcePath}\n${book ? `^${book.index}\n` : ""}${text}`,
			sources: [{ path: sourcePath, title: sourceTitle, ...(line !== undefined ? { line } : {}) }],
			...(details ? { details } : {}),
			...(line !== undefined ? { line } : {}),
			...(book ? { book } : {}),
		};
		singleCards.set(item, card);
	}
	return card;
}

const cardSignatures = new WeakMap<InboxCard, string>();

/** Everything an inbox card holds, as one string (JSON has no raw line break): made once a card. */
export function inboxCardSignature(card: InboxCard): string {
	let signature = cardSignatures.get(card);
	if (signature === undefined) {
		signature = JSON.stringify(card);
		cardSignatures.set(card, signature);
	}
	return signature;
}

/**
 * The inbox's cards: items with the same words in several notes merged into one card (lead source
 * the most recently updated note), in the board's order: the newest created or updated note first
 * (a note's items keep their order), or the items' text A to Z.
 */
export function inboxCards(items: readonly InboxItem[], sort: BoardSort, language: Language, noteDates?: (path: string) => NoteDates | null): InboxCard[] {
	const dates = new Map<string, NoteDates | null>();
	const datesOf = (path: string): NoteDates | null => {
		if (!dates.has(path)) dates.set(path, noteDates?.(path) ?? null);
		return dates.get(path) ?? null;
	};
	const groups = new Map<string, { text: string; sources: InboxSource[]; items: InboxItem[]; book?: InboxItem["book"] }>();
	for (const item of items) {
		const key = cardKey(item);
		const group = groups.get(key) ?? { text: item.text, sources: [], items: [], ...(item.book ? { book: item.book } : {}) };
		groups.set(key, group);
		if (group.sources.some((s) => s.path === item.sourcePath)) continue;
		group.sources.push({ path: item.sourcePath, title: item.sourceTitle, ...(item.line !== undefined ? { line: item.line } : {}) });
		group.items.push(item);
	}
	const cards: InboxCard[] = [];
	for (const { text, sources, items: held, book } of groups.values()) {
		const only = held.length === 1 ? held[0] : undefined;
		if (only) {
			cards.push(singleCard(only));
			continue;
		}
		// Stable sort: among notes without dates, the vault's order stays.
		sources.sort((a, b) => byDateDescending(datesOf(a.path)?.updated ?? null, datesOf(b.path)?.updated ?? null));
		const lead = sources[0];
		if (!lead) continue;
		const leadDetails = held.find((item) => item.sourcePath === lead.path)?.details;
		cards.push({
			sourcePath: lead.path,
			sourceTitle: lead.title,
			text,
			key: `${lead.path}\n${book ? `^${book.index}\n` : ""}${text}`,
			sources,
			...(leadDetails ? { details: leadDetails } : {}),
			...(lead.line !== undefined ? { line: lead.line } : {}),
			...(book ? { book } : {}),
		});
	}
	if (sort === "title") {
		const collator = collatorFor(language);
		return cards.sort((a, b) => collator.compare(a.text, b.text));
	}
	// Each card's date read once, not at each comparison; the sort is stable, so cards of the same date keep their order.
	const keyed = cards.map((card, at) => ({ card, at, date: datesOf(card.sourcePath)?.[sort] ?? null }));
	return keyed.sort((a, b) => byDateDescending(a.date, b.date) || a.at - b.at).map((entry) => entry.card);
}
