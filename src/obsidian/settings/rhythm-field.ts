import type { Setting } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { SETTING_LIST_LIMIT } from "../../core/settings/setting-list";
import { parseRhythmLines, rhythmToLines, type RhythmLinesError } from "../../core/calendar/rhythm-lines";
import type { Rhythm } from "../../core/calendar/rhythm";

function problemText(t: Translate, error: RhythmLinesError): string {
	switch (error.reason) {
		case "noChannel":
			return t("settings.rhythm.noChannel", { line: error.line });
		case "badCount":
			return t("settings.rhythm.badCount", { line: error.line, value: error.value, max: error.max });
		case "duplicateChannel":
			return t("settings.rhythm.duplicateChannel", { line: error.line, value: error.value });
		case "tooMany":
			return t("settings.list.tooMany", { limit: SETTING_LIST_LIMIT });
	}
}

/**
 * The rhythm, one channel a line (`LinkedIn | 3`): saved as typed when every line is valid; otherwise a
 * message says which line is wrong and the saved rhythm stays.
 */
export function rhythmField(setting: Setting, rhythm: Rhythm, t: Translate, save: (rhythm: Record<string, number>) => void): void {
	const area = setting.controlEl.createEl("textarea", { cls: "tls-rhythm-list", attr: { "aria-label": t("settings.rhythm.name"), rows: "4", spellcheck: "false" } });
	area.value = rhythmToLines(rhythm);
	const problemEl = setting.controlEl.createDiv({ cls: "tls-settings-invalid tls-format-problem", attr: { role: "status" } });
	area.addEventListener("input", () => {
		const read = parseRhythmLines(area.value);
		area.setAttr("aria-invalid", read.ok ? "false" : "true");
		problemEl.setText(read.ok ? "" : problemText(t, read.error));
		if (read.ok) save(read.rhythm);
	});
}
