import type { NoteRecord } from "./note-record";
import { comparableText } from "../text/comparable-text";

/** File name without folders and `.md` of a vault path or link target. */
export function baseNameOf(pathOrTarget: string): string {
	const name = pathOrTarget.slice(pathOrTarget.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/**
 * The link target written in a `source` property: `[[Note]]`, `[[Folder/Note#Part|alias]]`,
 * `[alias](Folder/Note.md)`, or plain text naming a note. A list counts by its first item, and
 * the unquoted `source: [[Note]]` (which YAML reads as a list in a list) is understood too.
 */
export function sourceTargetOf(value: unknown): string | null {
	let current: unknown = value;
	while (Array.isArray(current)) current = (current as unknown[])[0];
	if (typeof current !== "string") return null;
	const text = current.trim();
	const wiki = /^!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|[^\]]*)?\]\]$/.exec(text);
	if (wiki) return emptyToNull(wiki[1]);
	const markdown = /^!?\[[^\]]*\]\(<?([^)>#]*)(?:#[^)>]*)?>?\)$/.exec(text);
	if (markdown) {
		let target = markdown[1] ?? "";
		try {
			target = decodeURIComponent(target);
		} catch {
			// Not percent-encoded after all: keep it as written.
		}
		return emptyToNull(target);
	}
	return emptyToNull(text);
}

function emptyToNull(text: string | undefined): string | null {
	const trimmed = (text ?? "").trim();
	return trimmed === "" ? null : trimmed;
}

/**
 * The link targets a property holds: one link, a list of links, or plain text naming a note. Items
 * that are not text (numbers, maps) are passed over; the unquoted `[[Note]]` YAML reads as a list in a list counts.
 */
export function linkTargetsOf(value: unknown): string[] {
	const items = Array.isArray(value) && !(value.length === 1 && Array.isArray(value[0])) ? (value as unknown[]) : [value];
	const targets = new Set<string>();
	for (const item of items) {
		const target = sourceTargetOf(item);
		if (target !== null) targets.add(target);
	}
	return [...targets];
}

/** Where a link target of `record` leads: the path of the record's own resolved link of that text, or null when unresolved. */
export function resolvedTargetOf(record: Pick<NoteRecord, "links">, target: string): string | null {
	const exact = record.links.find((link) => link.resolved && link.target === target);
	if (exact) return exact.resolvedPath;
	const wanted = comparableText(target);
	return record.links.find((link) => link.resolved && comparableText(link.target) === wanted)?.resolvedPath ?? null;
}

/**
 * {@link resolvedTargetOf} for many targets of one record: its links are read once, then each target is
 * one look-up, so that a brand idea of thousands of sources takes as many steps as it has links.
 */
export function targetResolver(record: Pick<NoteRecord, "links">): (target: string) => string | null {
	const exact = new Map<string, string | null>();
	for (const link of record.links) if (link.resolved && !exact.has(link.target)) exact.set(link.target, link.resolvedPath);
	// Made at the first target written otherwise than its link: most are written the same.
	let loose: Map<string, string | null> | null = null;
	const looseOf = (): Map<string, string | null> => {
		if (loose) return loose;
		loose = new Map();
		for (const link of record.links) {
			if (!link.resolved) continue;
			const key = comparableText(link.target);
			if (!loose.has(key)) loose.set(key, link.resolvedPath);
		}
		return loose;
	};
	return (target) => (exact.has(target) ? (exact.get(target) ?? null) : (looseOf().get(comparableText(target)) ?? null));
}
