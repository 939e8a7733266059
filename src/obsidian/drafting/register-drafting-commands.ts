import type { Plugin, TFile } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import type { Studio } from "../shared/studio";
import { stillReading } from "../shared/still-reading";
import { noticeTitle } from "../pipeline/board-actions";
import type { Drafting } from "./drafting";
import type { FormatSetting } from "../../core/drafting/format-setting";
import { FormatSuggestModal, type FormatLabels } from "./format-suggest-modal";
import { PublishModal } from "./publish-modal";
import { explainUnreadableProperties } from "../shared/unreadable-properties";

/** How the format picker names each format, in the writer's language. */
export function formatLabels(drafting: Drafting): FormatLabels {
	return { name: (format: FormatSetting) => drafting.formatName(format), detail: (format: FormatSetting) => drafting.formatDetail(format) };
}

/** Opens the format picker for an idea and drafts in the chosen format; nothing is written when it is closed. Used by the palette and the board. */
export function pickFormatAndDraft(plugin: Plugin, drafting: Drafting, t: Translate, ideaPath: string, selection = ""): void {
	const idea = drafting.idea(ideaPath);
	if (!idea) return;
	new FormatSuggestModal(plugin.app, drafting.formatsFor(idea), formatLabels(drafting), t("draft.pickFormat", { title: noticeTitle(idea.text) }), (format) => void drafting.draftFromIdea(ideaPath, format, selection)).open();
}

/** The drafting commands. Stable ids, no default hotkey; each is offered only where it applies. */
export function registerDraftingCommands(plugin: Plugin, drafting: Drafting, studio: Studio): void {
	const { app } = plugin;
	const t = studio.translate;
	const activeNote = (): boolean => app.workspace.getActiveFile()?.extension === "md";
	const activeDraft = () => drafting.draft(app.workspace.getActiveFile());
	const activeIdea = (): TFile | null => {
		const file = app.workspace.getActiveFile();
		return file && drafting.idea(file.path) ? file : null;
	};

	plugin.addCommand({
		id: "draft-from-idea",
		name: t("command.draftFromIdea"),
		checkCallback: (checking) => {
			const file = activeIdea();
			if (!file) return explainUnreadableProperties(app, t, checking, "command.draftFromIdea") || (activeNote() && stillReading(studio, checking, "command.draftFromIdea"));
			if (!checking) pickFormatAndDraft(plugin, drafting, t, file.path, app.workspace.activeEditor?.editor?.getSelection() ?? "");
			return true;
		},
	});

	plugin.addCommand({
		id: "reinvest-draft",
		name: t("command.reinvestDraft"),
		checkCallback: (checking) => {
			const draft = activeDraft();
			if (!draft) return explainUnreadableProperties(app, t, checking, "command.reinvestDraft");
			// The draft's idea, which a re-invested draft moves, is known once the notes are read.
			if (stillReading(studio, checking, "command.reinvestDraft")) return true;
			if (!checking) {
				new FormatSuggestModal(app, drafting.formatsBesides(draft), formatLabels(drafting), t("draft.pickReinvest", { title: noticeTitle(drafting.draftTitle(draft)) }), (format) => void drafting.reinvest(draft, format)).open();
			}
			return true;
		},
	});

	plugin.addCommand({
		id: "mark-published",
		name: t("command.markPublished"),
		checkCallback: (checking) => {
			const draft = activeDraft();
			if (!draft) return explainUnreadableProperties(app, t, checking, "command.markPublished");
			if (!checking) {
				new PublishModal(app, t, {
					title: drafting.draftTitle(draft),
					channel: drafting.defaultChannel(draft),
					date: drafting.todayText(),
					dateField: drafting.dateField(),
					today: drafting.now(),
					onSubmit: (publication) => drafting.markPublished(draft, publication),
				}).open();
			}
			return true;
		},
	});

	plugin.addCommand({
		id: "new-strategy",
		name: t("command.newStrategy"),
		callback: () => void drafting.newStrategy(),
	});
}
