import { en, fr, type MessageKey } from "./messages";
import type { Language } from "./language";

/** Looks up a message and fills its `{placeholders}`. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
	const table: Record<MessageKey, string> = language === "fr" ? fr : en;
	return (key, vars) => {
		const template = table[key] ?? en[key];
		if (!vars) return template;
		return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
	};
}
