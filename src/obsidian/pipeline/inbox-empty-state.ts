import type { Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import { listText } from "../../core/text/list-text";

/** What an empty Inbox needs to say what it reads. */
export interface EmptyInbox {
	/** Whether the search or a filter hides items the Inbox has. */
	filtered: boolean;
	ideaHeadings: readonly string[];
	watchedTags: readonly string[];
	language: Language;
	t: Translate;
	/** Opens the settings where the headings and tags are set. */
	openSettings(): void;
}

/**
 * Fills an Inbox with nothing to show: that the search or a filter hides its items, else which headings it reads
 * in notes with which tags, and a link to the settings that set them, so that a writer whose ideas do not show
 * learns why from the board itself.
 */
export function fillEmptyInbox(list: HTMLElement, inbox: EmptyInbox): void {
	const { t, language } = inbox;
	if (inbox.filtered) {
		list.createDiv({ cls: "tls-lane-empty", text: t("board.emptyFiltered") });
		return;
	}
	const headings = listText(
		inbox.ideaHeadings.map((heading) => t("board.quoted", { text: heading })),
		language,
		"disjunction",
	);
	const tags = listText(
		inbox.watchedTags.map((tag) => `#${tag}`),
		language,
		"disjunction",
	);
	const empty = list.createDiv({ cls: "tls-lane-empty tls-inbox-empty" });
	empty.createDiv({ text: t("board.inboxEmpty", { headings, tags }) });
	const link = empty.createEl("button", { cls: "tls-inbox-settings", text: t("board.inboxSettings") });
	link.addEventListener("click", () => inbox.openSettings());
}
