import { baseNameOf } from "../note/link-target";
import { comparableText } from "../text/comparable-text";
import type { PromotedIdea } from "./promotion";

/**
 * The ideas grouped once by the note they came from, so that each note looks only at its own: the same
 * ideas as `isFromNote` finds for a note (its resolved `source` is the note's path, or an unresolved one
 * names a note of the same base name), in one pass over the ideas rather than one pass a note.
 */
export function ideasByNote<T extends PromotedIdea>(ideas: readonly T[]): (notePath: string) => T[] {
	const byPath = new Map<string, T[]>();
	const byBaseName = new Map<string, T[]>();
	for (const idea of ideas) {
		const group = idea.sourcePath !== null ? byPath : idea.sourceTarget !== null ? byBaseName : null;
		if (group === null) continue;
		const key = idea.sourcePath ?? comparableText(baseNameOf(idea.sourceTarget ?? ""));
		const list = group.get(key);
		if (list) list.push(idea);
		else group.set(key, [idea]);
	}
	return (notePath) => [...(byPath.get(notePath) ?? []), ...(byBaseName.get(comparableText(baseNameOf(notePath))) ?? [])];
}
