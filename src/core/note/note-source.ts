/**
 * What the index needs from a vault. Two implementations: one over Obsidian's vault and
 * metadata cache (the shipped plugin), one over a folder of plain files (report, benchmark).
 */

/** A markdown file of the vault. */
export interface SourceFile {
	path: string;
	/** File name without extension. */
	basename: string;
	ctime: number;
	mtime: number;
	size: number;
}

/** Why a file's bytes are not readable text. */
export type EncodingProblem = "binary" | "invalid-utf8";

/** A link as the metadata cache records it. */
export interface SourceLink {
	/** Text inside the brackets before `|`: `Note#Heading`. */
	link: string;
	/** Text after `|`, if any. */
	displayText?: string;
	/** The link as written: `[[Note#Heading|alias]]`. Obsidian's display text for `[[Note#Heading]]` is `Note > Heading`, so the alias is read from here when present. */
	original?: string;
}

/** A heading with the line it starts on (0-based), as the metadata cache records it. */
export interface SourceHeading {
	heading: string;
	level: number;
	line: number;
}

/** The parsed metadata of one file: the part of Obsidian's `CachedMetadata` the index reads. */
export interface SourceMetadata {
	/** Parsed frontmatter, or undefined when the note has none or it could not be parsed. */
	frontmatter?: Record<string, unknown>;
	/** Set when the note starts with a frontmatter block that is not valid YAML. */
	frontmatterError?: string;
	/** Set when the first line is `---`, the next is not blank, and no line `---` closes the block: properties the writer never closed. */
	frontmatterUnclosed?: boolean;
	/** Set when the file's bytes are not text (`binary`: NUL bytes) or not valid UTF-8, when the source knows it without a read. */
	encodingProblem?: EncodingProblem;
	/** Tags written in the body (`#réflexions`), with their `#`. */
	inlineTags: string[];
	/** Links in the body, and links held by properties (`source: "[[Note]]"`). */
	links: SourceLink[];
	headings: SourceHeading[];
}

/** Something that happened to a file. */
export type SourceEvent =
	| { kind: "changed"; path: string }
	| { kind: "deleted"; path: string }
	| { kind: "renamed"; path: string; oldPath: string };

export type { UnresolvedLink } from "./unresolved-links";
import type { UnresolvedLink } from "./unresolved-links";

export interface NoteSource {
	/** Every markdown file of the vault. */
	listFiles(): SourceFile[];
	getFile(path: string): SourceFile | null;
	/** Metadata from the cache, or null when the cache has none yet. */
	getMetadata(path: string): SourceMetadata | null;
	/** Vault path a link resolves to from a note, or null when it is unresolved. */
	resolveLink(linkpath: string, fromPath: string): string | null;
	/** Every link of the vault that resolves to no file, most linked first (see `rankUnresolvedLinks`). */
	unresolvedLinks(): UnresolvedLink[];
	/** The file's text. */
	read(path: string): Promise<string>;
	/** Subscribes to file events; returns the unsubscribe function. */
	subscribe(listener: (event: SourceEvent) => void): () => void;
}
