import { format, type Locale } from "date-fns";
import { fromMomentPattern } from "../settings/date-pattern";

/**
 * The values of a template's variables: `{{title}}`, `{{idea}}`, `{{source}}`... A variable whose
 * value is null is known but empty (an idea without a source). A `{{name}}` that is not a key here
 * is not the plugin's and is left exactly as written, as is everything else (Templater's `<% %>`).
 */
export type TemplateValues = Readonly<Record<string, string | null>>;

/** When `{{date}}` and `{{date:FORMAT}}` are, and in which language their words are. */
export interface TemplateClock {
	now: Date;
	locale?: Locale;
	/** date-fns pattern of a bare `{{date}}`. */
	dateFormat: string;
}

const VARIABLE = /\{\{\s*([A-Za-z][\w-]*)(?::([^{}]*))?\s*\}\}/g;

/**
 * `{{date:FORMAT}}` takes a date-fns pattern (`yyyy-MM-dd`) or, as Obsidian's Templates and Daily
 * notes do, moment tokens (`YYYY-MM-DD`); null when it is neither, so the text is left as written.
 */
function formatDate(pattern: string, clock: TemplateClock): string | null {
	const options = { locale: clock.locale };
	try {
		return format(clock.now, pattern, options);
	} catch {
		const moment = fromMomentPattern(pattern);
		if (!moment.ok) return null;
		try {
			return format(clock.now, moment.pattern, options);
		} catch {
			return null;
		}
	}
}

/**
 * A template with its variables filled: each `{{name}}` of `values` becomes its value, `{{date}}`
 * today in the date format, `{{date:FORMAT}}` today in FORMAT. Everything else, unknown variables
 * and other plugins' syntax included, is kept byte for byte.
 */
export function fillTemplate(template: string, values: TemplateValues, clock: TemplateClock): string {
	return template.replace(VARIABLE, (whole: string, name: string, argument: string | undefined) => {
		if (name === "date") {
			const pattern = argument === undefined ? clock.dateFormat : argument.trim();
			return (pattern === "" ? null : formatDate(pattern, clock)) ?? whole;
		}
		if (argument !== undefined || !Object.prototype.hasOwnProperty.call(values, name)) return whole;
		return values[name] ?? "";
	});
}
