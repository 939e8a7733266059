import { draftBaseName } from "../../../src/core/drafting/draft-name";

describe("draftBaseName", () => {
	it("names a draft from the idea as it shows and the format", () => {
		expect(draftBaseName("Mon idée", "Post LinkedIn")).toBe("Mon idée — Post LinkedIn");
		expect(draftBaseName("Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]] : « douter »", "Livre blanc")).toBe("Ce que m'a appris la conférence de Lyon « douter » — Livre blanc");
	});

	it("cuts a long idea at a word and always keeps the format's name", () => {
		const name = draftBaseName("Pourquoi les meilleures idées ne sont jamais directement accessibles et demandent toujours un détour patient par la lecture", "Script de vidéo YouTube");
		expect(name.endsWith("… — Script de vidéo YouTube")).toBe(true);
		expect(name.length).toBeLessThanOrEqual(110);
	});
});
