import { Notice, type Plugin } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import type { TemplateLibrary } from "./template-library";
import { describeError } from "../shared/describe-error";

/** The commands of the writer's templates. Stable ids, no default hotkey. */
export function registerTemplateCommands(plugin: Plugin, templates: TemplateLibrary, t: Translate): void {
	plugin.addCommand({
		id: "export-templates",
		name: t("command.exportTemplates"),
		callback: async () => {
			try {
				const done = await templates.exportBuiltIns();
				new Notice(done.written.length === 0 ? t("notice.templatesNone", { folder: done.folder }) : t("notice.templatesExported", { count: done.written.length, folder: done.folder, kept: done.kept }));
			} catch (error) {
				new Notice(t("notice.templatesFailed", { error: describeError(error, t) }));
			}
		},
	});
}
