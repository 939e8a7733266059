import { startOfDay, subMonths } from "date-fns";
import type { Draft } from "../drafting/draft";

/** How old a piece must be to come back as an evergreen candidate: published more than six months ago. */
export const EVERGREEN_MONTHS = 6;

/** A piece worth a second life: old, among the best, never re-invested. */
export interface EvergreenPiece {
	path: string;
	title: string;
	/** When it was published, epoch ms. */
	published: number;
	/** Its figure of the metric. */
	value: number;
}

/** The evergreen candidates, and how many pieces they were chosen among. */
export interface EvergreenCandidates {
	pieces: EvergreenPiece[];
	/** Pieces published more than six months ago with a figure of the metric: the pool whose top quarter is kept. */
	measured: number;
}

export interface EvergreenInput {
	drafts: readonly Draft[];
	now: number;
	/** A published draft's figure of the chosen metric, or null when it has none. */
	valueOf: (draft: Draft) => number | null;
	/** Whether another draft re-invests it. */
	reinvested: (draft: Draft) => boolean;
	titleOf: (draft: Draft) => string;
}

/**
 * The pieces published more than {@link EVERGREEN_MONTHS} months before `now` (before that day) that did best: in
 * the top quarter of the chosen metric among those of them that have a figure (a quarter rounded up, ties with its
 * last one kept), less those another draft already re-invests. The best first.
 */
export function evergreenCandidates(input: EvergreenInput): EvergreenCandidates {
	const before = startOfDay(subMonths(input.now, EVERGREEN_MONTHS)).getTime();
	const old: { draft: Draft; published: number; value: number }[] = [];
	for (const draft of input.drafts) {
		if (!draft.published || draft.publishedAt === null || draft.publishedAt >= before) continue;
		const value = input.valueOf(draft);
		if (value !== null) old.push({ draft, published: draft.publishedAt, value });
	}
	old.sort((a, b) => b.value - a.value || a.published - b.published);
	const last = old[Math.ceil(old.length / 4) - 1];
	const pieces: EvergreenPiece[] = [];
	for (const piece of old) {
		if (last === undefined || piece.value < last.value) break;
		if (!input.reinvested(piece.draft)) pieces.push({ path: piece.draft.path, title: input.titleOf(piece.draft), published: piece.published, value: piece.value });
	}
	return { pieces, measured: old.length };
}
