import { fillTemplate, type TemplateClock, type TemplateValues } from "../templates/fill-template";
import { inertTemplaterTags } from "../templates/inert-templater-tags";
import { withoutEmptyVariableLines } from "../templates/without-empty-variable-lines";
import { toYamlScalar } from "../writer/yaml-scalar";
import type { BrandIdeaContent } from "./brand-idea-content";
import { withStepBlocks } from "./step-blocks";

/** What a new product note is made of. */
export interface ProductNoteInput {
	/** The brand idea's name, as the writer wrote it (`title`, else its file name). */
	title: string;
	/** The product's stored key (`talk`), in the `product` property. */
	productKey: string;
	/** Link text of the brand idea, as Obsidian would write it from the product note, in `brand-idea`. */
	brandLink: string;
	/** `created`, already formatted in the writer's date format. */
	created: string;
	/** Link text of the source or idea the product was made from (dropped on its column, its menu), in `source`; null for none. */
	origin: string | null;
	/** The product's template as the writer or the plugin wrote it, variables not yet filled. */
	template: string;
	/** The brand idea's core belief, steps and origin story. */
	content: BrandIdeaContent;
	/** Link texts of the notes the brand idea is built on, in `{{sources}}`. */
	sources: readonly string[];
}

// `{{step:N}}`: the argument is read as fill-template reads it, trimmed.
const STEP_VARIABLE = /\{\{\s*step:([^{}]*)\}\}/g;

/** `1. Lire`, `2. Écrire`...: the steps as a numbered list, an empty step's number kept. */
function numbered(steps: readonly string[]): string {
	return steps.map((step, i) => `${i + 1}. ${step}`.trimEnd()).join("\n");
}

/**
 * The values of a product template's variables: `{{title}}`, `{{belief}}`, `{{steps}}` (a numbered list),
 * `{{story}}`, `{{sources}}` (a list of links), and every `{{step:N}}` the template holds (the Nth step's
 * name; empty past the last step; `{{step:0}}` is none). A part the brand idea has not written fills empty.
 */
function productValues(template: string, input: ProductNoteInput): TemplateValues {
	const { belief, steps, story } = input.content;
	const orNull = (text: string): string | null => (text.trim() === "" ? null : text);
	const values: Record<string, string | null> = {
		title: input.title,
		belief: orNull(belief),
		steps: steps.length === 0 ? null : numbered(steps),
		story: orNull(story),
		sources: input.sources.length === 0 ? null : input.sources.map((target) => `- [[${target}]]`).join("\n"),
	};
	for (const [, argument = ""] of template.matchAll(STEP_VARIABLE)) {
		const n = argument.trim();
		if (/^\d+$/.test(n) && Number(n) > 0) values[`step:${n}`] = orNull(steps[Number(n) - 1] ?? "");
	}
	return values;
}

/**
 * The body of a product note: its template shaped by the brand idea (a `{{#steps}}…{{/steps}}` block once
 * per step, see {@link withStepBlocks}) and filled with it. A variable alone on its line that fills empty
 * takes its line away; the template's guidance stays. The brand idea's words are text: Templater code in
 * them is made inert.
 */
export function productBody(input: ProductNoteInput, clock: TemplateClock): string {
	const template = withStepBlocks(input.template.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, ""), input.content.steps);
	const values = productValues(template, input);
	return fillTemplate(withoutEmptyVariableLines(template, values), values, clock).replace(/^\n+/, "").trimEnd();
}

/**
 * The full text of a new product note, LF line endings:
 *
 * ```
 * ---
 * type: product
 * product: talk
 * brand-idea:
 *   - "[[Penser une fois]]"
 * created: 2024-03-01
 * source: "[[Expert Secrets]]"
 * ---
 * (the filled template)
 * ```
 *
 * `source` only when the product was made from a source or an idea. `brand-idea` is a list, as on an idea note tied to
 * brand ideas: Obsidian gives a property one type in the whole vault, and a text where it expects a list is flagged.
 */
export function renderProductNote(input: ProductNoteInput, clock: TemplateClock): string {
	const link = (text: string): string => toYamlScalar(`[[${inertTemplaterTags(text)}]]`);
	const lines = ["---", "type: product", `product: ${toYamlScalar(input.productKey)}`, "brand-idea:", `  - ${link(input.brandLink)}`, `created: ${toYamlScalar(input.created)}`];
	if (input.origin !== null) lines.push(`source: ${link(input.origin)}`);
	lines.push("---");
	const body = productBody(input, clock);
	return `${lines.join("\n")}\n${body === "" ? "" : `${body}\n`}`;
}
