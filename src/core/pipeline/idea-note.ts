import { format } from "date-fns";
import { toYamlScalar } from "../writer/yaml-scalar";

/** What a new idea note is made of. */
export interface IdeaNoteInput {
	/** The idea in one line; the note's first paragraph. */
	title: string;
	/** Optional longer text, after the title. */
	body?: string;
	/** Stored key of the stage the idea starts in. */
	stageKey: string;
	created: Date;
	/** date-fns pattern for `created` (the `dateFormat` setting). */
	dateFormat: string;
	/** Link text of the note the idea came from (`Journal 2024-03-01`), or null. */
	sourceLinkText: string | null;
	/** Tags, with or without `#`; written as given (no implicit tag), omitted when empty. */
	tags: string[];
}

/** Turns any line endings into LF and drops blanks at the ends. */
function tidy(text: string): string {
	return text.replace(/\r\n?/g, "\n").trim();
}

/**
 * The full Markdown text of a new idea note, with LF line endings:
 *
 * ```
 * ---
 * type: idea
 * status: spark
 * created: 2024-03-01T10:00
 * source: "[[Journal 2024-03-01]]"
 * tags:
 *   - business
 * ---
 * The idea, as the first paragraph.
 *
 * The optional body.
 * ```
 *
 * Values are quoted only where YAML needs it (a link always does). `source` is left out when
 * there is no source, `tags` when there are none; tags lose a leading `#` and duplicates.
 * The title is written as typed, so Markdown in it keeps its meaning.
 */
export function renderIdeaNote(input: IdeaNoteInput): string {
	const lines = ["---", "type: idea", `status: ${toYamlScalar(input.stageKey)}`, `created: ${toYamlScalar(format(input.created, input.dateFormat))}`];
	if (input.sourceLinkText !== null && input.sourceLinkText.trim() !== "") {
		lines.push(`source: ${toYamlScalar(`[[${input.sourceLinkText.trim()}]]`)}`);
	}
	const tags = [...new Set(input.tags.map((tag) => tag.trim().replace(/^#+/, "").normalize("NFC")).filter((tag) => tag !== ""))];
	if (tags.length > 0) {
		lines.push("tags:", ...tags.map((tag) => `  - ${toYamlScalar(tag)}`));
	}
	lines.push("---");
	const paragraphs = [tidy(input.title), tidy(input.body ?? "")].filter((part) => part !== "");
	return `${lines.join("\n")}\n${paragraphs.join("\n\n")}\n`;
}
