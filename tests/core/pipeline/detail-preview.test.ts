import { detailPreview } from "../../../src/core/pipeline/detail-preview";

describe("what an Inbox card shows of an idea's details", () => {
	it("shows the first three lines of the writer's journal idea, and how many more it holds", () => {
		const details = ["Voici 3 méthodes :", "- Lire des livres sur le sujet", "- Répertorier et se baser sur ce que vous savez déjà", "- Utiliser une citation ou une phrase qui a du sens qui vous intrigue"];
		expect(detailPreview(details)).toEqual({ lines: ["Voici 3 méthodes :", "Lire des livres sur le sujet", "Répertorier et se baser sur ce que vous savez déjà"], more: 1 });
	});

	it("shows points without their bullet, number or indent, links as their display text, emphasis as typed", () => {
		const details = ["1. [[Le piège de l'expertise|Le piège]] : « savoir » tue l'envie", "  * ce que *personne* ne dit", "", "+ [la vidéo](https://example.org/v) d'Anne"];
		expect(detailPreview(details)).toEqual({ lines: ["Le piège : « savoir » tue l'envie", "ce que *personne* ne dit", "la vidéo d'Anne"], more: 0 });
	});

	it("shows nothing for an idea without details, and shortens a long point at a word", () => {
		expect(detailPreview(undefined)).toEqual({ lines: [], more: 0 });
		expect(detailPreview(["", "  "])).toEqual({ lines: [], more: 0 });
		const long = `- ${"une phrase qui n'en finit pas ".repeat(6)}`;
		const [line] = detailPreview([long]).lines;
		expect(line?.endsWith("…")).toBe(true);
		expect(Array.from(line ?? "").length).toBeLessThanOrEqual(90);
	});
});
