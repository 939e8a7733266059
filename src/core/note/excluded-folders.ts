import { vaultFolder } from "../settings/vault-folder";
import { pathKey } from "../writer/taken-paths";

/**
 * Whether a vault path lies in one of `folders` (templates folders, folders the writer leaves out), at any
 * depth. Folders are read as the settings read them (`Modèles/`, `/Modèles`, `Modèles\Journal`), and
 * compared as the devices a vault syncs to do: case and Unicode form aside. A folder only holds what is
 * under it: `Modèles` leaves out `Modèles/Journal.md`, not `Modèles anciens/Journal.md` nor `Modèles.md`.
 * The vault's root, and a path that is not one of the vault, leave nothing out.
 *
 * Made once for a set of folders: the index asks it of every path of the vault at each pass.
 */
export function excludedFolderMatcher(folders: readonly string[]): (path: string) => boolean {
	const prefixes = new Set<string>();
	for (const typed of folders) {
		const read = vaultFolder(typed, "");
		if (read.ok && read.folder !== "") prefixes.add(`${pathKey(read.folder)}/`);
	}
	if (prefixes.size === 0) return () => false;
	const list = [...prefixes];
	return (path) => {
		const key = pathKey(path);
		return list.some((prefix) => key.startsWith(prefix));
	};
}
