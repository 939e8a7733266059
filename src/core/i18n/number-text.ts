import type { Language } from "./language";

const formats = new Map<Language, Intl.NumberFormat>();

/** A count as the language writes it (`5,000`, `5 000`), with one formatter a language: making one takes milliseconds. */
export function numberText(value: number, language: Language): string {
	let format = formats.get(language);
	if (!format) formats.set(language, (format = new Intl.NumberFormat(language)));
	return format.format(value);
}
