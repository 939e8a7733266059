import { englishMessages } from "./en";
import { frenchMessages } from "./fr";
import type { Language } from "./language";

/** The key of a message: every key the English table has, and the French one too. */
export type MessageKey = keyof ReturnType<typeof englishMessages>;

const built: Partial<Record<Language, Readonly<Record<MessageKey, string>>>> = {};

/**
 * A language's messages, its table built on first use and kept: at start-up only the language in use is built,
 * the other one's text stays in a function that is never run.
 */
export function messages(language: Language): Readonly<Record<MessageKey, string>> {
	const table = built[language] ?? (language === "fr" ? frenchMessages() : englishMessages());
	built[language] = table;
	return table;
}
