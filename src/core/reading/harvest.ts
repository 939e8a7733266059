import type { NoteRecord } from "../note/note-record";
import type { Idea } from "../pipeline/idea";
import { isFromNote, pendingIdeaItems, type InboxItem } from "../pipeline/promotion";
import { ideasByNote } from "../pipeline/ideas-by-note";
import { ideaTitleText } from "../pipeline/idea-note";
import { propertyOf } from "../note/property-of";
import { parseHorizon, type Horizon } from "./book-horizon";
import { etButBlocksOf } from "./et-but-extractor";
import type { EtButBlock } from "./et-but-blocks";
import { isBookNote, type BookNoteRule } from "./is-book-note";

/** The part of an idea harvesting looks at: where it came from, down to the block. */
export type HarvestedIdea = Pick<Idea, "text" | "sourcePath" | "sourceTarget" | "sourceBlock">;

/** A filled "Mon idée" of a book note. */
export interface BookIdea {
	block: EtButBlock;
	/** The block's place among the note's blocks. */
	index: number;
	/** The idea's words: "Mon idée" on one line. */
	text: string;
}

/** The book's horizon (`current`, `contemporary`, `classic`), or null when not set or not one of them. */
export function bookHorizon(record: Pick<NoteRecord, "properties">): Horizon | null {
	return parseHorizon(propertyOf(record.properties, "horizon"));
}

/** The filled blocks of each parse of a book's blocks: the shelf and the Inbox ask for every book's on each redraw. */
const filledOf = new WeakMap<readonly EtButBlock[], readonly BookIdea[]>();

/** Every block of the book whose "Mon idée" is filled, in the note's order; the same list for the same parse of the note. */
export function filledBlocks(record: Pick<NoteRecord, "extracts">): readonly BookIdea[] {
	const blocks = etButBlocksOf(record);
	let filled = filledOf.get(blocks);
	if (filled === undefined) {
		filled = Object.freeze(blocks.map((block, index) => ({ block, index, text: ideaTitleText(block.mine) })).filter((idea) => idea.text !== ""));
		filledOf.set(blocks, filled);
	}
	return filled;
}

/**
 * The filled blocks of a book note that no idea was promoted from yet: an idea from this book counts
 * for the block its `source` points at (`#^et-but-3`), else for the block with its words (as idea items
 * are matched, case and spacing aside). Running a harvest twice creates nothing twice. The brand board
 * counts what is left to harvest with it. `filledOfBook` is {@link filledBlocks} of the note, when the caller has it already.
 */
export function unharvestedBlocks(record: Pick<NoteRecord, "path" | "extracts">, ideas: readonly HarvestedIdea[], filledOfBook: readonly BookIdea[] = filledBlocks(record)): BookIdea[] {
	const fromBook = ideas.filter((idea) => isFromNote(idea, record.path));
	const ids = new Set(fromBook.map((idea) => idea.sourceBlock).filter((id): id is string => typeof id === "string"));
	const filled = filledOfBook.filter((idea) => idea.block.id === null || !ids.has(idea.block.id));
	// Ideas that point at a block answer for that block only, not for another block with the same words.
	const byText = fromBook.filter((idea) => typeof idea.sourceBlock !== "string" || !filled.some((f) => f.block.id === idea.sourceBlock));
	const pending = new Set(pendingIdeaItems(record.path, filled.map((f) => f.text), byText));
	return filled.filter((idea) => pending.has(idea.text));
}

/** The Inbox's items from book notes (as `rule` makes them): each filled block not yet harvested, with the book as its source and the book's horizon. */
export function bookInboxItems(records: readonly NoteRecord[], ideas: readonly HarvestedIdea[], rule: BookNoteRule): InboxItem[] {
	const items: InboxItem[] = [];
	const fromNote = ideasByNote(ideas);
	for (const record of records) {
		if (!isBookNote(record, rule)) continue;
		const horizon = bookHorizon(record);
		for (const idea of unharvestedBlocks(record, fromNote(record.path))) {
			items.push({ sourcePath: record.path, sourceTitle: record.title, text: idea.text, book: { index: idea.index, line: idea.block.from, horizon } });
		}
	}
	return items;
}
