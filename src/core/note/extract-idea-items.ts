import { unified } from "unified";
import remarkParse from "remark-parse";
import { toString } from "mdast-util-to-string";
import type { ListItem, Root, RootContent } from "mdast";
import type { SourceHeading } from "../index/note-source";

/** Idea sections larger than this are skipped with a warning: remark on megabytes would freeze the app. */
export const MAX_IDEA_SECTION_CHARS = 256 * 1024;

const parser = unified().use(remarkParse);

/** What was found under the idea-section headings of one note. */
export interface IdeaItemsResult {
	items: string[];
	/** Headings of sections too large to read, with their size in characters. */
	skipped: { heading: string; size: number }[];
}

/** Heading text compared as the writer sees it: case, spacing and accents composition ignored. */
export function headingKey(text: string): string {
	return text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

function itemText(item: ListItem): string {
	// An item's nested lists are details of that idea, not the idea itself.
	const own = item.children.filter((child) => child.type !== "list");
	const text = own.map((child) => toString(child)).join(" ").replace(/\s+/g, " ").trim();
	// Without the GFM extension a task's checkbox is text; the idea is what follows it.
	return text.replace(/^\[[ xX]\]\s+/, "");
}

function topLevelItems(root: Root): string[] {
	const items: string[] = [];
	const visit = (nodes: RootContent[]): void => {
		for (const node of nodes) {
			if (node.type === "list") {
				for (const item of node.children) {
					const text = itemText(item);
					if (text !== "") items.push(text);
				}
			} else if (node.type === "blockquote") {
				visit(node.children);
			}
		}
	};
	visit(root.children);
	return items;
}

/**
 * Plain text of the list items under the idea-section headings. Only the lines of those sections
 * are given to remark (a section runs to the next heading of the same or a higher level), so a long
 * note costs no more than its idea sections. `lines` are the note's lines; headings come from the
 * metadata cache, with 0-based line numbers.
 */
export function extractIdeaItems(lines: readonly string[], headings: readonly SourceHeading[], ideaHeadings: readonly string[]): IdeaItemsResult {
	const wanted = new Set(ideaHeadings.map(headingKey));
	const result: IdeaItemsResult = { items: [], skipped: [] };
	headings.forEach((heading, index) => {
		if (!wanted.has(headingKey(heading.heading))) return;
		let end = lines.length;
		for (const next of headings.slice(index + 1)) {
			if (next.level <= heading.level) {
				end = next.line;
				break;
			}
		}
		const section = lines.slice(heading.line + 1, end).join("\n");
		if (section.length > MAX_IDEA_SECTION_CHARS) {
			result.skipped.push({ heading: heading.heading, size: section.length });
			return;
		}
		result.items.push(...topLevelItems(parser.parse(section)));
	});
	return result;
}
