import type { StageSetting } from "../settings/studio-settings";
import { effectiveStageKey, type StageMatch } from "../pipeline/stage-matcher";

/**
 * Where drafting moves an idea: to `targetKey` when that stage comes later than the idea's own,
 * else nowhere (null). Drafting never moves an idea backwards: an idea already in Invest stays
 * there when the writer drafts a short post from it. An idea whose status names no stage (the
 * board's Other lane) is moved, since any stage is a step forward from nowhere; a target the
 * writer removed from the stages moves nothing.
 */
export function advancedStage(stages: readonly StageSetting[], status: StageMatch, targetKey: string): string | null {
	const target = stages.findIndex((stage) => stage.key === targetKey);
	if (target === -1) return null;
	const current = effectiveStageKey(stages, status);
	const from = current === null ? -1 : stages.findIndex((stage) => stage.key === current);
	return target > from ? targetKey : null;
}

/** The stage right after the idea's, or null at the last one (the formats it serves come first in the picker). */
export function nextStageKey(stages: readonly StageSetting[], status: StageMatch): string | null {
	const current = effectiveStageKey(stages, status);
	const from = current === null ? -1 : stages.findIndex((stage) => stage.key === current);
	return stages[from + 1]?.key ?? null;
}
