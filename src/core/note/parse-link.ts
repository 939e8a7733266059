import type { SourceLink } from "./note-source";

/** A link split into the note it points to, the part of that note, and its display text. */
export interface ParsedLink {
	target: string;
	subpath: string | null;
	alias: string | null;
}

function aliasOf(link: SourceLink): string | null {
	const original = link.original;
	if (original !== undefined) {
		const wiki = /^!?\[\[[^\]|]*\|([^\]]*)\]\]$/.exec(original);
		if (wiki) return wiki[1]?.trim() || null;
		if (/^!?\[\[/.test(original)) return null;
		const markdown = /^!?\[([^\]]*)\]\(/.exec(original);
		return markdown ? markdown[1]?.trim() || null : null;
	}
	// Without the original text, a display text that differs from the link is the alias.
	return link.displayText !== undefined && link.displayText !== "" && link.displayText !== link.link ? link.displayText : null;
}

/** Splits `Note#Heading` / `Note#^block` from the note it points to, and finds the alias of `[[Note|alias]]`. */
export function parseLink(link: SourceLink): ParsedLink {
	const hash = link.link.indexOf("#");
	const target = (hash === -1 ? link.link : link.link.slice(0, hash)).trim();
	const subpath = hash === -1 ? null : link.link.slice(hash);
	return { target, subpath, alias: aliasOf(link) };
}
