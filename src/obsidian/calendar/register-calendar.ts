import { Notice, type Plugin, type WorkspaceLeaf } from "obsidian";
import type { DayKey } from "../../core/calendar/calendar-day";
import { collatorFor } from "../../core/pipeline/board-order";
import { laneKeyOf } from "../../core/pipeline/board-model";
import type { Idea } from "../../core/pipeline/idea";
import type { Studio } from "../shared/studio";
import { stillReading } from "../shared/still-reading";
import { explainUnreadableProperties } from "../shared/unreadable-properties";
import { noticeTitle } from "../pipeline/board-actions";
import type { IdeaPipeline } from "../pipeline/idea-pipeline";
import { FormatSuggestModal } from "../drafting/format-suggest-modal";
import { formatLabels } from "../drafting/register-drafting-commands";
import { CALENDAR_VIEW_TYPE, CalendarView, type CalendarMode } from "./calendar-view";
import { IdeaSuggestModal } from "./idea-suggest-modal";
import { PlanModal } from "./plan-modal";
import type { Planning } from "./planning";

/** What the calendar gives the rest of the plugin: the plan dialog, which a draft chip's menu on the board offers too. */
export interface CalendarParts {
	planDraft(path: string): void;
}

/**
 * The editorial calendar and its commands: `open-calendar` (a month in a tab), `open-calendar-week` (the week
 * in the side panel), `plan-draft` (on a draft note). Stable ids, no default hotkey.
 * https://docs.obsidian.md/Plugins/User+interface/Views
 */
export function registerCalendar(plugin: Plugin, studio: Studio, planning: Planning, pipeline: IdeaPipeline): CalendarParts {
	const { app } = plugin;
	const t = studio.translate;

	const planDraft = (path: string): void => {
		const draft = planning.draft(path);
		if (!draft) return;
		const title = noticeTitle(planning.titleOf(draft));
		if (draft.published) {
			new Notice(t("notice.planPublished", { title }));
			return;
		}
		const channel = planning.channelOf(draft);
		const time = draft.planned?.time ?? null;
		new PlanModal(app, t, {
			title,
			channel: channel === null ? null : studio.labels.channel(channel),
			value: draft.planned ? planning.fieldText(draft.planned) : "",
			dateField: planning.dateField(),
			today: planning.now(),
			free: planning.freeDays(draft).map((day) => ({ day, short: planning.shortDayText(day), long: planning.dayText(day), field: planning.fieldText({ day, time }) })),
			onSubmit: (planned) => planning.plan(path, planned, draft.planned),
			...(draft.planned ? { onRemove: () => planning.unplan(path, draft.planned) } : {}),
		}).open();
	};

	const fillSlot = (day: DayKey, channel: string): void => {
		const formats = planning.formatsOf(channel);
		const label = studio.labels.channel(channel);
		if (formats.length === 0) {
			new Notice(t("notice.slotNoFormat", { channel: label }));
			return;
		}
		const stages = pipeline.stages.map((stage) => stage.key);
		const order = (idea: Idea): number => {
			const at = stages.indexOf(laneKeyOf(idea, pipeline.stages));
			return at === -1 ? stages.length : at;
		};
		const collator = collatorFor(studio.language);
		const ideas = pipeline.ideas().sort((a, b) => order(a) - order(b) || collator.compare(a.title, b.title));
		if (ideas.length === 0) {
			new Notice(t("notice.slotNoIdea"));
			return;
		}
		new IdeaSuggestModal(app, ideas, (idea) => pipeline.stageLabel(laneKeyOf(idea, pipeline.stages)), t("calendar.pickIdea", { channel: label, date: planning.dayText(day) }), (idea) => {
			const only = formats.length === 1 ? formats[0] : undefined;
			if (only) void planning.draftFor(idea.path, only, day);
			else new FormatSuggestModal(app, formats, formatLabels(planning.drafting), t("draft.pickFormat", { title: noticeTitle(idea.text) }), (format) => void planning.draftFor(idea.path, format, day)).open();
		}).open();
	};

	plugin.registerView(CALENDAR_VIEW_TYPE, (leaf) => new CalendarView(leaf, studio, planning, { plan: planDraft, fillSlot }));

	const open = async (place: "tab" | "side", mode: CalendarMode): Promise<void> => {
		const { workspace } = app;
		// A loaded calendar knows its place; a deferred one is placed by its root.
		const inPlace = (leaf: WorkspaceLeaf): boolean => (leaf.view instanceof CalendarView ? leaf.view.where : leaf.getRoot() === workspace.rootSplit ? "tab" : "side") === place;
		let leaf = workspace.getLeavesOfType(CALENDAR_VIEW_TYPE).find(inPlace) ?? null;
		if (!leaf) {
			leaf = place === "tab" ? workspace.getLeaf("tab") : workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: CALENDAR_VIEW_TYPE, active: true, state: { mode, day: null } });
		}
		await workspace.revealLeaf(leaf);
	};

	plugin.addCommand({ id: "open-calendar", name: t("command.openCalendar"), callback: () => void open("tab", "month") });
	plugin.addCommand({ id: "open-calendar-week", name: t("command.openCalendarWeek"), callback: () => void open("side", "week") });
	plugin.addCommand({
		id: "plan-draft",
		name: t("command.planDraft"),
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			const draft = file ? planning.draft(file.path) : undefined;
			if (!file || !draft) return explainUnreadableProperties(app, t, checking, "command.planDraft") || (file?.extension === "md" && stillReading(studio, checking, "command.planDraft"));
			if (draft.published) return false;
			if (!checking) planDraft(file.path);
			return true;
		},
	});

	return { planDraft };
}
