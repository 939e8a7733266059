import { wordsText } from "../text/comparable-text";
import type { EtButBlock } from "./et-but-blocks";

/** The French labels: written `**ET** : …`, with a space before the colon, as the French block template writes them; the others `**AND**: …`. */
const FRENCH_LABELS = new Set(["et", "mais"]);

/** A part of the block under the label the writer gave it, or nothing when the part is empty. */
function labelled(label: string, text: string, fallback: string): string[] {
	if (text === "") return [];
	const name = label === "" ? fallback : label;
	return ["", `**${name}**${FRENCH_LABELS.has(wordsText(name)) ? " :" : ":"} ${text}`];
}

/**
 * The details of an idea harvested from a block of a book note, for the post to come: the author's words as a
 * quote, signed with the book's author and the page or chapter (`> — Machiavel, ch. XVII`), then ET and MAIS
 * under the labels the writer typed in the block (`**MAIS** : …`, `**BUT**: …`). Without an `author`
 * (the book note has none), the quote is signed with the place alone, or not at all; with an author but no
 * quote, the signature stands on its own line. Empty parts are left out.
 */
export function harvestedIdeaDetails(block: Pick<EtButBlock, "idea" | "location" | "and" | "but" | "labels">, author: string | null): string {
	const signature = [author ?? "", block.location].filter((part) => part !== "").join(", ");
	const lines: string[] = [];
	if (block.idea !== "") lines.push(...block.idea.split("\n").map((line) => `> ${line}`), ...(signature !== "" ? [`> — ${signature}`] : []));
	else if (signature !== "") lines.push(`— ${signature}`);
	lines.push(...labelled(block.labels.and, block.and, "ET"), ...labelled(block.labels.but, block.but, "MAIS"));
	return lines.join("\n").replace(/^\n+/, "");
}
