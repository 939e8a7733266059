import { format, type Locale } from "date-fns";
import { fromMomentPattern } from "../settings/date-pattern";
import { inertTemplaterTags, TEMPLATER_JOINER } from "./inert-templater-tags";

/** A value that is itself a template of the writer's (the ET/BUT block put in a book note): its Templater code is kept. */
export interface TemplateText {
	readonly templateText: string;
}

/** Marks `text` as a template of the writer's, to be written as it is (see {@link TemplateValues}). */
export function templateText(text: string): TemplateText {
	return { templateText: text };
}

/**
 * The values of a template's variables: `{{title}}`, `{{idea}}`, `{{source}}`... A key may carry an
 * argument: `step:2` fills `{{step:2}}`. A variable whose value is null is known but empty (an idea
 * without a source). A `{{name}}` that is not a key here
 * is not the plugin's and is left exactly as written, as is everything else (Templater's `<% %>`).
 * A value is the writer's words from elsewhere (an idea, a source, a selection): Templater code in
 * it is made inert ({@link inertTemplaterTags}); a {@link TemplateText} is written as it is.
 */
export type TemplateValues = Readonly<Record<string, string | TemplateText | null>>;

/** When `{{date}}` and `{{date:FORMAT}}` are, and in which language their words are. */
export interface TemplateClock {
	now: Date;
	locale?: Locale;
	/** date-fns pattern of a bare `{{date}}`. */
	dateFormat: string;
}

// `{{name}}`, `{{ name }}` or `{{name:argument}}`, read where a `{{` stands: the argument runs to the closing
// braces and is trimmed later, so that a run of blanks after an argument that never closes is read once.
const VARIABLE = /\{\{\s*([A-Za-z][\w-]*)(?::([^{}]*)|\s*)\}\}/y;

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

/** The key of `values` a `{{name}}` or `{{name:argument}}` reads: `name`, or `name:argument` (`step:2`). */
export function valueKey(name: string, argument: string | undefined): string {
	return argument === undefined ? name : `${name}:${argument.trim()}`;
}

/** What one `{{...}}` is filled with: the text to write (a copied value already made inert), or null when it stays as written. */
interface Filling {
	text: string;
	/** Whether the text is the writer's words from elsewhere, rather than the template's or the clock's. */
	copied: boolean;
}

function filling(whole: string, name: string, argument: string | undefined, values: TemplateValues, clock: TemplateClock): Filling | null {
	if (name === "date") {
		const pattern = argument === undefined ? clock.dateFormat : argument.trim();
		const date = pattern === "" ? null : formatDate(pattern, clock);
		return date === null ? null : { text: date, copied: false };
	}
	const key = valueKey(name, argument);
	if (!Object.prototype.hasOwnProperty.call(values, key)) return null;
	const value = values[key] ?? "";
	return typeof value === "string" ? { text: inertTemplaterTags(value), copied: true } : { text: value.templateText, copied: false };
}

/**
 * A template with its variables filled: each `{{name}}` of `values` becomes its value, `{{date}}`
 * today in the date format, `{{date:FORMAT}}` today in FORMAT. Everything else, unknown variables
 * and other plugins' syntax included, is kept byte for byte. Templater code copied in by a value is
 * made inert, as is a `<%` that a value would make with the text beside it (`<` then `{{title}}`
 * holding `%*...`): a note created with Templater's "trigger on new file" runs only the template's own.
 */
export function fillTemplate(template: string, values: TemplateValues, clock: TemplateClock): string {
	// Each distinct `{{...}}` is worked out once, however often the template holds it.
	const fillings = new Map<string, Filling | null>();
	let out = "";
	let last = 0;
	let lastCopied = false;
	const write = (text: string, copied: boolean): void => {
		if (text === "") return;
		if ((copied || lastCopied) && text.startsWith("%") && out.endsWith("<")) out += TEMPLATER_JOINER;
		out += text;
		lastCopied = copied;
	};
	// Text is cut only where a variable is filled: a template of megabytes with nothing to fill is one piece.
	for (let at = template.indexOf("{{"); at !== -1; ) {
		VARIABLE.lastIndex = at;
		const match = VARIABLE.exec(template);
		if (match === null) {
			at = template.indexOf("{{", at + 1);
			continue;
		}
		const whole = match[0];
		let filled = fillings.get(whole);
		if (filled === undefined) {
			filled = filling(whole, match[1] ?? "", match[2], values, clock);
			fillings.set(whole, filled);
		}
		if (filled !== null) {
			write(template.slice(last, at), false);
			write(filled.text, filled.copied);
			last = at + whole.length;
		}
		at = template.indexOf("{{", at + whole.length);
	}
	write(template.slice(last), false);
	return out;
}
