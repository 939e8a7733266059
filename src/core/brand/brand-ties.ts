import type { NoteRecord } from "../note/note-record";
import { propertyOf } from "../note/property-of";
import { baseNameOf, linkTargetsOf, targetResolver } from "../note/link-target";
import { comparableText } from "../text/comparable-text";
import { displayText } from "../text/display-text";
import { ideaTextOf } from "../pipeline/idea";

/** A brand idea an idea is tied to. */
export interface BrandTie {
	/** What tells brand ideas apart: the note's path, or `name:` and its name when the link leads to no note (yet). */
	key: string;
	/** The brand idea's note, or null when the link leads to none. */
	path: string | null;
	/** Its words as the writer reads them: its `title`, else its file name; the link's name when there is no note. */
	title: string;
}

/**
 * The brand ideas a note's `brand-idea` property links (one link, a list, or plain text naming a note), in
 * the order written, each once. A link is followed as the note's metadata resolved it; one that resolves
 * to no note stands for the brand idea of that name, as `valueLinks` reads it.
 */
export function brandTiesOf(record: NoteRecord, get: (path: string) => NoteRecord | undefined): BrandTie[] {
	const targets = linkTargetsOf(propertyOf(record.properties, "brand-idea"));
	if (targets.length === 0) return [];
	const resolve = targetResolver(record);
	const ties = new Map<string, BrandTie>();
	for (const target of targets) {
		const path = resolve(target);
		const key = path ?? `name:${comparableText(baseNameOf(target))}`;
		if (ties.has(key)) continue;
		const note = path === null ? undefined : get(path);
		ties.set(key, { key, path, title: note ? displayText(ideaTextOf(note)) : baseNameOf(target) });
	}
	return [...ties.values()];
}
