import { wordsText } from "../text/comparable-text";

/** The parts of an ET/BUT block: the author's idea or quote, where it is, ET (AND), MAIS (BUT), and the writer's own position. */
export type EtButPart = "idea" | "location" | "and" | "but" | "mine";

/** Labels read in either language, compared by their words (case, accents, bold and ` :` aside). */
const LABELS: Readonly<Record<EtButPart, readonly string[]>> = {
	idea: ["Idée de l'auteur", "Idée", "L'idée", "Citation", "Idée ou citation", "Author's idea", "Author idea", "Idea", "The idea", "Quote", "Idea or quote"],
	location: ["Page ou chapitre", "Où", "Emplacement", "Page", "Chapitre", "Location", "Where", "Page or chapter", "Chapter"],
	and: ["ET", "AND"],
	but: ["MAIS", "BUT"],
	mine: ["Mon idée", "Ma position", "Mon avis", "My idea", "My position", "My take"],
};

/** Each label's words and the part it starts, made on the first block read rather than at the plugin's start. */
let partOf: ReadonlyMap<string, EtButPart> | null = null;

function partsByWords(): ReadonlyMap<string, EtButPart> {
	if (partOf === null) {
		const parts = new Map<string, EtButPart>();
		for (const [part, labels] of Object.entries(LABELS) as [EtButPart, readonly string[]][]) for (const label of labels) parts.set(wordsText(label), part);
		partOf = parts;
	}
	return partOf;
}

/** Callout types that mark an ET/BUT block even when its labels are not ones the plugin knows. */
const BLOCK_CALLOUTS = new Set(["et-but", "et-mais", "and-but"]);

export function isBlockCallout(type: string): boolean {
	return BLOCK_CALLOUTS.has(type.trim().toLowerCase());
}

/** `**ET** : texte`, `**ET :** texte`, `ET: texte`, `- Mon idée — texte`, `#### MAIS`: the label, then what follows it. */
const LABEL_THEN_COLON = /^(?:[-*+][ \t]+)?(?:#{1,6}[ \t]+)?(?:\*\*|__|\*|_)?[ \t]*([^:：*_—–\n]{1,40}?)[ \t]*(?:\*\*|__|\*|_)?[ \t]*(?:[:：—–]|$)(?:[ \t]*(?:\*\*|__)(?=[ \t]|$))?[ \t]*(.*)$/;
/** `**ET** texte`: a bold label needs no colon. */
const BOLD_LABEL = /^(?:[-*+][ \t]+)?(?:\*\*|__)([^*_\n]{1,40})(?:\*\*|__)[ \t]*(.*)$/;

/** Words of the text before a colon, seen before: the same labels come back on every block. */
const wordsSeen = new Map<string, string>();
const WORDS_KEPT = 5_000;

function wordsOf(text: string): string {
	let words = wordsSeen.get(text);
	if (words === undefined) {
		if (wordsSeen.size >= WORDS_KEPT) wordsSeen.clear();
		words = wordsText(text);
		wordsSeen.set(text, words);
	}
	return words;
}

/** The part a line's label starts, the label as the writer typed it (`MAIS`, `But`, without its bold or colon), and the rest of the line; null for a line that starts with no label. */
export function labelOf(line: string): { part: EtButPart; label: string; rest: string } | null {
	for (const pattern of [LABEL_THEN_COLON, BOLD_LABEL]) {
		const match = pattern.exec(line.trim());
		if (!match) continue;
		const part = partsByWords().get(wordsOf(match[1] ?? ""));
		if (part !== undefined) return { part, label: (match[1] ?? "").trim(), rest: (match[2] ?? "").trim() };
	}
	return null;
}

/** Whether a heading or callout title is only the block's own name (`ET et BUT`, `AND and BUT`), not the author's idea. */
export function isBlockName(title: string): boolean {
	const words = wordsText(title);
	return words === "" || /^(?:et|and)(?: (?:et|and))? (?:but|mais)$/.test(words);
}
