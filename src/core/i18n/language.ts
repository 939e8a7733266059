/** The languages the plugin speaks. Any other Obsidian language falls back to English. */
export type Language = "en" | "fr";

/** Maps Obsidian's language code (`fr`, `en-GB`, `zh-TW`...) to one the plugin speaks. */
export function toLanguage(code: string | null | undefined): Language {
	return typeof code === "string" && code.toLowerCase().startsWith("fr") ? "fr" : "en";
}
