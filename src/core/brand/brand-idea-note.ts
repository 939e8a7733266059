import { toYamlScalar } from "../writer/yaml-scalar";
import { FRAMEWORK_PARTS, namesPart } from "./framework-parts";
import { endsOpen, hasSection } from "./note-section";
import { StudioError } from "../i18n/studio-error";
import { inertTemplaterTags } from "../templates/inert-templater-tags";

/** What a new brand-idea note is made of. */
export interface BrandIdeaNoteInput {
	/** The brand idea's name, as typed. */
	title: string;
	/** The template's text, variables filled. */
	body: string;
	/** `created`, already formatted in the writer's date format. */
	created: string;
	/** Link texts of the notes it is built on (`Expert Secrets`), in the `sources` property. */
	sources: readonly string[];
	/** Link text of the note it was built from, in `source`, or null. */
	origin: string | null;
}

const link = (text: string): string => toYamlScalar(`[[${inertTemplaterTags(text)}]]`);

/**
 * The text of a new brand-idea note: `type: brand-idea`, `created`, `source`, `sources` as links Bases and
 * Dataview read, then the template. Templater code in the name or the links is made inert: they are text.
 */
export function renderBrandIdeaNote(input: BrandIdeaNoteInput): string {
	// `title` keeps the name exactly as typed (" : ", « », quotes), which a file name cannot.
	const lines = ["---", "type: brand-idea", `title: ${toYamlScalar(inertTemplaterTags(input.title.replace(/\s*\n\s*/g, " ").trim()))}`, `created: ${toYamlScalar(input.created)}`];
	if (input.origin !== null) lines.push(`source: ${link(input.origin)}`);
	if (input.sources.length > 0) lines.push("sources:", ...input.sources.map((s) => `  - ${link(s)}`));
	lines.push("---");
	const body = input.body.replace(/^\s+/, "");
	return `${lines.join("\n")}\n${body.endsWith("\n") || body === "" ? body : `${body}\n`}`;
}

/** The template's sections (`## Heading` and what follows, up to the next `## `), each with the part it fills. */
function templateSections(template: string): { part: string | null; text: string }[] {
	const chunks = template.replace(/\r\n?/g, "\n").split(/^(?=## )/m);
	return chunks
		.filter((chunk) => chunk.startsWith("## "))
		.map((chunk) => {
			const heading = (chunk.split("\n")[0] ?? "").slice(3);
			return { part: FRAMEWORK_PARTS.find((p) => namesPart(heading, p))?.key ?? null, text: chunk.replace(/\s+$/, "") };
		});
}

/**
 * The note with the template's sections for the framework parts it lacks added at its end, every byte
 * before kept; the note itself when it has them all. Added lines take the note's line break.
 *
 * @throws StudioError `error.sectionOpenCode` when the note ends inside a code block, comment or math block never closed.
 */
export function withMissingParts(text: string, template: string): string {
	const missing = templateSections(template).filter((section) => {
		const part = FRAMEWORK_PARTS.find((p) => p.key === section.part);
		return part !== undefined && !hasSection(text, (heading) => namesPart(heading, part));
	});
	if (missing.length === 0) return text;
	if (endsOpen(text)) throw new StudioError("error.sectionOpenCode");
	const eol = /\r\n/.test(text) ? "\r\n" : "\n";
	const added = missing.map((section) => section.text.split("\n").join(eol)).join(eol + eol);
	const content = text.replace(/^\uFEFF/, "");
	const lead = content === "" ? "" : /\n\s*\n$/.test(content) ? "" : content.endsWith("\n") ? eol : eol + eol;
	return `${text}${lead}${added}${eol}`;
}
