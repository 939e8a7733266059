import type { TemplateValues } from "../templates/fill-template";
import { textWithoutProperties } from "../note/text-without-properties";

/** What a draft's template is filled from. */
export interface DraftSource {
	/** The idea's own words (its `title` property, else its file name). */
	ideaText: string;
	/** The idea note's whole text; its properties are left out. */
	ideaNoteText: string;
	/** Link text of the idea's source note, or null when it has none. */
	sourceLinkText: string | null;
	formatName: string;
	channel: string;
	/** The editor's selection when drafting from an editor, else empty. */
	selection: string;
}

/**
 * The values of a draft template's variables: `{{title}}` the idea's own words, `{{idea}}` the
 * idea note's text without properties, `{{source}}` a link to the idea's source (empty without
 * one), `{{format}}` the format's name in the writer's language, `{{channel}}`, `{{selection}}`.
 * `{{date}}` is the clock's.
 */
export function draftValues(source: DraftSource): TemplateValues {
	return {
		title: source.ideaText,
		idea: textWithoutProperties(source.ideaNoteText).replace(/\r\n?/g, "\n").trim(),
		source: source.sourceLinkText === null ? null : `[[${source.sourceLinkText}]]`,
		format: source.formatName,
		channel: source.channel,
		selection: source.selection,
	};
}
