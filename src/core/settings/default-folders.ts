import type { Language } from "../i18n/language";

/** The folder settings: where the plugin creates each kind of note, paths of the vault. */
export type FolderSettingName = "ideasFolder" | "draftsFolder" | "booksFolder" | "brandIdeasFolder" | "productsFolder" | "templatesFolder" | "strategyFolder" | "reviewsFolder";

export type FolderSettings = Record<FolderSettingName, string>;

/** Every folder setting, in the order the settings tab shows them. */
export const FOLDER_SETTINGS: readonly FolderSettingName[] = ["ideasFolder", "templatesFolder", "booksFolder", "draftsFolder", "strategyFolder", "brandIdeasFolder", "productsFolder", "reviewsFolder"];

/** The folder settings that may be the vault's root (`""`): the strategy note, made once, was always created there. */
export const ROOT_ALLOWED: ReadonlySet<FolderSettingName> = new Set(["strategyFolder"]);

const FOLDERS: Readonly<Record<Language, FolderSettings>> = {
	fr: {
		ideasFolder: "Idées",
		draftsFolder: "Brouillons",
		booksFolder: "Lectures",
		brandIdeasFolder: "Idées de marque",
		productsFolder: "Produits",
		templatesFolder: "Modèles/Thought Leadership",
		strategyFolder: "Stratégie",
		reviewsFolder: "Revues",
	},
	en: {
		ideasFolder: "Ideas",
		draftsFolder: "Drafts",
		booksFolder: "Books",
		brandIdeasFolder: "Brand ideas",
		productsFolder: "Products",
		templatesFolder: "Templates/Thought Leadership",
		strategyFolder: "Strategy",
		reviewsFolder: "Reviews",
	},
};

/**
 * The folders of a vault the plugin starts in for the first time, in the writer's language: chosen
 * then, and saved, so that Obsidian set to another language later never moves where notes go.
 */
export function defaultFolders(language: Language): FolderSettings {
	return { ...FOLDERS[language] };
}

/** The folders earlier versions chose by Obsidian's language each time, in either language: where a vault's notes of that kind may already be. */
export function languageFolders(name: "brandIdeasFolder" | "productsFolder", language: Language): [string, string] {
	return [FOLDERS[language][name], FOLDERS[language === "fr" ? "en" : "fr"][name]];
}

/**
 * The folders a vault used before its `data.json` held them, so that it keeps them: the French
 * folders every vault had for ideas, drafts, books and templates; for brand ideas and products, which
 * followed Obsidian's language, the folder of either language that already exists in the vault
 * (`existing`), Obsidian's language first, else the one of Obsidian's language; the strategy note at the root.
 * Reviews, which no earlier version wrote, go where a new vault's go: the folder of Obsidian's language.
 */
export function earlierFolders(language: Language, existing: ReadonlySet<string> = new Set()): FolderSettings {
	const found = (name: "brandIdeasFolder" | "productsFolder"): string => {
		const candidates = languageFolders(name, language);
		return candidates.find((folder) => existing.has(folder)) ?? candidates[0];
	};
	return { ...FOLDERS.fr, brandIdeasFolder: found("brandIdeasFolder"), productsFolder: found("productsFolder"), strategyFolder: "", reviewsFolder: FOLDERS[language].reviewsFolder };
}
