import { StudioError } from "../i18n/studio-error";
import { scanMarkdown, type LineShape } from "../note/markdown-scanner";
import { headingOf, type Heading } from "../note/heading-of";

/** One line of a note with the line break that ends it (`\n`, `\r\n`, or none for the last line). */
interface Line {
	text: string;
	end: string;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	while (start < text.length) {
		const newline = text.indexOf("\n", start);
		if (newline === -1) {
			lines.push({ text: text.slice(start), end: "" });
			break;
		}
		const cr = newline > start && text.charCodeAt(newline - 1) === 13;
		lines.push({ text: text.slice(start, cr ? newline - 1 : newline), end: cr ? "\r\n" : "\n" });
		start = newline + 1;
	}
	return lines;
}

/** Where one heading's section lies: the heading's line, and its body lines `[start, end)`. */
interface Located {
	lines: Line[];
	heading: number;
	/** The written part of the body: first and last line that is neither blank nor only a comment; null when there is none. */
	content: { from: number; to: number } | null;
	/** Where text goes in a section with no written part: after the heading and its guidance comments. */
	insertAt: number;
	/** Set when the written part starts inside a comment opened above it (on the heading's line or a guidance line): no edit can keep that comment whole. */
	cutComment: StudioError | null;
}

interface Scanned {
	lines: Line[];
	shapes: LineShape[];
}

function scan(text: string): Scanned {
	const lines = splitLines(text.startsWith("\uFEFF") ? text.slice(1) : text);
	return { lines, shapes: scanMarkdown(lines.map((line) => line.text)) };
}

/** The heading on line `i` (level and text as a reader sees it), or null: a `#` line inside properties, code, math, a comment or an HTML block is none. */
function headingAt({ lines, shapes }: Scanned, i: number): Heading | null {
	return headingOf(lines[i]?.text ?? "", shapes[i]);
}

/** Whether a line holds nothing but comments: a guidance line, skipped before the written part. */
function isGuidance(line: Line | undefined, shape: LineShape | undefined): boolean {
	return line !== undefined && shape !== undefined && line.text.trim() !== "" && !shape.hasText;
}

/**
 * The first heading (outside properties, code, math, comments and HTML blocks) whose text `matches`, with
 * its section up to the next heading of its level or above; `"open"` when there is none and the note ends
 * inside a block or comment never closed.
 */
function locate(text: string, matches: (headingText: string) => boolean): Located | "open" | null {
	const scanned = scan(text);
	const { lines, shapes } = scanned;
	for (let i = 0; i < lines.length; i++) {
		const heading = headingAt(scanned, i);
		if (!heading || !matches(heading.text)) continue;
		let end = lines.length;
		for (let j = i + 1; j < lines.length; j++) {
			const next = headingAt(scanned, j);
			if (next && next.level <= heading.level) {
				end = j;
				break;
			}
		}
		let from = -1;
		let to = -1;
		let insertAt = i + 1;
		for (let j = i + 1; j < end; j++) {
			const body = lines[j];
			if (body === undefined || body.text.trim() === "") continue;
			if (from === -1 && isGuidance(body, shapes[j])) {
				insertAt = j + 1;
				continue;
			}
			if (from === -1) from = j;
			to = j;
		}
		const edge = shapes[from === -1 ? insertAt - 1 : from - 1];
		const cutComment = edge?.open ? new StudioError("error.sectionInComment", { heading: heading.text, line: edge.openFrom + 1 }) : null;
		return { lines, heading: i, content: from === -1 ? null : { from, to }, insertAt, cutComment };
	}
	return shapes.at(-1)?.open === true ? "open" : null;
}

/** Whether the note has a heading (outside code, comments and the like) whose text `matches`. */
export function hasSection(text: string, matches: (headingText: string) => boolean): boolean {
	const found = locate(text, matches);
	return found !== null && found !== "open";
}

/**
 * The written text of a section, as the writer typed it, without its heading, its leading guidance
 * comments and the blank lines around it; `""` for a section with nothing written; null when the note
 * has no such heading. Code blocks, comments and math in it come whole: a heading inside them is none.
 *
 * @throws StudioError `error.sectionInComment` when the written part starts inside a comment opened above it, which one field cannot hold whole.
 */
export function sectionText(text: string, matches: (headingText: string) => boolean): string | null {
	const found = locate(text, matches);
	if (found === null || found === "open") return null;
	if (found.cutComment) throw found.cutComment;
	if (!found.content) return "";
	return found.lines
		.slice(found.content.from, found.content.to + 1)
		.map((line) => line.text)
		.join("\n");
}

function lineBreakOf(text: string): string {
	const first = /\r?\n/.exec(text);
	return first?.[0] ?? "\n";
}

/**
 * The note with the written part of one section replaced by `replacement`, every other byte as it
 * was (properties, BOM, line breaks, comments, code blocks, other sections). A note without the heading gets it at
 * its end, titled `headingText` at level 2. Lines of `replacement` take the note's line break.
 *
 * @throws StudioError `error.sectionLoneCr` when the note holds a lone carriage return, which editors read differently;
 *   `error.sectionInComment` when the written part starts inside a comment opened above it;
 *   `error.sectionOpenCode` when the heading is missing and the note ends inside a block or comment never closed, where a heading would not be one.
 */
export function replaceSectionText(text: string, matches: (headingText: string) => boolean, replacement: string, headingText: string): string {
	if (/\r(?!\n)/.test(text)) throw new StudioError("error.sectionLoneCr");
	const eol = lineBreakOf(text);
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	// Blank lines at the end go; blanks at the end of the last line stay (an empty step's `3. `).
	const unified = replacement.replace(/\r\n?/g, "\n");
	const wanted = (unified.trim() === "" ? "" : unified.replace(/(?:\n[ \t]*)+$/, "")).split("\n");
	const newLines = wanted.length === 1 && wanted[0] === "" ? [] : wanted;
	const found = locate(text, matches);
	if (found === "open") throw new StudioError("error.sectionOpenCode");
	if (!found) {
		const body = bom === "" ? text : text.slice(1);
		const lead = body === "" ? "" : body.endsWith("\n") ? (/\n\s*\n$/.test(body) ? "" : eol) : eol + eol;
		return `${bom}${body}${lead}## ${headingText}${eol}${newLines.map((line) => line + eol).join("")}`;
	}
	if (found.cutComment) throw found.cutComment;
	const { lines } = found;
	let removeFrom: number;
	let removeTo: number;
	if (found.content) {
		removeFrom = found.content.from;
		removeTo = found.content.to + 1;
	} else {
		removeFrom = found.insertAt;
		removeTo = found.insertAt;
	}
	const lastRemoved = removeTo > removeFrom ? lines[removeTo - 1] : undefined;
	const inserted: Line[] = newLines.map((line) => ({ text: line, end: eol }));
	if (inserted.length > 0) {
		const last = inserted[inserted.length - 1];
		if (last && lastRemoved) last.end = lastRemoved.end;
		const before = lines[removeFrom - 1];
		if (before && before.end === "") {
			// The heading was the note's last line, without a line break: the new text goes below it.
			before.end = eol;
			if (last) last.end = "";
		}
		if (!found.content && lines[removeTo] !== undefined && lines[removeTo]?.text.trim() !== "") inserted.push({ text: "", end: eol });
	}
	const result = [...lines.slice(0, removeFrom), ...inserted, ...lines.slice(removeTo)];
	return bom + result.map((line) => line.text + line.end).join("");
}

/** Whether the note ends inside a block or comment never closed (code, math, a comment): text added at its end would be inside it. */
export function endsOpen(text: string): boolean {
	return locate(text, () => false) === "open";
}
