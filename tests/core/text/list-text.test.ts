import { listText } from "../../../src/core/text/list-text";

describe("listText", () => {
	it("joins words as each language writes a list", () => {
		expect(listText(["url", "published", "status"], "fr")).toBe("url, published et status");
		expect(listText(["url", "published", "status"], "en")).toBe("url, published, and status");
		expect(listText(["status"], "fr")).toBe("status");
	});
});
