import type { Language } from "../i18n/language";
import { stageLabel } from "../i18n/labels";
import type { StageSetting } from "../settings/studio-settings";
import { effectiveStageKey, matchStage } from "../pipeline/stage-matcher";
import { OTHER_LANE_KEY } from "../pipeline/board-model";
import { comparableText } from "../text/comparable-text";
import type { LaneValue } from "./lane-value";

/** Key of the lane of notes without a value; the double underscore keeps it apart from stage keys. */
export const NO_VALUE_LANE_KEY = "__none";

/** A card of a lane: the note, and its value as its properties held it when the base was read (what a move checks is still there). */
export interface LaneCard {
	path: string;
	text: string | null;
}

/** Entries of a base that hold one value of the lanes' property, in the order Bases gives them. */
export interface EntryGroup {
	/** The value as Bases shows it; null when the entries hold none. */
	text: string | null;
	/** What a drop writes to give a note this value: the value itself when it is text or a number, else null (a list, a formula: no drop). */
	value: LaneValue | null;
	cards: readonly LaneCard[];
}

/** A lane of the pipeline view of a base. */
export interface BasesLane {
	key: string;
	/** `stage`: one of the plugin's stages; `value`: a value of another property; `none`: notes without one; `other`: a status that names no stage. */
	kind: "stage" | "value" | "none" | "other";
	/** What the lane is called; null for `none` and `other`, which the UI names. */
	label: string | null;
	/** What a drop on the lane writes; null when it is not a place to drop. */
	value: LaneValue | null;
	/** The stage it stands for, for a `stage` lane. */
	stageKey?: string;
	/** In the order of the base. */
	cards: LaneCard[];
}

export interface LanesInput {
	groups: readonly EntryGroup[];
	/** The plugin's stages when the lanes' property is its status; null for any other property. */
	stages: readonly StageSetting[] | null;
	language: Language;
	/** The lanes' order option: these values first, in this order, shown even when no note holds them. */
	order: readonly string[];
}

/** The key of a value lane: stable across renders, never a stage key. */
export function valueLaneKey(text: string): string {
	return `__value-${encodeURIComponent(text)}`;
}

/**
 * Lanes by status: every stage in the writer's order, empty ones too; a note without a status in the first stage, as on
 * the board; statuses that name no stage together in an `other` lane at the end, when there are any.
 */
function stageLanes(groups: readonly EntryGroup[], stages: readonly StageSetting[], language: Language): BasesLane[] {
	const lanes: BasesLane[] = stages.map((stage) => ({ key: stage.key, kind: "stage", label: stageLabel(stage, language), value: stage.key, stageKey: stage.key, cards: [] }));
	const other: BasesLane = { key: OTHER_LANE_KEY, kind: "other", label: null, value: null, cards: [] };
	for (const group of groups) {
		const key = effectiveStageKey(stages, matchStage(stages, group.text));
		const lane = lanes.find((l) => l.key === key) ?? other;
		lane.cards.push(...group.cards);
	}
	return other.cards.length > 0 ? [...lanes, other] : lanes;
}

/** What a drop on a lane the order option names (and no note holds yet) writes: a number among numbers, else the text. */
function orderedValue(text: string, lanes: readonly BasesLane[]): LaneValue {
	const values = lanes.map((lane) => lane.value).filter((value) => value !== null);
	const numeric = values.length > 0 && values.every((value) => typeof value === "number");
	return numeric && /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Lanes by any other property: its values as Bases groups them, those the order option names first (in its order). */
function valueLanes(groups: readonly EntryGroup[], order: readonly string[]): BasesLane[] {
	const lanes: BasesLane[] = [];
	for (const group of groups) {
		const key = group.text === null ? NO_VALUE_LANE_KEY : valueLaneKey(group.text);
		const known = lanes.find((lane) => lane.key === key);
		if (known) known.cards.push(...group.cards);
		else lanes.push(group.text === null ? { key, kind: "none", label: null, value: null, cards: [...group.cards] } : { key, kind: "value", label: group.text, value: group.value, cards: [...group.cards] });
	}
	if (order.length === 0) return lanes;
	const first: BasesLane[] = [];
	for (const text of order) {
		const wanted = comparableText(text);
		const found = lanes.find((lane) => lane.label !== null && comparableText(lane.label) === wanted && !first.includes(lane));
		first.push(found ?? { key: valueLaneKey(text), kind: "value", label: text, value: orderedValue(text, lanes), cards: [] });
	}
	return [...first, ...lanes.filter((lane) => !first.includes(lane))];
}

/**
 * The lanes of the pipeline view of a base: the groups of the lanes' property. Grouped by status, the plugin's stages
 * in the writer's order; grouped by any other property, its values as Bases gives them, sorted by the order option.
 * Cards keep the base's order within a lane: its sort is the writer's.
 */
export function pipelineLanes(input: LanesInput): BasesLane[] {
	return input.stages ? stageLanes(input.groups, input.stages, input.language) : valueLanes(input.groups, input.order);
}
