import { foldedText } from "../text/comparable-text";
import { pathKey } from "../writer/taken-paths";

/**
 * The vault's folders to offer for what is typed: those whose path holds the typed words, accents and case
 * aside (`modeles` finds `Modèles/Journal`), those that start with them first, then in the vault's order of
 * names; the folders already in `taken` are not offered again.
 */
export function folderSuggestions(folders: Iterable<string>, typed: string, taken: readonly string[]): string[] {
	const query = foldedText(typed.replace(/\\/g, "/").replace(/^\/+/, ""));
	const skip = new Set(taken.map(pathKey));
	const starting: string[] = [];
	const holding: string[] = [];
	for (const folder of folders) {
		if (folder === "" || folder === "/" || skip.has(pathKey(folder))) continue;
		const key = foldedText(folder);
		if (key.startsWith(query)) starting.push(folder);
		else if (key.includes(query)) holding.push(folder);
	}
	const byName = (a: string, b: string): number => a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
	return [...starting.sort(byName), ...holding.sort(byName)];
}
