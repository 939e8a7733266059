import { pieceBlocks } from "../../../src/core/note/extract-idea-items";
import { plainBlocks } from "../../../src/core/note/plain-blocks";
import { IdeaBlockReader } from "../../../src/core/note/idea-block-reader";
import type { IdeaItem } from "../../../src/core/note/note-record";
import { seededRandom } from "../../../tools/synthetic-vault";

/** Pieces of lines a writer (or a tester) might put under an idea heading, plain or not. */
const STARTS = ["- ", "* ", "+ ", "", "", "  - ", "    ", "1. ", "2) ", "> ", "# ", "-", "---", "===", "```", "[x]: https://a.b", "<div>", "\t- ", "- [ ] ", "- - ", "-\u00a0", "2024. ", "| "];
const WORDS = ["Simplifier", "sans", "mentir", ":", "la", "règle", "«", "trois", "»", "exemples.", "Comment ?", "Voici", "[[Conférence Lyon 2025|la conférence]]", "[[Expert Secrets]]", "*gras*", "_souligné_", "`code`", "&amp;", "a\\*b", "<b>", "[lien](https://x.y)", "C#", "l'idée", "💡", "!", "~~barré~~", "==surligné==", "x  ", "\u0000", "{{date}}", "https://exemple.fr"];

function randomPiece(random: () => number): string[] {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	return Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
		if (random() < 0.15) return "";
		const words = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(random() < 0.9 ? WORDS.slice(0, 14) : WORDS));
		return `${random() < 0.4 ? "- " : random() < 0.5 ? "" : pick(STARTS)}${words.join(" ")}`;
	});
}

function ideasOf(lines: readonly string[], useRemark: boolean): IdeaItem[] {
	const reader = new IdeaBlockReader("Idées", 0);
	for (const block of pieceBlocks(lines, lines, 0, useRemark)) reader.add(block);
	reader.end();
	return reader.ideas;
}

describe("plainBlocks", () => {
	it("reads plain paragraphs and a plain bullet list, a line of text under an item continuing it", () => {
		const lines = ["Comment trouver des idées ? Voici 3 méthodes :", "- Lire des livres sur le sujet", "suite de l'idée", "", "Un paragraphe.", "- [[Expert Secrets]] de Russell Brunson"];
		expect(plainBlocks(lines, lines, 10)).toEqual([
			{ kind: "paragraph", line: 10, words: { text: "Comment trouver des idées ? Voici 3 méthodes :", source: "Comment trouver des idées ? Voici 3 méthodes :", plain: null } },
			{ kind: "item", line: 11, words: { text: "Lire des livres sur le sujet\nsuite de l'idée", source: "Lire des livres sur le sujet\nsuite de l'idée", plain: null }, lines: ["- Lire des livres sur le sujet", "suite de l'idée"], headLines: 2, indent: 2 },
			{ kind: "paragraph", line: 14, words: { text: "Un paragraphe.", source: "Un paragraphe.", plain: null } },
			{ kind: "item", line: 15, words: { text: "[[Expert Secrets]] de Russell Brunson", source: "[[Expert Secrets]] de Russell Brunson", plain: null }, lines: ["- [[Expert Secrets]] de Russell Brunson"], headLines: 1, indent: 2 },
		]);
	});

	it("leaves anything markdown could read otherwise to remark", () => {
		for (const lines of [["- *gras*"], ["  - imbriqué"], ["1. numéroté"], ["> - cité"], ["- a", "---"], ["- a  ", "b"], ["[a]: https://x.y"], ["| a | b |"], ["- [ ] une tâche"]]) expect(plainBlocks(lines, lines)).toBeNull();
	});

	it("gives the same ideas as remark on 2,000 generated pieces", () => {
		const seed = 20_240_301;
		const random = seededRandom(seed);
		let plainPieces = 0;
		let withIdeas = 0;
		for (let n = 0; n < 2000; n++) {
			const piece = randomPiece(random);
			if (plainBlocks(piece, piece) !== null) plainPieces++;
			const fast = ideasOf(piece, false);
			const slow = ideasOf(piece, true);
			if (fast.length > 0) withIdeas++;
			if (JSON.stringify(fast) !== JSON.stringify(slow)) throw new Error(`seed ${seed}, piece ${n}: ${JSON.stringify(piece)} gives ${JSON.stringify(fast)}, remark ${JSON.stringify(slow)}`);
		}
		// The generator must reach the plain path often, or the comparison says little.
		expect(plainPieces).toBeGreaterThan(200);
		expect(withIdeas).toBeGreaterThan(1000);
	});
});
