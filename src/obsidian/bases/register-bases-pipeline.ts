import { requireApiVersion, type BasesAllOptions, type Plugin } from "obsidian";
import { PIPELINE_BASES_VIEW_ID, PIPELINE_OPTION_KEYS } from "../../core/bases/pipeline-view-options";
import type { NoteWriter } from "../shared/note-writer";
import type { BasesBoardParts } from "./bases-board";
import { pipelineBasesViewFactory } from "./pipeline-bases-view";
import { newIdeaBase } from "./new-idea-base";

/** Bases' part of the plugin API, which Obsidian has from 1.10 on: absent before. */
type MaybeBases = Partial<Pick<Plugin, "registerBasesView">>;

/**
 * The pipeline as a view of Bases, where Bases is on: the view "Idea pipeline" under the id
 * `thought-leadership-pipeline` (namespaced: Bases' own `kanban` never collides), its options, and the
 * `new-idea-base` command (stable id, no default hotkey). On an Obsidian without Bases (before 1.10), or with the
 * Bases core plugin off, nothing is registered and nothing else changes. True when the view is registered.
 * https://docs.obsidian.md/Reference/TypeScript+API/Plugin/registerBasesView
 */
export function registerBasesPipeline(plugin: Plugin, parts: BasesBoardParts & { writer: NoteWriter }): boolean {
	if (requireApiVersion("1.10.0") && typeof (plugin as MaybeBases).registerBasesView === "function") {
		const { studio } = parts;
		const t = studio.translate;
		// Typed as 1.13 gives it, called with or without the view's config (1.10 gave none): the options never read it.
		const options = (): BasesAllOptions[] => [
			{ type: "property", key: PIPELINE_OPTION_KEYS.laneProperty, displayName: t("bases.option.laneProperty"), filter: (property) => property.startsWith("note.") },
			{ type: "multitext", key: PIPELINE_OPTION_KEYS.laneOrder, displayName: t("bases.option.laneOrder") },
			{ type: "toggle", key: PIPELINE_OPTION_KEYS.compact, displayName: t("bases.option.compact"), default: false },
		];
		const registered = plugin.registerBasesView(PIPELINE_BASES_VIEW_ID, { name: t("view.title"), icon: "lightbulb", factory: pipelineBasesViewFactory(parts), options });
		if (!registered) return false;
		plugin.addCommand({ id: "new-idea-base", name: t("command.newIdeaBase"), callback: () => void newIdeaBase(plugin.app, parts.writer, studio) });
		return true;
	}
	return false;
}
