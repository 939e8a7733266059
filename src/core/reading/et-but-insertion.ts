import type { MessageKey } from "../i18n/messages";
import type { MoveReason } from "../note/safe-insertion-point";

/** Where the writer types first in an ET/BUT block template; taken out of the inserted text. */
export const CURSOR_MARK = "{{cursor}}";

/** The lines around the cursor, as the editor has them. */
export interface InsertionPlace {
	/** Text of the cursor's line before the cursor. */
	before: string;
	/** Text of the cursor's line after the cursor. */
	after: string;
	/** The line above the cursor's line, or null on the first line. */
	previousLine: string | null;
	/** The line below the cursor's line, or null on the last line. */
	nextLine: string | null;
}

/** What to insert at the cursor, and where the cursor goes: an offset into `text`. */
export interface Insertion {
	text: string;
	cursor: number;
	/** Line breaks put before the block: it starts that many lines below the cursor's line. */
	lead: number;
}

/**
 * The filled ET/BUT block as it goes in at the cursor: on lines of its own, with a blank line
 * between it and text before or after (a callout right under a quote or another block would join
 * it, and a line right under it would join the callout), its line ends those of the note. The cursor goes where `{{cursor}}` was, else at the end of the
 * block's first line.
 */
export function etButInsertion(block: string, place: InsertionPlace, lineEnd: "\n" | "\r\n" = "\n"): Insertion {
	// Only line ends come off the ends: the blank after a last label ("Mon idée : ") is where the writer types.
	const body = block.replace(/\r\n?/g, "\n").replace(/^\n+|\n+$/g, "");
	const mark = body.indexOf(CURSOR_MARK);
	const clean = mark === -1 ? body : body.slice(0, mark) + body.slice(mark + CURSOR_MARK.length).replaceAll(CURSOR_MARK, "");
	const firstLineEnd = clean.indexOf("\n");
	const at = mark !== -1 ? mark : firstLineEnd === -1 ? clean.length : firstLineEnd;
	const textBefore = place.before.trim() !== "";
	const lineAbove = place.before.trim() === "" && place.previousLine !== null && place.previousLine.trim() !== "";
	const prefix = textBefore ? "\n\n" : lineAbove ? "\n" : "";
	const lineBelow = place.after.trim() === "" && place.nextLine !== null && place.nextLine.trim() !== "";
	const suffix = place.after.trim() !== "" ? "\n\n" : lineBelow ? "\n" : "";
	const text = (prefix + clean + suffix).replace(/\n/g, lineEnd);
	const cursor = (prefix + clean.slice(0, at)).replace(/\n/g, lineEnd).length;
	return { text, cursor, lead: prefix.length };
}

/** The Notice that says where the block went when it could not go at the cursor, by what the cursor was in. */
export const MOVED_NOTICE = {
	properties: "notice.etButMoved.properties",
	code: "notice.etButMoved.code",
	math: "notice.etButMoved.math",
	html: "notice.etButMoved.html",
	table: "notice.etButMoved.table",
	callout: "notice.etButMoved.callout",
	comment: "notice.etButMoved.comment",
	line: "notice.etButMoved.line",
} as const satisfies Record<MoveReason, MessageKey>;
