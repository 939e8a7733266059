import type { Language } from "./language";

const formats = new Map<Language, Intl.NumberFormat>();

/** A rate (0.042) as the language writes a percentage, to a tenth at most: `4.2%`, `4,2 %` (with the no-break space French takes). */
export function percentText(rate: number, language: Language): string {
	let format = formats.get(language);
	if (!format) formats.set(language, (format = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 })));
	return format.format(rate);
}
