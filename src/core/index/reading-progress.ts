import type { Language } from "../i18n/language";
import type { IndexProgress } from "./note-index";

/** One number format a language, reused: the loading line asks a few times a second. */
const formats = new Map<Language, Intl.NumberFormat>();

/** The counts of a pass over the vault as the writer reads numbers: `1 240` and `10 000` in French, `1,240` and `10,000` in English. */
export function readingProgress(progress: IndexProgress, language: Language): { read: string; total: string } {
	let format = formats.get(language);
	if (!format) {
		format = new Intl.NumberFormat(language);
		formats.set(language, format);
	}
	return { read: format.format(progress.read), total: format.format(progress.total) };
}
