import { Menu } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { shortenText } from "../../core/text/shorten-text";

/** Longest title the menu's heading shows, as long as a Notice's. */
const MENU_TITLE_CHARS = 80;

/** What a draft chip's menu can do; the board supplies it. */
export interface DraftChipActions {
	open(path: string, newTab: boolean): void;
	/** Plans the draft (its date dialog); absent for a published draft. */
	plan?(path: string): void;
}

/**
 * The menu of a draft's chip on a card (a right click, a long press, the menu key on the chip), headed by
 * the draft's title: open it, here or in a new tab, and plan it.
 */
export function buildDraftChipMenu(path: string, title: string, t: Translate, actions: DraftChipActions): Menu {
	const menu = new Menu();
	menu.addItem((item) => item.setTitle(shortenText(title, MENU_TITLE_CHARS)).setIsLabel(true));
	menu.addItem((item) => item.setTitle(t("menu.open")).setIcon("file-text").onClick(() => actions.open(path, false)));
	menu.addItem((item) => item.setTitle(t("menu.openInNewTab")).setIcon("file-plus").onClick(() => actions.open(path, true)));
	const plan = actions.plan?.bind(actions);
	if (plan) menu.addItem((item) => item.setTitle(t("menu.planDraft")).setIcon("calendar-clock").onClick(() => plan(path)));
	return menu;
}
