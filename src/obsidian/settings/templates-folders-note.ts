import type { Studio } from "../shared/studio";

/**
 * Under the folders left out, the templates folders the studio leaves out by itself (Obsidian's Templates
 * plugin's, Templater's, its own), each with where it comes from: the writer sees why a template is on no
 * board. Shown as known, then again once the other plugins' settings are read anew.
 */
export function templatesFoldersNote(parent: HTMLElement, studio: Studio): void {
	const t = studio.translate;
	const noteEl = parent.createDiv({ cls: "tls-templates-folders" });
	const render = (): void => {
		noteEl.empty();
		noteEl.createDiv({ text: t("settings.excludedFolders.templates") });
		const listEl = noteEl.createEl("ul");
		for (const { folder, reason } of studio.foldersLeftOut()) {
			if (reason !== "setting") listEl.createEl("li", { text: t(`settings.leftOut.${reason}`, { folder }) });
		}
	};
	render();
	void studio.rereadTemplatesFolders().then(render);
}
