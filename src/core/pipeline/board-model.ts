import type { Language } from "../i18n/language";
import type { StageSetting } from "../settings/studio-settings";
import { stageLabel } from "../i18n/labels";
import { sourceTitleOf, type Idea } from "./idea";
import { isFromNote, type InboxItem } from "./promotion";
import { effectiveStageKey } from "./stage-matcher";
import { normalizeTag, watchedTagMatcher } from "../note/normalize-tag";
import { foldedText } from "../text/comparable-text";
import { byDateDescending, collatorFor } from "./board-order";
import { inboxCards, inboxCardSignature, inboxCount, type InboxCard, type NoteDates } from "./inbox-cards";
import { draftsKey, type CardDraft } from "./card-draft";
import { stalledFor, type DaysInStage } from "./days-in-stage";

/** Key of the lane holding ideas whose status names no stage; the double underscore keeps it apart from stage keys people type. */
export const OTHER_LANE_KEY = "__other";

/** Order of cards within a lane: newest created or updated first, or title A to Z. */
export type BoardSort = "created" | "updated" | "title";

/** What the filter bar asks for. Empty text and null tag or source mean "any". */
export interface BoardFilter {
	text: string;
	/** A tag with or without `#`; nested tags match too (`journal` finds `journal/2024`). */
	tag: string | null;
	/** Vault path of a source note. */
	source: string | null;
	/** Where ideas come from (`book`, `knowledge`, `quote`); absent or null means any. */
	origin?: string | null;
	/** Horizon of the ideas' source book (`current`, `contemporary`, `classic`); absent or null means any. */
	horizon?: string | null;
	/**
	 * "Ideas of the open note": the Inbox items the note holds and the ideas it gave (their `source` is the note).
	 * `path` is null when no note is open, which nothing matches; absent or null means any.
	 */
	openNote?: { path: string | null } | null;
}

/** Warning codes a card can carry; the UI turns them into words. */
export type CardWarning = "unknownStatus";

/** One idea on the board. */
export interface BoardCard {
	path: string;
	title: string;
	sourcePath: string | null;
	sourceTitle: string | null;
	tags: string[];
	created: number | null;
	updated: number | null;
	warning?: CardWarning;
	/** The status as written, for an `unknownStatus` warning. */
	rawStatus?: string;
	/** Where the idea comes from (`origin`), when said. */
	origin?: string;
	/** Horizon of the idea's source book, when it has one. */
	horizon?: string;
	/** The idea's drafts, when it has any: chips on the card. */
	drafts?: readonly CardDraft[];
	/** How long it has been in its stage, once past the stalled threshold. */
	stalled?: DaysInStage;
}

/** A column of the board. */
export interface Lane {
	key: string;
	/** A stage (cards are dropped on it), the other lane (statuses that name no stage), or a lane of a base no card can be dropped on. */
	kind: "stage" | "other" | "fixed";
	/** The stage's label in the board's language; null for the other lane, which the UI names. */
	label: string | null;
	/** Cards shown (after the filter). */
	count: number;
	/** Ideas in the lane before the filter. */
	total: number;
	cards: BoardCard[];
	/** Changes whenever anything the lane shows changes: the view re-renders a lane only when its signature differs. */
	signature: string;
}

/** Everything the board shows, plain data. */
export interface BoardModel {
	inbox: InboxCard[];
	/** One lane per stage in order, always, then the other lane when it has cards. */
	lanes: Lane[];
	/** Inbox cards before the filter, duplicates counted once. */
	inboxTotal: number;
	/** Inbox cards after the filter when `inbox` holds only the first of them (a snapshot's board); absent, `inbox` holds all. */
	inboxCount?: number;
	/** Items the writer dismissed from the Inbox that are still waiting, filtered and sorted as the Inbox is: its Dismissed list. */
	dismissed: InboxCard[];
	/** Changes whenever the inbox, its total or its dismissed items change. */
	inboxSignature: string;
	sort: BoardSort;
	language: Language;
}

/** What the board is built from. */
export interface BoardInput {
	ideas: readonly Idea[];
	inbox: readonly InboxItem[];
	/** Items the writer dismissed from the Inbox, out of `inbox`; none when absent. */
	dismissed?: readonly InboxItem[];
	stages: readonly StageSetting[];
	language: Language;
	filter: BoardFilter;
	sort: BoardSort;
	/** Dates of an inbox item's note, for sorting the inbox; without it the inbox keeps the notes' order. */
	noteDates?: (path: string) => NoteDates | null;
	/** The horizon of the note at a path when it is a book note, else null. */
	horizonOf?: (path: string) => string | null;
	/** The drafts of an idea, by its path; without it cards show none. */
	draftsOf?: (ideaPath: string) => readonly CardDraft[];
	/** Now (epoch ms) and the days in one stage after which an idea is stalled; without it no card says so. */
	stalled?: { now: number; days: number };
}

function byPath(a: BoardCard, b: BoardCard): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Cards in `sort` order; cards that tie (same date, or none) by title, naturally (n°2 before n°10), then by path. */
function comparator(sort: BoardSort, language: Language): (a: BoardCard, b: BoardCard) => number {
	const collator = collatorFor(language);
	const byTitle = (a: BoardCard, b: BoardCard): number => collator.compare(a.title, b.title) || byPath(a, b);
	if (sort === "title") return byTitle;
	return (a, b) => byDateDescending(a[sort], b[sort]) || byTitle(a, b);
}

const cardSignatures = new WeakMap<BoardCard, string>();

/**
 * Everything a card holds, as one string: a card whose signature is unchanged shows the same (its element is reused,
 * moved, not drawn again). Its drafts enter as their key, not as objects. Worked out once a card object: a board's
 * lanes and its view ask for it on every render.
 */
export function cardSignature(card: BoardCard): string {
	let signature = cardSignatures.get(card);
	if (signature === undefined) {
		signature = JSON.stringify(card.drafts === undefined ? card : { ...card, drafts: draftsKey(card.drafts) });
		cardSignatures.set(card, signature);
	}
	return signature;
}

/** The lane's signature: its head, then its cards' (JSON has no raw line break, so the lines cannot be confused). */
function signatureOf(lane: Omit<Lane, "signature">): string {
	return `${JSON.stringify([lane.key, lane.label, lane.count, lane.total])}\n${lane.cards.map(cardSignature).join("\n")}`;
}

/** The lane with its signature, made from everything it shows. */
export function withSignature(lane: Omit<Lane, "signature">): Lane {
	return { ...lane, signature: signatureOf(lane) };
}

/**
 * The lane an idea belongs in: its stage, the first stage when it has no status, or
 * {@link OTHER_LANE_KEY} when its status names no stage.
 */
export function laneKeyOf(idea: Pick<Idea, "status">, stages: readonly StageSetting[]): string {
	return effectiveStageKey(stages, idea.status) ?? OTHER_LANE_KEY;
}

/** Cards made so far, by idea: a board built again (its sort or filter changed) gives the same card object, and so its signature, while the idea and what its card shows beyond it are the same. */
const cardsMade = new WeakMap<Idea, BoardCard>();

/**
 * An idea's card: its words, its source, its tags, its drafts, and the days it waited once past the stalled threshold.
 * The card made for the same idea before is given back when its drafts (the same list), horizon and days are the same:
 * cards are never changed once made ({@link moveCard} copies one).
 */
export function toCard(idea: Idea, drafts: readonly CardDraft[] | undefined, horizonOf?: (path: string) => string | null, stalled?: { now: number; days: number }): BoardCard {
	const chips = drafts && drafts.length > 0 ? drafts : undefined;
	const horizon = (idea.sourcePath !== null ? horizonOf?.(idea.sourcePath) : null) || undefined;
	const waited = (stalled ? stalledFor(idea, stalled.now, stalled.days) : null) ?? undefined;
	const made = cardsMade.get(idea);
	if (made && made.drafts === chips && made.horizon === horizon && made.stalled?.days === waited?.days && made.stalled?.from === waited?.from) return made;
	const card: BoardCard = {
		path: idea.path,
		title: idea.title,
		sourcePath: idea.sourcePath,
		sourceTitle: sourceTitleOf(idea),
		tags: [...idea.tags],
		created: idea.created,
		updated: idea.updated,
	};
	if (idea.status.kind === "unknown") {
		card.warning = "unknownStatus";
		card.rawStatus = idea.status.raw;
	}
	if (idea.origin) card.origin = idea.origin;
	if (horizon) card.horizon = horizon;
	if (chips) card.drafts = chips;
	if (waited) card.stalled = waited;
	cardsMade.set(idea, card);
	return card;
}

/** Whether every word of the filter text is found in one of `fields`, ignoring case and accents. */
function matchesText(words: readonly string[], fields: ReadonlyArray<string | null>): boolean {
	if (words.length === 0) return true;
	const haystack = foldedText(fields.filter((field): field is string => field !== null).join("\n"));
	return words.every((word) => haystack.includes(word));
}

/**
 * Inbox items note by note, the notes in natural order (n°2 before n°10), each note's items in theirs: the order the
 * inbox keeps among notes of the same dates. Only the notes are compared, not each item.
 */
function byNoteNaturally(items: readonly InboxItem[], language: Language): InboxItem[] {
	const byNote = new Map<string, InboxItem[]>();
	for (const item of items) {
		const held = byNote.get(item.sourcePath);
		if (held) held.push(item);
		else byNote.set(item.sourcePath, [item]);
	}
	if (byNote.size < 2) return [...items];
	const collator = collatorFor(language);
	return [...byNote.keys()].sort((a, b) => collator.compare(a, b)).flatMap((path) => byNote.get(path) ?? []);
}

/**
 * Builds the board: lanes in stage order (present even when empty) with their filtered and sorted
 * cards, the other lane last when it has cards, and the inbox filtered by text and source, sorted
 * the same way, each item once.
 * A tag filter empties the inbox, as inbox items carry no tags. Lane labels are in `language`;
 * every other word is left to the UI.
 */
export function buildBoardModel(input: BoardInput): BoardModel {
	const words = foldedText(input.filter.text).split(/\s+/).filter((word) => word !== "");
	const tag = input.filter.tag === null ? null : normalizeTag(input.filter.tag);
	const hasTag = tag === null ? null : watchedTagMatcher([tag]);
	const source = input.filter.source;
	const origin = input.filter.origin ?? null;
	const horizon = input.filter.horizon ?? null;
	const openNote = input.filter.openNote ?? null;

	const groups = new Map<string, { total: number; cards: BoardCard[] }>();
	for (const stage of input.stages) groups.set(stage.key, { total: 0, cards: [] });
	groups.set(OTHER_LANE_KEY, { total: 0, cards: [] });

	for (const idea of input.ideas) {
		const key = laneKeyOf(idea, input.stages);
		const group = groups.get(key) ?? groups.get(OTHER_LANE_KEY);
		if (!group) continue;
		group.total++;
		const card = toCard(idea, input.draftsOf?.(idea.path), input.horizonOf, input.stalled);
		if (hasTag !== null && !hasTag(card.tags)) continue;
		if (origin !== null && card.origin !== origin) continue;
		if (horizon !== null && card.horizon !== horizon) continue;
		if (source !== null && !isFromNote(idea, source)) continue;
		if (openNote !== null && (openNote.path === null || !isFromNote(idea, openNote.path))) continue;
		if (!matchesText(words, [card.title, card.sourceTitle, ...card.tags])) continue;
		group.cards.push(card);
	}

	const compare = comparator(input.sort, input.language);
	const lanes: Lane[] = [];
	for (const stage of input.stages) {
		const group = groups.get(stage.key) ?? { total: 0, cards: [] };
		group.cards.sort(compare);
		lanes.push(withSignature({ key: stage.key, kind: "stage", label: stageLabel(stage, input.language), count: group.cards.length, total: group.total, cards: group.cards }));
	}
	const other = groups.get(OTHER_LANE_KEY);
	if (other && other.cards.length > 0) {
		other.cards.sort(compare);
		lanes.push(withSignature({ key: OTHER_LANE_KEY, kind: "other", label: null, count: other.cards.length, total: other.total, cards: other.cards }));
	}

	// Inbox items from book notes come from a book, with its horizon; other items say neither.
	const fromBook = (item: InboxItem): boolean => (origin === null || (origin === "book" && item.book !== undefined)) && (horizon === null || item.book?.horizon === horizon);
	const fromNotes = (item: InboxItem): boolean => (source === null || item.sourcePath === source) && (openNote === null || item.sourcePath === openNote.path);
	const inboxShown = (item: InboxItem): boolean => tag === null && fromNotes(item) && fromBook(item) && matchesText(words, [item.text, item.sourceTitle]);
	const inbox = inboxCards(byNoteNaturally(input.inbox.filter(inboxShown), input.language), input.sort, input.language, input.noteDates);
	const inboxTotal = inboxCount(input.inbox);
	const dismissed = inboxCards(byNoteNaturally((input.dismissed ?? []).filter(inboxShown), input.language), input.sort, input.language, input.noteDates);

	return { inbox, lanes, inboxTotal, dismissed, inboxSignature: `${inboxTotal}\n${inbox.map(inboxCardSignature).join("\n")}\n\n${dismissed.map(inboxCardSignature).join("\n")}`, sort: input.sort, language: input.language };
}

/**
 * The board after moving the card at `path` to the stage lane `toLaneKey`, for instant feedback
 * before the write lands: the card leaves its lane (an emptied other lane disappears), loses an
 * unknown-status warning and the days it waited, and takes its sorted place in the new lane. Lanes not involved are the
 * same objects. The same model is returned when the card or the lane is not found, when the lane
 * is the other lane, or when the card is already there.
 */
export function moveCard(model: BoardModel, path: string, toLaneKey: string): BoardModel {
	const fromIndex = model.lanes.findIndex((lane) => lane.cards.some((card) => card.path === path));
	const toIndex = model.lanes.findIndex((lane) => lane.key === toLaneKey && lane.kind === "stage");
	const from = model.lanes[fromIndex];
	const to = model.lanes[toIndex];
	if (from === undefined || to === undefined || fromIndex === toIndex) return model;
	const card = from.cards.find((c) => c.path === path);
	if (card === undefined) return model;

	const moved: BoardCard = { ...card };
	delete moved.warning;
	delete moved.rawStatus;
	delete moved.stalled;
	const remaining = from.cards.filter((c) => c.path !== path);
	const compare = comparator(model.sort, model.language);
	const at = to.cards.findIndex((c) => compare(moved, c) < 0);
	const cards = at === -1 ? [...to.cards, moved] : [...to.cards.slice(0, at), moved, ...to.cards.slice(at)];

	const lanes = model.lanes.map((lane, index) => {
		if (index === fromIndex) return withSignature({ ...from, cards: remaining, count: remaining.length, total: from.total - 1 });
		if (index === toIndex) return withSignature({ ...to, cards, count: cards.length, total: to.total + 1 });
		return lane;
	});
	return { ...model, lanes: lanes.filter((lane) => lane.kind === "stage" || lane.count > 0) };
}

/**
 * `next` with each lane (and the inbox) replaced by the previous object when its signature did
 * not change, so that the view can compare lanes by reference and leave unchanged ones alone.
 */
export function keepUnchangedLanes(previous: BoardModel, next: BoardModel): BoardModel {
	const old = new Map(previous.lanes.map((lane) => [lane.key, lane]));
	const lanes = next.lanes.map((lane) => {
		const before = old.get(lane.key);
		return before !== undefined && before.signature === lane.signature ? before : lane;
	});
	const same = previous.inboxSignature === next.inboxSignature;
	return { ...next, lanes, inbox: same ? previous.inbox : next.inbox, dismissed: same ? previous.dismissed : next.dismissed };
}
