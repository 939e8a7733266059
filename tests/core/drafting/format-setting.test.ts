import { DEFAULT_FORMATS, formatList } from "../../../src/core/drafting/format-setting";

describe("formatList", () => {
	it("gives a new vault the fifteen formats the writer publishes in, short ones sparking an idea and long ones investing in it", () => {
		const formats = formatList(undefined);
		expect(formats.map((f) => f.names.fr)).toEqual(expect.arrayContaining(["Post LinkedIn", "Thread X", "Livre blanc", "Étude de cas client", "Script de vidéo YouTube", "Conférence"]));
		expect(formats).toHaveLength(15);
		expect(formats.find((f) => f.key === "linkedin-post")?.stage).toBe("spark");
		expect(formats.find((f) => f.key === "white-paper")?.stage).toBe("invest");
		expect(new Set(formats.map((f) => f.key)).size).toBe(formats.length);
	});

	it("keeps a hand-edited list valid: no key, a repeated key or junk is dropped, a missing name takes the key", () => {
		const saved = [{ key: "linkedin-post", names: { en: "Post", fr: "Post perso" }, channel: "LinkedIn", stage: "spark" }, { key: "linkedin-post" }, { names: { en: "x" } }, 42, { key: "lettre" }];
		expect(formatList(saved)).toEqual([
			{ key: "linkedin-post", names: { en: "Post", fr: "Post perso" }, channel: "LinkedIn", stage: "spark" },
			{ key: "lettre", names: { en: "lettre", fr: "lettre" }, channel: "", stage: "" },
		]);
	});

	it("falls back to the defaults when nothing usable is saved, without sharing their objects", () => {
		const formats = formatList([]);
		expect(formats).toEqual(DEFAULT_FORMATS);
		expect(formats[0]).not.toBe(DEFAULT_FORMATS[0]);
	});
});
