import { xLength } from "../../../src/core/channel-text/text-length";
import { graphemeLength } from "../../../src/core/text/graphemes";
import { channelKind } from "../../../src/core/channel-text/channel-kind";

describe("counting as the channels do", () => {
	it("counts what a reader sees as one character: an accent typed apart, a flag and a family are one each", () => {
		expect(graphemeLength("Écrire")).toBe(6);
		expect(graphemeLength("E\u0301crire")).toBe(6);
		expect(graphemeLength("🇫🇷 👩‍👩‍👧")).toBe(3);
	});

	it("counts like X: an address is 23, an emoji 2, French 1 a letter, … and € 2", () => {
		expect(xLength("Douter, c'est « avancer » !")).toBe(27);
		expect(xLength("Lisez https://www.exemple.fr/un/article/tres/long/sur/le/doute.")).toBe("Lisez ".length + 23 + 1);
		expect(xLength("Le fil 🧵")).toBe(9);
		expect(xLength("Attendez…")).toBe(10);
		expect(xLength("12 €")).toBe(5);
		expect(xLength("E\u0301")).toBe(1);
	});

	it("knows X, Twitter and LinkedIn as the writer names them, and any other channel as plain", () => {
		expect(["X", "twitter", "LinkedIn", "linkedin ", "Newsletter"].map(channelKind)).toEqual(["x", "x", "linkedin", "linkedin", "other"]);
		expect(channelKind(null)).toBe("other");
	});
});
