import { format } from "date-fns";
import type { Setting } from "obsidian";
import { dateLocale } from "../../core/i18n/date-locale";
import type { Language } from "../../core/i18n/language";
import type { Translate } from "../../core/i18n/translator";
import { fromMomentPattern, toMomentPattern, type DatePatternProblem, type DatePatternResult } from "../../core/settings/date-pattern";
import { parseNoteDate } from "../../core/note/parse-note-date";

function problemText(t: Translate, problem: DatePatternProblem): string {
	switch (problem.kind) {
		case "empty":
			return t("settings.dateFormat.empty");
		case "unclosedBracket":
			return t("settings.dateFormat.unclosedBracket");
		case "unsupported":
			return t("settings.dateFormat.unsupported", { token: problem.token });
		case "noDate":
			return t("settings.dateFormat.noDate");
	}
}

/**
 * The date format field: typed with Obsidian's (moment) tokens, stored as the date-fns pattern
 * (`pattern`), with a live example in the writer's language under it. A format that cannot be
 * used is refused with a message, and the saved one stays.
 */
export function dateFormatField(setting: Setting, pattern: string, language: Language, t: Translate, save: (pattern: string) => void): void {
	const exampleEl = setting.descEl.createDiv({ cls: "tls-setting-example", attr: { "aria-live": "polite" } });
	const noteEl = setting.descEl.createDiv({ cls: "tls-setting-note" });
	const show = (typed: string): DatePatternResult => {
		const read = fromMomentPattern(typed);
		exampleEl.toggleClass("tls-settings-invalid", !read.ok);
		if (!read.ok) {
			exampleEl.setText(problemText(t, read.problem));
			noteEl.setText("");
			return read;
		}
		const now = new Date();
		exampleEl.setText(t("settings.dateFormat.example", { example: format(now, read.pattern, { locale: dateLocale(language) }) }));
		// What a capture writes (without a locale) must be a date the index reads back, or it warns.
		noteEl.setText(parseNoteDate(format(now, read.pattern)).kind === "date" ? "" : t("settings.dateFormat.notIso"));
		return read;
	};
	// A plain input rather than addText: the same `input` event in Obsidian, the preview and the tests.
	const input = setting.controlEl.createEl("input", { type: "text", value: toMomentPattern(pattern) ?? pattern, attr: { "aria-label": t("settings.dateFormat.name"), spellcheck: "false" } });
	show(input.value);
	input.addEventListener("input", () => {
		const read = show(input.value);
		if (read.ok) save(read.pattern);
	});
}
