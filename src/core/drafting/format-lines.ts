import type { FormatSetting } from "./format-setting";
import { SETTING_LIST_LIMIT } from "../settings/setting-list";

/** The formats as the settings tab shows them: one a line, `key | English name | French name | channel | stage`. */
export function formatsToLines(formats: readonly FormatSetting[]): string {
	return formats.map((f) => [f.key, f.names.en, f.names.fr, f.channel, f.stage].join(" | ")).join("\n");
}

/** Why the typed formats were not saved, and on which line (1-based). */
export type FormatLinesError = { reason: "noKey" | "duplicateKey" | "unknownStage"; line: number; value: string } | { reason: "none"; line: 0; value: "" } | { reason: "tooMany"; line: number; value: "" };

export type FormatLinesResult = { ok: true; formats: FormatSetting[] } | { ok: false; error: FormatLinesError };

/**
 * The formats typed in the settings tab, one a line (blank lines skipped): a key, then optional
 * English name, French name, channel and stage, separated by `|`. A missing name takes the other
 * one (or the key). A line without a key, a key already used, or a stage that is not one of
 * `stageKeys` refuses the whole list, so nothing half-typed is saved; so does a format past
 * {@link SETTING_LIST_LIMIT}.
 */
export function parseFormatLines(text: string, stageKeys: readonly string[]): FormatLinesResult {
	const formats: FormatSetting[] = [];
	const rows = text.split(/\r\n?|\n/);
	for (const [index, row] of rows.entries()) {
		if (row.trim() === "") continue;
		const [key = "", en = "", fr = "", channel = "", stage = ""] = row.split("|").map((part) => part.trim());
		const line = index + 1;
		if (formats.length === SETTING_LIST_LIMIT) return { ok: false, error: { reason: "tooMany", line, value: "" } };
		if (key === "") return { ok: false, error: { reason: "noKey", line, value: row.trim() } };
		if (formats.some((f) => f.key === key)) return { ok: false, error: { reason: "duplicateKey", line, value: key } };
		if (stage !== "" && !stageKeys.includes(stage)) return { ok: false, error: { reason: "unknownStage", line, value: stage } };
		const english = en || fr || key;
		formats.push({ key, names: { en: english, fr: fr || english }, channel, stage });
	}
	if (formats.length === 0) return { ok: false, error: { reason: "none", line: 0, value: "" } };
	return { ok: true, formats };
}
