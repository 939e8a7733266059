import { formatsToLines, parseFormatLines } from "../../../src/core/drafting/format-lines";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";

const stages = ["think", "spark", "invest", "re-invest"];

describe("format lines in the settings tab", () => {
	it("reads back the formats it shows", () => {
		expect(parseFormatLines(formatsToLines(DEFAULT_FORMATS), stages)).toEqual({ ok: true, formats: [...DEFAULT_FORMATS] });
	});

	it("fills a missing name from the other one and skips blank lines", () => {
		expect(parseFormatLines("\nthread-bluesky | Bluesky thread\n\ncarnet |  | Carnet de terrain | Blog | invest\n", stages)).toEqual({
			ok: true,
			formats: [
				{ key: "thread-bluesky", names: { en: "Bluesky thread", fr: "Bluesky thread" }, channel: "", stage: "" },
				{ key: "carnet", names: { en: "Carnet de terrain", fr: "Carnet de terrain" }, channel: "Blog", stage: "invest" },
			],
		});
	});

	it("refuses a line without a key, a repeated key, an unknown stage, or nothing at all, and says which line", () => {
		expect(parseFormatLines("a | A\n | Sans clé", stages)).toEqual({ ok: false, error: { reason: "noKey", line: 2, value: "| Sans clé" } });
		expect(parseFormatLines("a | A\na | B", stages)).toEqual({ ok: false, error: { reason: "duplicateKey", line: 2, value: "a" } });
		expect(parseFormatLines("a | A | A | Blog | publié", stages)).toEqual({ ok: false, error: { reason: "unknownStage", line: 1, value: "publié" } });
		expect(parseFormatLines("  \n", stages)).toEqual({ ok: false, error: { reason: "none", line: 0, value: "" } });
	});
});

describe("parseFormatLines: a list that stays readable", () => {
	it("refuses a format past the 200th, naming its line", () => {
		const lines = Array.from({ length: 201 }, (_, i) => `format-${i} | Format ${i} | Format n° ${i} | Blog | spark`);
		expect(parseFormatLines(["", ...lines].join("\n"), ["spark"])).toEqual({ ok: false, error: { reason: "tooMany", line: 202, value: "" } });
		expect(parseFormatLines(lines.slice(0, 200).join("\n"), ["spark"]).ok).toBe(true);
	});
});
