import { frontmatterSource, readNoteLines } from "./frontmatter-block";
import { assertOnlyPropertiesChanged, readProperties, type ExpectedProperty, type YamlParser } from "./frontmatter-guard";
import { revertPropertyEdit } from "./revert-property-edit";
import type { PropertiesEdit } from "./set-frontmatter-properties";

/**
 * The note `current` with an edit of several properties undone, as a whole or not at all: the text
 * before it when nothing changed since; else each property put back as {@link revertPropertyEdit}
 * does, the last edited first, and the result read once more: each property as it was before the
 * edit, every other one as it is now.
 *
 * @throws FrontmatterEditError `changedSince` when one of the properties changed since the edit, and
 *   the codes of any frontmatter edit; nothing is returned to write.
 */
export function revertPropertiesEdit(current: string, edit: PropertiesEdit, parse: YamlParser): string {
	if (current === edit.after) return edit.before;
	let reverted = current;
	for (const one of [...edit.edits].reverse()) reverted = revertPropertyEdit(reverted, one, parse);
	const previous = readProperties(frontmatterSource(readNoteLines(edit.before)), parse) ?? {};
	const expected = new Map<string, ExpectedProperty>(
		edit.edits.map((one) => [one.key, Object.prototype.hasOwnProperty.call(previous, one.key) ? { present: true, value: previous[one.key] } : { present: false }]),
	);
	assertOnlyPropertiesChanged(frontmatterSource(readNoteLines(current)), frontmatterSource(readNoteLines(reverted)), expected, parse);
	return reverted;
}
