import { displayText } from "../text/display-text";
import { shortenText } from "../text/shorten-text";
import { toFileName } from "../writer/file-name";

/** Longest part of a draft's file name taken from the idea; the format's name always follows. */
const IDEA_CHARS = 80;

/**
 * A draft's file name without `.md`: the idea as it shows (links as their text, cut at a word
 * with "…" when long), an em dash, the format's name (`Mon idée — Post LinkedIn`), made safe for
 * every device. The caller finds a free name when it is taken.
 */
export function draftBaseName(ideaText: string, formatName: string): string {
	return toFileName(`${shortenText(displayText(ideaText), IDEA_CHARS)} — ${formatName}`, IDEA_CHARS + formatName.length + 3);
}
