import type { Locale } from "date-fns";
import { fillTemplate, type TemplateClock } from "../templates/fill-template";
import { toYamlScalar } from "../writer/yaml-scalar";
import { createdText } from "./draft-note";
import { textWithoutProperties } from "../note/text-without-properties";

/**
 * A new strategy note: `type: strategy` and `created`, then the strategy template with its
 * `{{date}}` filled (a writer's template may use it). The template's own properties, if any, are
 * left out: the note is the plugin's shape, its text the writer's.
 *
 * @throws StudioError `error.badDateFormat` when date-fns refuses `dateFormat`.
 */
export function renderStrategyNote(template: string, created: Date, dateFormat: string, locale: Locale | undefined, clock: TemplateClock): string {
	const stamp = createdText(created, dateFormat, locale);
	const body = fillTemplate(textWithoutProperties(template).replace(/\r\n?/g, "\n"), {}, clock).trim();
	return `---\ntype: strategy\ncreated: ${toYamlScalar(stamp)}\n---\n${body}\n`;
}
