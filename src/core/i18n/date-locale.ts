import { enUS, fr, type Locale } from "date-fns/locale";
import type { Language } from "./language";

/** The date-fns locale that matches the plugin's language. */
export function dateLocale(language: Language): Locale {
	return language === "fr" ? fr : enUS;
}
