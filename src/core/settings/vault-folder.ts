import { comparableText } from "../text/comparable-text";

/** Why a typed folder cannot hold the plugin's notes. */
export type VaultFolderProblem = "outsideVault" | "configFolder" | "hiddenFolder";

export type VaultFolderResult = { ok: true; folder: string } | { ok: false; problem: VaultFolderProblem };

// A drive (`C:`), a network share (`\\server`, `//server`) or a URL: a place on the device, not in the vault.
const DEVICE_PATH = /^(?:[A-Za-z]:|\/\/|[A-Za-z][\w+.-]*:\/\/)/;

/**
 * A folder setting as a path of the vault, as Obsidian writes paths: `/` between folders (a `\` typed on
 * Windows becomes one), no empty or `.` segment, no slash at either end, so a leading `/` means the
 * vault's root as it does in Obsidian's own settings. Refused: a path that leaves the vault (`..`, a
 * drive, a share), one in Obsidian's configuration folder (`configDir`, `.obsidian` unless the vault
 * says otherwise, compared as the file system may: case and Unicode form aside), and one Obsidian
 * does not show (a folder whose name starts with a dot), where new notes would be lost to the writer.
 * An empty folder is the vault's root: `""`.
 */
export function vaultFolder(typed: string, configDir: string): VaultFolderResult {
	const path = typed.trim().replace(/\\/g, "/");
	if (DEVICE_PATH.test(path)) return { ok: false, problem: "outsideVault" };
	const segments = path.split("/").filter((segment) => segment !== "" && segment !== ".");
	if (segments.includes("..")) return { ok: false, problem: "outsideVault" };
	const first = segments[0];
	if (first !== undefined && comparableText(first) === comparableText(configDir)) return { ok: false, problem: "configFolder" };
	if (segments.some((segment) => segment.startsWith("."))) return { ok: false, problem: "hiddenFolder" };
	return { ok: true, folder: segments.join("/") };
}
