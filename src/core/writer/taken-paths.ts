/**
 * The form under which two vault paths name the same file on some device the vault syncs to:
 * macOS, Windows and phones ignore case, and macOS writes names decomposed (NFD, `Ide\u0301e`)
 * where others write them composed (NFC, `Idée`).
 */
export function pathKey(path: string): string {
	return path.normalize("NFC").toLowerCase().normalize("NFC");
}

/**
 * Whether a path is taken given the vault's paths (files and folders): a path that differs from
 * one of them only by case or Unicode form is taken, in its folders as in its name.
 * For `freeNotePath`.
 */
export function takenPaths(vaultPaths: Iterable<string>): (path: string) => boolean {
	const keys = new Set<string>();
	for (const path of vaultPaths) keys.add(pathKey(path));
	return (path) => keys.has(pathKey(path));
}

/**
 * `folder` spelled as the vault already spells it, folder by folder: with `Ide\u0301es/` in the
 * vault, `Idées/Projets` becomes `Ide\u0301es/Projets`, so that no twin folder is made beside it.
 * Folders the vault does not have keep the given spelling.
 */
export function vaultSpelling(folder: string, vaultPaths: Iterable<string>): string {
	const byKey = new Map<string, string>();
	for (const path of vaultPaths) byKey.set(pathKey(path), path);
	let spelled = "";
	for (const part of folder.split("/")) {
		const next = spelled === "" ? part : `${spelled}/${part}`;
		spelled = byKey.get(pathKey(next)) ?? next;
	}
	return spelled;
}
