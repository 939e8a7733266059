/**
 * The character put between `<` and `%` so that Templater does not read a tag: U+2060 WORD JOINER.
 * It has no width and no glyph, reads and copies as the same words, and unlike U+200B the editor
 * does not mark it as a stray character (CodeMirror highlights U+200B by default).
 * https://silentvoid13.github.io/Templater/commands/overview.html
 */
export const TEMPLATER_JOINER = "\u2060";

/**
 * `text` with every Templater tag opening (`<%`, `<%*`, `<%-`...) made inert by {@link TEMPLATER_JOINER}:
 * for the writer's words copied into a new note (an idea, a source, a selection, a carried draft),
 * which Templater's "trigger on new file" would otherwise run as code.
 */
export function inertTemplaterTags(text: string): string {
	return text.includes("<%") ? text.replaceAll("<%", `<${TEMPLATER_JOINER}%`) : text;
}
