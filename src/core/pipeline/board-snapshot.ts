import type { BoardModel, Lane } from "./board-model";
import { firstCards } from "./first-cards";

/** Cards each lane keeps in a snapshot: more than a lane shows before it is scrolled, in a side panel or a tab. */
export const SNAPSHOT_CARDS = 20;

/** The signature of every lane of a snapshot, and of its Inbox. */
const SNAPSHOT_SIGNATURE = "snapshot";

/** The version of a snapshot's shape: a snapshot of another version is not read. */
const SNAPSHOT_VERSION = 1;

/**
 * What a board showed, kept so that the next start can show it again at once, before the notes are read: every
 * lane and its counts, the first {@link SNAPSHOT_CARDS} cards of each lane and of the Inbox. `key` says what the
 * board was drawn with (its filters, sort, stages and language): a snapshot is only shown by a board drawn alike.
 */
export interface BoardSnapshot {
	version: number;
	key: string;
	model: BoardModel;
}

/** The snapshot of a board on screen, drawn with `key`. */
export function takeBoardSnapshot(model: BoardModel, key: string): BoardSnapshot {
	// Signatures say what a whole lane holds (every card's words, thousands of them): a snapshot drawn once needs none of its own.
	const lanes = firstCards(model, SNAPSHOT_CARDS).lanes.map((lane) => ({ ...lane, signature: SNAPSHOT_SIGNATURE }));
	const inbox = model.inbox.slice(0, SNAPSHOT_CARDS);
	return { version: SNAPSHOT_VERSION, key, model: { ...model, lanes, inbox, inboxCount: model.inboxCount ?? model.inbox.length, dismissed: [], inboxSignature: SNAPSHOT_SIGNATURE } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isLane(value: unknown): value is Lane {
	if (!isRecord(value)) return false;
	const { key, kind, label, count, total, cards, signature } = value;
	return (
		typeof key === "string" &&
		(kind === "stage" || kind === "other" || kind === "fixed") &&
		(label === null || typeof label === "string") &&
		typeof count === "number" &&
		typeof total === "number" &&
		typeof signature === "string" &&
		Array.isArray(cards) &&
		cards.every((card) => isRecord(card) && typeof card.path === "string" && typeof card.title === "string")
	);
}

/**
 * The board a stored snapshot shows, when it is one of this version drawn with `key`; else null (none kept, another
 * version's, another board's, or a value that is not a snapshot at all: storage is the device's, anything can be there).
 */
export function readBoardSnapshot(stored: unknown, key: string): BoardModel | null {
	if (!isRecord(stored) || stored.version !== SNAPSHOT_VERSION || stored.key !== key || !isRecord(stored.model)) return null;
	const model = stored.model;
	const { lanes, inbox, inboxTotal, inboxCount, inboxSignature } = model;
	if (!Array.isArray(lanes) || !lanes.every(isLane)) return null;
	if (!Array.isArray(inbox) || !inbox.every((item) => isRecord(item) && typeof item.key === "string" && typeof item.text === "string" && Array.isArray(item.sources))) return null;
	if (typeof inboxTotal !== "number" || typeof inboxCount !== "number" || typeof inboxSignature !== "string") return null;
	return model as unknown as BoardModel;
}
