import { savedDatePattern } from "./date-pattern";
import type { Language } from "../i18n/language";
import { normalizeTag } from "../note/normalize-tag";
import { formatList, DEFAULT_FORMATS, type FormatSetting } from "../drafting/format-setting";
import { productList, DEFAULT_PRODUCTS, type ProductSetting } from "../brand/product-setting";

/** A stage of the idea pipeline: the value stored in `status`, and its labels. */
export interface StageSetting {
	key: string;
	labels: { en: string; fr: string };
}

/** The plugin's settings, as saved in `data.json`. */
export interface StudioSettings {
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
	/** Folder where book notes are created; the reading shelf lists its notes. */
	booksFolder: string;
}

/** The idea tag a new vault starts with: in the language the writer uses Obsidian in. */
export function defaultIdeaTag(language: Language): string {
	return language === "fr" ? "idée" : "idea";
}

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
};

/** A folder setting as typed, without surrounding blanks and slashes; the default when that leaves nothing. */
function folderSetting(value: unknown, fallback: string): string {
	const folder = typeof value === "string" ? value.trim().replace(/^\/+|\/+$/g, "").trim() : "";
	return folder === "" ? fallback : folder;
}

function stringList(value: unknown, fallback: string[]): string[] {
	if (!Array.isArray(value)) return [...fallback];
	const items = value.filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter((v) => v !== "");
	return items.length > 0 ? items : [...fallback];
}

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

function stageList(value: unknown): StageSetting[] {
	const stages = savedStageList(value);
	return isOldDefault(stages) ? stageList(undefined) : stages;
}

function savedStageList(value: unknown): StageSetting[] {
	if (!Array.isArray(value)) return DEFAULT_SETTINGS.stages.map((s) => ({ ...s, labels: { ...s.labels } }));
	const stages: StageSetting[] = [];
	for (const item of value) {
		if (typeof item !== "object" || item === null) continue;
		const record = item as Record<string, unknown>;
		const key = typeof record.key === "string" ? record.key.trim() : "";
		if (key === "" || stages.some((s) => s.key === key)) continue;
		const labels = (typeof record.labels === "object" && record.labels !== null ? record.labels : {}) as Record<string, unknown>;
		const en = typeof labels.en === "string" && labels.en.trim() !== "" ? labels.en : key;
		const fr = typeof labels.fr === "string" && labels.fr.trim() !== "" ? labels.fr : en;
		stages.push({ key, labels: { en, fr } });
	}
	return stages.length > 0 ? stages : savedStageList(undefined);
}

/**
 * Turns whatever `data.json` holds (nothing, an older version, a hand-edited file) into valid settings.
 * Unknown keys are dropped; missing or malformed ones take their default (the idea tag's in `language`).
 */
export function migrateSettings(raw: unknown, language: Language = "en"): StudioSettings {
	const data = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
	return {
		version: 1,
		watchedTags: stringList(data.watchedTags, DEFAULT_SETTINGS.watchedTags),
		ideaHeadings: stringList(data.ideaHeadings, DEFAULT_SETTINGS.ideaHeadings),
		ideasFolder: folderSetting(data.ideasFolder, DEFAULT_SETTINGS.ideasFolder),
		dateFormat: savedDatePattern(data.dateFormat, DEFAULT_SETTINGS.dateFormat),
		stages: stageList(data.stages),
		ideaTag: (typeof data.ideaTag === "string" ? normalizeTag(data.ideaTag) : null) ?? defaultIdeaTag(language),
		linkCapturedSelection: typeof data.linkCapturedSelection === "boolean" ? data.linkCapturedSelection : DEFAULT_SETTINGS.linkCapturedSelection,
		templatesFolder: folderSetting(data.templatesFolder, DEFAULT_SETTINGS.templatesFolder),
		draftsFolder: folderSetting(data.draftsFolder, DEFAULT_SETTINGS.draftsFolder),
		formats: formatList(data.formats),
		products: productList(data.products),
		booksFolder: folderSetting(data.booksFolder, DEFAULT_SETTINGS.booksFolder),
	};
}
