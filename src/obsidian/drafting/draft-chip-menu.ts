import { Menu } from "obsidian";
import type { CardDraft } from "../../core/pipeline/card-draft";
import type { Translate } from "../../core/i18n/translator";

/** What a draft chip's menu does; the plugin supplies it to the board. An action left out is not offered. */
export interface DraftChipActions {
	open(path: string, newTab: boolean): void;
	/** Plans the draft (its date dialog); offered on a draft not published yet. */
	plan?: (path: string) => void;
	/** Copies the draft's text as its channel takes it (Copy the post's text). */
	copyPostText?: (path: string) => void;
	/** Asks for a published draft's figures (Record results). */
	recordResults?: (path: string) => void;
}

/**
 * A draft chip's menu (a right click, a long press, the menu key or Shift+F10 on the chip), headed by the
 * draft's format and channel: open it here or in a new tab, plan it while it is not published, copy its
 * text for its channel, and for a published draft record its results.
 */
export function buildDraftChipMenu(draft: CardDraft, t: Translate, actions: DraftChipActions): Menu {
	const menu = new Menu();
	const { plan, copyPostText, recordResults } = actions;
	menu.addItem((item) => item.setTitle(draft.channel ? `${draft.name} · ${draft.channel}` : draft.name).setIsLabel(true));
	menu.addItem((item) => item.setTitle(t("menu.open")).setIcon("file-text").onClick(() => actions.open(draft.path, false)));
	menu.addItem((item) => item.setTitle(t("menu.openInNewTab")).setIcon("file-plus").onClick(() => actions.open(draft.path, true)));
	if (plan || copyPostText || (recordResults && draft.published)) menu.addSeparator();
	if (plan && !draft.published) menu.addItem((item) => item.setTitle(t("menu.planDraft")).setIcon("calendar-clock").onClick(() => plan(draft.path)));
	if (copyPostText) menu.addItem((item) => item.setTitle(t("command.copyPostText")).setIcon("clipboard-copy").onClick(() => copyPostText(draft.path)));
	if (recordResults && draft.published) menu.addItem((item) => item.setTitle(t("command.recordResults")).setIcon("bar-chart-3").onClick(() => recordResults(draft.path)));
	return menu;
}
