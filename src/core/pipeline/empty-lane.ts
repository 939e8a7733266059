import type { MessageKey } from "../i18n/messages";
import type { StageSetting } from "../settings/studio-settings";
import type { Lane } from "./board-model";

/**
 * What an empty stage lane says: that the search or a filter hides its ideas when it has some, else what brings
 * ideas there (captures and promotions land in the first stage; a move or the "+" brings them to any).
 */
export function emptyLaneMessage(lane: Pick<Lane, "key" | "total">, stages: readonly StageSetting[]): MessageKey {
	if (lane.total > 0) return "board.emptyFiltered";
	return lane.key === stages[0]?.key ? "board.emptyFirstStage" : "board.emptyStage";
}
