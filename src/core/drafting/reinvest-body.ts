import { textWithoutProperties } from "../note/text-without-properties";

/**
 * What a re-invested draft carries after its new template: a rule, a heading that links the
 * source draft (`## Repris de [[Brouillons/Mon idée — Post LinkedIn]]`), then the source draft's
 * text without its properties, every word as written. `heading` is the heading's text in the
 * writer's language with `{link}` where the link goes.
 */
export function reinvestBody(sourceDraftText: string, sourceLinkText: string, heading: string): string {
	const title = heading.replace("{link}", `[[${sourceLinkText}]]`);
	const text = textWithoutProperties(sourceDraftText).replace(/\r\n?/g, "\n").trim();
	return ["---", `## ${title}`, text].filter((part) => part !== "").join("\n\n");
}
