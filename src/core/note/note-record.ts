/** One outgoing link of a note, as the writer typed it. */
export interface NoteLink {
	/** Link path without alias or subpath: `Expert Secrets` for `[[Expert Secrets#Ch. 1|ES]]`. */
	target: string;
	/** Display text after `|`, or null. */
	alias: string | null;
	/** `#Heading` or `#^block` part, or null. */
	subpath: string | null;
	/** Whether the target is a file of the vault. */
	resolved: boolean;
	/** Vault path of the target when resolved, else null. */
	resolvedPath: string | null;
}

/** A heading of a note. */
export interface NoteHeading {
	text: string;
	level: number;
}

/** Something wrong with one note that the writer should know about. */
export interface NoteWarning {
	path: string;
	message: string;
}

/** One idea read under an idea heading: a paragraph with the list that follows it, or an item of a list no paragraph introduces. */
export interface IdeaItem {
	/** Its first sentence as typed, inline markup read as the board shows it (links kept as written), a closing colon dropped. */
	title: string;
	/** The rest of the block as typed Markdown lines, links and emphasis kept: the rest of its paragraph, then its points (no tasks). */
	details: string[];
	/** The note's line (0-based) where the idea starts: the board opens the note there. */
	line: number;
}

/** What the index knows about one watched note. Plain data: serialisable and cacheable. */
export interface NoteRecord {
	path: string;
	/** File name without extension. */
	title: string;
	/** Normalised tags: lower case, NFC, without `#`, nested tags kept whole (`journal/2024`). */
	tags: string[];
	/** The `type` property in lower case (`idea`, `draft`, `book`...), or null. */
	type: string | null;
	/** Epoch milliseconds, or null when neither frontmatter nor file gives one. */
	created: number | null;
	updated: number | null;
	links: NoteLink[];
	headings: NoteHeading[];
	/** The ideas under the idea-section headings, in order. */
	ideaItems: IdeaItem[];
	/** What the index's extractors read from the note's text, by extractor key (ET/BUT blocks of a book...); the idea items are {@link ideaItems}. */
	extracts: Readonly<Record<string, unknown>>;
	/** Messages about this note (unreadable date, broken frontmatter, section too large...). */
	warnings: string[];
	/** Frontmatter properties, as the source parsed them (empty when none or broken). */
	properties: Record<string, unknown>;
	/** File modification time and size the record was built from. */
	mtime: number;
	size: number;
}
