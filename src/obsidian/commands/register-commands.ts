import { Notice, type Plugin, type TFile } from "obsidian";
import type { Studio } from "../studio";
import type { IdeaPipeline } from "../idea-pipeline";
import type { BoardActions } from "../board-actions";
import { CaptureIdeaModal } from "../ui/capture-idea-modal";

/** What the commands need from the plugin. */
export interface CommandContext {
	plugin: Plugin;
	studio: Studio;
	pipeline: IdeaPipeline;
	actions: BoardActions;
	openPipeline: () => Promise<void>;
}

/** The command palette entries. Ids are stable (users bind hotkeys to them); none has a default hotkey. */
export function registerCommands({ plugin, studio, pipeline, actions, openPipeline }: CommandContext): void {
	const { app } = plugin;
	const t = studio.translate;
	const activeIdea = (): TFile | null => {
		const file = app.workspace.getActiveFile();
		return file && pipeline.idea(file.path) ? file : null;
	};

	plugin.addCommand({
		id: "capture-idea",
		name: t("command.captureIdea"),
		callback: () => {
			const source = app.workspace.getActiveFile();
			new CaptureIdeaModal(app, t, {
				sourceTitle: source?.basename ?? null,
				onSubmit: ({ text, body }) => actions.capture(text, body, source),
			}).open();
		},
	});

	plugin.addCommand({
		id: "capture-selection",
		name: t("command.captureSelection"),
		editorCheckCallback: (checking, editor, ctx) => {
			const selection = editor.getSelection();
			if (checking) return selection.trim() !== "";
			const source = ctx.file;
			// The first line is the idea; the rest of the selection becomes its details.
			const [first = "", ...rest] = selection.trim().split(/\r?\n/);
			void actions.capture(first, rest.join("\n"), source);
			return true;
		},
	});

	plugin.addCommand({
		id: "promote-idea-items",
		name: t("command.promoteIdeaItems"),
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (!checking) void actions.promote(file);
			return true;
		},
	});

	plugin.addCommand({
		id: "open-pipeline",
		name: t("command.openPipeline"),
		callback: () => void openPipeline(),
	});

	const moveCommand = (id: string, name: string, step: 1 | -1, atEnd: string): void => {
		plugin.addCommand({
			id,
			name,
			checkCallback: (checking) => {
				const file = activeIdea();
				if (!file) return false;
				if (checking) return true;
				const stage = pipeline.stageBeside(file.path, step);
				if (!stage) new Notice(atEnd);
				else void actions.move(file.path, stage.key, file.basename);
				return true;
			},
		});
	};
	moveCommand("move-idea-next", t("command.moveNext"), 1, t("notice.lastStage"));
	moveCommand("move-idea-previous", t("command.movePrevious"), -1, t("notice.firstStage"));

	plugin.addCommand({
		id: "undo-board-move",
		name: t("command.undoMove"),
		// Offered only when there is a move to undo.
		checkCallback: (checking) => {
			if (!pipeline.canUndo()) return false;
			if (!checking) void actions.undo();
			return true;
		},
	});
}
