import { writtenText } from "./written-text";

/**
 * What a re-invested draft carries after its new template: a rule, a heading that links the
 * source draft (`## Repris de [[Brouillons/Mon idée — Post LinkedIn]]`), then what the writer
 * wrote in the source draft, every word as written: its template's guidance and the headings it
 * left empty stay behind (see {@link writtenText}). `heading` is the heading's text in the
 * writer's language with `{link}` where the link goes; `sourceTemplate` is the source draft's
 * template filled as it was for that draft, or null when it is not known.
 */
export function reinvestBody(sourceDraftText: string, sourceLinkText: string, heading: string, sourceTemplate: string | null = null): string {
	const title = heading.replace("{link}", `[[${sourceLinkText}]]`);
	return ["---", `## ${title}`, writtenText(sourceDraftText, sourceTemplate)].filter((part) => part !== "").join("\n\n");
}
