import type { Plugin } from "obsidian";
import type { Studio } from "../shared/studio";
import { explainUnreadableProperties } from "../shared/unreadable-properties";
import { stillReading } from "../shared/still-reading";
import type { Results } from "./results";
import { ImportResultsModal } from "./import-results-modal";

/** Opens Import results over the vault's CSV files and published drafts. */
export function openImportResults(plugin: Plugin, studio: Studio, results: Results): void {
	const { app } = plugin;
	new ImportResultsModal(app, studio.translate, {
		csvFiles: app.vault
			.getFiles()
			.filter((file) => file.extension.toLowerCase() === "csv")
			.sort((a, b) => a.path.localeCompare(b.path)),
		readFile: (file) => app.vault.cachedRead(file),
		metrics: studio.settings.metrics,
		language: studio.language,
		remembered: studio.settings.importColumns,
		today: results.today(),
		dateField: results.dateField(),
		now: results.day(),
		preview: (table, mapping, channel) => results.preview(table, mapping, channel),
		onSubmit: async (matched, readOn, remembered) => {
			await studio.updateSettings({ importColumns: remembered });
			return (await results.writeImport(matched, readOn)) > 0;
		},
	}).open();
}

/** Record results (on a published draft) and Import results. Stable ids, no default hotkey. */
export function registerResultsCommands(plugin: Plugin, studio: Studio, results: Results): void {
	const { app } = plugin;
	const t = studio.translate;
	plugin.addCommand({
		id: "record-results",
		name: t("command.recordResults"),
		checkCallback: (checking) => {
			const draft = results.published(app.workspace.getActiveFile());
			if (!draft) return explainUnreadableProperties(app, t, checking, "command.recordResults");
			if (!checking) results.openRecord(draft);
			return true;
		},
	});
	plugin.addCommand({
		id: "import-results",
		name: t("command.importResults"),
		checkCallback: (checking) => {
			// The published drafts rows are matched to are known once the notes are read.
			if (stillReading(studio, checking, "command.importResults")) return true;
			if (!checking) openImportResults(plugin, studio, results);
			return true;
		},
	});
}
