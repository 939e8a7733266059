import type { Setting } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { vaultFolder } from "../../core/settings/vault-folder";

/**
 * A folder setting's field: what is typed is saved as a path of the vault (`Écriture\Brouillons/` as
 * `Écriture/Brouillons`, empty for the default in the writer's language, or the vault's root where the setting allows it). A path that leaves the vault, points into Obsidian's
 * configuration folder (`configDir`) or into a folder Obsidian hides is refused with a message saying
 * why, and the saved folder stays.
 */
export function folderField(setting: Setting, folder: string, name: string, configDir: string, t: Translate, save: (folder: string) => void): void {
	const problemEl = setting.descEl.createDiv({ cls: "tls-settings-invalid", attr: { role: "status", "aria-live": "polite" } });
	// A plain input rather than addText: the same `input` event in Obsidian, the preview and the tests.
	const input = setting.controlEl.createEl("input", { type: "text", value: folder, attr: { "aria-label": name, spellcheck: "false" } });
	input.addEventListener("input", () => {
		const read = vaultFolder(input.value, configDir);
		input.setAttr("aria-invalid", read.ok ? "false" : "true");
		problemEl.setText(read.ok ? "" : t(`settings.folder.${read.problem}`, { value: input.value.trim() }));
		if (read.ok) save(read.folder);
	});
}
