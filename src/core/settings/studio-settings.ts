import { savedDatePattern } from "./date-pattern";
import type { Language } from "../i18n/language";
import { normalizeTag } from "../note/normalize-tag";
import { comparableText } from "../text/comparable-text";
import { formatList, readFormatList, DEFAULT_FORMATS, type FormatSetting } from "../drafting/format-setting";
import { productList, readProductList, DEFAULT_PRODUCTS, type ProductSetting } from "../brand/product-setting";
import { readSettingList, SETTING_LIST_LIMIT, type SettingList } from "./setting-list";
import { vaultFolder, type VaultFolderProblem } from "./vault-folder";
import { pathKey } from "../writer/taken-paths";
import { defaultFolders, earlierFolders, ROOT_ALLOWED, type FolderSettingName, type FolderSettings } from "./default-folders";
import { metricList, readMetricList, DEFAULT_METRICS, type MetricSetting } from "../results/metric-setting";
import { defaultCharLimits, readCharLimitList, type CharLimit } from "../channel-text/char-limit-setting";
import { readRhythm } from "../calendar/rhythm";

export type { FolderSettingName } from "./default-folders";

/** A stage of the idea pipeline: the value stored in `status`, and its labels. */
export interface StageSetting {
	key: string;
	labels: { en: string; fr: string };
}

/** The plugin's settings, as saved in `data.json`. */
export interface StudioSettings extends FolderSettings {
	/** Schema version, for migrations. */
	version: 1;
	/** Tags that make a note one of the writer's thinking notes. */
	watchedTags: string[];
	/** Headings whose list items are ideas. */
	ideaHeadings: string[];
	/** Folder where idea notes are created. */
	ideasFolder: string;
	/** date-fns pattern for the `created` property of new notes; the settings tab shows it in moment tokens (see `date-pattern`). */
	dateFormat: string;
	/** The pipeline's stages, in order. */
	stages: StageSetting[];
	/** Tag of new idea notes, without `#`; `idea` and `idée` are read as this tag too. */
	ideaTag: string;
	/** Whether capturing a selection replaces it with a link to the new idea note. */
	linkCapturedSelection: boolean;
	/** Folder of the writer's own templates: a note named after a built-in template replaces it. */
	templatesFolder: string;
	/** Folder where drafts are created. */
	draftsFolder: string;
	/** The formats drafts are written in. */
	formats: FormatSetting[];
	/** The products a brand idea is carried into: the framework board's columns. */
	products: ProductSetting[];
	/** Folder where book notes are created: a note in it without a type is a book note (see `isBookNote`). */
	booksFolder: string;
	/** Tags that make a note without a type a book note, wherever it is; none when the writer wants only the folder and `type: book`. */
	bookTags: string[];
	/** Folders whose notes are not the writer's work (archives, templates of their own): never read, never shown. */
	excludedFolders: string[];
	/** Folder where brand-idea notes are created. */
	brandIdeasFolder: string;
	/** Folder where product notes (a brand idea carried into a product) are created. */
	productsFolder: string;
	/** Folder where strategy notes are created; `""` is the vault's root, where earlier versions put them. */
	strategyFolder: string;
	/** Folder where Save this review writes the weekly reviews, one note a week named by its ISO week (`2026-W49`). */
	reviewsFolder: string;
	/** The most characters a post of each format holds on its channel (an X thread: each post); a format without one shows its count alone. */
	charLimits: CharLimit[];
	/** The figures a publication is measured by: each is a number property of the published draft, named by its key. */
	metrics: MetricSetting[];
	/** What each column of an imported results file holds, as the writer last chose, by the column's header (folded): `url`, `date`, `metric:impressions`, `ignore`... */
	importColumns: Record<string, string>;
	/** Whether a move writes the day it happened (`stage-since`) next to `status`, in the same edit. */
	recordStageSince: boolean;
	/** Days in one stage after which an idea is stalled: its card says for how long. */
	stalledDays: number;
	/** Pieces a week the writer means to publish on each channel (`{ LinkedIn: 3 }`): the calendar's week shows the slots left. */
	rhythm: Record<string, number>;
}

/** The most days a stalled threshold may be: a year. */
export const STALLED_DAYS_MAX = 365;

/** A stalled threshold as saved: a whole number of days from 1 to {@link STALLED_DAYS_MAX}, else null. */
export function readStalledDays(value: unknown): number | null {
	return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= STALLED_DAYS_MAX ? value : null;
}

/** The idea tag a new vault starts with: in the language the writer uses Obsidian in. */
export function defaultIdeaTag(language: Language): string {
	return language === "fr" ? "idée" : "idea";
}

/**
 * The settings a new vault starts with, its folders those of a French vault: a new vault takes its
 * folders and idea tag in the writer's language ({@link defaultFolders}, {@link defaultIdeaTag}).
 */
export const DEFAULT_SETTINGS: StudioSettings = {
	version: 1,
	watchedTags: ["journal", "réflexions"],
	ideaHeadings: ["Idées de posts", "Idées", "Post ideas"],
	ideasFolder: "Idées",
	dateFormat: "yyyy-MM-dd'T'HH:mm",
	stages: [
		{ key: "think", labels: { en: "Think", fr: "Réfléchir" } },
		{ key: "spark", labels: { en: "Spark", fr: "Étincelle" } },
		{ key: "invest", labels: { en: "Invest", fr: "Investir" } },
		{ key: "re-invest", labels: { en: "Re-invest", fr: "Réinvestir" } },
	],
	ideaTag: "idea",
	linkCapturedSelection: true,
	templatesFolder: "Modèles/Thought Leadership",
	draftsFolder: "Brouillons",
	formats: DEFAULT_FORMATS.map((f) => ({ ...f, names: { ...f.names } })),
	products: DEFAULT_PRODUCTS.map((p) => ({ ...p, names: { ...p.names } })),
	booksFolder: "Lectures",
	bookTags: ["lecture", "livre", "lectures", "book", "reading"],
	excludedFolders: [],
	brandIdeasFolder: "Idées de marque",
	productsFolder: "Produits",
	strategyFolder: "Stratégie",
	reviewsFolder: "Revues",
	charLimits: defaultCharLimits(),
	metrics: DEFAULT_METRICS.map((m) => ({ ...m, names: { ...m.names } })),
	importColumns: {},
	recordStageSince: true,
	stalledDays: 21,
	rhythm: {},
};

/**
 * The stages every vault had before the writer's own order (Think → Spark → Invest → Re-Invest).
 * Publication is now a fact of a draft; ideas still marked with these keys or labels are read by
 * the stage matcher (`LEGACY_STATUSES` in `pipeline/stage-matcher`).
 */
const OLD_DEFAULT_STAGES: readonly StageSetting[] = [
	{ key: "spark", labels: { en: "Spark", fr: "Étincelle" } },
	{ key: "think", labels: { en: "Think", fr: "À creuser" } },
	{ key: "invest", labels: { en: "Invest", fr: "Brouillon" } },
	{ key: "published", labels: { en: "Published", fr: "Publié" } },
	{ key: "re-invest", labels: { en: "Re-invest", fr: "À recycler" } },
];

/** Whether the saved stages are exactly the old default list: the writer never changed them, so they move to the new one. */
function isOldDefault(stages: readonly StageSetting[]): boolean {
	return (
		stages.length === OLD_DEFAULT_STAGES.length &&
		stages.every((stage, i) => {
			const old = OLD_DEFAULT_STAGES[i];
			return old !== undefined && stage.key === old.key && stage.labels.en === old.labels.en && stage.labels.fr === old.labels.fr;
		})
	);
}

/** One saved stage made valid: null without a key; an empty label takes the key (English) or the English label (French). */
function savedStage(item: unknown): StageSetting | null {
	if (typeof item !== "object" || item === null) return null;
	const record = item as Record<string, unknown>;
	const key = typeof record.key === "string" ? record.key.trim() : "";
	if (key === "") return null;
	const labels = (typeof record.labels === "object" && record.labels !== null ? record.labels : {}) as Record<string, unknown>;
	const en = typeof labels.en === "string" && labels.en.trim() !== "" ? labels.en : key;
	const fr = typeof labels.fr === "string" && labels.fr.trim() !== "" ? labels.fr : en;
	return { key, labels: { en, fr } };
}

/** A saved text, trimmed; null when it is not text or blank. */
function savedText(item: unknown): string | null {
	return typeof item === "string" && item.trim() !== "" ? item.trim() : null;
}

/** A saved folder to leave out, as a path of the vault; null when it is not one, or is the vault's root (which would leave out everything). */
function excludedFolder(item: unknown, configDir: string): string | null {
	if (typeof item !== "string") return null;
	const read = vaultFolder(item, configDir);
	return read.ok && read.folder !== "" ? read.folder : null;
}

/** The most column headers remembered for imports: a file of a thousand columns is not a reason for data.json to grow. */
const IMPORT_COLUMNS_LIMIT = 500;

/** The remembered columns as saved: an object of texts; null when it is not one. Entries that are not text, and those past the limit, are left out. */
function savedImportColumns(value: unknown): Record<string, string> | null {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
	const kept = Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0].trim() !== "");
	return Object.fromEntries(kept.slice(0, IMPORT_COLUMNS_LIMIT));
}

/** The settings whose value `data.json` may hold, each with its place in the settings tab. */
export type SettingName = Exclude<keyof StudioSettings, "version">;

/** The list settings: capped at {@link SETTING_LIST_LIMIT}, their repeated or invalid entries left out. */
export type ListSettingName = "watchedTags" | "ideaHeadings" | "stages" | "formats" | "products" | "bookTags" | "excludedFolders" | "charLimits" | "metrics";

/**
 * What could not be used in `data.json`, so that the writer is told: the whole file (`setting: null`)
 * or one setting, its default used instead; a folder refused, the typed path with it; a list whose
 * entries were left out (`count` of them) or that was cut at `limit`, the rest kept.
 */
export type SettingsProblem =
	| { setting: SettingName | null; kind: "invalid" }
	| { setting: FolderSettingName; kind: VaultFolderProblem; value: string; fallback: string }
	| { setting: ListSettingName; kind: "dropped"; count: number }
	| { setting: ListSettingName; kind: "capped"; limit: number };

/** Settings read from `data.json`, and what in it could not be used. */
export interface SettingsReading {
	settings: StudioSettings;
	problems: SettingsProblem[];
}

/**
 * Turns whatever `data.json` holds (nothing, an older version, a hand-edited or synced file) into valid
 * settings, setting by setting: a missing one takes its default silently (the idea tag's in `language`);
 * one of the wrong type, a folder outside the vault or in `configDir` (Obsidian's configuration folder),
 * an empty list (but that of the folders left out, which may be empty), takes its default and is named in
 * `problems`; a list keeps its valid entries, at most {@link SETTING_LIST_LIMIT}, and says how many it left out
 * (a folder to leave out that is not one of the vault, or is its root, is left out of the list). Unknown keys are dropped. Never throws.
 *
 * Folders: with no `data.json` at all (a vault the plugin starts in for the first time), those of
 * `language`; a folder missing from a saved file is the one the vault used before the setting existed
 * (`earlier`, by default {@link earlierFolders} of `language`); a folder that cannot be used, or left
 * empty, is the default of `language` (the strategy folder may be empty: the vault's root).
 */
export function readSettings(raw: unknown, language: Language, configDir: string, earlier: FolderSettings = earlierFolders(language)): SettingsReading {
	const problems: SettingsProblem[] = [];
	const isObject = typeof raw === "object" && raw !== null && !Array.isArray(raw);
	if (!isObject && raw !== null && raw !== undefined) problems.push({ setting: null, kind: "invalid" });
	const data = (isObject ? raw : {}) as Record<string, unknown>;
	const saved = (name: SettingName): unknown => (Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined);

	// `canBeEmpty`: a list that may hold nothing (folders left out) keeps an empty list; the others take their default.
	const list = <T>(name: ListSettingName, reading: SettingList<T>, fallback: () => T[], canBeEmpty = false): T[] => {
		if (saved(name) === undefined) return fallback();
		if (!reading.isList || (reading.items.length === 0 && !canBeEmpty)) {
			problems.push({ setting: name, kind: "invalid" });
			return fallback();
		}
		if (reading.dropped > 0) problems.push({ setting: name, kind: "dropped", count: reading.dropped });
		if (reading.capped) problems.push({ setting: name, kind: "capped", limit: SETTING_LIST_LIMIT });
		return reading.items;
	};
	const defaults = defaultFolders(language);
	const missing = raw === null || raw === undefined ? defaults : earlier;
	const folder = (name: FolderSettingName): string => {
		const value = saved(name);
		const fallback = defaults[name];
		if (value === undefined) return missing[name];
		if (typeof value !== "string") {
			problems.push({ setting: name, kind: "invalid" });
			return fallback;
		}
		const read = vaultFolder(value, configDir);
		if (!read.ok) problems.push({ setting: name, kind: read.problem, value, fallback });
		return read.ok && (read.folder !== "" || ROOT_ALLOWED.has(name)) ? read.folder : fallback;
	};
	const other = <T>(name: SettingName, read: (value: unknown) => T | null, fallback: T): T => {
		const value = saved(name);
		if (value === undefined) return fallback;
		const valid = read(value);
		if (valid === null) problems.push({ setting: name, kind: "invalid" });
		return valid ?? fallback;
	};
	const textList = (name: "watchedTags" | "ideaHeadings" | "bookTags"): string[] => list(name, readSettingList(saved(name), savedText), () => [...DEFAULT_SETTINGS[name]]);

	const watchedTags = textList("watchedTags");
	const ideaHeadings = textList("ideaHeadings");
	const ideasFolder = folder("ideasFolder");
	const dateFormat = other("dateFormat", (value) => (typeof value === "string" && value.trim() !== "" ? savedDatePattern(value, "") || null : null), DEFAULT_SETTINGS.dateFormat);
	const stages = list("stages", readSettingList(saved("stages"), savedStage, (stage) => comparableText(stage.key)), defaultStages);
	return {
		settings: {
			version: 1,
			watchedTags,
			ideaHeadings,
			ideasFolder,
			dateFormat,
			stages: isOldDefault(stages) ? defaultStages() : stages,
			ideaTag: other("ideaTag", (value) => (typeof value === "string" ? normalizeTag(value) : null), defaultIdeaTag(language)),
			linkCapturedSelection: other("linkCapturedSelection", (value) => (typeof value === "boolean" ? value : null), DEFAULT_SETTINGS.linkCapturedSelection),
			templatesFolder: folder("templatesFolder"),
			draftsFolder: folder("draftsFolder"),
			formats: list("formats", readFormatList(saved("formats")), () => formatList(undefined)),
			products: list("products", readProductList(saved("products")), () => productList(undefined)),
			booksFolder: folder("booksFolder"),
			// An empty list is the writer's choice here (books by folder and type only), not a list gone wrong.
			bookTags: Array.isArray(saved("bookTags")) && (saved("bookTags") as unknown[]).length === 0 ? [] : textList("bookTags"),
			excludedFolders: list("excludedFolders", readSettingList(saved("excludedFolders"), (item) => excludedFolder(item, configDir), pathKey), () => [], true),
			brandIdeasFolder: folder("brandIdeasFolder"),
			productsFolder: folder("productsFolder"),
			strategyFolder: folder("strategyFolder"),
			reviewsFolder: folder("reviewsFolder"),
			// No limit at all is the writer's choice too: every count is then shown alone.
			charLimits: list("charLimits", readCharLimitList(saved("charLimits")), defaultCharLimits, true),
			metrics: list("metrics", readMetricList(saved("metrics")), () => metricList(undefined)),
			importColumns: other("importColumns", savedImportColumns, {}),
			recordStageSince: other("recordStageSince", (value) => (typeof value === "boolean" ? value : null), DEFAULT_SETTINGS.recordStageSince),
			stalledDays: other("stalledDays", readStalledDays, DEFAULT_SETTINGS.stalledDays),
			rhythm: other("rhythm", readRhythm, {}),
		},
		problems,
	};
}

function defaultStages(): StageSetting[] {
	return DEFAULT_SETTINGS.stages.map((s) => ({ ...s, labels: { ...s.labels } }));
}

/**
 * {@link readSettings} without the report, for settings the plugin made itself (a change typed in the
 * settings tab, merged into the current ones) and for tools. Without `configDir`, a folder in it is still
 * refused as hidden: Obsidian's configuration folder always starts with a dot.
 */
export function migrateSettings(raw: unknown, language: Language = "en", configDir = ""): StudioSettings {
	return readSettings(raw, language, configDir).settings;
}
