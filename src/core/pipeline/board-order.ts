/** How the board orders what it shows, shared by the lanes and the inbox. */
import type { Language } from "../i18n/language";

const collators = new Map<Language, Intl.Collator>();

/** One collator a language, reused: creating one costs more than sorting 2,000 titles. */
export function collatorFor(language: Language): Intl.Collator {
	let collator = collators.get(language);
	if (!collator) {
		// Numeric, so that `Idée n°2` comes before `Idée n°10`; base, so that case and accents alone do not order two titles (their paths do).
		collator = new Intl.Collator(language, { numeric: true, sensitivity: "base" });
		collators.set(language, collator);
	}
	return collator;
}

/** Newest first; cards without a date after the dated ones. */
export function byDateDescending(a: number | null, b: number | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return b - a;
}
