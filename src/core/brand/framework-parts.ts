import { wordsText } from "../text/comparable-text";

/** A part of a brand idea's framework: a heading the writer fills, recognised in either language. */
export interface FrameworkPart {
	key: "belief" | "steps" | "origin" | "falseBeliefs" | "proof";
	/** The heading a new note gets, by language. */
	headings: { en: string; fr: string };
	/** Other spellings read as this part. */
	aliases: string[];
}

/** The parts of a framework in the spirit of *Expert Secrets*, in the order a note holds them. */
export const FRAMEWORK_PARTS: readonly FrameworkPart[] = [
	{ key: "belief", headings: { en: "Core belief", fr: "Croyance centrale" }, aliases: ["Big domino", "Grand domino"] },
	{ key: "steps", headings: { en: "Framework steps", fr: "Étapes du framework" }, aliases: ["Framework", "Steps", "Étapes"] },
	{ key: "origin", headings: { en: "Origin story", fr: "Histoire d'origine" }, aliases: ["Epiphany bridge"] },
	{ key: "falseBeliefs", headings: { en: "False beliefs", fr: "Fausses croyances" }, aliases: [] },
	{ key: "proof", headings: { en: "Proof", fr: "Preuves" }, aliases: ["Preuve"] },
];

/** Whether a heading's text names `part`, ignoring case, accents, punctuation and emoji. */
export function namesPart(headingText: string, part: FrameworkPart): boolean {
	const key = wordsText(headingText);
	return [part.headings.en, part.headings.fr, ...part.aliases].some((name) => wordsText(name) === key);
}

/** The words that name a part, for finding its section. */
export function partNames(part: FrameworkPart): string[] {
	return [part.headings.en, part.headings.fr, ...part.aliases];
}
