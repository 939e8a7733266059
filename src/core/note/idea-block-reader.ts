import type { IdeaItem } from "./note-record";
import type { BlockText, ItemBlock, ParagraphBlock, SectionBlock } from "./section-block";
import { firstSentenceEnd, withoutClosingColon } from "./idea-title";
import { hasInlineMarkup } from "./plain-blocks";
import { inlinePlain } from "./remark-blocks";
import { MAX_DETAILS_CHARS } from "./idea-section-guard";

/** A part of an idea section that could not be read whole, for the note's warnings. */
export interface GuardedPart {
	heading: string;
	/** Nested too deep, one block too large, or an idea's details too large to keep whole. */
	reason: "deep" | "large" | "details";
	size: number;
}

/** A task's checkbox, of any status (`[ ]`, `[x]`, `[-]`, `[>]`...), after the item's marker. */
const TASK = /^\[.\](?:[ \t]|$)/;
/** Templater's and the core Templates plugin's syntax: text to be filled, never the writer's idea. */
const TEMPLATE = /<%|\{\{/;
const ITEM_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

function clean(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** A line without `columns` columns of its indentation (a tab reaches the next multiple of four). */
function outdent(line: string, columns: number): string {
	let width = 0;
	let i = 0;
	while (i < line.length && width < columns && (line[i] === " " || line[i] === "\t")) {
		width = line[i] === "\t" ? width + 4 - (width % 4) : width + 1;
		i++;
	}
	return line.slice(i);
}

function indentOf(line: string): number {
	return line.length - line.trimStart().length;
}

/** Whether an item (its first line as typed) is a task. */
function isTask(firstLine: string): boolean {
	const marker = ITEM_MARKER.exec(firstLine);
	return marker !== null && TASK.test(firstLine.slice(marker[0].length));
}

function isTemplate(item: ItemBlock): boolean {
	return TEMPLATE.test(item.words?.text ?? item.lines[0] ?? "");
}

/** An idea's title and the rest of its paragraph, from the paragraph's words. */
function titleOf(words: BlockText): { title: string; rest: string[] } {
	const end = firstSentenceEnd(words.text);
	const first = end ? words.text.slice(0, end.end) : words.text;
	const plain = end === null ? (words.plain ?? first) : hasInlineMarkup(first) ? inlinePlain(first) : first;
	const rest = end ? words.source.slice(end.next).split("\n") : [];
	return { title: withoutClosingColon(clean(plain)), rest };
}

/** An idea's details as they are gathered, up to {@link MAX_DETAILS_CHARS}: blank lines, tasks and template lines left out. */
class Details {
	readonly lines: string[] = [];
	private size = 0;
	/** Characters left out past the limit. */
	dropped = 0;
	/** Indentation under which lines belong to a task or template item left out; -1 when none. */
	private skipping = -1;

	add(lines: Iterable<string>): void {
		for (const line of lines) {
			if (line.trim() === "") continue;
			const indent = indentOf(line);
			if (this.skipping >= 0 && indent > this.skipping) continue;
			this.skipping = -1;
			const marker = ITEM_MARKER.exec(line);
			if ((marker && TASK.test(line.slice(marker[0].length))) || TEMPLATE.test(line)) {
				if (marker) this.skipping = indent;
				continue;
			}
			if (this.dropped > 0 || this.size + line.length + 1 > MAX_DETAILS_CHARS) {
				this.dropped += line.length + 1;
				continue;
			}
			this.lines.push(line);
			this.size += line.length + 1;
		}
	}
}

/** A paragraph whose points may follow: an idea, or (without one) a paragraph that takes its list away from the ideas. */
interface Open {
	idea: IdeaItem | null;
	details: Details;
	items: number;
	points: number;
}

/**
 * Turns the blocks of one idea section, given in order, into ideas: a paragraph, with the list that
 * follows it as its points, or an item of a list that no paragraph introduces, with its nested items
 * as details. Tasks, template syntax and what the blocks say is no paragraph (quotes, code, tables...)
 * are never ideas; a paragraph whose list holds only tasks introduces tasks, not an idea.
 */
export class IdeaBlockReader {
	readonly ideas: IdeaItem[] = [];
	readonly guarded: GuardedPart[] = [];
	private open: Open | null = null;

	/** `heading`: the section's heading, for warnings; `firstLine`: the note's line of the section's first line. */
	constructor(
		private readonly heading: string,
		private readonly firstLine: number,
	) {}

	add(block: SectionBlock): void {
		if (block.kind === "item") {
			if (this.open) this.point(this.open, block);
			else this.item(block);
			return;
		}
		this.close();
		if (block.kind === "paragraph") this.open = this.paragraph(block);
	}

	/** Ends the section: the last paragraph's idea is given. */
	end(): void {
		this.close();
	}

	private paragraph(block: ParagraphBlock): Open {
		const open: Open = { idea: null, details: new Details(), items: 0, points: 0 };
		if (block.unread) this.guarded.push({ heading: this.heading, ...block.unread });
		if (!block.words || TEMPLATE.test(block.words.text)) return open;
		const { title, rest } = titleOf(block.words);
		if (title === "") return open;
		open.details.add(rest);
		open.idea = { title, details: [], line: this.firstLine + block.line };
		return open;
	}

	private point(open: Open, item: ItemBlock): void {
		open.items++;
		if (open.idea === null || isTask(item.lines[0] ?? "") || isTemplate(item)) return;
		open.points++;
		open.details.add(item.lines);
	}

	private item(item: ItemBlock): void {
		if (isTask(item.lines[0] ?? "") || isTemplate(item)) return;
		if (!item.words) {
			if (item.unread) this.guarded.push({ heading: this.heading, ...item.unread });
			return;
		}
		const { title, rest } = titleOf(item.words);
		if (title === "") return;
		const details = new Details();
		details.add(rest);
		details.add(item.lines.slice(item.headLines).map((line) => outdent(line, item.indent)));
		this.give({ title, details: [], line: this.firstLine + item.line }, details);
	}

	private close(): void {
		const open = this.open;
		this.open = null;
		// A paragraph whose list holds only tasks (or template lines) introduces them: it is no idea.
		if (open?.idea && (open.items === 0 || open.points > 0)) this.give(open.idea, open.details);
	}

	private give(idea: IdeaItem, details: Details): void {
		idea.details = details.lines;
		if (details.dropped > 0) this.guarded.push({ heading: this.heading, reason: "details", size: details.dropped });
		this.ideas.push(idea);
	}
}
