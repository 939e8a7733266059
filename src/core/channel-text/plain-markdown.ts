import { unified } from "unified";
import remarkParse from "remark-parse";
import type { Nodes, Parent } from "mdast";
import { toString } from "mdast-util-to-string";
import { displayText } from "../text/display-text";

const parser = unified().use(remarkParse);

/** A stretch of the text, `[from, to)`, and what stands there in the plain text. */
interface Edit {
	from: number;
	to: number;
	text: string;
}

/** An address a reader can follow outside the vault: a scheme such as `https:` or `mailto:`. */
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** `![[embed]]`, which a channel takes as a picture of its own, never as text. */
const EMBED = /!\[\[[^\]]*\]\]/g;
const HIGHLIGHT = /==(?=\S)([^=\n]*?\S)==/g;
const STRIKE = /~~(?=\S)([^~\n]*?\S)~~/g;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** The plain text of a run of typed text: embeds out, wikilinks as their display text, highlights and strikes as their words, escapes as the sign. */
function plainRun(text: string): string {
	if (!/[[=~\\]/.test(text)) return text;
	return displayText(text.replace(EMBED, "")).replace(HIGHLIGHT, "$1").replace(STRIKE, "$1").replace(ESCAPE, "$1");
}

/** The address without its scheme and last slash: `exemple.fr` is written for `https://exemple.fr/`. */
function bareAddress(url: string): string {
	return url.replace(/^[a-z][a-z0-9+.-]*:(?:\/\/)?/i, "").replace(/\/$/, "");
}

/** A link as a channel takes it: an external one keeps its address (`texte (https://…)`, the bare address when the text says it), another one its text. */
function linkText(text: string, url: string): string {
	const words = plainRun(text).trim();
	if (!EXTERNAL.test(url)) return words;
	if (words === "" || words === url || words === bareAddress(url)) return url;
	return `${words} (${url})`;
}

function span(node: Nodes): { from: number; to: number } | null {
	const from = node.position?.start.offset;
	const to = node.position?.end.offset;
	return from === undefined || to === undefined ? null : { from, to };
}

function collect(node: Nodes, source: string, edits: Edit[]): void {
	const at = span(node);
	switch (node.type) {
		case "link":
			if (at) edits.push({ ...at, text: linkText(toString(node), node.url) });
			return;
		case "linkReference":
			if (at) edits.push({ ...at, text: plainRun(toString(node)) });
			return;
		case "image":
		case "imageReference":
			if (at) edits.push({ ...at, text: "" });
			return;
		case "inlineCode":
			if (at) edits.push({ ...at, text: node.value });
			return;
		case "code":
			if (at) edits.push({ ...at, text: node.value });
			return;
		case "break":
			if (at) edits.push({ ...at, text: "\n" });
			return;
		case "text":
			if (at) {
				const typed = source.slice(at.from, at.to);
				const plain = plainRun(typed);
				if (plain !== typed) edits.push({ ...at, text: plain });
			}
			return;
		case "emphasis":
		case "strong":
		case "heading":
			markersOut(node, at, edits);
			break;
		default:
			break;
	}
	if ("children" in node) for (const child of (node as Parent).children) collect(child, source, edits);
}

/** The signs around a node's words (`**`, `_`, `## `) go; its words stay, read on their own. */
function markersOut(node: Parent, at: { from: number; to: number } | null, edits: Edit[]): void {
	const first = node.children[0];
	const last = node.children[node.children.length - 1];
	const inner = first && last ? { from: span(first)?.from, to: span(last)?.to } : null;
	if (!at) return;
	if (!inner || inner.from === undefined || inner.to === undefined) {
		edits.push({ ...at, text: "" });
		return;
	}
	edits.push({ from: at.from, to: inner.from, text: "" }, { from: inner.to, to: at.to, text: "" });
}

/**
 * Markdown as plain text, every other character as typed: emphasis (`**`, `*`, `_`, `==`, `~~`) as its
 * words, a heading as its words on their line, inline code and code blocks as their text, an external
 * link as `texte (https://…)` (the bare address when the text is the address), an internal link and a
 * wikilink as their display text, pictures and embeds out. List markers, hashtags, line breaks and
 * blank lines stay as typed. Read with remark, so that `snake_case` or `2 * 3 * 4` stay as they are.
 */
export function plainMarkdown(markdown: string): string {
	if (!/[*_`[\]<=~\\#]|^ {4}/m.test(markdown)) return markdown;
	const edits: Edit[] = [];
	collect(parser.parse(markdown), markdown, edits);
	edits.sort((a, b) => a.from - b.from || a.to - b.to);
	let out = "";
	let at = 0;
	for (const edit of edits) {
		if (edit.from < at) continue;
		out += markdown.slice(at, edit.from) + edit.text;
		at = edit.to;
	}
	return out + markdown.slice(at);
}
