import type { MetricSetting } from "../results/metric-setting";
import { comparableText } from "../text/comparable-text";

/** The metric evergreen candidates are chosen by when the writer chose none: the reach of a piece. */
export const EVERGREEN_METRIC = "impressions";

/**
 * The metric evergreen candidates are ranked by: the one the writer chose (`chosen`, a key), else
 * impressions, else the first of the setting; null when the setting lists none.
 */
export function evergreenMetric(metrics: readonly MetricSetting[], chosen: string | null): MetricSetting | null {
	const find = (key: string | null): MetricSetting | undefined => (key === null ? undefined : metrics.find((metric) => comparableText(metric.key) === comparableText(key)));
	return find(chosen) ?? find(EVERGREEN_METRIC) ?? metrics[0] ?? null;
}
