import type { TopPiece } from "../../core/results/results-stats";
import type { ResultsWords } from "./results-words";

/** Opens a piece's draft note; the event says whether to open it in a new tab (Ctrl/Cmd). */
export type OpenPiece = (path: string, event: MouseEvent) => void;

/**
 * The pieces that did best, in order: each a link to its draft note (a click, or Enter from the keyboard,
 * opens it), then the figure they are ranked by, its format, its channel and the day it was published.
 */
export function renderTopPieces(parent: HTMLElement, top: readonly TopPiece[], rankedBy: string, words: ResultsWords, open: OpenPiece): void {
	const list = parent.createEl("ol", { cls: "tls-results-top" });
	for (const piece of top) {
		const item = list.createEl("li", { cls: "tls-results-piece" });
		const link = item.createEl("a", { cls: "tls-results-piece-link", text: piece.title, href: "#", attr: { "data-path": piece.path } });
		link.addEventListener("click", (event) => {
			event.preventDefault();
			open(piece.path, event);
		});
		const meta = [words.t("results.valueOf", { metric: words.metric(rankedBy), value: words.value(rankedBy, piece.value) }), piece.format, piece.channel, piece.publishedAt === null ? null : words.day(piece.publishedAt)];
		item.createDiv({ cls: "tls-results-piece-meta", text: meta.filter((part): part is string => part !== null && part !== "").join(" · ") });
	}
}
