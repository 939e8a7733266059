import { parseProductLines, productLines } from "../../core/brand/product-setting";
import { PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { STALLED_DAYS_MAX, type FolderSettingName, type StudioSettings } from "../../core/settings/studio-settings";
import { stageRows } from "../../core/settings/stage-rows";
import { dateFormatField } from "./date-format-field";
import { StageListEditor } from "./stage-list-editor";
import { formatListField } from "./format-list-field";
import { folderField } from "./folder-field";
import { linesField } from "./lines-field";
import { leftOutFoldersField } from "./left-out-folders-field";
import { templatesFoldersNote } from "./templates-folders-note";
import { wholeNumberField } from "./whole-number-field";
import { rhythmField } from "./rhythm-field";
import type { Studio } from "../shared/studio";
import { charLimitsField } from "./char-limits-field";
import { metricLines, parseMetricLines } from "../../core/results/metric-setting";

/** A setting whose text area takes the full width under its name: lists one item a line need room. */
function wide(setting: Setting): Setting {
	setting.settingEl.addClass("tls-setting-wide");
	return setting;
}

/** One row of the settings tab: what it is called, and how its control is built. */
interface SettingRow {
	name: string;
	desc: string;
	build: (setting: Setting) => void;
}

interface SettingSection {
	heading: string;
	rows: SettingRow[];
}

/**
 * The plugin's settings, in the language of Obsidian. Obsidian 1.13 and later render them from
 * getSettingDefinitions (and find them in settings search); older versions call display().
 * https://docs.obsidian.md/Reference/TypeScript+API/PluginSettingTab
 */
export class StudioSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly studio: Studio,
	) {
		super(app, plugin);
	}

	getSettingDefinitions(): SettingDefinitionItem[] {
		return this.sections().map((section) => ({
			type: "group" as const,
			heading: section.heading,
			items: section.rows.map((row) => ({ name: row.name, desc: row.desc, render: (setting: Setting) => row.build(setting) })),
		}));
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const section of this.sections()) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const row of section.rows) row.build(new Setting(containerEl).setName(row.name).setDesc(row.desc));
		}
	}

	private sections(): SettingSection[] {
		const { studio } = this;
		const t = studio.translate;
		const settings = studio.settings;
		const save = (change: Partial<StudioSettings>): void => {
			void studio.updateSettings(change);
		};
		const folder = (key: FolderSettingName, name: string) => (setting: Setting) =>
			folderField(setting, settings[key], name, studio.configDir, t, (value) => save({ [key]: value }));
		return [
			{
				heading: t("settings.heading.index"),
				rows: [
					{
						name: t("settings.watchedTags.name"),
						desc: t("settings.watchedTags.desc"),
						build: (setting) => {
							linesField(wide(setting), settings.watchedTags.join("\n"), t("settings.watchedTags.name"), t, (watchedTags) => save({ watchedTags }));
						},
					},
					{
						name: t("settings.ideaHeadings.name"),
						desc: t("settings.ideaHeadings.desc"),
						build: (setting) => {
							linesField(wide(setting), settings.ideaHeadings.join("\n"), t("settings.ideaHeadings.name"), t, (ideaHeadings) => save({ ideaHeadings }));
						},
					},
					{
						name: t("settings.excludedFolders.name"),
						desc: t("settings.excludedFolders.desc"),
						build: (setting) => {
							leftOutFoldersField(wide(setting), this.app, settings.excludedFolders, studio.configDir, t, (excludedFolders) => save({ excludedFolders }));
							templatesFoldersNote(setting.descEl, studio);
						},
					},
				],
			},
			{
				heading: t("settings.heading.pipeline"),
				rows: [
					{
						name: t("settings.ideasFolder.name"),
						desc: t("settings.ideasFolder.desc"),
						build: folder("ideasFolder", t("settings.ideasFolder.name")),
					},
					{
						name: t("settings.templatesFolder.name"),
						desc: t("settings.templatesFolder.desc"),
						build: folder("templatesFolder", t("settings.templatesFolder.name")),
					},
					{
						name: t("settings.booksFolder.name"),
						desc: t("settings.booksFolder.desc"),
						build: folder("booksFolder", t("settings.booksFolder.name")),
					},
					{
						name: t("settings.bookTags.name"),
						desc: t("settings.bookTags.desc"),
						build: (setting) => {
							linesField(wide(setting), settings.bookTags.join("\n"), t("settings.bookTags.name"), t, (bookTags) => save({ bookTags }));
						},
					},
					{
						name: t("settings.ideaTag.name"),
						desc: t("settings.ideaTag.desc"),
						build: (setting) => {
							setting.addText((text) => text.setValue(settings.ideaTag).onChange((value) => save({ ideaTag: value })));
						},
					},
					{
						name: t("settings.linkSelection.name"),
						desc: t("settings.linkSelection.desc"),
						build: (setting) => {
							setting.addToggle((toggle) => toggle.setValue(settings.linkCapturedSelection).onChange((value) => save({ linkCapturedSelection: value })));
						},
					},
					{
						name: t("settings.dateFormat.name"),
						desc: t("settings.dateFormat.desc"),
						build: (setting) => dateFormatField(setting, settings.dateFormat, studio.language, t, (dateFormat) => save({ dateFormat })),
					},
					{
						name: t("settings.stages.name"),
						desc: t("settings.stages.desc"),
						build: (setting) => {
							new StageListEditor(wide(setting).controlEl, stageRows(settings.stages), t, (stages) => save({ stages }));
						},
					},
					{
						name: t("settings.dismissed.name"),
						desc: t("settings.dismissed.desc", { count: studio.dismissed.length }),
						build: (setting) => {
							setting.addButton((button) => {
								button.setButtonText(t("settings.dismissed.bringAllBack")).setDisabled(studio.dismissed.length === 0);
								button.onClick(async () => {
									button.setDisabled(true);
									await studio.updateDismissed([]);
									setting.setDesc(t("settings.dismissed.desc", { count: 0 }));
								});
							});
						},
					},
					{
						name: t("settings.recordStageSince.name"),
						desc: t("settings.recordStageSince.desc"),
						build: (setting) => {
							setting.addToggle((toggle) => toggle.setValue(settings.recordStageSince).onChange((value) => save({ recordStageSince: value })));
						},
					},
					{
						name: t("settings.stalledDays.name"),
						desc: t("settings.stalledDays.desc"),
						build: (setting) =>
							wholeNumberField(setting, settings.stalledDays, t("settings.stalledDays.name"), { min: 1, max: STALLED_DAYS_MAX }, t("settings.stalledDays.invalid", { max: STALLED_DAYS_MAX }), (stalledDays) => save({ stalledDays })),
					},
				],
			},
			{
				heading: t("settings.heading.drafting"),
				rows: [
					{
						name: t("settings.draftsFolder.name"),
						desc: t("settings.draftsFolder.desc"),
						build: folder("draftsFolder", t("settings.draftsFolder.name")),
					},
					{
						name: t("settings.strategyFolder.name"),
						desc: t("settings.strategyFolder.desc"),
						build: folder("strategyFolder", t("settings.strategyFolder.name")),
					},
					{
						name: t("settings.formats.name"),
						desc: t("settings.formats.desc"),
						build: (setting) => formatListField(wide(setting), settings.formats, () => studio.settings.stages.map((s) => s.key), t, (formats) => save({ formats })),
					},
					{
						name: t("settings.charLimits.name"),
						desc: t("settings.charLimits.desc"),
						build: (setting) => charLimitsField(wide(setting), settings.charLimits, t, (charLimits) => save({ charLimits })),
					},
				],
			},
			{
				heading: t("settings.heading.results"),
				rows: [
					{
						name: t("settings.metrics.name"),
						desc: t("settings.metrics.desc"),
						build: (setting) => {
							linesField(wide(setting), metricLines(settings.metrics), t("settings.metrics.name"), t, (lines) => save({ metrics: parseMetricLines(lines.join("\n")) }));
						},
					},
					{
						name: t("settings.importColumns.name"),
						desc: t("settings.importColumns.desc"),
						build: (setting) => {
							const count = Object.keys(settings.importColumns).length;
							if (count === 0) setting.descEl.createDiv({ text: t("settings.importColumns.none") });
							else setting.addButton((button) => button.setButtonText(t("settings.importColumns.forget", { count })).onClick(() => {
								save({ importColumns: {} });
								button.setDisabled(true);
							}));
						},
					},
				],
			},
			{
				heading: t("settings.heading.calendar"),
				rows: [
					{
						name: t("settings.rhythm.name"),
						desc: t("settings.rhythm.desc"),
						build: (setting) => rhythmField(wide(setting), settings.rhythm, t, (rhythm) => save({ rhythm })),
					},
				],
			},
			{
				heading: t("settings.heading.review"),
				rows: [
					{
						name: t("settings.reviewsFolder.name"),
						desc: t("settings.reviewsFolder.desc"),
						build: folder("reviewsFolder", t("settings.reviewsFolder.name")),
					},
				],
			},
			{
				heading: t("settings.heading.brand"),
				rows: [
					{
						name: t("settings.brandIdeasFolder.name"),
						desc: t("settings.brandIdeasFolder.desc"),
						build: folder("brandIdeasFolder", t("settings.brandIdeasFolder.name")),
					},
					{
						name: t("settings.productsFolder.name"),
						desc: t("settings.productsFolder.desc"),
						build: folder("productsFolder", t("settings.productsFolder.name")),
					},
					{
						name: t("settings.products.name"),
						desc: t("settings.products.desc"),
						build: (setting) => {
							linesField(wide(setting), productLines(settings.products), t("settings.products.name"), t, (lines) => save({ products: parseProductLines(lines.join("\n")) }));
						},
					},
				],
			},
		];
	}
}
