import { NO_VALUE_LANE_KEY, pipelineLanes, valueLaneKey, type EntryGroup } from "../../../src/core/bases/pipeline-lanes";
import { OTHER_LANE_KEY } from "../../../src/core/pipeline/board-model";
import type { StageSetting } from "../../../src/core/settings/studio-settings";

const STAGES: StageSetting[] = [
	{ key: "spark", labels: { en: "Spark", fr: "Étincelle" } },
	{ key: "think", labels: { en: "Think", fr: "Réfléchir" } },
	{ key: "invest", labels: { en: "Invest", fr: "Investir" } },
];

function group(text: string | null, paths: string[], value: string | number | null = text): EntryGroup {
	return { text, value, cards: paths.map((path) => ({ path, text })) };
}

/** Each lane as `name: paths`, with what a drop on it writes. */
function shown(lanes: ReturnType<typeof pipelineLanes>): string[] {
	return lanes.map((lane) => `${lane.label ?? lane.kind} [${lane.value === null ? "—" : String(lane.value)}]: ${lane.cards.map((card) => card.path).join(", ")}`);
}

describe("pipelineLanes", () => {
	it("by status: every stage in the writer's order, a stage written as its French label or in capitals found, no status in the first stage", () => {
		const lanes = pipelineLanes({
			groups: [group("Investir", ["Écrire chaque matin.md"]), group(null, ["Sans statut.md"]), group("THINK", ["Oser.md", "Douter : « avancer ».md"])],
			stages: STAGES,
			language: "fr",
			order: ["ignorée"],
		});
		expect(shown(lanes)).toEqual(["Étincelle [spark]: Sans statut.md", "Réfléchir [think]: Oser.md, Douter : « avancer ».md", "Investir [invest]: Écrire chaque matin.md"]);
		expect(lanes.map((lane) => lane.stageKey)).toEqual(["spark", "think", "invest"]);
	});

	it("by status: statuses that name no stage together in one lane at the end, where nothing can be dropped", () => {
		const lanes = pipelineLanes({ groups: [group("peut-être", ["Bizarre.md"]), group("à voir", ["Autre.md"])], stages: STAGES, language: "fr", order: [] });
		expect(lanes.at(-1)).toMatchObject({ key: OTHER_LANE_KEY, kind: "other", value: null });
		expect(lanes.at(-1)?.cards.map((card) => `${card.path} (${card.text ?? ""})`)).toEqual(["Bizarre.md (peut-être)", "Autre.md (à voir)"]);
	});

	it("by another property: its values as Bases gives them, the notes without one in a lane of their own", () => {
		const lanes = pipelineLanes({ groups: [group("basse", ["Oser.md"]), group("haute", ["Douter.md"]), group(null, ["Écrire.md"])], stages: null, language: "fr", order: [] });
		expect(shown(lanes)).toEqual(["basse [basse]: Oser.md", "haute [haute]: Douter.md", "none [—]: Écrire.md"]);
		expect(lanes.map((lane) => lane.key)).toEqual([valueLaneKey("basse"), valueLaneKey("haute"), NO_VALUE_LANE_KEY]);
	});

	it("by another property: the order option's values first, in its order, a value no note holds shown empty, the rest after in Bases' order", () => {
		const lanes = pipelineLanes({ groups: [group("basse", ["Oser.md"]), group("urgente", ["Vite.md"]), group("Haute", ["Douter.md"])], stages: null, language: "fr", order: ["haute", "moyenne", "basse"] });
		expect(shown(lanes)).toEqual(["Haute [Haute]: Douter.md", "moyenne [moyenne]: ", "basse [basse]: Oser.md", "urgente [urgente]: Vite.md"]);
	});

	it("by a number: a value of the order option no note holds yet is written as a number too", () => {
		const lanes = pipelineLanes({ groups: [group("1", ["Premier.md"], 1), group("3", ["Troisième.md"], 3)], stages: null, language: "fr", order: ["1", "2", "3"] });
		expect(lanes.map((lane) => lane.value)).toEqual([1, 2, 3]);
	});

	it("keeps a lane whose value cannot be written (a list) as a place nothing is dropped on", () => {
		const lanes = pipelineLanes({ groups: [group("linkedin, x", ["Fil.md"], null)], stages: null, language: "fr", order: [] });
		expect(lanes[0]).toMatchObject({ kind: "value", label: "linkedin, x", value: null });
	});
});
