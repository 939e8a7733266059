import { StudioError } from "../i18n/studio-error";
import { scanMarkdown, type LineShape } from "../note/markdown-scanner";

/** A list item at the start of a line: `1. `, `2) `, `- `, `* `, `+ `. */
const ITEM = /^([-*+]|\d{1,3}[.)])([ \t]+|$)(.*)$/;

/** A section's lines, each with its list item when it is one: a line inside code, a comment, math, a table or a callout is no step. */
function itemLines(sectionText: string): { lines: string[]; shapes: LineShape[]; items: (RegExpExecArray | null)[] } {
	const lines = sectionText === "" ? [] : sectionText.split("\n");
	const shapes = scanMarkdown(lines, { properties: false });
	const items = lines.map((line, i) => {
		const shape = shapes[i];
		return shape && shape.block === null && !shape.inComment ? ITEM.exec(line) : null;
	});
	return { lines, shapes, items };
}

/** The named steps of a framework section: its top-level list items, as written (an empty `3. ` is an empty step). */
export function stepsOf(sectionText: string): string[] {
	return itemLines(sectionText)
		.items.filter((match): match is RegExpExecArray => match !== null)
		.map((match) => (match[3] ?? "").trim());
}

/**
 * The section's text with step `index` named `name`, its list marker and every other line kept;
 * an index past the last step adds a numbered step after it (after a comment that its line opens).
 *
 * @throws StudioError `error.sectionOpenCode` when a new step would land inside a comment never closed.
 */
export function withStep(sectionText: string, index: number, name: string): string {
	const { lines, shapes, items } = itemLines(sectionText);
	const oneLine = name.replace(/\s+/g, " ").trim();
	let seen = -1;
	let lastItem = -1;
	for (const [i, match] of items.entries()) {
		if (!match) continue;
		lastItem = i;
		if (++seen === index) {
			lines[i] = `${match[1] ?? "-"} ${oneLine}`;
			return lines.join("\n");
		}
	}
	let at = lastItem + 1;
	while (at > 0 && shapes[at - 1]?.open === true) {
		if (at === lines.length) throw new StudioError("error.sectionOpenCode");
		at++;
	}
	lines.splice(at, 0, `${seen + 2}. ${oneLine}`);
	return lines.join("\n");
}
