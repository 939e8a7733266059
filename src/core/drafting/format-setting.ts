import { readKeyAndNames, readSettingList, type NamedEntry, type SettingList } from "../settings/setting-list";

/**
 * A format a draft is written in (a LinkedIn post, a white paper...): the value stored in a
 * draft's `format` property, its names, the channel it is published on, and the stage of the idea
 * it serves (`spark` for short pieces, `invest` for long ones). Its template is the built-in
 * template of the same key, or the writer's note named after it in the templates folder.
 */
export interface FormatSetting extends NamedEntry {
	/** Where it is published: stored in a draft's `channel` property, as written here. */
	channel: string;
	/** Stage key of the idea this format serves. */
	stage: string;
}

const format = (key: string, en: string, fr: string, channel: string, stage: "spark" | "invest"): FormatSetting => ({ key, names: { en, fr }, channel, stage });

/** The formats a new vault starts with: short pieces spark an idea, long ones invest in it. */
export const DEFAULT_FORMATS: readonly FormatSetting[] = [
	format("linkedin-post", "LinkedIn post", "Post LinkedIn", "LinkedIn", "spark"),
	format("x-thread", "X thread", "Thread X", "X", "spark"),
	format("facebook-post", "Facebook post", "Post Facebook", "Facebook", "spark"),
	format("instagram-carousel", "Instagram carousel", "Carrousel Instagram", "Instagram", "spark"),
	format("newsletter-issue", "Newsletter issue", "Numéro de newsletter", "Newsletter", "spark"),
	format("infographic-brief", "Infographic brief", "Brief d'infographie", "Website", "spark"),
	format("blog-article", "Blog article", "Article de blog", "Blog", "invest"),
	format("youtube-script", "YouTube video script", "Script de vidéo YouTube", "YouTube", "invest"),
	format("podcast-episode", "Podcast episode", "Épisode de podcast", "Podcast", "invest"),
	format("sales-page", "Sales page", "Page de vente", "Website", "invest"),
	format("webinar", "Webinar", "Webinaire", "Event", "invest"),
	format("white-paper", "White paper", "Livre blanc", "Website", "invest"),
	format("case-study", "Customer case study", "Étude de cas client", "Website", "invest"),
	format("slide-deck", "Slide deck", "Présentation", "Event", "invest"),
	format("talk", "Talk", "Conférence", "Event", "invest"),
];

/** One saved format made valid: null without a key; missing names take the key, a missing channel or stage is empty. */
function savedFormat(item: unknown): FormatSetting | null {
	const saved = readKeyAndNames(item);
	if (!saved) return null;
	const text = (field: unknown): string => (typeof field === "string" ? field.trim() : "");
	return { key: saved.key, names: saved.names, channel: text(saved.record.channel), stage: text(saved.record.stage) };
}

/** The formats setting as saved, entry by entry: entries without a key or with a key already seen are left out, and counted. */
export function readFormatList(value: unknown): SettingList<FormatSetting> {
	return readSettingList(value, savedFormat, (format) => format.key);
}

/**
 * The formats setting as saved (nothing, an older file, a hand edit) made valid: entries without a
 * key or with a key already seen are dropped, missing names take the key, a missing channel or
 * stage is empty; nothing left gives the defaults.
 */
export function formatList(value: unknown): FormatSetting[] {
	const formats = readFormatList(value).items;
	return formats.length > 0 ? formats : DEFAULT_FORMATS.map((f) => ({ ...f, names: { ...f.names } }));
}
