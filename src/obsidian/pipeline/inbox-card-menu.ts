import { Menu } from "obsidian";
import type { InboxCard } from "../../core/pipeline/inbox-cards";
import type { Translate } from "../../core/i18n/translator";
import { displayText } from "../../core/text/display-text";
import { shortenText } from "../../core/text/shorten-text";
import { MENU_TITLE_CHARS } from "./card-menu";

/** What an Inbox card's menu can do; the board supplies it. */
export interface InboxMenuActions {
	promote(item: InboxCard): void;
	dismiss(item: InboxCard): void;
	/** Opens the note `sourcePath` at the item's line. */
	openItem(item: InboxCard, sourcePath: string, newTab: boolean): void;
}

/**
 * An Inbox card's menu, headed by the item's words as a person reads them (which item it acts on, on a phone too):
 * promote it, dismiss it, open the note it is written in (each note, when several hold it).
 */
export function buildInboxCardMenu(item: InboxCard, t: Translate, actions: InboxMenuActions): Menu {
	const menu = new Menu();
	menu.addItem((entry) => entry.setTitle(shortenText(displayText(item.text), MENU_TITLE_CHARS)).setIsLabel(true));
	menu.addItem((entry) => entry.setTitle(t("menu.promote")).setIcon("lightbulb").onClick(() => actions.promote(item)));
	menu.addItem((entry) => entry.setTitle(t("menu.dismiss")).setIcon("archive").onClick(() => actions.dismiss(item)));
	menu.addSeparator();
	if (item.sources.length < 2) {
		menu.addItem((entry) => entry.setTitle(t("menu.openSource")).setIcon("link").onClick(() => actions.openItem(item, item.sourcePath, false)));
	} else {
		for (const source of item.sources) {
			menu.addItem((entry) =>
				entry
					.setTitle(t("menu.openSourceOf", { source: source.title }))
					.setIcon("link")
					.onClick(() => actions.openItem(item, source.path, false)),
			);
		}
	}
	return menu;
}
