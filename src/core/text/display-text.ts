/**
 * What a person reads of a line of Markdown written by the writer (an idea's title, an inbox item):
 * links show as their display text, the way Obsidian's reading view shows them, and every other
 * character stays as typed (` : `, « », quotes, `#`, `*`).
 *
 * - `[[Note|alias]]` and `![[Note|alias]]` show `alias`;
 * - `[[Note]]` shows `Note`, `[[Note#Part]]` shows `Note > Part`, `[[#Part]]` shows `Part`;
 * - `[text](url)` shows `text`, `![alt](image.png)` shows `alt`.
 *
 * A `[[` that is never closed is left as it is.
 */
export function displayText(markdown: string): string {
	return markdown
		.replace(/!?\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g, (whole, target: string, alias: string | undefined) => {
			if (alias !== undefined && alias.trim() !== "") return alias.trim();
			return wikiTargetText(target) ?? whole;
		})
		.replace(/!?\[([^\]]*)\]\((?:<[^>]*>|[^)\s]*)(?:\s+"[^"]*")?\)/g, (_whole, text: string) => text);
}

/** `Note#Part` as Obsidian shows it: `Note > Part`; a block reference (`#^id`) shows the note only. */
function wikiTargetText(target: string): string | null {
	const [note = "", ...parts] = target.split("#");
	const subpath = parts.filter((part) => part.trim() !== "" && !part.startsWith("^")).map((part) => part.trim());
	const shown = [note.trim(), ...subpath].filter((part) => part !== "");
	return shown.length === 0 ? null : shown.join(" > ");
}
