import type { NoteRecord } from "../note/note-record";
import { propertyOf } from "../note/property-of";
import { baseNameOf, linkTargetsOf, resolvedTargetOf } from "../note/link-target";
import { comparableText } from "../text/comparable-text";

/**
 * Whether the property `name` of `record` links the note at `path`: through the record's resolved link,
 * or, when the metadata has no link for it (plain text), by the note's name.
 */
export function propertyLinks(record: NoteRecord, name: string, path: string): boolean {
	const value = propertyOf(record.properties, name);
	if (value === undefined || value === null) return false;
	const wantedName = comparableText(baseNameOf(path));
	return linkTargetsOf(value).some((target) => {
		const resolved = resolvedTargetOf(record, target);
		if (resolved !== null) return resolved === path;
		return comparableText(baseNameOf(target)) === wantedName;
	});
}
