/**
 * Code blocks a plugin renders (`registerMarkdownCodeBlockProcessor`), shown under the open note as Obsidian's
 * reading view and Live Preview show them in place: each fenced block of a registered language is handed to its
 * processor with its source, an element of its own (`block-language-<lang>`) and a context whose children
 * (`MarkdownRenderChild`) are loaded, then unloaded when the note is drawn again or closed.
 * Stands in for https://docs.obsidian.md/Reference/TypeScript+API/Plugin/registerMarkdownCodeBlockProcessor and
 * https://docs.obsidian.md/Reference/TypeScript+API/MarkdownPostProcessorContext (the preview edits a note as plain
 * text: the blocks are drawn below it, in the order of the note, rather than in its lines).
 */
import type { MarkdownPostProcessorContext, MarkdownRenderChild } from "obsidian";

type Processor = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown;

/** The languages plugins registered, with their processor. */
export const codeBlockProcessors = new Map<string, Processor>();

/** The children loaded for each container, unloaded before it is drawn again. */
const loaded = new WeakMap<HTMLElement, MarkdownRenderChild[]>();

/** The fenced blocks of a text: their language (the info string's first word) and their source, as Obsidian reads them. */
export function fencedBlocks(text: string): { language: string; source: string }[] {
	const blocks: { language: string; source: string }[] = [];
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	for (let i = 0; i < lines.length; i++) {
		const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i] ?? "");
		if (!open) continue;
		const fence = open[1] ?? "```";
		const body: string[] = [];
		let j = i + 1;
		for (; j < lines.length; j++) {
			const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`).exec(lines[j] ?? "");
			if (close) break;
			body.push(lines[j] ?? "");
		}
		blocks.push({ language: (open[2] ?? "").toLowerCase(), source: body.join("\n") });
		i = j;
	}
	return blocks;
}

/** Draws the note's registered code blocks into `container`, anew: the previous drawing's children are unloaded first. */
export function renderCodeBlocks(container: HTMLElement, text: string, sourcePath: string): void {
	unloadCodeBlocks(container);
	container.empty();
	const children: MarkdownRenderChild[] = [];
	loaded.set(container, children);
	for (const block of fencedBlocks(text)) {
		const processor = codeBlockProcessors.get(block.language);
		if (!processor) continue;
		const el = container.createDiv({ cls: `block-language-${block.language}` });
		const ctx = {
			docId: sourcePath,
			sourcePath,
			frontmatter: undefined,
			addChild(child: MarkdownRenderChild): void {
				children.push(child);
				child.load();
			},
			getSectionInfo: () => null,
		} as unknown as MarkdownPostProcessorContext;
		void processor(block.source, el, ctx);
	}
	container.toggleClass("is-empty", container.childElementCount === 0);
}

/** Unloads what the container's blocks loaded (the note closed or drawn again). */
export function unloadCodeBlocks(container: HTMLElement): void {
	for (const child of loaded.get(container) ?? []) child.unload();
	loaded.delete(container);
}
