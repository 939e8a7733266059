import { format } from "date-fns";
import { toFileName } from "../writer/file-name";
import { doubleQuoteYaml, toYamlScalar } from "../writer/yaml-scalar";
import type { Horizon } from "./book-horizon";
import { inertTemplaterTags } from "../templates/inert-templater-tags";

/** What the writer typed in the book-note dialog. */
export interface BookNoteFields {
	title: string;
	author: string;
	/** As typed: `2017`, `1936`, `-350`, or empty. */
	year: string;
	horizon: Horizon;
	isbn: string;
}

/** How a book note is named so that links to its title find it. */
export interface BookNoteName {
	/** File name without `.md`. */
	fileName: string;
	/** The title as an alias, when the file name cannot hold it exactly; null when they are the same. */
	alias: string | null;
	/** Whether `[[title]]` resolves to a note of that file name: false when the title holds characters no file name may (`: / \ * ? " < > |`). */
	linkResolves: boolean;
}

/** The title on one line, blanks at the ends off. */
export function bookTitleText(title: string): string {
	return title.replace(/\s+/g, " ").trim();
}

/**
 * The book note's name: the title itself when every device accepts it as a file name, so that
 * `[[Expert Secrets]]` written anywhere resolves, in whatever folder. A title holding `: / \ * ? " < > |`
 * (or `# ^ [ ]`, which break links) cannot be a file name: the note gets a safe name and the title as an
 * alias (Obsidian suggests it when linking), and links already written with those characters cannot resolve.
 */
export function bookNoteName(title: string): BookNoteName {
	const text = bookTitleText(title);
	const fileName = toFileName(text);
	const same = fileName === text;
	return { fileName, alias: same ? null : text, linkResolves: same };
}

/** A year as YAML: a whole number stays a number (Bases and Dataview sort it), anything else is text. */
function yearScalar(year: string): string {
	return /^-?\d{1,4}$/.test(year) ? String(Number(year)) : toYamlScalar(year);
}

/** Everything a new book note is made of. */
export interface BookNoteInput extends BookNoteFields {
	started: Date;
	/** The title kept as an alias ({@link bookNoteName}), or null. */
	alias: string | null;
	/** The note's text under its properties: the filled book-note template. */
	body: string;
}

/**
 * A new book note, LF line endings: properties Bases and Dataview read, then the body.
 *
 * ```
 * ---
 * type: book
 * author: Russell Brunson
 * year: 2017
 * horizon: contemporary
 * status: reading
 * started: 2026-12-01
 * ---
 * ```
 * `isbn` only when given, `aliases` only when the file name could not hold the title. Templater code
 * typed in a field is made inert; the body is the filled template, as it is.
 */
export function renderBookNote(input: BookNoteInput): string {
	const lines = ["---", "type: book"];
	// What was typed is text: Templater code in it must not run when the note is created.
	const author = inertTemplaterTags(input.author.trim());
	const year = inertTemplaterTags(input.year.trim());
	const isbn = inertTemplaterTags(input.isbn.trim());
	lines.push(author === "" ? "author:" : `author: ${toYamlScalar(author)}`);
	lines.push(year === "" ? "year:" : `year: ${yearScalar(year)}`);
	lines.push(`horizon: ${input.horizon}`, "status: reading", `started: ${format(input.started, "yyyy-MM-dd")}`);
	// An ISBN is text: as a plain number YAML would drop its leading zero or read it in exponent form.
	if (isbn !== "") lines.push(`isbn: ${doubleQuoteYaml(isbn)}`);
	if (input.alias !== null) lines.push("aliases:", `  - ${doubleQuoteYaml(inertTemplaterTags(input.alias))}`);
	lines.push("---");
	return `${lines.join("\n")}\n${input.body.replace(/\r\n?/g, "\n").replace(/^\n+/, "").replace(/\n*$/, "\n")}`;
}
