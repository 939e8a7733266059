import { getLanguage } from "obsidian";
import { toLanguage, type Language } from "../../core/i18n/language";

/** The language Obsidian's interface is set to, reduced to one the plugin speaks. */
export function obsidianLanguage(): Language {
	return toLanguage(getLanguage());
}
