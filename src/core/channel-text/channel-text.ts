import { scanMarkdown, withoutComments, type LineShape } from "../note/markdown-scanner";
import { textWithoutProperties } from "../note/text-without-properties";
import { comparableText } from "../text/comparable-text";
import { ATX_HEADING, type TemplateHeading } from "./template-outline";
import { plainMarkdown } from "./plain-markdown";

/** What the text of a draft is read with. */
export interface ChannelTextOptions {
	/** The outlines of the templates the draft may come from (the writer's own, the built-in one in each language). */
	templates: readonly (readonly TemplateHeading[])[];
	/** Whether the channel takes a thread (X): the text is cut into posts, numbered `1/5`. */
	thread: boolean;
}

/** The text a channel takes from a draft. */
export interface ChannelText {
	/** What goes on the clipboard: the post, or the thread's posts one after the other, two blank lines apart. */
	text: string;
	/** The post, or each post of the thread, numbered `1/5` at its end when there are more than one. */
	posts: string[];
	/** The headings, as written, of the parts of the idea's material left out (the template's `Matière`). */
	leftOut: string[];
}

const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)+/;
const CALLOUT_HEAD = /^\[![^\]]*\][+-]?[ \t]*/;
/** Between two posts of a thread on the clipboard. */
const POST_SEPARATOR = "\n\n\n";

interface Heading {
	level: number;
	words: string;
}

/** The heading a line is, outside blocks and comments. */
function headingOf(shape: LineShape): Heading | null {
	if (shape.block !== null || shape.continues) return null;
	const match = ATX_HEADING.exec(withoutComments(shape.text, shape));
	return match ? { level: (match[1] ?? "#").length, words: (match[2] ?? "").trim() } : null;
}

/** The headings of the templates, each found by its level and text; one with a variable matches once only (the title). */
class TemplateHeadings {
	private readonly used = new Set<string>();

	constructor(private readonly outlines: readonly (readonly TemplateHeading[])[]) {}

	find(heading: Heading): TemplateHeading | null {
		const words = comparableText(heading.words);
		for (const outline of this.outlines) {
			for (const candidate of outline) {
				if (candidate.level !== heading.level || !candidate.pattern.test(words)) continue;
				const id = `${candidate.level}:${candidate.pattern.source}`;
				if (candidate.variable && this.used.has(id)) continue;
				if (candidate.variable) this.used.add(id);
				return candidate;
			}
		}
		return null;
	}
}

/** The level a thread is cut at: that of its sections, the note's title (a first heading of level 1) aside. */
function sectionLevel(headings: readonly (Heading | null)[], shapes: readonly LineShape[]): number {
	const found = headings.map((heading, line) => ({ heading, line })).filter((entry): entry is { heading: Heading; line: number } => entry.heading !== null);
	const [first] = found;
	const isTitle = first !== undefined && first.heading.level === 1 && shapes.slice(0, first.line).every((shape) => !shape.hasText);
	const levels = (isTitle ? found.slice(1) : found).map((entry) => entry.heading.level);
	return levels.length === 0 ? 0 : Math.min(...levels);
}

/** A quote's or callout's line without its `>` markers, and a callout's `[!type]`; null when nothing is left of it. */
function unquoted(text: string): string | null {
	const inner = text.replace(QUOTE_MARKERS, "");
	const head = CALLOUT_HEAD.exec(inner);
	if (!head) return inner;
	const rest = inner.slice(head[0].length);
	return rest.trim() === "" ? null : rest;
}

/** Blank lines in a run become one, and none stand first or last; blanks at a line's end go (what a picture or a comment left). */
function tidy(text: string): string {
	const out: string[] = [];
	for (const typed of text.split("\n")) {
		const line = typed.trimEnd();
		if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
		out.push(line);
	}
	while (out[out.length - 1] === "") out.pop();
	return out.join("\n");
}

/**
 * The text a channel takes from a draft, every word of the writer as typed: no properties, no comments
 * (`<!-- -->`, `%% %%`), none of the headings its template gave (`# {{title}}` once, `## Accroche`...), and
 * not the part of the idea's material (the template's part that holds `{{idea}}`, `Matière`). The writer's
 * own headings stay as lines of plain text; Markdown is made plain ({@link plainMarkdown}); quotes and
 * callouts lose their `>`; a run of blank lines is one blank line.
 *
 * For a thread, the text is cut at each `---` line and at each of its sections (the headings of the
 * highest level, the title aside), empty posts are left out, and each post is numbered `1/5` on a line
 * of its own after a blank one.
 */
export function channelText(note: string, options: ChannelTextOptions): ChannelText {
	const lines = textWithoutProperties(note).replace(/\r\n?/g, "\n").split("\n");
	const shapes = scanMarkdown(lines, { properties: false });
	const headings = shapes.map(headingOf);
	const cutAt = options.thread ? sectionLevel(headings, shapes) : 0;
	const templates = new TemplateHeadings(options.templates);
	const chunks: string[][] = [[]];
	const leftOut: string[] = [];
	const cut = (): void => {
		if ((chunks[chunks.length - 1] ?? []).length > 0) chunks.push([]);
	};
	const keep = (line: string): void => {
		chunks[chunks.length - 1]?.push(line);
	};
	let materialLevel: number | null = null;
	shapes.forEach((shape, index) => {
		const heading = headings[index] ?? null;
		if (heading) {
			if (materialLevel !== null && heading.level > materialLevel) return;
			materialLevel = null;
			const template = templates.find(heading);
			if (options.thread && heading.level <= cutAt) cut();
			if (template?.material) {
				materialLevel = heading.level;
				leftOut.push(heading.words);
			} else if (!template) keep(withoutComments(shape.text, shape));
			return;
		}
		if (materialLevel !== null) return;
		if (options.thread && shape.block === null && !shape.continues && THEMATIC_BREAK.test(shape.text)) {
			cut();
			return;
		}
		const visible = withoutComments(shape.text, shape);
		// A line that held only comments goes whole: it leaves no blank line where it stood.
		if (visible !== shape.text && visible.trim() === "") return;
		const text = shape.block === "callout" ? unquoted(visible) : visible;
		if (text !== null) keep(text);
	});
	const plain = chunks.map((chunk) => tidy(plainMarkdown(tidy(chunk.join("\n"))))).filter((post) => post !== "");
	const posts = options.thread && plain.length > 1 ? plain.map((post, i) => `${post}\n\n${i + 1}/${plain.length}`) : plain;
	return { text: options.thread ? posts.join(POST_SEPARATOR) : (posts[0] ?? ""), posts: posts.length > 0 ? posts : [""], leftOut };
}
