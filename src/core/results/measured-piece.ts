import type { NoteRecord } from "../note/note-record";
import { channelOf, type Draft } from "../drafting/draft";
import type { FormatSetting } from "../drafting/format-setting";
import { brandTiesOf, type BrandTie } from "../brand/brand-ties";
import { draftResults } from "./draft-results";
import type { MetricSetting } from "./metric-setting";

/** A published draft as the results see it: where and when it was published, what it carries, and its figures. */
export interface MeasuredPiece {
	path: string;
	title: string;
	/** The `format` property as written, or null. */
	format: string | null;
	/** The channel it was published on (its own, else its format's), as written, or null. */
	channel: string | null;
	/** The `published` date, epoch ms, or null when missing or unreadable. */
	publishedAt: number | null;
	/** The brand ideas of its ideas (their `brand-idea` links), each once. */
	brandIdeas: BrandTie[];
	/** Its figures by metric key: empty when no result is recorded. */
	values: Record<string, number>;
}

/** Where the pieces' notes are read: the index's records by path. */
export interface PieceRecords {
	get(path: string): NoteRecord | undefined;
}

/**
 * The published drafts among `drafts`, with their figures (the metrics of the setting, read from their
 * properties) and the brand ideas of the ideas they serve. An idea link that resolves to no note brings
 * no brand idea. Each brand idea's note is read once, however many pieces carry it.
 */
export function measuredPieces(drafts: readonly Draft[], records: PieceRecords, formats: readonly FormatSetting[], metrics: readonly MetricSetting[]): MeasuredPiece[] {
	const tiesOfIdea = new Map<string, BrandTie[]>();
	const brandTies = (ideaPath: string): BrandTie[] => {
		let ties = tiesOfIdea.get(ideaPath);
		if (!ties) {
			const idea = records.get(ideaPath);
			ties = idea ? brandTiesOf(idea, (path) => records.get(path)) : [];
			tiesOfIdea.set(ideaPath, ties);
		}
		return ties;
	};
	const pieces: MeasuredPiece[] = [];
	for (const draft of drafts) {
		if (!draft.published) continue;
		const record = records.get(draft.path);
		const brandIdeas = new Map<string, BrandTie>();
		for (const idea of draft.ideas) if (idea.path !== null) for (const tie of brandTies(idea.path)) if (!brandIdeas.has(tie.key)) brandIdeas.set(tie.key, tie);
		pieces.push({
			path: draft.path,
			title: draft.title,
			format: draft.format,
			channel: channelOf(draft, formats),
			publishedAt: draft.publishedAt,
			brandIdeas: [...brandIdeas.values()],
			values: draftResults(record?.properties, metrics).values,
		});
	}
	return pieces;
}
