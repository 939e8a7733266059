import { Menu } from "obsidian";
import type { CardDraft } from "../../core/pipeline/card-draft";
import type { Translate } from "../../core/i18n/translator";

/** What a draft chip's menu does; the plugin supplies it to the board. */
export interface DraftChipActions {
	open(path: string, newTab: boolean): void;
	/** Copies the draft's text as its channel takes it (Copy the post's text). */
	copyPostText(path: string): void;
	/** Asks for a published draft's figures (Record results). */
	recordResults(path: string): void;
}

/**
 * A draft chip's menu (right click, the menu key, or Shift+F10 on the chip), headed by the draft's format:
 * open it here or in a new tab, copy its text for its channel, and for a published draft record its results.
 */
export function buildDraftChipMenu(draft: CardDraft, t: Translate, actions: DraftChipActions): Menu {
	const menu = new Menu();
	menu.addItem((item) => item.setTitle(draft.channel ? `${draft.name} · ${draft.channel}` : draft.name).setIsLabel(true));
	menu.addItem((item) => item.setTitle(t("menu.open")).setIcon("file-text").onClick(() => actions.open(draft.path, false)));
	menu.addItem((item) => item.setTitle(t("menu.openInNewTab")).setIcon("file-plus").onClick(() => actions.open(draft.path, true)));
	menu.addSeparator();
	menu.addItem((item) => item.setTitle(t("command.copyPostText")).setIcon("clipboard-copy").onClick(() => actions.copyPostText(draft.path)));
	if (draft.published) menu.addItem((item) => item.setTitle(t("command.recordResults")).setIcon("bar-chart-3").onClick(() => actions.recordResults(draft.path)));
	return menu;
}
