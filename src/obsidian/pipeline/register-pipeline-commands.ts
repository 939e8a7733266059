import { Notice, type Plugin, type TFile } from "obsidian";
import type { Studio } from "../shared/studio";
import type { IdeaPipeline } from "./idea-pipeline";
import type { BoardActions } from "./board-actions";
import { CaptureIdeaModal } from "./capture-idea-modal";
import { capturedRange, linkCapturedSelection } from "./link-captured-selection";
import { selectionIdea } from "../../core/pipeline/selection-idea";
import type { BoardPlace } from "../../core/pipeline/board-layout";
import { explainUnreadableProperties } from "../shared/unreadable-properties";
import { stillReading } from "../shared/still-reading";

/** What the commands need from the plugin. */
export interface CommandContext {
	plugin: Plugin;
	studio: Studio;
	pipeline: IdeaPipeline;
	actions: BoardActions;
	openPipeline: (place?: BoardPlace) => Promise<void>;
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
				onSubmit: ({ text, body, origin }) => actions.capture(text, body, source, undefined, { origin }),
			}).open();
		},
	});

	plugin.addCommand({
		id: "capture-selection",
		name: t("command.captureSelection"),
		editorCheckCallback: (checking, editor, ctx) => {
			if (checking) return editor.getSelection().trim() !== "";
			const source = ctx.file;
			const range = capturedRange(editor);
			const link = studio.settings.linkCapturedSelection;
			// The first line is the idea; the rest of the selection becomes its details.
			const prefill = selectionIdea(range.text);
			new CaptureIdeaModal(app, t, {
				initialText: prefill.text,
				initialBody: prefill.body,
				sourceTitle: source?.basename ?? null,
				note: link ? t("capture.linkSelection") : undefined,
				onSubmit: async ({ text, body, origin }) => {
					const idea = await actions.captureNote(text, body, source, undefined, { origin });
					if (!idea) return false;
					// An idea note with the same words, opened instead: the selection stays as it is.
					if (idea.created && link && !linkCapturedSelection(app, editor, range, idea.file, source?.path ?? "", text)) new Notice(t("notice.selectionChanged"));
					return true;
				},
			}).open();
			return true;
		},
	});

	plugin.addCommand({
		id: "promote-idea-items",
		name: t("command.promoteIdeaItems"),
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			// Whether the note is watched, and which of its items have an idea already, is known once the notes are read.
			if (stillReading(studio, checking, "command.promoteIdeaItems")) return true;
			if (!checking) void actions.promote(file);
			return true;
		},
	});

	plugin.addCommand({
		id: "open-pipeline",
		name: t("command.openPipeline"),
		callback: () => void openPipeline(),
	});

	plugin.addCommand({
		id: "open-pipeline-tab",
		name: t("command.openPipelineTab"),
		callback: () => void openPipeline("tab"),
	});

	const moveCommand = (id: string, name: "command.moveNext" | "command.movePrevious", step: 1 | -1, atEnd: string): void => {
		plugin.addCommand({
			id,
			name: t(name),
			checkCallback: (checking) => {
				const file = activeIdea();
				if (!file) return explainUnreadableProperties(app, t, checking, name) || (app.workspace.getActiveFile()?.extension === "md" && stillReading(studio, checking, name));
				if (checking) return true;
				const stage = pipeline.stageBeside(file.path, step);
				if (!stage) new Notice(atEnd);
				else void actions.move(file.path, stage.key, pipeline.idea(file.path)?.title ?? file.basename);
				return true;
			},
		});
	};
	moveCommand("move-idea-next", "command.moveNext", 1, t("notice.lastStage"));
	moveCommand("move-idea-previous", "command.movePrevious", -1, t("notice.firstStage"));

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
