import { format } from "date-fns";
import type { Language } from "../../core/i18n/language";
import type { Translate } from "../../core/i18n/translator";
import { dateLocale } from "../../core/i18n/date-locale";
import { numberText } from "../../core/i18n/number-text";
import { percentText } from "../../core/i18n/percent-text";
import { ENGAGEMENT_METRIC } from "../../core/results/engagement-rate";
import type { MetricSetting } from "../../core/results/metric-setting";
import { entryName } from "../../core/i18n/labels";
import type { ResultsPeriod } from "../../core/results/results-period";

/** How the results' figures, metrics, months and periods read in the writer's language. */
export interface ResultsWords {
	readonly t: Translate;
	readonly language: Language;
	/** A figure: `1 200`, `6,5`. */
	figure(value: number): string;
	/** A rate: `4,2 %`. */
	rate(value: number): string;
	/** A metric's name, or « Taux d'engagement ». */
	metric(key: string): string;
	/** A value of `key`: a figure, or a rate for the engagement. */
	value(key: string, value: number): string;
	/** A month: « mars 2025 »; `short`: « mars ». */
	month(start: number, short?: boolean): string;
	/** A day: « 3 mars 2025 ». */
	day(at: number): string;
	/** A period: « 90 derniers jours », « Depuis le début ». */
	period(period: ResultsPeriod): string;
}

export function resultsWords(t: Translate, language: Language, metrics: readonly MetricSetting[]): ResultsWords {
	const locale = dateLocale(language);
	const names = new Map(metrics.map((metric) => [metric.key, entryName(metric, language)]));
	const figure = (value: number): string => numberText(value, language);
	const rate = (value: number): string => percentText(value, language);
	return {
		t,
		language,
		figure,
		rate,
		metric: (key) => (key === ENGAGEMENT_METRIC ? t("results.engagement") : (names.get(key) ?? key)),
		value: (key, value) => (key === ENGAGEMENT_METRIC ? rate(value) : figure(value)),
		month: (start, short = false) => format(start, short ? "LLL" : "LLLL yyyy", { locale }),
		day: (at) => format(at, "PP", { locale }),
		period: (period) => (period.unit === "all" ? t("results.period.all") : t(period.unit === "days" ? "results.period.days" : "results.period.months", { count: period.count })),
	};
}
