import type { CardDraft } from "../../core/pipeline/card-draft";
import { publishedCount } from "../../core/drafting/card-drafts";
import type { Translate } from "../../core/i18n/translator";
import { foldedText } from "../../core/text/comparable-text";

/** Chips of a card: the element holding them, and each chip's draft path. */
const CHIP = "tls-draft-chip";

/** What a chip says to a screen reader and on hover: the format, whether it is published, and where. */
function chipLabel(draft: CardDraft, t: Translate): string {
	const channel = draft.channel ?? "";
	if (draft.published) return channel === "" ? t("drafts.chipPublished", { format: draft.name }) : t("drafts.chipPublishedOn", { format: draft.name, channel });
	return channel === "" ? t("drafts.chipDraft", { format: draft.name }) : t("drafts.chipDraftFor", { format: draft.name, channel });
}

/**
 * An idea's drafts on its card: one chip a draft (the format's name, the channel when the name does not
 * already say it, drafted or published), and how many pieces are published. A click or Enter on a chip
 * opens its draft (the board's handlers ask {@link draftPathAt}). Text only, never HTML.
 */
export function renderDraftChips(card: HTMLElement, drafts: readonly CardDraft[], t: Translate): HTMLElement {
	const row = card.createDiv({ cls: "tls-card-drafts" });
	const published = publishedCount(drafts);
	if (published > 0) row.createSpan({ cls: "tls-card-published", text: t("drafts.published", { count: published }) });
	for (const draft of drafts) {
		const label = chipLabel(draft, t);
		// The name is the button's own text, and the whole label is for screen readers only: thousands of
		// chips on a board, so each is as few elements as it can be (the label says it all on hover too).
		const chip = row.createEl("button", { cls: `${CHIP} ${draft.published ? "is-published" : "is-draft"}`, text: draft.name, attr: { "data-path": draft.path, "aria-label": label, draggable: "false" } });
		const channel = draft.channel;
		if (channel !== null && !foldedText(draft.name).includes(foldedText(channel))) chip.createSpan({ cls: "tls-draft-chip-channel", text: channel });
	}
	return row;
}

/** The path of the draft whose chip is under an event, or null. */
export function draftPathAt(event: Event): string | null {
	const target = event.target;
	if (!(target instanceof Element)) return null;
	return target.closest<HTMLElement>(`.${CHIP}[data-path]`)?.dataset.path ?? null;
}
