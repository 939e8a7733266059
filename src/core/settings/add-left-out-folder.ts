import { SETTING_LIST_LIMIT } from "./setting-list";
import { vaultFolder, type VaultFolderProblem } from "./vault-folder";
import { pathKey, vaultSpelling } from "../writer/taken-paths";

/** Why a typed folder is not added to the folders left out. */
export type LeftOutFolderProblem = VaultFolderProblem | "root" | "already" | "tooMany";

export type AddLeftOutFolderResult = { ok: true; folders: string[]; folder: string } | { ok: false; problem: LeftOutFolderProblem; value: string };

/**
 * The folders left out with the typed one added at the end, read as a folder setting is (`Archives\2019/` as
 * `Archives/2019`) and spelled as the vault spells it (`archives` as `Archives`, given its `vaultFolders`).
 * Refused: a folder that is not one of the vault (see `vaultFolder`), its root (every note would go), one
 * already in the list (case and Unicode form aside), and one past the {@link SETTING_LIST_LIMIT}.
 */
export function addLeftOutFolder(folders: readonly string[], typed: string, configDir: string, vaultFolders: Iterable<string>): AddLeftOutFolderResult {
	const value = typed.trim();
	const read = vaultFolder(value, configDir);
	if (!read.ok) return { ok: false, problem: read.problem, value };
	if (read.folder === "") return { ok: false, problem: "root", value };
	const folder = vaultSpelling(read.folder, vaultFolders);
	if (folders.some((kept) => pathKey(kept) === pathKey(folder))) return { ok: false, problem: "already", value: folder };
	if (folders.length >= SETTING_LIST_LIMIT) return { ok: false, problem: "tooMany", value };
	return { ok: true, folders: [...folders, folder], folder };
}
