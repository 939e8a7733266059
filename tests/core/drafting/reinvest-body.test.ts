import { reinvestBody } from "../../../src/core/drafting/reinvest-body";

describe("reinvestBody", () => {
	it("puts the source draft's text, without its properties, under a rule and a heading that links it", () => {
		const source = "---\r\ntype: draft\r\nformat: linkedin-post\r\n---\r\n# Douter : « oser »\r\n\r\nMon accroche à moi.\r\n";
		expect(reinvestBody(source, "Brouillons/Douter — Post LinkedIn", "Repris de {link}")).toBe("---\n\n## Repris de [[Brouillons/Douter — Post LinkedIn]]\n\n# Douter : « oser »\n\nMon accroche à moi.");
	});

	it("keeps a source without properties whole", () => {
		expect(reinvestBody("Juste du texte\n", "Note", "Re-invested from {link}")).toBe("---\n\n## Re-invested from [[Note]]\n\nJuste du texte");
	});
});
