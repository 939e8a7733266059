import { setIcon } from "obsidian";
import { formatDistanceToNow } from "date-fns";
import type { BoardCard } from "../../core/pipeline/board-model";
import type { Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import { dateLocale } from "../../core/i18n/date-locale";
import { shortenText } from "../../core/text/shorten-text";
import { originCardMessage, parseOrigin } from "../../core/pipeline/idea-origin";
import { horizonMessage, parseHorizon } from "../../core/reading/book-horizon";
import { renderDraftChips } from "../drafting/draft-chips";

/** Longest title a card shows before "…"; the whole title is on hover and read by screen readers. */
export const CARD_TITLE_CHARS = 120;

/**
 * A card's title: the text as given (already shown as display text), shortened at a word when
 * long, with the whole of it in the tooltip and, for screen readers, in place of the short one.
 */
export function renderCardTitle(parent: HTMLElement, title: string): HTMLElement {
	const short = shortenText(title, CARD_TITLE_CHARS);
	if (short === title) return parent.createDiv({ cls: "tls-card-title", text: title });
	const el = parent.createDiv({ cls: "tls-card-title is-shortened", attr: { title } });
	el.createSpan({ text: short, attr: { "aria-hidden": "true" } });
	el.createSpan({ cls: "tls-visually-hidden", text: title });
	return el;
}

/** One idea on the board: title, a menu button, source and age, the days it waited once stalled, tags, and a warning for an unknown status. Text only, never HTML. */
export function renderBoardCard(card: BoardCard, t: Translate, language: Language, label = t("board.cardLabel", { title: card.title })): HTMLElement {
	const el = createDiv({
		cls: "tls-card",
		attr: { role: "listitem", tabindex: "0", draggable: "true", "data-path": card.path, "aria-label": label },
	});
	const head = el.createDiv({ cls: "tls-card-head" });
	renderCardTitle(head, card.title);
	// The menu a tap can reach: on a phone there is no right click and no drag.
	const menu = head.createEl("button", { cls: "clickable-icon tls-card-menu", attr: { "aria-label": t("board.cardMenu", { title: card.title }), tabindex: "-1" } });
	setIcon(menu, "more-vertical");
	const meta = el.createDiv({ cls: "tls-card-meta" });
	if (card.sourceTitle) meta.createSpan({ cls: "tls-card-source", text: t("board.from", { source: card.sourceTitle }) });
	const origin = parseOrigin(card.origin);
	const horizon = parseHorizon(card.horizon);
	const where = [origin ? t(originCardMessage(origin)) : null, horizon ? t(horizonMessage(horizon)) : null].filter((part) => part !== null).join(" · ");
	if (where !== "") meta.createSpan({ cls: "tls-card-origin", text: where });
	// Past the stalled threshold: how long it has waited, measured from the move that brought it here or, never moved, from its
	// creation, which then says its age as well.
	const stalled = card.stalled;
	if (card.created !== null && stalled?.from !== "created") meta.createSpan({ cls: "tls-card-age", text: formatDistanceToNow(card.created, { addSuffix: true, locale: dateLocale(language) }) });
	if (stalled) meta.createSpan({ cls: "tls-card-stalled", text: t(stalled.from === "move" ? "card.stalled" : "card.stalledCreated", { count: stalled.days }) });
	if (card.tags.length > 0) {
		const tags = el.createDiv({ cls: "tls-card-tags" });
		for (const tag of card.tags) tags.createSpan({ cls: "tls-card-tag", text: `#${tag}` });
	}
	if (card.drafts) renderDraftChips(el, card.drafts, t);
	if (card.warning === "unknownStatus") el.createDiv({ cls: "tls-card-warning", text: t("board.unknownStatus", { status: card.rawStatus ?? "" }) });
	return el;
}
