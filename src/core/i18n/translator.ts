import { messages, type MessageKey } from "./messages";
import type { Language } from "./language";
import { numberText } from "./number-text";

/** Looks up a message and fills its `{placeholders}`, its counts (`{name, number}`) and its `{name, plural, one {…} other {…}}` forms. */
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

/** French messages with their typography, each made the first time it is shown. */
const frenchTyped = new Map<MessageKey, string>();

function frenchTemplate(key: MessageKey): string {
	let typed = frenchTyped.get(key);
	if (typed === undefined) {
		const french = messages("fr")[key] as string | undefined;
		typed = french === undefined ? messages("en")[key] : frenchTypography(french);
		frenchTyped.set(key, typed);
	}
	return typed;
}

/** A form of a plural: text and `{placeholders}`, no other brace. */
const FORM = String.raw`((?:[^{}]|\{\w+(?:, number)?\})*)`;

/**
 * The one way a message counts: `{count, plural, one {# idea} other {# ideas}}`, as ICU writes it. The
 * language's plural rules (Intl.PluralRules) pick the form for the number `count` holds: French says
 * « 0 idée, 1 idée, 2 idées », English "0 ideas, 1 idea, 2 ideas". `#` is that number as the language
 * writes it (`1 000`, `1,000`). A category the message has no form for (French `many`) takes `other`.
 */
const PLURAL = new RegExp(String.raw`\{(\w+), plural, one \{${FORM}\} other \{${FORM}\}\}`, "g");

/** `{count, number}`: a count, written as the language writes numbers (`1 000`, `1,000`), with no word that agrees with it. */
const NUMBER = /\{(\w+), number\}/g;

/** A placeholder, with the quotation marks the message puts around it, if any. */
const PLACEHOLDER = /([«“"]\u00a0?)?\{(\w+)\}(\u00a0?[»”"])?/g;

const CLOSING: Readonly<Record<string, string>> = { "«": "»", "“": "”", '"': '"', "‘": "’", "„": "“" };

/**
 * A value that already carries its quotation marks (a title written `« Penser une fois »`, or one cut
 * by a Notice before its closing mark: `« Penser une fois, répliquer…`), without them: the message
 * quotes it once. A value quoted only in part (`« Penser » et « répliquer »`) is kept as it is.
 */
export function withoutOwnQuotes(value: string): string {
	const text = value.trim();
	const close = CLOSING[text.charAt(0)];
	if (close === undefined) return value;
	const rest = text.slice(1);
	const at = rest.indexOf(close);
	const inner = at === -1 ? rest : at === rest.length - 1 ? rest.slice(0, -1) : null;
	return inner === null || inner.trim() === "" ? value : inner.trim();
}

/** The number a value holds: a number, or a count already written out (`1 000`, `1,000`). */
function countOf(value: string | number): number {
	if (typeof value === "number") return value;
	const digits = value.replace(/[\s,]/g, "");
	return digits === "" ? Number.NaN : Number(digits);
}

export function translator(language: Language): Translate {
	const template = language === "fr" ? frenchTemplate : (key: MessageKey): string => messages("en")[key];
	const rules = new Intl.PluralRules(language);
	const written = (value: string | number): string => (typeof value === "number" ? numberText(value, language) : value);
	return (key, vars) => {
		const text = template(key);
		if (!vars) return text;
		const counted = text.replace(PLURAL, (whole, name: string, one: string, other: string) => {
			const value = vars[name];
			if (value === undefined) return whole;
			const n = countOf(value);
			const form = Number.isFinite(n) && rules.select(n) === "one" ? one : other;
			return form.replace(/#/g, written(value));
		});
		const numbered = counted.replace(NUMBER, (whole, name: string) => {
			const value = vars[name];
			return value === undefined ? whole : written(value);
		});
		return numbered.replace(PLACEHOLDER, (whole, open: string | undefined, name: string, close: string | undefined) => {
			if (!(name in vars)) return whole;
			const value = String(vars[name]);
			return open !== undefined && close !== undefined ? `${open}${withoutOwnQuotes(value)}${close}` : `${open ?? ""}${value}${close ?? ""}`;
		});
	};
}
