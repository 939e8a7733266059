import { rankUnresolvedLinks } from "../../../src/core/note/unresolved-links";

describe("rankUnresolvedLinks", () => {
	it("counts each link over the vault, most linked first, spellings that differ by case or spacing as one", () => {
		expect(
			rankUnresolvedLinks([
				["Journal/A.md", "Le Prince", 1],
				["Journal/A.md", "Expert Secrets", 2],
				["Journal/B.md", "expert  secrets", 1],
				["Journal/B.md", "Expert Secrets", 1],
				["Journal/B.md", "  ", 3],
			]),
		).toEqual([
			{ target: "Expert Secrets", count: 4, sources: ["Journal/A.md", "Journal/B.md"] },
			{ target: "Le Prince", count: 1, sources: ["Journal/A.md"] },
		]);
	});
});
