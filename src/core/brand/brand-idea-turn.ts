import { StudioError } from "../i18n/studio-error";
import { noteType, propertyOf } from "../note/property-of";
import { findEntry } from "../writer/frontmatter-entries";
import type { YamlParser } from "../writer/frontmatter-guard";
import { readFrontmatter } from "../writer/read-frontmatter";
import { setFrontmatterProperty } from "../writer/set-frontmatter-property";
import { withMissingParts } from "./brand-idea-note";
import { FRAMEWORK_PARTS, namesPart } from "./framework-parts";
import { sectionText } from "./note-section";

/** What turning a note into a brand idea makes of it: its new text and the headings added, or the other type it has. */
export type BrandIdeaTurn = { kind: "turned"; after: string; added: number } | { kind: "otherType"; type: string };

/**
 * A note made a brand idea in one edit: `type: brand-idea` when it has no type (absent, empty), and
 * the template's sections for the framework parts it lacks at its end; every other byte kept. A note
 * whose type is another text is left as it is. The type is read from the text itself, not from an index
 * that may be late.
 *
 * @throws FrontmatterEditError when the properties cannot be read for sure (see {@link readFrontmatter});
 *   StudioError `error.typeNotText` when `type` holds a list, a number, true or false, or nested
 *   properties, which the edit would replace; `error.sectionOpenCode` from {@link withMissingParts}.
 */
export function brandIdeaTurn(text: string, template: string, parse: YamlParser): BrandIdeaTurn {
	const { properties, entries } = readFrontmatter(text, parse);
	const type = noteType(properties);
	if (type !== null && type !== "brand-idea") return { kind: "otherType", type };
	let typed = text;
	if (type === null) {
		const value = propertyOf(properties, "type");
		const empty = value === undefined || value === null || (typeof value === "string" && value.trim() === "");
		if (!empty) throw new StudioError("error.typeNotText", { line: (findEntry(entries, "type")?.line ?? 0) + 1 });
		typed = setFrontmatterProperty(text, "type", "brand-idea", parse).after;
	}
	const added = FRAMEWORK_PARTS.filter((part) => sectionText(text, (heading) => namesPart(heading, part)) === null).length;
	return { kind: "turned", after: withMissingParts(typed, template), added };
}
