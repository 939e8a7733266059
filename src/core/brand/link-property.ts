import type { NoteRecord } from "../note/note-record";
import { propertyOf } from "../note/property-of";
import { sourceTargetOf, baseNameOf } from "../pipeline/idea";
import { comparableText } from "../text/comparable-text";

/**
 * The link targets a property holds: one link, a list of links, or plain text naming a note. Items
 * that are not text (numbers, maps) are passed over; the unquoted `[[Note]]` YAML reads as a list in a list counts.
 */
export function linkTargetsOf(value: unknown): string[] {
	const items = Array.isArray(value) && !(value.length === 1 && Array.isArray(value[0])) ? (value as unknown[]) : [value];
	const targets: string[] = [];
	for (const item of items) {
		const target = sourceTargetOf(item);
		if (target !== null && !targets.includes(target)) targets.push(target);
	}
	return targets;
}

/** Where a link target of `record` leads: the path of the record's own resolved link of that text, or null when unresolved. */
export function resolvedTargetOf(record: NoteRecord, target: string): string | null {
	const exact = record.links.find((link) => link.resolved && link.target === target);
	if (exact) return exact.resolvedPath;
	const wanted = comparableText(target);
	return record.links.find((link) => link.resolved && comparableText(link.target) === wanted)?.resolvedPath ?? null;
}

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
