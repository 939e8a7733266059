import type { StageSetting } from "../settings/studio-settings";
import { effectiveStageKey, type StageMatch } from "./stage-matcher";

/**
 * The stage one step after (`1`) or before (`-1`) the one a note stands in; null at the ends.
 * A note whose status names no stage (the "Other" lane) steps forward into the first stage and
 * has nothing before it.
 */
export function stageBeside(stages: readonly StageSetting[], status: StageMatch, step: 1 | -1): StageSetting | null {
	const key = effectiveStageKey(stages, status);
	const index = key === null ? -1 : stages.findIndex((stage) => stage.key === key);
	if (index === -1) return step === 1 ? (stages[0] ?? null) : null;
	return stages[index + step] ?? null;
}
