import type { Language } from "../i18n/language";
import { comparableText } from "../text/comparable-text";

/**
 * A template the plugin ships, in both languages (markdown files bundled as text). A note in the
 * writer's templates folder named after its key or one of its names replaces it.
 */
export interface BuiltInTemplate {
	/** Stable key, also a name the writer may give their own version (`linkedin-post`). */
	key: string;
	names: Readonly<Record<Language, string>>;
	text: Readonly<Record<Language, string>>;
}

/**
 * The writer's own version of `template` among the base names of the notes of the templates
 * folder: a note named after the key or either name, ignoring case, spacing and Unicode form.
 * The name in the writer's language wins over the other one, and either over the key.
 */
export function findOverride(template: BuiltInTemplate, language: Language, baseNames: readonly string[]): string | null {
	const other: Language = language === "fr" ? "en" : "fr";
	for (const wanted of [template.names[language], template.names[other], template.key]) {
		const key = comparableText(wanted);
		const found = baseNames.find((name) => comparableText(name) === key);
		if (found !== undefined) return found;
	}
	return null;
}
