import type { Setting } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import type { FormatSetting } from "../../core/drafting/format-setting";
import { SETTING_LIST_LIMIT } from "../../core/settings/setting-list";
import { formatsToLines, parseFormatLines, type FormatLinesError } from "../../core/drafting/format-lines";

function problemText(t: Translate, error: FormatLinesError): string {
	switch (error.reason) {
		case "noKey":
			return t("settings.formats.noKey", { line: error.line });
		case "duplicateKey":
			return t("settings.formats.duplicateKey", { line: error.line, value: error.value });
		case "unknownStage":
			return t("settings.formats.unknownStage", { line: error.line, value: error.value });
		case "none":
			return t("settings.formats.none");
		case "tooMany":
			return t("settings.list.tooMany", { limit: SETTING_LIST_LIMIT });
	}
}

/**
 * The formats as a compact list, one a line (`key | English | French | channel | stage`): saved
 * as typed when every line is valid; otherwise a message says which line is wrong and the saved
 * formats stay.
 */
export function formatListField(setting: Setting, formats: readonly FormatSetting[], stageKeys: () => string[], t: Translate, save: (formats: FormatSetting[]) => void): void {
	const area = setting.controlEl.createEl("textarea", { cls: "tls-format-list", attr: { "aria-label": t("settings.formats.name"), rows: "10", spellcheck: "false" } });
	area.value = formatsToLines(formats);
	const problemEl = setting.controlEl.createDiv({ cls: "tls-settings-invalid tls-format-problem", attr: { role: "status" } });
	area.addEventListener("input", () => {
		const read = parseFormatLines(area.value, stageKeys());
		area.setAttr("aria-invalid", read.ok ? "false" : "true");
		problemEl.setText(read.ok ? "" : problemText(t, read.error));
		if (read.ok) save(read.formats);
	});
}
