import { foldedText } from "../text/comparable-text";
import type { FormatSetting } from "../drafting/format-setting";
import { ENGAGEMENT_METRIC } from "./engagement-rate";
import type { MetricSetting } from "./metric-setting";
import { parseResultsPeriod } from "./results-period";
import { DEFAULT_RESULTS_OPTIONS, type ResultsOptions } from "./results-stats";

/** The options a `tls-indicators` block takes, one a line. */
export type IndicatorOption = "period" | "channel" | "format" | "metric";

/** Why a line of the block is not used. */
export type IndicatorProblem = "noColon" | "unknownOption" | "empty" | "twice" | "badPeriod" | "unknownFormat" | "unknownMetric";

/** A line of the block that is not used: its number in the block (the first line is 1), its text, and why. */
export interface IndicatorLineProblem {
	line: number;
	text: string;
	problem: IndicatorProblem;
}

/** The block's options read: those it says (the defaults for the rest), and the lines left aside. */
export interface IndicatorOptions {
	options: ResultsOptions;
	problems: IndicatorLineProblem[];
}

/** The names of each option, in English and French, folded. */
const NAMES: Readonly<Record<string, IndicatorOption>> = {
	period: "period",
	periode: "period",
	channel: "channel",
	canal: "channel",
	format: "format",
	metric: "metric",
	metrique: "metric",
	indicateur: "metric",
	indicator: "metric",
};

/** What the engagement rate is called, written folded already (as foldedText gives them): folding them at load would cost the plugin's start a Unicode pattern's compilation. */
const ENGAGEMENT_NAMES: ReadonlySet<string> = new Set(["engagement", "engagement rate", "taux d'engagement", "taux d’engagement"]);

/** The format a value names: a format's key, or its English or French name (case and accents aside); null for none. */
function formatNamed(value: string, formats: readonly FormatSetting[]): string | null {
	const wanted = foldedText(value);
	return formats.find((format) => [format.key, format.names.en, format.names.fr].some((name) => foldedText(name) === wanted))?.key ?? null;
}

/** The metric a value names: a metric's key or name, or the engagement rate; null for none. */
function metricNamed(value: string, metrics: readonly MetricSetting[]): string | null {
	const wanted = foldedText(value);
	if (ENGAGEMENT_NAMES.has(wanted)) return ENGAGEMENT_METRIC;
	return metrics.find((metric) => [metric.key, metric.names.en, metric.names.fr].some((name) => foldedText(name) === wanted))?.key ?? null;
}

/**
 * The options of a `tls-indicators` block, one a line, `name: value`: `period: 90d` (see `parseResultsPeriod`),
 * `channel: LinkedIn`, `format: Post LinkedIn` (a format of the setting, by its key or a name), `metric:
 * impressions` (a metric of the setting by its key or a name, or `engagement`). Names are English or French
 * (`période`, `canal`, `métrique`), case and accents aside. Blank lines are skipped. A line that is none of
 * these, gives an option a value it cannot take, or names one a line above already said is left aside with its number and
 * why; the other lines are used all the same.
 */
export function indicatorOptions(source: string, formats: readonly FormatSetting[], metrics: readonly MetricSetting[]): IndicatorOptions {
	const options: ResultsOptions = { ...DEFAULT_RESULTS_OPTIONS };
	const problems: IndicatorLineProblem[] = [];
	const seen = new Set<IndicatorOption>();
	source.split(/\r?\n/).forEach((raw, i) => {
		const text = raw.trim();
		if (text === "") return;
		const refuse = (problem: IndicatorProblem): void => void problems.push({ line: i + 1, text, problem });
		const colon = text.indexOf(":");
		if (colon === -1) return refuse("noColon");
		const option = NAMES[foldedText(text.slice(0, colon))];
		const value = text.slice(colon + 1).trim();
		if (option === undefined) return refuse("unknownOption");
		if (value === "") return refuse("empty");
		if (seen.has(option)) return refuse("twice");
		if (option === "channel") options.channel = value;
		else if (option === "period") {
			const period = parseResultsPeriod(value);
			if (period === null) return refuse("badPeriod");
			options.period = period;
		} else if (option === "format") {
			const format = formatNamed(value, formats);
			if (format === null) return refuse("unknownFormat");
			options.format = format;
		} else {
			const metric = metricNamed(value, metrics);
			if (metric === null) return refuse("unknownMetric");
			options.metric = metric;
		}
		// An option refused is not said yet: a later line may say it right.
		seen.add(option);
	});
	return { options, problems };
}
