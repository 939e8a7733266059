import type { Language } from "../i18n/language";

/**
 * Words joined as the language writes a list of them: `url, published et status`, `url, published, and status`;
 * with `disjunction`, a choice among them: `#journal ou #réflexions`.
 */
export function listText(items: readonly string[], language: Language, type: "conjunction" | "disjunction" = "conjunction"): string {
	return new Intl.ListFormat(language, { type }).format(items);
}
