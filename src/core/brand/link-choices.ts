import type { NoteLink } from "../note/note-record";
import { baseNameOf } from "../note/link-target";
import { comparableText } from "../text/comparable-text";
import { sourceKindOf, type SourceKind } from "./framework-model";
import type { RecordSource } from "./link-graph";
import type { BookNoteRule } from "../reading/is-book-note";

/** A link of a note offered as a source of a new brand idea. */
export interface LinkChoice {
	/** The link's text without alias or subpath, as written: what the brand idea's `sources` links. */
	target: string;
	/** The alias when there is one, else the note's name. */
	title: string;
	path: string | null;
	kind: SourceKind;
}

/** The note's links, once each (by the note they lead to, or by name when unresolved), in the order written; links to itself left out. `books` tells book notes (see `isBookNote`). */
export function linkChoices(links: readonly NoteLink[], fromPath: string, records: Pick<RecordSource, "get">, books: BookNoteRule): LinkChoice[] {
	const seen = new Set<string>();
	const choices: LinkChoice[] = [];
	for (const link of links) {
		if (link.target === "" || link.resolvedPath === fromPath) continue;
		const key = link.resolvedPath ?? `name:${comparableText(baseNameOf(link.target))}`;
		if (seen.has(key)) continue;
		seen.add(key);
		choices.push({
			target: link.target,
			title: link.alias ?? baseNameOf(link.target),
			path: link.resolvedPath,
			kind: link.resolvedPath === null ? "missing" : sourceKindOf(records.get(link.resolvedPath), books),
		});
	}
	return choices;
}
