import { format, type Locale } from "date-fns";
import { fillTemplate, type TemplateClock, type TemplateValues } from "../templates/fill-template";
import type { Line } from "../writer/frontmatter-block";
import { readEntries } from "../writer/frontmatter-entries";
import { inertTemplaterTags } from "../templates/inert-templater-tags";
import { splitProperties } from "../note/text-without-properties";
import { toYamlScalar } from "../writer/yaml-scalar";
import { StudioError } from "../i18n/studio-error";
import { withoutEmptyVariableLines } from "../templates/without-empty-variable-lines";
import { PLANNED_KEY } from "./planned-date";

/** What a new draft note is made of. */
export interface DraftNoteInput {
	/** Link text of the idea note, as Obsidian would write a link to it from the draft (`Idées/Mon idée`). */
	ideaLinkText: string;
	/** The format's stored key (`linkedin-post`). */
	formatKey: string;
	channel: string;
	created: Date;
	/** date-fns pattern of `created` (the `dateFormat` setting). */
	dateFormat: string;
	locale?: Locale;
	/** Link text of the draft this one re-invests, or null for a first draft. */
	reinvestedFrom: string | null;
	/** The template as the writer or the plugin wrote it, variables not yet filled. */
	template: string;
	values: TemplateValues;
	/** Text put after the filled template (the source draft's, when re-investing). */
	after?: string;
	/** When it is to be published (`2026-12-08`, a calendar slot), or nothing. */
	planned?: string | null;
}

/** The properties a draft always has, written by the plugin; a template's own value for one of them is dropped. */
export const DRAFT_PROPERTY_KEYS: readonly string[] = ["type", "idea", "format", "channel", "status", "created", "reinvested-from"];

/** `key: {{variable}}` alone on a line of a template's properties: the filled value is written as a YAML scalar. */
const WHOLE_VALUE = /^([^\s#][^:]*:[ \t]+)(\{\{[^{}]*\}\})[ \t]*$/;

/** `created` in the writer's date format; a pattern date-fns refuses is said in the writer's language. */
export function createdText(created: Date, dateFormat: string, locale: Locale | undefined): string {
	try {
		return format(created, dateFormat, { locale });
	} catch {
		throw new StudioError("error.badDateFormat", { format: dateFormat });
	}
}

/** A template cut into its own properties' lines (none when it has no block), the draft's own keys (`keys`) left out, and its body. */
function splitTemplate(template: string, keys: readonly string[]): { properties: Line[]; body: string } {
	const text = template.startsWith("\uFEFF") ? template.slice(1) : template;
	try {
		const split = splitProperties(text);
		const closing = split?.head.closing ?? null;
		if (split === null || closing === null) return { properties: [], body: text };
		const lines = split.head.lines;
		const dropped = new Set(readEntries(lines, 1, closing).filter((entry) => keys.includes(entry.key)).flatMap((entry) => range(entry.line, entry.lastValueLine)));
		return { properties: lines.slice(1, closing).filter((_, i) => !dropped.has(i + 1)), body: split.body };
	} catch {
		// Properties whose entries cannot be told apart for sure: the whole of it is text.
		return { properties: [], body: text };
	}
}

function range(from: number, to: number): number[] {
	const out: number[] = [];
	for (let i = from; i <= to; i++) out.push(i);
	return out;
}

/** A template's property line with a whole-value variable filled and quoted for YAML where needed; any other line as written. */
function fillPropertyLine(line: Line, values: TemplateValues, clock: TemplateClock): string {
	const match = WHOLE_VALUE.exec(line.text);
	if (!match) return line.text;
	const variable = match[2] ?? "";
	const filled = fillTemplate(variable, values, clock);
	return filled === variable ? line.text : `${match[1] ?? ""}${toYamlScalar(filled)}`;
}

function filledBody(body: string, values: TemplateValues, clock: TemplateClock): string {
	return fillTemplate(withoutEmptyVariableLines(body, values), values, clock).replace(/^\n+/, "").trimEnd();
}

/**
 * The text a fresh draft gets from `template`, after its properties: the template's own properties left
 * out, its variables filled, LF line endings. What a re-invest compares the source draft with, to carry
 * only what the writer wrote there.
 */
export function draftBody(template: string, values: TemplateValues, clock: TemplateClock): string {
	return filledBody(splitTemplate(template.replace(/\r\n?/g, "\n"), DRAFT_PROPERTY_KEYS).body, values, clock);
}

/**
 * The full text of a new draft note, with LF line endings:
 *
 * ```
 * ---
 * type: draft
 * idea: "[[Idées/Mon idée]]"
 * format: linkedin-post
 * channel: LinkedIn
 * status: draft
 * created: 2024-03-01T10:00
 * ---
 * (the filled template)
 * ```
 *
 * `reinvested-from` follows `created` for a re-invested draft, `planned` follows `status` for a draft made
 * for a day of the calendar. A template that starts with
 * properties of its own keeps them after the draft's, as written (comments too), except the
 * draft's own keys above, whose values the plugin writes (the board and the stats read them); a
 * property whose whole value is one variable (`date: {{date}}`) gets it filled and quoted for
 * YAML where needed; any other text there is left as written.
 *
 * @throws StudioError `error.badDateFormat` when date-fns refuses `dateFormat`.
 */
export function renderDraftNote(input: DraftNoteInput, clock: TemplateClock): string {
	const lines = [
		"---",
		"type: draft",
		`idea: ${toYamlScalar(`[[${inertTemplaterTags(input.ideaLinkText)}]]`)}`,
		`format: ${toYamlScalar(input.formatKey)}`,
		`channel: ${toYamlScalar(input.channel)}`,
		"status: draft",
	];
	const planned = input.planned ?? null;
	if (planned !== null) lines.push(`${PLANNED_KEY}: ${toYamlScalar(planned)}`);
	lines.push(`created: ${toYamlScalar(createdText(input.created, input.dateFormat, input.locale))}`);
	if (input.reinvestedFrom !== null) lines.push(`reinvested-from: ${toYamlScalar(`[[${input.reinvestedFrom}]]`)}`);
	const template = splitTemplate(input.template.replace(/\r\n?/g, "\n"), planned === null ? DRAFT_PROPERTY_KEYS : [...DRAFT_PROPERTY_KEYS, PLANNED_KEY]);
	lines.push(...template.properties.map((line) => fillPropertyLine(line, input.values, clock)), "---");
	const body = filledBody(template.body, input.values, clock);
	const after = inertTemplaterTags((input.after ?? "").trim());
	const parts = [body, after].filter((part) => part !== "");
	return `${lines.join("\n")}\n${parts.join("\n\n")}\n`;
}
