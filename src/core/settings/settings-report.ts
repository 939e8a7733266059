import type { MessageKey } from "../i18n/messages";
import type { Translate } from "../i18n/translator";
import type { SettingName, SettingsProblem } from "./studio-settings";

/** Each setting as the settings tab names it. */
const SETTING_NAMES: Readonly<Record<SettingName, MessageKey>> = {
	watchedTags: "settings.watchedTags.name",
	ideaHeadings: "settings.ideaHeadings.name",
	ideasFolder: "settings.ideasFolder.name",
	dateFormat: "settings.dateFormat.name",
	stages: "settings.stages.name",
	ideaTag: "settings.ideaTag.name",
	linkCapturedSelection: "settings.linkSelection.name",
	templatesFolder: "settings.templatesFolder.name",
	draftsFolder: "settings.draftsFolder.name",
	formats: "settings.formats.name",
	products: "settings.products.name",
	booksFolder: "settings.booksFolder.name",
	bookTags: "settings.bookTags.name",
	excludedFolders: "settings.excludedFolders.name",
	brandIdeasFolder: "settings.brandIdeasFolder.name",
	productsFolder: "settings.productsFolder.name",
	strategyFolder: "settings.strategyFolder.name",
	reviewsFolder: "settings.reviewsFolder.name",
	charLimits: "settings.charLimits.name",
	metrics: "settings.metrics.name",
	importColumns: "settings.importColumns.name",
	recordStageSince: "settings.recordStageSince.name",
	stalledDays: "settings.stalledDays.name",
	rhythm: "settings.rhythm.name",
};

/** A problem with one setting, rather than with the whole file. */
type SettingProblem = SettingsProblem & { setting: SettingName };

function problemText(problem: SettingProblem, t: Translate): string {
	const setting = t(SETTING_NAMES[problem.setting]);
	switch (problem.kind) {
		case "invalid":
			return t("settings.problem.invalid", { setting });
		case "dropped":
			return t("settings.problem.dropped", { setting, count: problem.count });
		case "capped":
			return t("settings.problem.capped", { setting, limit: problem.limit });
		default:
			return t(`settings.problem.${problem.kind}`, { setting, value: problem.value, fallback: problem.fallback });
	}
}

/**
 * What the writer is told when `data.json` could not be used as it was, naming each setting that was
 * reset or trimmed, in the order of the file; null when everything in it was used.
 */
export function settingsReport(problems: readonly SettingsProblem[], t: Translate): string | null {
	if (problems.length === 0) return null;
	const named = problems.filter((problem): problem is SettingProblem => problem.setting !== null);
	if (named.length < problems.length) return t("settings.loaded.unreadable");
	return t("settings.loaded.problems", { problems: named.map((problem) => problemText(problem, t)).join(t("settings.loaded.separator")) });
}
