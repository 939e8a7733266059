import { scanMarkdown, withoutComments, type LineShape } from "../note/markdown-scanner";
import { headingOf } from "../note/heading-of";
import { textWithoutProperties } from "../note/text-without-properties";
import { comparableText } from "../text/comparable-text";

/** What one line of a draft is, once its template's part is told from the writer's. */
type Kind =
	/** A heading: kept when its section holds written text. */
	| { kind: "heading"; level: number; text: string }
	/** Written text, its comments taken out. */
	| { kind: "text"; text: string }
	/** A line of code or math: written text, every character kept, blank lines and `<!-- -->` included. */
	| { kind: "verbatim"; text: string }
	/** A blank line: blank lines in a row make one. */
	| { kind: "blank" }
	/** A line of the template's (guidance comments, a line the template put there): not the writer's. */
	| { kind: "template" };

interface Scanned {
	lines: string[];
	shapes: LineShape[];
}

function scan(text: string): Scanned {
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	return { lines, shapes: scanMarkdown(lines, { properties: false }) };
}

const isCode = (shape: LineShape | undefined): boolean => shape?.block === "code" || shape?.block === "math";

/** The line as a reader sees it, comments out: its indentation kept, its other runs of blanks one space when it held a comment. */
function visible(text: string, shape: LineShape): string {
	const seen = withoutComments(text, shape);
	if (seen === text) return text;
	// The blanks on either side of a comment taken out make one.
	return `${/^[ \t]*/.exec(text)?.[0] ?? ""}${seen.trim().replace(/[ \t]{2,}/g, " ")}`;
}

/** Each section of the template (by its heading's words; "" before the first) with the lines it holds, comments out. */
function templateLines(template: string): Map<string, Set<string>> {
	const { lines, shapes } = scan(template);
	const sections = new Map<string, Set<string>>();
	let key = "";
	for (const [i, text] of lines.entries()) {
		const shape = shapes[i];
		if (!shape) continue;
		const heading = headingOf(text, shape);
		if (heading) {
			key = comparableText(heading.text);
			continue;
		}
		const line = comparableText(isCode(shape) ? text : visible(text, shape));
		if (line === "") continue;
		let set = sections.get(key);
		if (!set) sections.set(key, (set = new Set()));
		set.add(line);
	}
	return sections;
}

function kinds({ lines, shapes }: Scanned, template: Map<string, Set<string>>): Kind[] {
	let section = "";
	return lines.map((text, i): Kind => {
		const shape = shapes[i];
		if (!shape) return { kind: "blank" };
		if (isCode(shape)) return { kind: "verbatim", text };
		const heading = headingOf(text, shape);
		if (heading) {
			section = comparableText(heading.text);
			return { kind: "heading", level: heading.level, text: visible(text, shape).trimEnd() };
		}
		if (text.trim() === "") return { kind: "blank" };
		const seen = visible(text, shape);
		if (seen.trim() === "" || template.get(section)?.has(comparableText(seen))) return { kind: "template" };
		return { kind: "text", text: seen };
	});
}

/**
 * The lines of the headings whose section, or one of its sub-sections, holds written text: in one pass,
 * the headings still open (six at most, one a level) hear of each written line.
 */
function writtenHeadings(read: readonly Kind[]): Set<number> {
	const written = new Set<number>();
	const open: { at: number; level: number }[] = [];
	for (const [i, line] of read.entries()) {
		if (line.kind === "heading") {
			while ((open.at(-1)?.level ?? 0) >= line.level) open.pop();
			open.push({ at: i, level: line.level });
		} else if (line.kind === "text" || line.kind === "verbatim") {
			for (const heading of open) written.add(heading.at);
		}
	}
	return written;
}

/**
 * What the writer wrote in a draft, for a re-invested draft to carry: its text without properties, without
 * comments (the template's guidance, `<!-- -->` and `%% %%`) and without the lines its template put there
 * and the writer left as they were (`template`: the draft's template filled as the draft was; the lines of
 * a section are compared with the same section's of the template, so that a line copied from the idea into
 * another section stays). A heading stays when its section, or one of its sub-sections, holds written text;
 * a heading left empty goes. Code and math blocks are written text, kept character for character: a
 * comment in a code block is code, a `#` line in it no heading. Blank lines in a row make one. LF line
 * endings; "" when the writer wrote nothing.
 */
export function writtenText(draftText: string, template: string | null): string {
	const read = kinds(scan(textWithoutProperties(draftText)), template === null ? new Map<string, Set<string>>() : templateLines(template));
	const written = writtenHeadings(read);
	const out: string[] = [];
	let gap = false;
	for (const [i, line] of read.entries()) {
		if (line.kind === "blank") {
			gap = true;
			continue;
		}
		if (line.kind === "template") continue;
		if (line.kind === "heading" && !written.has(i)) continue;
		if (gap && out.length > 0) out.push("");
		gap = false;
		out.push(line.text);
	}
	return out.join("\n");
}
