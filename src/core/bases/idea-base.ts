import { doubleQuoteYaml } from "../writer/yaml-scalar";
import { PIPELINE_BASES_VIEW_ID } from "./pipeline-view-options";

/**
 * The text of a new idea base (a `.base` file): the notes the pipeline counts as ideas (`type: idea`, as the index
 * reads them), in one view, the pipeline's, grouped by `status`. Bases syntax: https://help.obsidian.md/bases/syntax
 *
 * @param viewName the view's name in the writer's language.
 */
export function ideaBaseText(viewName: string): string {
	return [
		"filters:",
		"  and:",
		`    - 'note.type == "idea"'`,
		"views:",
		`  - type: ${PIPELINE_BASES_VIEW_ID}`,
		`    name: ${doubleQuoteYaml(viewName)}`,
		"    groupBy:",
		"      property: note.status",
		"      direction: ASC",
		"    order:",
		"      - file.name",
		"      - note.status",
		"      - note.source",
		"",
	].join("\n");
}
