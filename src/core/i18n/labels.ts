import type { Language } from "./language";
import type { FormatSetting } from "../drafting/format-setting";
import type { ProductSetting } from "../brand/product-setting";
import type { StageSetting } from "../settings/studio-settings";
import type { NamedEntry } from "../settings/setting-list";
import { comparableText } from "../text/comparable-text";

/**
 * The default channels that are words rather than names (LinkedIn, X, YouTube are names), by the key
 * they are compared under: a channel written in either language (`Website`, `Site web`) is the same
 * channel, shown in the writer's language.
 */
const CHANNEL_WORDS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
	website: { en: "Website", fr: "Site web" },
	event: { en: "Event", fr: "Événement" },
};

const channelKeys = new Map<string, string>(Object.entries(CHANNEL_WORDS).flatMap(([key, names]) => [key, names.en, names.fr].map((name) => [comparableText(name), key] as const)));

/** The key a channel is counted under: `website` for `Website`, `site web` or `Site Web`; any other channel as compared (`linkedin`). */
export function channelKey(channel: string): string {
	const compared = comparableText(channel);
	return channelKeys.get(compared) ?? compared;
}

/** A channel as the writer reads it: a default channel that is a word in the writer's language; every other channel, names and the writer's own, exactly as stored. */
export function channelLabel(channel: string, language: Language): string {
	return CHANNEL_WORDS[channelKey(channel)]?.[language] ?? channel;
}

/** A stage of the settings, as the writer's language labels it. */
export function stageLabel(stage: StageSetting, language: Language): string {
	return stage.labels[language];
}

/** A format, a product or a metric of the settings, as the writer's language names it. */
export function entryName(entry: NamedEntry, language: Language): string {
	return entry.names[language];
}

/** The settings labels come from; a lookup without one of them returns its keys as they are. */
export interface LabelSource {
	formats?: readonly FormatSetting[];
	products?: readonly ProductSetting[];
	stages?: readonly StageSetting[];
}

/**
 * The one place a stored value becomes what the writer reads, in every view, picker, chip, chart
 * and notice: a channel (`Website` → « Site web »), a format's key (`webinar` → « Webinaire »), a
 * product's key or name (`talk`, `Talk` → « Conférence »), a stage's key (`spark` → « Étincelle »).
 * A value the settings do not know is shown as it is stored.
 */
export interface Labels {
	readonly language: Language;
	channel(stored: string): string;
	format(stored: string): string;
	product(stored: string): string;
	stage(stored: string): string;
}

/** Entries by key, then by key or any of their names as compared: a hand-written value finds its entry too. */
function lookup<T extends { key: string }>(entries: readonly T[] | undefined, names: (entry: T) => string[]): (stored: string) => T | undefined {
	const byKey = new Map<string, T>();
	const byName = new Map<string, T>();
	for (const entry of entries ?? []) {
		if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
		for (const name of [entry.key, ...names(entry)]) {
			const compared = comparableText(name);
			if (!byName.has(compared)) byName.set(compared, entry);
		}
	}
	return (stored) => byKey.get(stored) ?? byName.get(comparableText(stored));
}

const made = new WeakMap<LabelSource, Partial<Record<Language, Labels>>>();

/** The labels of `source` in `language`: made once for the same settings and language, then looked up in maps. */
export function labelsOf(source: LabelSource, language: Language): Labels {
	const known = made.get(source);
	const cached = known?.[language];
	if (cached) return cached;
	const format = lookup(source.formats, (f) => [f.names.en, f.names.fr]);
	const product = lookup(source.products, (p) => [p.names.en, p.names.fr]);
	const stage = lookup(source.stages, (s) => [s.labels.en, s.labels.fr]);
	const labels: Labels = {
		language,
		channel: (stored) => channelLabel(stored, language),
		format: (stored) => {
			const found = format(stored);
			return found ? entryName(found, language) : stored;
		},
		product: (stored) => {
			const found = product(stored);
			return found ? entryName(found, language) : stored;
		},
		stage: (stored) => {
			const found = stage(stored);
			return found ? stageLabel(found, language) : stored;
		},
	};
	made.set(source, { ...known, [language]: labels });
	return labels;
}
