import { valueKey, type TemplateValues } from "./fill-template";

/**
 * A variable alone on its line that fills empty (no `{{selection}}`, an idea without text, a brand idea
 * without an origin story) takes its line and the blank line after it away, so the note has no hole
 * where it stood. A variable `values` does not know, and every other line, are left as written.
 */
export function withoutEmptyVariableLines(body: string, values: TemplateValues): string {
	return body.replace(/^[ \t]*\{\{\s*([A-Za-z][\w-]*)(?::([^{}]*)|\s*)\}\}[ \t]*(?:\n|$)(?:[ \t]*\n)?/gm, (line: string, name: string, argument: string | undefined) => {
		const key = valueKey(name, argument);
		if (!Object.prototype.hasOwnProperty.call(values, key)) return line;
		const value = values[key];
		return value === null || value === undefined || value === "" ? "" : line;
	});
}
