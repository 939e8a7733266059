/**
 * The link path of the wikilink the cursor is in or on (`[[Expert Secrets#Ch. 2|ES]]` gives
 * `Expert Secrets`), or null when the cursor is on no wikilink. `ch` is the cursor's column in `line`.
 */
export function linkAtCursor(line: string, ch: number): string | null {
	const pattern = /!?\[\[([^\]\n]+?)\]\]/g;
	for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
		const start = match.index;
		const end = start + match[0].length;
		if (ch < start || ch > end) continue;
		const target = (match[1] ?? "").split("|")[0]?.split("#")[0]?.trim() ?? "";
		return target === "" ? null : target;
	}
	return null;
}
