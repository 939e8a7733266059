import { propertyOf, propertyReader } from "../note/property-of";
import { metricNumber } from "./metric-number";
import { RESULTS_READ_KEY, type MetricSetting } from "./metric-setting";
import { isoDay } from "../text/date-field";

/** What a published draft's properties say of its results. */
export interface DraftResults {
	/** Each metric found as a number, by its key; a metric missing or not a figure is not there. */
	values: Record<string, number>;
	/** The day the figures were read (`results-read`, `YYYY-MM-DD`), or null. */
	read: string | null;
}

/** A property's figure: a number as YAML reads it, or text a writer typed by hand (`1 200`); null otherwise. */
function figure(value: unknown): number | null {
	if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
	if (typeof value !== "string") return null;
	const read = metricNumber(value);
	return read.ok ? read.value : null;
}

/** The day a `results-read` holds: a `YYYY-MM-DD` text, a date YAML read (some readers do), or the day of a date and time. */
function readDay(value: unknown): string | null {
	const text = value instanceof Date ? value.toISOString() : typeof value === "string" ? value : null;
	const day = text === null ? null : /^\s*(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
	if (day === undefined || day === null) return null;
	return isoDay(day);
}

/**
 * The results a published draft's properties hold: each metric of the setting as a flat number property
 * named by its key (`impressions: 1200`; names are read case aside, as Obsidian does), and the day they
 * were read (`results-read: 2026-12-06`). What the stats and the weekly review read.
 */
export function draftResults(properties: Record<string, unknown> | undefined, metrics: readonly MetricSetting[]): DraftResults {
	const property = propertyReader(properties);
	return { values: figuresOf(property, metrics), read: readDay(property(RESULTS_READ_KEY)) };
}

/** Each metric of the setting found as a figure, by its key. */
function figuresOf(property: (name: string) => unknown, metrics: readonly MetricSetting[]): Record<string, number> {
	const values: Record<string, number> = {};
	for (const metric of metrics) {
		const value = figure(property(metric.key));
		if (value !== null) values[metric.key] = value;
	}
	return values;
}

/** The figures of {@link draftResults} alone, without the day they were read: what the stats count, at a fraction of the cost. */
export function draftFigures(properties: Record<string, unknown> | undefined, metrics: readonly MetricSetting[]): Record<string, number> {
	return figuresOf(propertyReader(properties), metrics);
}

/** The day a published draft's results were read (`results-read`), or null: one property read, for a pass over thousands of drafts. */
export function resultsReadDay(properties: Record<string, unknown> | undefined): string | null {
	return readDay(propertyOf(properties, RESULTS_READ_KEY));
}

/** A published draft's figure of the metric of key `key`, read as {@link draftResults} reads it, or null. */
export function metricValue(properties: Record<string, unknown> | undefined, key: string): number | null {
	return figure(propertyOf(properties, key));
}
