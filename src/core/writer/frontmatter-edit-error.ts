/**
 * Why a frontmatter edit was refused (nothing is written):
 * - `unclosed`: the note opens a frontmatter block with `---` and never closes it;
 * - `dotsClosing`: the block is closed by `...`, which YAML allows and Obsidian does not read as the end of properties;
 * - `spacedDelimiter`: a `---` of the block has blanks after it, so Obsidian reads no properties there;
 * - `unparseable`: a line of the block cannot be read with certainty (not a top-level key,
 *   a quote or bracket left open...), so editing it could damage the note;
 * - `invalidKey`: the property name asked for cannot be written as a plain YAML key;
 * - `lineBreak`: a lone carriage return (CR without LF) stands in the block, which YAML readers
 *   read differently;
 * - `duplicateKey`: the property is written more than once, and readers disagree on which counts;
 * - `sharedValue`: the value carries an anchor (`&a`) that another property reads (`*a`), so
 *   changing it would change that property too;
 * - `invalidYaml`: the block is not valid YAML, or not a set of properties;
 * - `sideEffect`: the edit would change more than the property (the last guard);
 * - `notText`: an item was to be added to a property that holds a number, a date or a map, which a list of texts would change;
 * - `changedSince`: an undo found the property changed since the move, so it leaves it alone.
 */
export type FrontmatterEditErrorCode =
	| "unclosed"
	| "dotsClosing"
	| "spacedDelimiter"
	| "unparseable"
	| "invalidKey"
	| "lineBreak"
	| "duplicateKey"
	| "sharedValue"
	| "invalidYaml"
	| "sideEffect"
	| "notText"
	| "changedSince";

/**
 * Thrown instead of guessing when a note's frontmatter cannot be edited safely.
 * Carries a code (for the UI to translate) rather than a sentence for the writer.
 */
export class FrontmatterEditError extends Error {
	readonly code: FrontmatterEditErrorCode;
	/** 1-based line of the note (BOM aside) where the problem was found, or null. */
	readonly line: number | null;

	constructor(code: FrontmatterEditErrorCode, line: number | null = null) {
		super(line === null ? `Frontmatter edit refused: ${code}` : `Frontmatter edit refused: ${code} (line ${line})`);
		this.name = "FrontmatterEditError";
		this.code = code;
		this.line = line;
	}
}
