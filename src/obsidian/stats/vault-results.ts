import { measuredPieces } from "../../core/results/measured-piece";
import { resultsStats, type ResultsOptions, type ResultsStats } from "../../core/results/results-stats";
import type { Studio } from "../shared/studio";

/** What worked over the vault's published drafts as the index has them now, for `options`, counted back from `now`. */
export function vaultResults(studio: Studio, options: ResultsOptions, now: number, topCount?: number): ResultsStats {
	const { formats, metrics } = studio.settings;
	return resultsStats({
		pieces: measuredPieces(studio.drafts.all(), studio.index, formats, metrics),
		metrics,
		formats,
		language: studio.language,
		options,
		now,
		topCount,
	});
}
