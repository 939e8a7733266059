import { en, fr, type MessageKey } from "./messages";
import type { Language } from "./language";

/** Looks up a message and fills its `{placeholders}`; with a `count`, the singular form when the language takes one. */
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

/**
 * The message for `count` things: `key` followed by `One` (`reading.filledOne`) when the language
 * says `count` takes the singular and the table has such a message, else `key`. French says
 * « 0 idée », English "0 ideas": Intl.PluralRules knows which.
 */
function pluralKey(key: MessageKey, count: string | number | undefined, rules: Intl.PluralRules, table: Record<MessageKey, string>): MessageKey {
	if (count === undefined || key.endsWith("One")) return key;
	const n = typeof count === "number" ? count : Number(count);
	if (!Number.isFinite(n) || rules.select(n) !== "one") return key;
	const one = `${key}One`;
	return one in table ? (one as MessageKey) : key;
}

export function translator(language: Language): Translate {
	const table: Record<MessageKey, string> = language === "fr" ? frenchTable : en;
	const rules = new Intl.PluralRules(language);
	return (key, vars) => {
		const chosen = pluralKey(key, vars?.["count"], rules, table);
		const template = table[chosen] ?? en[chosen];
		if (!vars) return template;
		return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
	};
}
