import { setIcon, type App, type Setting } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { addLeftOutFolder } from "../../core/settings/add-left-out-folder";
import { SETTING_LIST_LIMIT } from "../../core/settings/setting-list";
import { FolderSuggest } from "./folder-suggest";

/**
 * The folders left out: one row a folder with a button that takes it off the list, and a field that adds
 * one (Enter or the button), offering the vault's folders as the writer types. A typed folder that cannot
 * be left out is refused with a message saying why, and nothing is saved. Every change is saved at once.
 */
export function leftOutFoldersField(setting: Setting, app: App, folders: readonly string[], configDir: string, t: Translate, save: (folders: string[]) => void): void {
	let current = [...folders];
	const problemEl = setting.descEl.createDiv({ cls: "tls-settings-invalid", attr: { role: "status", "aria-live": "polite" } });
	const editorEl = setting.controlEl.createDiv({ cls: "tls-folder-list" });
	const listEl = editorEl.createEl("ul", { cls: "tls-folder-list-items" });
	const addEl = editorEl.createDiv({ cls: "tls-folder-list-add" });
	const input = addEl.createEl("input", { type: "text", attr: { "aria-label": t("settings.excludedFolders.field"), placeholder: t("settings.excludedFolders.field"), spellcheck: "false" } });
	const addButton = addEl.createEl("button", { text: t("settings.excludedFolders.add") });

	const changed = (): void => {
		render();
		save(current);
	};
	const add = (typed: string): void => {
		if (typed.trim() === "") return;
		const result = addLeftOutFolder(current, typed, configDir, app.vault.getAllFolders(false).map((folder) => folder.path));
		input.setAttr("aria-invalid", result.ok ? "false" : "true");
		problemEl.setText(result.ok ? "" : t(`settings.excludedFolders.refused.${result.problem}`, { value: result.value, limit: SETTING_LIST_LIMIT }));
		if (!result.ok) return;
		current = result.folders;
		input.value = "";
		changed();
	};
	const suggest = new FolderSuggest(app, input, () => current, add);
	input.addEventListener("keydown", (event) => {
		// With the vault's folders shown, Enter picks one of them (the suggester's own key).
		if (event.key !== "Enter" || suggest.shown) return;
		event.preventDefault();
		add(input.value);
	});
	addButton.addEventListener("click", () => add(input.value));

	function render(): void {
		listEl.empty();
		for (const folder of current) {
			const item = listEl.createEl("li", { cls: "tls-folder-list-item" });
			item.createSpan({ cls: "tls-folder-list-name", text: folder });
			const remove = item.createEl("button", { cls: "clickable-icon tls-folder-list-remove", attr: { "aria-label": t("settings.excludedFolders.remove", { folder }) } });
			setIcon(remove, "x");
			remove.addEventListener("click", () => {
				current = current.filter((kept) => kept !== folder);
				changed();
				input.focus();
			});
		}
	}
	render();
}
