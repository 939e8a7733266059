import type { Setting } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { SETTING_LIST_LIMIT } from "../../core/settings/setting-list";

/**
 * A list setting typed one item a line (watched tags, headings, products): the non-blank lines,
 * trimmed, are saved as typed. More than {@link SETTING_LIST_LIMIT} are refused with a message, and
 * the saved list stays.
 */
export function linesField(setting: Setting, text: string, name: string, t: Translate, save: (lines: string[]) => void): void {
	const area = setting.controlEl.createEl("textarea", { attr: { "aria-label": name, rows: "6", spellcheck: "false" } });
	area.value = text;
	const problemEl = setting.descEl.createDiv({ cls: "tls-settings-invalid", attr: { role: "status", "aria-live": "polite" } });
	area.addEventListener("input", () => {
		const lines = area.value.split(/\r\n?|\n/).map((line) => line.trim()).filter((line) => line !== "");
		const tooMany = lines.length > SETTING_LIST_LIMIT;
		area.setAttr("aria-invalid", tooMany ? "true" : "false");
		problemEl.setText(tooMany ? t("settings.list.tooMany", { limit: SETTING_LIST_LIMIT }) : "");
		if (!tooMany) save(lines);
	});
}
