import { comparableText } from "../text/comparable-text";
import type { StageSetting } from "./studio-settings";
import { SETTING_LIST_LIMIT } from "./setting-list";

/** A stage as the settings tab edits it: one row of three fields. */
export interface StageRow {
	key: string;
	en: string;
	fr: string;
}

/** Why the stage rows cannot be saved. `row` counts from 1, as the writer sees the rows. */
export type StageRowsProblem = { kind: "noStage" } | { kind: "tooMany"; limit: number } | { kind: "emptyValue"; row: number } | { kind: "duplicateValue"; row: number; value: string };

export type StageRowsResult = { ok: true; stages: StageSetting[] } | { ok: false; problem: StageRowsProblem };

/** The stages as rows, for editing. */
export function stageRows(stages: readonly StageSetting[]): StageRow[] {
	return stages.map((s) => ({ key: s.key, en: s.labels.en, fr: s.labels.fr }));
}

/**
 * The stages the rows describe, in order, or the first problem: no row, more rows than
 * {@link SETTING_LIST_LIMIT}, a row without a stored
 * value, or a value that another row already has. Values are compared as the board matches
 * `status` (case, spaces and Unicode form ignored), so `Draft` and ` draft` are one stage. An empty
 * label falls back to the value (English) or the English label (French).
 */
export function stagesFromRows(rows: readonly StageRow[]): StageRowsResult {
	if (rows.length === 0) return { ok: false, problem: { kind: "noStage" } };
	if (rows.length > SETTING_LIST_LIMIT) return { ok: false, problem: { kind: "tooMany", limit: SETTING_LIST_LIMIT } };
	const stages: StageSetting[] = [];
	const seen = new Set<string>();
	for (const [index, row] of rows.entries()) {
		const key = row.key.trim();
		if (key === "") return { ok: false, problem: { kind: "emptyValue", row: index + 1 } };
		const comparable = comparableText(key);
		if (seen.has(comparable)) return { ok: false, problem: { kind: "duplicateValue", row: index + 1, value: key } };
		seen.add(comparable);
		const en = row.en.trim() || key;
		stages.push({ key, labels: { en, fr: row.fr.trim() || en } });
	}
	return { ok: true, stages };
}

/** The rows with the one at `index` moved `by` places (-1 up, 1 down); unchanged at either end. */
export function moveRow<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
	const to = index + by;
	const moved = [...rows];
	if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return moved;
	const [row] = moved.splice(index, 1);
	if (row !== undefined) moved.splice(to, 0, row);
	return moved;
}
