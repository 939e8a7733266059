import type { Language } from "../i18n/language";
import type { Idea } from "../pipeline/idea";
import type { Draft } from "../drafting/draft";
import type { FormatSetting } from "../drafting/format-setting";
import type { StageSetting } from "../settings/studio-settings";
import { laneKeyOf } from "../pipeline/board-model";
import { collatorFor } from "../pipeline/board-order";
import { entryName } from "../i18n/labels";
import { normalizeTag, watchedTagMatcher } from "../note/normalize-tag";

/** What the grid's menus ask for; null means any. */
export interface ReuseFilter {
	/** A stage key, or `OTHER_LANE_KEY` for ideas whose status names no stage. */
	stage: string | null;
	/** A tag with or without `#`; nested tags match too (`clients` finds `clients/pme`). */
	tag: string | null;
	/** The path of a brand idea the ideas are tied to. */
	brand: string | null;
}

export const ANY_IDEA: ReuseFilter = { stage: null, tag: null, brand: null };

/** What a cell says: nothing in that format yet, a draft, a publication; for a product, its note. */
export type ReuseCellState = "empty" | "draft" | "published" | "note";

/** One idea in one format (or one brand idea in one product). */
export interface ReuseCell {
	/** The column's key: a format's, or a product's. */
	key: string;
	state: ReuseCellState;
	/** The note the cell opens (the last published draft, else the last written); null for an empty cell. */
	path: string | null;
	/** When it was published (a publication) or written (a draft), epoch ms; null when unknown or empty. */
	date: number | null;
	/** How many notes stand in this cell. */
	count: number;
}

export interface ReuseColumn {
	key: string;
	/** The format's name in the writer's language. */
	label: string;
}

export interface ReuseRow {
	path: string;
	title: string;
	/** The idea's stage key, or `OTHER_LANE_KEY`. */
	stage: string;
	cells: ReuseCell[];
}

/** The ideas against the formats, and what the menus offer. */
export interface ReuseGrid {
	columns: ReuseColumn[];
	/** The ideas the filter keeps, by title (naturally: n°2 before n°10). */
	rows: ReuseRow[];
	/** Ideas before the filter. */
	total: number;
	/** The tags of the ideas, sorted: the tag menu's choices. */
	tags: string[];
}

export interface ReuseGridInput {
	ideas: readonly Idea[];
	/** The drafts of an idea, by its path (the drafts ledger). */
	draftsOf(ideaPath: string): readonly Draft[];
	formats: readonly FormatSetting[];
	stages: readonly StageSetting[];
	language: Language;
	filter: ReuseFilter;
	/** Whether the idea at `ideaPath` is tied to the brand idea at `brandPath` (its `brand-idea` links it). */
	tiedTo(ideaPath: string, brandPath: string): boolean;
}

const NO_DRAFT: Omit<ReuseCell, "key"> = { state: "empty", path: null, date: null, count: 0 };

/** The later of two dates, an unknown one losing. */
function later(a: number | null, b: number | null): boolean {
	return a !== null && (b === null || a > b);
}

/**
 * The cell of one idea's drafts in one format: published when one of them is (the last published shown),
 * else a draft (the last written shown), else empty.
 */
export function draftCell(key: string, drafts: readonly Draft[]): ReuseCell {
	let shown: Draft | null = null;
	let count = 0;
	for (const draft of drafts) {
		count++;
		if (shown === null) shown = draft;
		else if (draft.published !== shown.published) {
			if (draft.published) shown = draft;
		} else if (later(draft.published ? draft.publishedAt : draft.created, shown.published ? shown.publishedAt : shown.created)) shown = draft;
	}
	if (shown === null) return { key, ...NO_DRAFT };
	return { key, state: shown.published ? "published" : "draft", path: shown.path, date: shown.published ? shown.publishedAt : shown.created, count };
}

/** An idea's drafts by format key; drafts of a format the setting does not list are in no column. */
function byFormat(drafts: readonly Draft[]): Map<string, Draft[]> {
	const groups = new Map<string, Draft[]>();
	for (const draft of drafts) {
		if (draft.format === null) continue;
		const group = groups.get(draft.format);
		if (group) group.push(draft);
		else groups.set(draft.format, [draft]);
	}
	return groups;
}

/**
 * The re-use grid: the ideas the filter keeps (rows, by title) against the formats of the setting (columns, in
 * its order), each cell saying whether the idea has a draft or a publication in that format, and its date.
 */
export function buildReuseGrid(input: ReuseGridInput): ReuseGrid {
	const { filter } = input;
	const tag = filter.tag === null ? null : normalizeTag(filter.tag);
	const hasTag = tag === null ? null : watchedTagMatcher([tag]);
	const tags = new Set<string>();
	const kept: { idea: Idea; stage: string }[] = [];
	for (const idea of input.ideas) {
		for (const t of idea.tags) tags.add(t);
		const stage = laneKeyOf(idea, input.stages);
		if (filter.stage !== null && stage !== filter.stage) continue;
		if (hasTag !== null && !hasTag(idea.tags)) continue;
		if (filter.brand !== null && !input.tiedTo(idea.path, filter.brand)) continue;
		kept.push({ idea, stage });
	}
	const collator = collatorFor(input.language);
	kept.sort((a, b) => collator.compare(a.idea.title, b.idea.title) || (a.idea.path < b.idea.path ? -1 : a.idea.path > b.idea.path ? 1 : 0));
	const columns = input.formats.map((format) => ({ key: format.key, label: entryName(format, input.language) }));
	const rows = kept.map(({ idea, stage }) => {
		const groups = byFormat(input.draftsOf(idea.path));
		return { path: idea.path, title: idea.title, stage, cells: columns.map((column) => draftCell(column.key, groups.get(column.key) ?? [])) };
	});
	return { columns, rows, total: input.ideas.length, tags: [...tags].sort((a, b) => collator.compare(a, b)) };
}
