import { scanMarkdown } from "../note/markdown-scanner";
import { textWithoutProperties } from "../note/text-without-properties";
import { comparableText } from "../text/comparable-text";

/** A heading a template gives its drafts. */
export interface TemplateHeading {
	level: number;
	/** Matches the heading's text (read with `comparableText`) as the template fills it: a `{{variable}}` in it stands for any text. */
	pattern: RegExp;
	/** Whether its text holds a variable (`# {{title}}`): it then stands for one heading of the draft only, the first it matches. */
	variable: boolean;
	/** Whether its part holds the idea's material (`{{idea}}`, `{{selection}}`) and its text no variable: notes to draw from, never part of the post. */
	material: boolean;
}

/** `## Heading` outside code and comments: its level and its text, without closing `#`s. */
export const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

const VARIABLE = /\{\{[^{}]*\}\}/g;
const MATERIAL = /\{\{\s*(?:idea|selection)\s*\}\}/;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function headingPattern(text: string): { pattern: RegExp; variable: boolean } {
	const parts = comparableText(text).split(VARIABLE);
	return { pattern: new RegExp(`^${parts.map(escapeRegExp).join(".+")}$`, "u"), variable: parts.length > 1 };
}

/**
 * The headings of a draft template, in order, with what each one's part holds: those a channel never
 * takes (the template's skeleton) and the part of the idea's material. Headings in code or comments are
 * not headings.
 */
export function templateOutline(template: string): TemplateHeading[] {
	const lines = textWithoutProperties(template).replace(/\r\n?/g, "\n").split("\n");
	const shapes = scanMarkdown(lines, { properties: false });
	const found: { level: number; text: string; line: number }[] = [];
	shapes.forEach((shape, line) => {
		if (shape.block !== null || shape.continues) return;
		const match = ATX_HEADING.exec(shape.text);
		if (match) found.push({ level: (match[1] ?? "#").length, text: match[2] ?? "", line });
	});
	return found.map((heading, index) => {
		// A heading's own words, up to the next heading: the title's part is not the whole template.
		const part = lines.slice(heading.line + 1, found[index + 1]?.line ?? lines.length).join("\n");
		const pattern = headingPattern(heading.text);
		// A heading of a variable (the title) is never the material's: a plain template puts `{{idea}}` right under its title.
		return { level: heading.level, ...pattern, material: !pattern.variable && MATERIAL.test(part) };
	});
}
