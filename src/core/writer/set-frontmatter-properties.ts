import { FrontmatterEditError } from "./frontmatter-edit-error";
import { frontmatterSource, readNoteLines } from "./frontmatter-block";
import { assertOnlyPropertiesChanged, readProperties, type ExpectedProperty, type YamlParser } from "./frontmatter-guard";
import { setFrontmatterProperty, type PropertyEdit } from "./set-frontmatter-property";
import { toYamlValue, type PropertyValue } from "./yaml-scalar";

/** An edit of several properties made as one, with what it takes to undo it exactly. */
export interface PropertiesEdit {
	before: string;
	after: string;
	/** The edit of each property, in the order made: each one's `before` is the previous one's `after`. */
	edits: PropertyEdit[];
}

/**
 * Sets several top-level properties to strings or numbers in one edit, all or none: each is the minimal edit of
 * {@link setFrontmatterProperty} (its lines only; a missing key appended, in the order given, or put below
 * the property `after` names for it), and the block before and after is read once more as a whole: every
 * property asked for reads as its value, every other one as it did.
 *
 * @param values each key once, case aside (`Status` and `status` are one property in Obsidian).
 * @param after for a key the note lacks, the property it goes below (`{ "stage-since": "status" }`).
 * @throws FrontmatterEditError whenever one of the edits or the last guard refuses; nothing is returned to write.
 */
export function setFrontmatterProperties(text: string, values: readonly (readonly [string, PropertyValue])[], parse: YamlParser, after: Readonly<Record<string, string>> = {}): PropertiesEdit {
	const keys = values.map(([key]) => key.toLowerCase());
	if (new Set(keys).size !== keys.length) throw new FrontmatterEditError("invalidKey");
	const edits: PropertyEdit[] = [];
	const expected = new Map<string, ExpectedProperty>();
	let current = text;
	for (const [key, value] of values) {
		const edit = setFrontmatterProperty(current, key, value, parse, Object.prototype.hasOwnProperty.call(after, key) ? after[key] : undefined);
		edits.push(edit);
		expected.set(edit.key, { present: true, value: readProperties(`value: ${toYamlValue(value)}`, parse)?.value });
		current = edit.after;
	}
	assertOnlyPropertiesChanged(frontmatterSource(readNoteLines(text)), frontmatterSource(readNoteLines(current)), expected, parse);
	return { before: text, after: current, edits };
}
