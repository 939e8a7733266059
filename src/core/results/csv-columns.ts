import { foldedText } from "../text/comparable-text";
import type { MetricSetting } from "./metric-setting";

/**
 * What a column of imported results holds: the publication's address, its date (day first, as French
 * sheets write `06/12/2026`, or month first, as LinkedIn's English exports do), its channel, a metric
 * (`metric:impressions`), or nothing to import.
 */
export type ColumnTarget = "url" | "date" | "date-mdy" | "channel" | "ignore" | `metric:${string}`;

/** The columns of the file, each with its target, or null when none is known yet (the writer must choose). */
export type ColumnMapping = (ColumnTarget | null)[];

/** Headers the usual exports and sheets give each target, folded (accents and case aside). */
const HEADERS: Readonly<Record<string, readonly string[]>> = {
	url: ["url", "post url", "post link", "link", "permalink", "tweet permalink", "lien", "lien du post", "adresse", "url du post"],
	date: ["date", "post publish date", "publish date", "published", "created date", "date de publication", "publie le", "publication"],
	"date-mdy": [],
	channel: ["channel", "canal", "network", "reseau", "platform", "plateforme"],
};

/** What the exports call each default metric, besides its key and names. */
const METRIC_HEADERS: Readonly<Record<string, readonly string[]>> = {
	impressions: ["views", "vues", "affichages"],
	reactions: ["likes", "j'aime", "reactions"],
	comments: ["replies", "reponses"],
	shares: ["reposts", "retweets", "republications", "partages"],
	clicks: ["url clicks", "link clicks", "clics sur le lien"],
	followers: ["follows", "new followers", "followers gained", "abonnes", "nouveaux abonnes"],
	leads: ["prospects"],
};

/** The target a header says, among the usual names: null for a header no export or sheet is known to give. */
export function guessColumn(header: string, metrics: readonly MetricSetting[]): ColumnTarget | null {
	const name = foldedText(header);
	for (const [target, names] of Object.entries(HEADERS)) if (names.includes(name)) return target as ColumnTarget;
	for (const metric of metrics) {
		const names = [metric.key, metric.names.en, metric.names.fr, ...(METRIC_HEADERS[metric.key] ?? [])].map(foldedText);
		if (names.includes(name)) return `metric:${metric.key}`;
	}
	return null;
}

/** Whether a saved target is one the import can use: a metric of the setting, or one of the others. */
export function isColumnTarget(value: unknown, metrics: readonly MetricSetting[]): value is ColumnTarget {
	if (typeof value !== "string") return false;
	if (value.startsWith("metric:")) return metrics.some((metric) => `metric:${metric.key}` === value);
	return ["url", "date", "date-mdy", "channel", "ignore"].includes(value);
}

/** The key a header is remembered by: its words, case and accents aside. */
export function columnKey(header: string): string {
	return foldedText(header);
}

/**
 * The target of each column: the one the writer chose last time for a column of that header, else the one
 * its header says ({@link guessColumn}), else none (null: the writer must choose, or the import refuses it).
 */
export function columnMapping(header: readonly string[], remembered: Readonly<Record<string, string>>, metrics: readonly MetricSetting[]): ColumnMapping {
	return header.map((name) => {
		const saved = remembered[columnKey(name)];
		return isColumnTarget(saved, metrics) ? saved : guessColumn(name, metrics);
	});
}

/** The mapping to remember: what was remembered, with the writer's choice for each column of this file. */
export function rememberedColumns(header: readonly string[], mapping: ColumnMapping, remembered: Readonly<Record<string, string>>): Record<string, string> {
	const next: Record<string, string> = { ...remembered };
	header.forEach((name, i) => {
		const target = mapping[i];
		if (target) next[columnKey(name)] = target;
	});
	return next;
}
