import { pieceBlocks } from "../../../src/core/note/extract-idea-items";
import { plainBlocks } from "../../../src/core/note/plain-blocks";
import { IdeaBlockReader } from "../../../src/core/note/idea-block-reader";
import type { IdeaItem } from "../../../src/core/note/note-record";
import { seededRandom } from "../../../tools/seeded-random";

/** Pieces of lines a writer (or a tester) might put under an idea heading, plain or not. */
const STARTS = ["- ", "* ", "+ ", "", "", "  - ", "    ", "1. ", "2) ", "> ", "# ", "-", "---", "===", "```", "[x]: https://a.b", "<div>", "\t- ", "- [ ] ", "- - ", "-\u00a0", "2024. ", "| "];
/** Indentations of a nested point: under an item's text (2 to 5 spaces), deeper, or not enough. */
const NESTED = ["  - ", "   * ", "    - ", "     + ", "      - ", "        - ", " - "];
const WORDS = ["[[Atelier|*le carnet*]]", "Simplifier", "sans", "mentir", ":", "la", "règle", "«", "trois", "»", "exemples.", "Comment ?", "Voici", "[[Conférence Lyon 2025|la conférence]]", "[[Expert Secrets]]", "*gras*", "_souligné_", "`code`", "&amp;", "a\\*b", "<b>", "[lien](https://x.y)", "C#", "l'idée", "💡", "!", "~~barré~~", "==surligné==", "x  ", "\u0000", "{{date}}", "https://exemple.fr"];

/** A piece of random lines; `plainWords`: words without markup, items and nested points, so that their shapes alone decide the path. */
function randomPiece(random: () => number, plainWords = false): string[] {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	return Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
		if (random() < 0.15) return "";
		const words = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(plainWords || random() < 0.9 ? WORDS.slice(0, 15) : WORDS));
		if (plainWords) return `${pick(["- ", "- ", "- ", "", "  - ", "  - ", "    - ", "   * ", random() < 0.3 ? pick(NESTED) : "  - "])}${words.join(" ")}`;
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

	it("reads an item's plain points nested under it as its lines, its first paragraph alone its words", () => {
		const lines = ["- Comment trouver des idées de marque ? Voici 3 méthodes", "  - Lire des livres sur le sujet", "    - Répertorier ce que vous savez déjà", "  - Une citation qui vous intrigue", "- Simplifier vos idées"];
		expect(plainBlocks(lines, lines)).toEqual([
			{ kind: "item", line: 0, words: { text: "Comment trouver des idées de marque ? Voici 3 méthodes", source: "Comment trouver des idées de marque ? Voici 3 méthodes", plain: null }, lines: lines.slice(0, 4), headLines: 1, indent: 2 },
			{ kind: "item", line: 4, words: { text: "Simplifier vos idées", source: "Simplifier vos idées", plain: null }, lines: ["- Simplifier vos idées"], headLines: 1, indent: 2 },
		]);
		// Six spaces under an item's text would continue its paragraph; text under a point continues the point.
		for (const other of [["- a", "      - b"], ["- a", "  - b", "suite"], ["Un paragraphe", "  - b"], ["- a", "", "  - b"]]) expect(plainBlocks(other, other)).toBeNull();
	});

	it("reads a wikilink's alias as plain text: its `|` is no table cell", () => {
		const lines = ["- Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]] : douter"];
		expect(plainBlocks(lines, lines)?.[0]).toMatchObject({ kind: "item", words: { text: lines[0]?.slice(2), plain: null } });
	});

	it("leaves anything markdown could read otherwise to remark", () => {
		for (const lines of [["- *gras*"], ["  - imbriqué"], ["1. numéroté"], ["> - cité"], ["- a", "---"], ["- a  ", "b"], ["[a]: https://x.y"], ["| a | b |"], ["- [ ] une tâche"], ["- [[Atelier|*le carnet*]]"], ["- a | b"]]) expect(plainBlocks(lines, lines)).toBeNull();
	});

	it("gives the same ideas as remark on 2,000 generated pieces", () => {
		const seed = 20_240_301;
		const random = seededRandom(seed);
		let plainPieces = 0;
		let plainNested = 0;
		let withIdeas = 0;
		for (let n = 0; n < 2000; n++) {
			const piece = randomPiece(random, n % 2 === 0);
			if (plainBlocks(piece, piece) !== null) {
				plainPieces++;
				if (piece.some((line) => /^ +[-*+] /.test(line))) plainNested++;
			}
			const fast = ideasOf(piece, false);
			const slow = ideasOf(piece, true);
			if (fast.length > 0) withIdeas++;
			if (JSON.stringify(fast) !== JSON.stringify(slow)) throw new Error(`seed ${seed}, piece ${n}: ${JSON.stringify(piece)} gives ${JSON.stringify(fast)}, remark ${JSON.stringify(slow)}`);
		}
		// The generator must reach the plain path often, or the comparison says little.
		expect(plainPieces).toBeGreaterThan(200);
		expect(plainNested).toBeGreaterThan(50);
		expect(withIdeas).toBeGreaterThan(1000);
	});
});
