import { readKeyAndNames, readSettingList, type NamedEntry, type SettingList } from "../settings/setting-list";
import { needsYamlQuotes } from "../writer/yaml-scalar";
import { comparableText } from "../text/comparable-text";

/**
 * A figure a publication is measured by (impressions, reactions...): the key of the number property it is
 * stored in on the published draft (`impressions: 1200`), and its names.
 */
export type MetricSetting = NamedEntry;

const metric = (key: string, en: string, fr: string): MetricSetting => ({ key, names: { en, fr } });

/** The figures a new vault starts with: what LinkedIn and X report of a post, and what it brought. */
export const DEFAULT_METRICS: readonly MetricSetting[] = [
	metric("impressions", "Impressions", "Impressions"),
	metric("reactions", "Reactions", "Réactions"),
	metric("comments", "Comments", "Commentaires"),
	metric("shares", "Shares", "Partages"),
	metric("clicks", "Clicks", "Clics"),
	metric("followers", "New followers", "Nouveaux abonnés"),
	metric("leads", "Leads", "Prospects"),
];

/** The property beside the figures: the day they were read (`results-read: 2026-12-06`). */
export const RESULTS_READ_KEY = "results-read";

/** Properties a draft has for other reasons: a metric never takes their name. */
const TAKEN_KEYS = new Set(["type", "idea", "format", "channel", "status", "created", "reinvested-from", "published", "url", "tags", "aliases", "cssclasses", RESULTS_READ_KEY]);

/** Whether a key can name a metric's property: written plain, no colon, not a property the draft has for another reason. */
export function isMetricKey(key: string): boolean {
	return key !== "" && !needsYamlQuotes(key) && !key.includes(":") && !/\s/.test(key) && !TAKEN_KEYS.has(comparableText(key));
}

/** One saved metric made valid: null without a key fit for a property; missing names take the key. */
function savedMetric(item: unknown): MetricSetting | null {
	const saved = readKeyAndNames(item);
	return saved && isMetricKey(saved.key) ? { key: saved.key, names: saved.names } : null;
}

/** The metrics setting as saved, entry by entry: entries without a usable key or with a key already seen (case aside) are left out, and counted. */
export function readMetricList(value: unknown): SettingList<MetricSetting> {
	return readSettingList(value, savedMetric, (metric) => comparableText(metric.key));
}

/** The metrics setting as saved made valid; nothing left gives the defaults. */
export function metricList(value: unknown): MetricSetting[] {
	const metrics = readMetricList(value).items;
	return metrics.length > 0 ? metrics : DEFAULT_METRICS.map((m) => ({ ...m, names: { ...m.names } }));
}

/** The metrics as the settings tab shows them: one a line, `key | English name | French name`. */
export function metricLines(metrics: readonly MetricSetting[]): string {
	return metrics.map((m) => `${m.key} | ${m.names.en} | ${m.names.fr}`).join("\n");
}

/** The metrics typed in the settings tab, one a line (`key | English name | French name`; names may be left out; a key unfit for a property is left out). */
export function parseMetricLines(text: string): MetricSetting[] {
	return metricList(
		text.split(/\r?\n/).map((line) => {
			const [key = "", en = "", fr = ""] = line.split("|").map((part) => part.trim());
			return { key, names: { en, fr } };
		}),
	);
}
