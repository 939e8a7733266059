import type { NoteRecord } from "../note/note-record";
import { propertyOf } from "../note/property-of";
import { baseNameOf, linkTargetsOf, resolvedTargetOf } from "../note/link-target";
import { comparableText } from "../text/comparable-text";

/**
 * Whether a link property's `value` links the note at `path`: a target that resolves (through `resolve`)
 * leads there, or one that resolves to no note (plain text, a note not written yet) bears its name.
 */
export function valueLinks(value: unknown, resolve: (target: string) => string | null, path: string): boolean {
	if (value === undefined || value === null) return false;
	const wantedName = comparableText(baseNameOf(path));
	return linkTargetsOf(value).some((target) => {
		const resolved = resolve(target);
		if (resolved !== null) return resolved === path;
		return comparableText(baseNameOf(target)) === wantedName;
	});
}

/**
 * Whether the property `name` of `record` links the note at `path`: through the record's resolved link,
 * or, when the metadata has no link for it (plain text), by the note's name.
 */
export function propertyLinks(record: NoteRecord, name: string, path: string): boolean {
	return valueLinks(propertyOf(record.properties, name), (target) => resolvedTargetOf(record, target), path);
}
