import { Menu, type App } from "obsidian";
import type { BoardCard } from "../../core/pipeline/board-model";
import type { Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import type { StageSetting } from "../../core/settings/studio-settings";
import { stageLabel } from "../../core/i18n/labels";
import { ConfirmModal } from "../shared/confirm-modal";
import { shortenText } from "../../core/text/shorten-text";

/** Longest title the menu's heading shows, as long as a Notice's: a menu grows to fit its items. */
export const MENU_TITLE_CHARS = 80;

/** What the card menu can do; the board supplies it. */
export interface CardMenuActions {
	open(path: string, newTab: boolean): void;
	moveTo(path: string, stageKey: string): void;
	trash(path: string): void;
	/** Drafts a post from the idea (picks a format first); absent where drafting is not offered. */
	draft?(path: string): void;
	/** Offers the brand ideas and ties the idea to the one chosen; absent where brand ideas are not offered. */
	tieToBrandIdea?(path: string): void;
}

/** Where a card's menu can move it: a stage, or a lane of a base, named as it shows. */
export type MenuLane = StageSetting | { key: string; label: string };

function laneName(lane: MenuLane, language: Language): string {
	return "label" in lane ? lane.label : stageLabel(lane, language);
}

/**
 * A card's menu, headed by the idea's title (which idea it acts on, on a phone too): open it (here
 * or in a new tab), open its source, draft from it, tie it to a brand idea, move it to any other stage
 * (or lane), delete it after a confirmation.
 */
export function buildCardMenu(app: App, card: BoardCard, laneKey: string, stages: readonly MenuLane[], language: Language, t: Translate, actions: CardMenuActions): Menu {
	const menu = new Menu();
	menu.addItem((item) => item.setTitle(shortenText(card.title, MENU_TITLE_CHARS)).setIsLabel(true));
	menu.addItem((item) => item.setTitle(t("menu.open")).setIcon("file-text").onClick(() => actions.open(card.path, false)));
	menu.addItem((item) => item.setTitle(t("menu.openInNewTab")).setIcon("file-plus").onClick(() => actions.open(card.path, true)));
	const sourcePath = card.sourcePath;
	if (sourcePath) menu.addItem((item) => item.setTitle(t("menu.openSource")).setIcon("link").onClick(() => actions.open(sourcePath, false)));
	const draft = actions.draft?.bind(actions);
	if (draft) menu.addItem((item) => item.setTitle(t("menu.draftFromIdea")).setIcon("pen-line").onClick(() => draft(card.path)));
	const tie = actions.tieToBrandIdea?.bind(actions);
	if (tie) menu.addItem((item) => item.setTitle(t("menu.tieToBrandIdea")).setIcon("link-2").onClick(() => tie(card.path)));
	menu.addSeparator();
	addMoveItems(menu, laneKey, stages, language, t, (key) => actions.moveTo(card.path, key));
	menu.addSeparator();
	menu.addItem((item) =>
		item
			.setTitle(t("menu.delete"))
			.setIcon("trash")
			.setWarning(true)
			.onClick(() => {
				new ConfirmModal(app, {
					title: t("confirm.delete.title"),
					body: t("confirm.delete.body", { title: card.title }),
					confirm: t("confirm.delete.ok"),
					cancel: t("common.cancel"),
					onConfirm: () => actions.trash(card.path),
				}).open();
			}),
	);
	return menu;
}

/** "Move to …" for each stage but the idea's own (`laneKey`): the card's menu and the weekly review's Move it both offer them. */
export function addMoveItems(menu: Menu, laneKey: string, stages: readonly MenuLane[], language: Language, t: Translate, moveTo: (stageKey: string) => void): void {
	for (const stage of stages) {
		if (stage.key === laneKey) continue;
		menu.addItem((item) =>
			item
				.setTitle(t("menu.moveTo", { stage: laneName(stage, language) }))
				.setIcon("arrow-right")
				.onClick(() => moveTo(stage.key)),
		);
	}
}
