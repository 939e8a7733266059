import type { PropertyValue } from "../writer/yaml-scalar";
import { metricNumber } from "./metric-number";
import { RESULTS_READ_KEY, type MetricSetting } from "./metric-setting";

/** What Record results writes, or why it writes nothing. */
export type ResultsEdit =
	| { ok: true; values: [string, PropertyValue][] }
	| { ok: false; problem: "notANumber"; metric: MetricSetting; value: string }
	| { ok: false; problem: "nothing" };

/**
 * The properties Record results writes, in one edit: each metric typed, as a number, in the order of the
 * setting, then `results-read`, the day the figures were read. A field left blank writes nothing (the
 * figure the note has stays); a figure that does not read as one ({@link metricNumber}) refuses the whole,
 * naming its metric; no figure at all refuses too.
 */
export function resultsEdit(typed: Readonly<Record<string, string>>, metrics: readonly MetricSetting[], readOn: string): ResultsEdit {
	const values: [string, PropertyValue][] = [];
	for (const metric of metrics) {
		const text = typed[metric.key] ?? "";
		const read = metricNumber(text);
		if (!read.ok) return { ok: false, problem: "notANumber", metric, value: text.trim() };
		if (read.value !== null) values.push([metric.key, read.value]);
	}
	if (values.length === 0) return { ok: false, problem: "nothing" };
	values.push([RESULTS_READ_KEY, readOn]);
	return { ok: true, values };
}
