import type { BoardModel } from "./board-model";

/**
 * The board with at most `perLane` cards in each lane, every count unchanged: what a board of thousands of cards shows
 * first, at once, the rest drawn after; and what a snapshot keeps. The same model when every lane fits. A lane cut
 * short has a signature of its own, so that it is drawn again when it is whole.
 */
export function firstCards(model: BoardModel, perLane: number): BoardModel {
	if (model.lanes.every((lane) => lane.cards.length <= perLane)) return model;
	const lanes = model.lanes.map((lane) => (lane.cards.length <= perLane ? lane : { ...lane, cards: lane.cards.slice(0, perLane), signature: `${lane.signature}\n${perLane}` }));
	return { ...model, lanes };
}
