import { StudioError } from "../i18n/studio-error";

/** One line of a note with the line break that ends it (`\n`, `\r\n`, or none for the last line). */
interface Line {
	text: string;
	end: string;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const COMMENT = /^\s*<!--.*-->\s*$/;

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	const pattern = /([^\n]*?)(\r?\n|$)/g;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text)) !== null) {
		if (match[0] === "") break;
		lines.push({ text: match[1] ?? "", end: match[2] ?? "" });
	}
	return lines;
}

/** Where one heading's section lies: the heading's line, and its body lines `[start, end)`. */
interface Located {
	lines: Line[];
	heading: number;
	/** The written part of the body: first and last line that is neither blank nor a whole-line comment; null when there is none. */
	content: { from: number; to: number } | null;
	/** Where text goes in a section with no written part: after the heading and its guidance comments. */
	insertAt: number;
}

function isBlank(line: Line | undefined): boolean {
	return line === undefined || line.text.trim() === "";
}

/**
 * The first heading (outside properties and code blocks) whose text `matches`, with its section up to the
 * next heading of its level or above; `"open-code"` when there is none and the note ends inside a code block.
 */
function locate(text: string, matches: (headingText: string) => boolean): Located | "open-code" | null {
	const lines = splitLines(text.startsWith("\uFEFF") ? text.slice(1) : text);
	let i = 0;
	if (lines[0]?.text === "---") {
		const close = lines.findIndex((line, index) => index > 0 && (line.text === "---" || line.text === "..."));
		if (close !== -1) i = close + 1;
	}
	let fence: string | null = null;
	for (; i < lines.length; i++) {
		const line = lines[i]?.text ?? "";
		const open = FENCE.exec(line);
		if (open) {
			const mark = open[1] ?? "";
			if (fence === null) fence = mark;
			else if (mark[0] === fence[0] && mark.length >= fence.length) fence = null;
			continue;
		}
		if (fence !== null) continue;
		const heading = HEADING.exec(line);
		if (!heading || !matches(heading[2] ?? "")) continue;
		const level = (heading[1] ?? "").length;
		let end = lines.length;
		for (let j = i + 1; j < lines.length; j++) {
			const next = HEADING.exec(lines[j]?.text ?? "");
			if (next && (next[1] ?? "").length <= level) {
				end = j;
				break;
			}
		}
		let from = -1;
		let to = -1;
		let insertAt = i + 1;
		for (let j = i + 1; j < end; j++) {
			const body = lines[j];
			if (isBlank(body)) continue;
			if (from === -1 && COMMENT.test(body?.text ?? "")) {
				insertAt = j + 1;
				continue;
			}
			if (from === -1) from = j;
			to = j;
		}
		return { lines, heading: i, content: from === -1 ? null : { from, to }, insertAt };
	}
	return fence === null ? null : "open-code";
}

/**
 * The written text of a section, as the writer typed it, without its heading, its leading guidance
 * comments and the blank lines around it; `""` for a section with nothing written; null when the note
 * has no such heading.
 */
export function sectionText(text: string, matches: (headingText: string) => boolean): string | null {
	const found = locate(text, matches);
	if (found === null || found === "open-code") return null;
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
 * was (properties, BOM, line breaks, comments, other sections). A note without the heading gets it at
 * its end, titled `headingText` at level 2. Lines of `replacement` take the note's line break.
 *
 * @throws StudioError `error.sectionLoneCr` when the note holds a lone carriage return, which editors read differently;
 *   `error.sectionOpenCode` when the heading is missing and the note ends inside a code block, where a heading would not be one.
 */
export function replaceSectionText(text: string, matches: (headingText: string) => boolean, replacement: string, headingText: string): string {
	if (/\r(?!\n)/.test(text)) throw new StudioError("error.sectionLoneCr");
	const eol = lineBreakOf(text);
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const wanted = replacement.replace(/\r\n?/g, "\n").replace(/\s+$/, "").split("\n");
	const newLines = wanted.length === 1 && wanted[0] === "" ? [] : wanted;
	const found = locate(text, matches);
	if (found === "open-code") throw new StudioError("error.sectionOpenCode");
	if (!found) {
		const body = bom === "" ? text : text.slice(1);
		const lead = body === "" ? "" : body.endsWith("\n") ? (/\n\s*\n$/.test(body) ? "" : eol) : eol + eol;
		return `${bom}${body}${lead}## ${headingText}${eol}${newLines.map((line) => line + eol).join("")}`;
	}
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
		if (!found.content && !isBlank(lines[removeTo])) inserted.push({ text: "", end: eol });
	}
	const result = [...lines.slice(0, removeFrom), ...inserted, ...lines.slice(removeTo)];
	return bom + result.map((line) => line.text + line.end).join("");
}

/** Whether the note ends inside a code block never closed: text added at its end would be code, not markdown. */
export function endsInOpenCode(text: string): boolean {
	return locate(text, () => false) === "open-code";
}
