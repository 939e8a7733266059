import { dateFieldText, type DateFieldOptions, type DateFieldProblem } from "../../core/text/date-field";
import type { Translate } from "../../core/i18n/translator";

/** What a date field says: how to type a date, and why what was typed is refused. */
export interface DateFieldWords {
	/** Under the field: an example in the writer's format and in ISO (one when they are the same). */
	hint: string;
	refusal(problem: DateFieldProblem, typed: string): string;
}

/**
 * The words of a date field (plan, publish, results), with `example` (today, say) written as the writer's
 * date format writes it and in ISO, and a time of day when the field takes one.
 */
export function dateFieldWords(t: Translate, options: DateFieldOptions, example: Date): DateFieldWords {
	const iso = `${String(example.getFullYear()).padStart(4, "0")}-${String(example.getMonth() + 1).padStart(2, "0")}-${String(example.getDate()).padStart(2, "0")}`;
	const mine = dateFieldText({ day: iso, time: null }, options);
	const vars = { example: mine, iso, time: "09:30" };
	const same = mine === iso;
	const hint = options.time ? t(same ? "date.hintIsoTime" : "date.hintTime", vars) : t(same ? "date.hintIso" : "date.hint", vars);
	return {
		hint,
		refusal: (problem, typed) => {
			const date = typed.trim();
			switch (problem) {
				case "empty":
					return t("date.empty", { hint });
				case "format":
					return t("date.format", { date, hint });
				case "noSuchDay":
					return t("date.noSuchDay", { date });
				case "yearZero":
					return t("date.yearZero");
				case "noSuchTime":
					return t("date.noSuchTime", { date });
			}
		},
	};
}
