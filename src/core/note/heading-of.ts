import { withoutComments, type LineShape } from "./markdown-scanner";

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const HEADING_START = /^ {0,3}#/;

/** A heading: its level (1 to 6) and its text as a reader sees it, comments left out. */
export interface Heading {
	level: number;
	text: string;
}

/**
 * The heading a line is, from the line's shape (see {@link scanMarkdown}), or null: a `#` line inside
 * properties, code, math, a comment, an HTML block, a table or a callout is none.
 */
export function headingOf(text: string, shape: LineShape | undefined): Heading | null {
	if (!shape || shape.block !== null || shape.continues || !HEADING_START.test(text)) return null;
	const match = HEADING.exec(withoutComments(text, shape));
	return match ? { level: (match[1] ?? "").length, text: match[2] ?? "" } : null;
}
