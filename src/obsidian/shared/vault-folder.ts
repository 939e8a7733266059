import { normalizePath, type Vault } from "obsidian";
import { vaultSpelling } from "../../core/writer/taken-paths";

/**
 * A folder setting as the vault spells the folder (case and Unicode form aside), "" for the vault's root. Most often
 * the folder is there as the setting spells it, found by its path; every folder of the vault is looked through only
 * when it is not.
 */
export function vaultFolder(vault: Vault, folder: string): string {
	if (folder.trim() === "") return "";
	const path = normalizePath(folder);
	if (path === "/") return "";
	if (vault.getFolderByPath(path)) return path;
	return vaultSpelling(path, vault.getAllFolders().map((f) => f.path));
}
