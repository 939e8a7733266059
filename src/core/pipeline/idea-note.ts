import { inertTemplaterTags } from "../templates/inert-templater-tags";
import { format, type Locale } from "date-fns";
import { doubleQuoteYaml, toYamlScalar } from "../writer/yaml-scalar";
import { StudioError } from "../i18n/studio-error";
import type { IdeaOrigin } from "./idea-origin";

/** What a new idea note is made of. */
export interface IdeaNoteInput {
	/** The idea in one line, exactly as typed: the `title` property and the note's first paragraph. */
	title: string;
	/** Optional longer text, after the title: the idea's details ({@link ideaBody}), or what the writer typed. */
	body?: string;
	/** Stored key of the stage the idea starts in. */
	stageKey: string;
	created: Date;
	/** date-fns pattern for `created` (the `dateFormat` setting). */
	dateFormat: string;
	/** Locale of month and day names in `created` (the writer's language), English when absent. */
	locale?: Locale;
	/** Link text of the note the idea came from (`Journal 2024-03-01`), or null. */
	sourceLinkText: string | null;
	/** Tags, with or without `#`; written as given (no implicit tag), omitted when empty. */
	tags: string[];
	/** Where the idea comes from, as `origin`; omitted when not said. */
	origin?: IdeaOrigin | null;
}

/** `created` in the writer's format; a pattern date-fns refuses is said in the writer's language, not as date-fns's English. */
function formatCreated(created: Date, dateFormat: string, locale: Locale | undefined): string {
	try {
		return format(created, dateFormat, { locale });
	} catch {
		throw new StudioError("error.badDateFormat", { format: dateFormat });
	}
}

/**
 * The idea's title as it is stored: on one line (a line break and the blanks around it become one
 * space), without blanks at the ends; every other character as typed, no-break spaces included.
 */
export function ideaTitleText(text: string): string {
	return text.replace(/[\t ]*(?:\r\n?|\n)[\t ]*/g, " ").trim();
}

/** The title as a YAML string, always read back as text: a title that looks like a date is quoted too (plain, YAML would read a date). */
function titleScalar(title: string): string {
	return /^\d{4}-\d{1,2}-\d{1,2}/.test(title) ? doubleQuoteYaml(title) : toYamlScalar(title);
}

/**
 * The body of an idea note made from an idea block: its details, one a line, exactly as typed (the rest of
 * its paragraph, then its points as a list), so that they read under the idea's words as they did in the journal.
 */
export function ideaBody(details: readonly string[]): string {
	return details.join("\n");
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
 * title: "Simplifier sans mentir : la règle des trois exemples"
 * tags:
 *   - business
 * ---
 * Simplifier sans mentir : la règle des trois exemples
 *
 * The optional body.
 * ```
 *
 * Values are quoted only where YAML needs it (a link always does). `source` is left out when
 * there is no source, `tags` when there are none; tags lose a leading `#` and duplicates.
 * The title is written as typed, on one line ({@link ideaTitleText}),
 * in `title` so that the board, Bases and Dataview read the exact words whatever the file is
 * called, and as the first paragraph so that the note reads on its own; Markdown in it (a
 * `[[link|alias]]`) keeps its meaning in both.
 *
 * @throws StudioError `error.badDateFormat` when date-fns refuses `dateFormat`.
 */
export function renderIdeaNote(input: IdeaNoteInput): string {
	const lines = ["---", "type: idea", `status: ${toYamlScalar(input.stageKey)}`, `created: ${toYamlScalar(formatCreated(input.created, input.dateFormat, input.locale))}`];
	if (input.sourceLinkText !== null && input.sourceLinkText.trim() !== "") {
		lines.push(`source: ${toYamlScalar(`[[${input.sourceLinkText.trim()}]]`)}`);
	}
	if (input.origin) lines.push(`origin: ${input.origin}`);
	// The writer's words, copied into a new note: Templater code in them stays text (see inertTemplaterTags).
	const title = inertTemplaterTags(ideaTitleText(input.title));
	if (title !== "") lines.push(`title: ${titleScalar(title)}`);
	const tags = [...new Set(input.tags.map((tag) => tag.trim().replace(/^#+/, "").normalize("NFC")).filter((tag) => tag !== ""))];
	if (tags.length > 0) {
		lines.push("tags:", ...tags.map((tag) => `  - ${toYamlScalar(tag)}`));
	}
	lines.push("---");
	const paragraphs = [title, inertTemplaterTags(tidy(input.body ?? ""))].filter((part) => part !== "");
	return `${lines.join("\n")}\n${paragraphs.join("\n\n")}\n`;
}
