import type { NoteRecord } from "../note/note-record";
import { channelOf, type Draft } from "../drafting/draft";
import type { FormatSetting } from "../drafting/format-setting";
import { brandTiesOf, type BrandTie } from "../brand/brand-ties";
import { draftFigures } from "./draft-results";
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

/** A draft's figures and channel, as read last for these metrics and formats. */
interface ReadPiece {
	metrics: readonly MetricSetting[];
	formats: readonly FormatSetting[];
	values: Record<string, number>;
	channel: string | null;
}

/**
 * Each draft's figures, read once: the drafts ledger hands out a new draft when its note changes, and the
 * same one until then, so a draft seen again with the same settings has the same figures.
 */
const readPieces = new WeakMap<Draft, ReadPiece>();

/**
 * The published drafts among `drafts`, with their figures (the metrics of the setting, read from their
 * properties) and the brand ideas of the ideas they serve. An idea link that resolves to no note brings
 * no brand idea. Each brand idea's note is read once, however many pieces carry it; each draft's figures
 * once for as long as the draft and the settings stay the same.
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
		let read = readPieces.get(draft);
		if (!read || read.metrics !== metrics || read.formats !== formats) {
			read = { metrics, formats, values: draftFigures(records.get(draft.path)?.properties, metrics), channel: channelOf(draft, formats) };
			readPieces.set(draft, read);
		}
		const brandIdeas = new Map<string, BrandTie>();
		for (const idea of draft.ideas) if (idea.path !== null) for (const tie of brandTies(idea.path)) if (!brandIdeas.has(tie.key)) brandIdeas.set(tie.key, tie);
		pieces.push({
			path: draft.path,
			title: draft.title,
			format: draft.format,
			channel: read.channel,
			publishedAt: draft.publishedAt,
			brandIdeas: [...brandIdeas.values()],
			values: read.values,
		});
	}
	return pieces;
}
