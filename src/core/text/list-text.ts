import type { Language } from "../i18n/language";

/** Words joined as the language writes a list of them: `url, published et status`, `url, published, and status`. */
export function listText(items: readonly string[], language: Language): string {
	return new Intl.ListFormat(language, { type: "conjunction" }).format(items);
}
