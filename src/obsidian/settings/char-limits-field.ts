import type { Setting } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { SETTING_LIST_LIMIT } from "../../core/settings/setting-list";
import { charLimitLines, parseCharLimitLines, type CharLimit, type CharLimitLinesResult } from "../../core/channel-text/char-limit-setting";

function problemText(t: Translate, read: Exclude<CharLimitLinesResult, { ok: true }>): string {
	if (read.problem === "tooMany") return t("settings.list.tooMany", { limit: SETTING_LIST_LIMIT });
	return t(`settings.charLimits.${read.problem}`, { line: read.line, value: read.value });
}

/**
 * The characters a post of each format holds, one format a line (`linkedin-post | 3000`): saved as typed
 * when every line is valid; otherwise a message says which line is wrong and the saved limits stay.
 */
export function charLimitsField(setting: Setting, limits: readonly CharLimit[], t: Translate, save: (limits: CharLimit[]) => void): void {
	const area = setting.controlEl.createEl("textarea", { cls: "tls-char-limits", attr: { "aria-label": t("settings.charLimits.name"), rows: "4", spellcheck: "false" } });
	area.value = charLimitLines(limits);
	const problemEl = setting.controlEl.createDiv({ cls: "tls-settings-invalid", attr: { role: "status" } });
	area.addEventListener("input", () => {
		const read = parseCharLimitLines(area.value);
		area.setAttr("aria-invalid", read.ok ? "false" : "true");
		problemEl.setText(read.ok ? "" : problemText(t, read));
		if (read.ok) save(read.limits);
	});
}
