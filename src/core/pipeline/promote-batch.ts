import type { WordedIdea } from "./ideas-by-words";

/** Promoting more ideas than this at once asks first, saying how many: a click should not make 200 notes unseen. */
export const PROMOTE_WITHOUT_ASKING = 20;

/** What promoting several ideas at once will do, before anything is written. */
export interface PromoteBatch<T> {
	/** Whether the writer is asked first, told how many: more than {@link PROMOTE_WITHOUT_ASKING}. */
	asks: boolean;
	/** The ideas no note has the words of yet. */
	fresh: T[];
	/** The ideas an idea note already has the words of, each with that note: the writer chooses to leave them out or make them anyway. */
	duplicates: { item: T; existing: WordedIdea }[];
}

/**
 * Plans the promotion of `items` (each read by `textOf`): whether to ask first, and which of them an existing idea
 * note already holds (`existing`, see `ideasByWords`), in the items' order.
 */
export function planPromoteBatch<T>(items: readonly T[], textOf: (item: T) => string, existing: (text: string) => WordedIdea | null): PromoteBatch<T> {
	const fresh: T[] = [];
	const duplicates: { item: T; existing: WordedIdea }[] = [];
	for (const item of items) {
		const found = existing(textOf(item));
		if (found) duplicates.push({ item, existing: found });
		else fresh.push(item);
	}
	return { asks: items.length > PROMOTE_WITHOUT_ASKING, fresh, duplicates };
}
