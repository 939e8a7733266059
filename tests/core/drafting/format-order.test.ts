import { formatsInOrder } from "../../../src/core/drafting/format-order";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";

describe("formatsInOrder", () => {
	it("offers the formats of the idea's next stage first, each group in the setting's order", () => {
		const keys = formatsInOrder(DEFAULT_FORMATS, "invest").map((f) => f.key);
		expect(keys.slice(0, 9)).toEqual(DEFAULT_FORMATS.filter((f) => f.stage === "invest").map((f) => f.key));
		expect(keys.slice(9)).toEqual(DEFAULT_FORMATS.filter((f) => f.stage === "spark").map((f) => f.key));
		expect(formatsInOrder(DEFAULT_FORMATS, "spark")[0]?.key).toBe("linkedin-post");
	});

	it("keeps the setting's order when no format serves the next stage", () => {
		expect(formatsInOrder(DEFAULT_FORMATS, "re-invest")).toEqual([...DEFAULT_FORMATS]);
		expect(formatsInOrder(DEFAULT_FORMATS, null)).toEqual([...DEFAULT_FORMATS]);
	});
});
