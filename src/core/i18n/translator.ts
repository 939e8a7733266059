import { en, fr, type MessageKey } from "./messages";
import type { Language } from "./language";

/** Looks up a message and fills its `{placeholders}`. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * French typography for the plugin's own words: a no-break space (U+00A0) before `:`, `;`, `!`,
 * `?` and `»` and after `«`, so that the sign never starts a line. U+00A0 rather than the narrow
 * U+202F because every font of every platform Obsidian runs on has it. Messages are written with
 * ordinary spaces; the values put into them (a title, a note name) are never touched.
 */
export function frenchTypography(template: string): string {
	return template.replace(/ ([:;!?»])/g, "\u00a0$1").replace(/« /g, "«\u00a0");
}

const frenchTable = Object.fromEntries(Object.entries(fr).map(([key, text]) => [key, frenchTypography(text)])) as Record<MessageKey, string>;

export function translator(language: Language): Translate {
	const table: Record<MessageKey, string> = language === "fr" ? frenchTable : en;
	return (key, vars) => {
		const template = table[key] ?? en[key];
		if (!vars) return template;
		return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
	};
}
