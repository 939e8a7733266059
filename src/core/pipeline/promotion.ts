import type { IdeaItem, NoteRecord } from "../note/note-record";
import { toFileName } from "../writer/file-name";
import type { Idea } from "./idea";
import { baseNameOf } from "../note/link-target";
import { comparableText } from "../text/comparable-text";
import { ideasByNote } from "./ideas-by-note";

/** The block of a book note an inbox item is the "Mon idée" of. */
export interface InboxBookBlock {
	/** The block's place among the note's ET/BUT blocks. */
	index: number;
	/** Its first line (0-based). */
	line: number;
	/** The book's horizon key, or null. */
	horizon: string | null;
}

/** An idea item of a watched note, or a filled block of a book note, that has no idea note yet. */
export interface InboxItem {
	sourcePath: string;
	sourceTitle: string;
	text: string;
	/** The idea's details as typed (see {@link IdeaItem}), written under its words when it is promoted. */
	details?: readonly string[];
	/** The line of its source where the idea starts, as the index read it: where the board opens the note. */
	line?: number;
	/** Set for the "Mon idée" of an ET/BUT block. */
	book?: InboxBookBlock;
}

/** The part of an idea that promotion looks at. */
export type PromotedIdea = Pick<Idea, "text" | "sourcePath" | "sourceTarget" | "sourceBlock">;

/** Names at least this long may be an older cut of a longer item (those were cut at 100 characters, mid-word). */
const LEGACY_CUT_MIN = 95;

/** Forms made so far: making one segments the text twice, and the board asks for every idea's on each render. */
const comparableForms = new Map<string, string>();
/** Beyond this many texts the forms are forgotten and made again, so a long session does not keep every text it saw. */
const COMPARABLE_FORMS_MAX = 50_000;

/** Case-, blank- and Unicode-form-insensitive form of a title, as a file name would hold it. */
function comparable(text: string): string {
	let form = comparableForms.get(text);
	if (form === undefined) {
		if (comparableForms.size >= COMPARABLE_FORMS_MAX) comparableForms.clear();
		form = toFileName(text).toLowerCase();
		comparableForms.set(text, form);
	}
	return form;
}

function sameNote(a: string, b: string): boolean {
	return comparableText(a) === comparableText(b);
}

/**
 * Whether `idea` came from the note at `notePath`: its `source` resolves to that path, or, when
 * the link is not resolved (yet), its link text names a note of the same base name. A link
 * resolved to another note never counts, even with the same base name.
 */
export function isFromNote(idea: PromotedIdea, notePath: string): boolean {
	if (idea.sourcePath !== null) return idea.sourcePath === notePath;
	return idea.sourceTarget !== null && sameNote(baseNameOf(idea.sourceTarget), baseNameOf(notePath));
}

/**
 * The idea items of the note at `notePath` that have no idea note yet, in order, without duplicates.
 *
 * An item is promoted when an idea from this note has the item's words (its `title` property, or
 * for an older idea note its file name), compared as file names (`toFileName`), ignoring case,
 * blanks and Unicode form. When that name was taken at promotion
 * time the note got a numbered name (`Idée 2`), so a title equal to the item's name plus ` 2`,
 * ` 3`... counts too; each such numbered idea answers for one item only, and only after exact
 * matches, so that items `Top` and `Top 3` are told apart. Without this, promoting the same text
 * from two notes would create a new numbered copy on every run.
 */
export function pendingIdeaItems(notePath: string, items: readonly string[], ideas: readonly PromotedIdea[]): string[] {
	const fromNote = ideas.filter((idea) => isFromNote(idea, notePath));
	const titles = fromNote.map((idea) => comparable(idea.text));
	const exact = new Set(titles);

	const unique = new Map<string, string>();
	for (const item of items) {
		const key = comparable(item);
		if (key !== "" && !unique.has(key)) unique.set(key, item);
	}

	// Numbered titles that no item claims exactly are free to answer for an item by their stem.
	const itemKeys = new Set(unique.keys());
	const numbered = new Map<string, number>();
	for (const title of titles) {
		if (itemKeys.has(title)) continue;
		const stem = /^(.*) ([2-9]|[1-9]\d+)$/.exec(title)?.[1];
		if (stem !== undefined) numbered.set(stem, (numbered.get(stem) ?? 0) + 1);
	}

	// Idea notes made before titles were kept have a file name cut at exactly 100 characters, not at a word.
	const cutNames = titles.filter((title) => Array.from(title).length >= LEGACY_CUT_MIN);

	const pending: string[] = [];
	for (const [key, item] of unique) {
		if (exact.has(key)) continue;
		if (cutNames.length > 0) {
			const whole = toFileName(item, Number.MAX_SAFE_INTEGER).toLowerCase();
			if (cutNames.some((name) => whole.length > name.length && whole.startsWith(name))) continue;
		}
		const spare = numbered.get(key) ?? 0;
		if (spare > 0) {
			numbered.set(key, spare - 1);
			continue;
		}
		pending.push(item);
	}
	return pending;
}

/**
 * The ideas of the note at `notePath` that have no idea note yet, in order, without duplicates: those
 * whose title {@link pendingIdeaItems} finds pending. An idea is known by its title alone, so that one
 * promoted stays promoted when its details change.
 */
export function pendingIdeas(notePath: string, items: readonly IdeaItem[], ideas: readonly PromotedIdea[]): IdeaItem[] {
	const byTitle = new Map<string, IdeaItem>();
	for (const item of items) if (!byTitle.has(item.title)) byTitle.set(item.title, item);
	return pendingIdeaItems(notePath, [...byTitle.keys()], ideas).flatMap((title) => byTitle.get(title) ?? []);
}

/**
 * The inbox: every idea item of the watched notes with no idea note yet, note by note in the
 * order of `records`, items in the note's order.
 */
export function inboxItems(records: readonly NoteRecord[], ideas: readonly PromotedIdea[], watchedNotePaths: ReadonlySet<string>): InboxItem[] {
	const fromNote = ideasByNote(ideas);
	const inbox: InboxItem[] = [];
	for (const record of records) {
		if (!watchedNotePaths.has(record.path) || record.ideaItems.length === 0) continue;
		for (const idea of pendingIdeas(record.path, record.ideaItems, fromNote(record.path))) {
			inbox.push({ sourcePath: record.path, sourceTitle: record.title, text: idea.title, details: idea.details, line: idea.line });
		}
	}
	return inbox;
}
