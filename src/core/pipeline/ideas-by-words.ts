import { comparableText } from "../text/comparable-text";

/** An idea note as the duplicate check knows it: where it is, and its words as written. */
export interface WordedIdea {
	path: string;
	text: string;
}

/**
 * Finds the idea note whose words are those of a text, compared as the plugin compares words ({@link comparableText}:
 * case, spacing and Unicode form aside): capturing or promoting that text would make a second note of the same idea.
 * Made once for a batch; the first idea with those words answers.
 */
export function ideasByWords<T extends WordedIdea>(ideas: readonly T[]): (text: string) => T | null {
	const byWords = new Map<string, T>();
	for (const idea of ideas) {
		const words = comparableText(idea.text);
		if (words !== "" && !byWords.has(words)) byWords.set(words, idea);
	}
	return (text) => byWords.get(comparableText(text)) ?? null;
}
