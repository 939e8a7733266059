import type { PropertiesEdit } from "../writer/set-frontmatter-properties";

/**
 * A move on the board, remembered so that it can be undone. `N` is the note as the host knows
 * it (a `TFile` in Obsidian, which follows renames), so that a note renamed since is still found
 * and another note now at its path is never taken for it.
 */
export interface BoardMove<N> {
	note: N;
	title: string;
	fromKey: string;
	toKey: string;
	/** The edit of `status` (and `stage-since`), with the exact text and lines before and after. */
	edit: PropertiesEdit;
	/**
	 * For a move between the lanes of a base, which may group by any property: the property written, and the lanes' names
	 * before and after (`fromKey` and `toKey` are then the values themselves, not stages).
	 */
	lane?: { property: string; from: string; to: string };
}

/** The default number of moves remembered. */
const MOVE_HISTORY_LIMIT = 50;

/** The moves that can still be undone, the last one on top; the oldest go past `limit`. */
export class MoveHistory<M> {
	private readonly moves: M[] = [];

	constructor(private readonly limit = MOVE_HISTORY_LIMIT) {}

	push(move: M): void {
		this.moves.push(move);
		if (this.moves.length > this.limit) this.moves.shift();
	}

	/** The move an undo takes back: `move` when it is still remembered, else the last one; null when there is none. */
	target(move?: M): M | null {
		if (move !== undefined) return this.moves.includes(move) ? move : null;
		return this.moves[this.moves.length - 1] ?? null;
	}

	/** The last move that `matches` (the last of one note's, say), or null when none does. */
	last(matches: (move: M) => boolean): M | null {
		for (let i = this.moves.length - 1; i >= 0; i--) {
			const move = this.moves[i];
			if (move !== undefined && matches(move)) return move;
		}
		return null;
	}

	/** Forgets a move: undone, or its note is gone. A move kept after a refused undo stays. */
	forget(move: M): void {
		const index = this.moves.lastIndexOf(move);
		if (index !== -1) this.moves.splice(index, 1);
	}

	get size(): number {
		return this.moves.length;
	}
}
