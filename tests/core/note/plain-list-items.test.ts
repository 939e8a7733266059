import { pieceItems } from "../../../src/core/note/extract-idea-items";
import { plainListItems } from "../../../src/core/note/plain-list-items";
import { seededRandom } from "../../../tools/synthetic-vault";

/** Pieces of lines a writer (or a tester) might put under an idea heading, plain or not. */
const STARTS = ["- ", "* ", "+ ", "", "", "  - ", "    ", "1. ", "2) ", "> ", "# ", "-", "---", "===", "```", "[x]: https://a.b", "<div>", "\t- ", "- [ ] ", "- - ", "-\u00a0", "2024. "];
const WORDS = ["Simplifier", "sans", "mentir", ":", "la", "règle", "«", "trois", "»", "exemples", "[[Conférence Lyon 2025|la conférence]]", "[[Expert Secrets]]", "*gras*", "_souligné_", "`code`", "&amp;", "a\\*b", "<b>", "[lien](https://x.y)", "C#", "l'idée", "💡", "!", "~~barré~~", "==surligné==", "x  ", "\u0000", "%%commentaire%%", "https://exemple.fr"];

function randomPiece(random: () => number): string[] {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	return Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
		if (random() < 0.15) return "";
		const words = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(random() < 0.9 ? WORDS.slice(0, 12) : WORDS));
		return `${random() < 0.5 ? "- " : pick(STARTS)}${words.join(" ")}`;
	});
}

describe("plainListItems", () => {
	it("reads a plain bullet list with a continuation line and a paragraph after a blank line", () => {
		expect(plainListItems(["- Simplifier sans mentir : la règle des trois exemples", "suite de l'idée", "", "Un paragraphe.", "- [[Expert Secrets]] de Russell Brunson"])).toEqual([
			"Simplifier sans mentir : la règle des trois exemples suite de l'idée",
			"[[Expert Secrets]] de Russell Brunson",
		]);
	});

	it("leaves anything markdown could read otherwise to remark", () => {
		for (const lines of [["- *gras*"], ["  - imbriqué"], ["1. numéroté"], ["> - cité"], ["- a", "---"], ["- a  ", "b"], ["[a]: https://x.y"]]) expect(plainListItems(lines)).toBeNull();
	});

	it("gives the same items as remark on 2,000 generated pieces", () => {
		const seed = 20_240_301;
		const random = seededRandom(seed);
		let plainPieces = 0;
		for (let n = 0; n < 2000; n++) {
			const piece = randomPiece(random);
			if (plainListItems(piece) !== null) plainPieces++;
			const fast = pieceItems(piece);
			const slow = pieceItems(piece, true);
			if (JSON.stringify(fast) !== JSON.stringify(slow)) throw new Error(`seed ${seed}, piece ${n}: ${JSON.stringify(piece)} gives ${JSON.stringify(fast)}, remark ${JSON.stringify(slow)}`);
		}
		// The generator must reach the plain path often, or the comparison says little.
		expect(plainPieces).toBeGreaterThan(200);
	});
});
