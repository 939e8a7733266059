import type { BoardInput } from "../../core/pipeline/board-model";
import { cardDrafts } from "../../core/drafting/card-drafts";
import { bookHorizon } from "../../core/reading/harvest";
import { isBookNote } from "../../core/reading/is-book-note";
import type { Studio } from "../shared/studio";

/** What a card shows beyond its idea note, read from the studio: the horizon of its source book, its drafts, how long it has waited. */
export type CardExtras = Required<Pick<BoardInput, "horizonOf" | "draftsOf" | "stalled">>;

/** The extras of the cards drawn now (`now`: the clock that says how long an idea has waited). */
export function cardExtras(studio: Studio, now = Date.now()): CardExtras {
	return {
		horizonOf: (path) => {
			const record = studio.index.get(path);
			return record && isBookNote(record, studio.settings) ? bookHorizon(record) : null;
		},
		draftsOf: (path) => cardDrafts(studio.drafts.of(path), studio.settings.formats, studio.labels),
		stalled: { now, days: studio.settings.stalledDays },
	};
}
