import { listText } from "../../../src/core/text/list-text";

describe("listText", () => {
	it("joins words as each language writes a list", () => {
		expect(listText(["url", "published", "status"], "fr")).toBe("url, published et status");
		expect(listText(["url", "published", "status"], "en")).toBe("url, published, and status");
		expect(listText(["status"], "fr")).toBe("status");
	});
});

describe("listText as a choice", () => {
	it("joins words as each language writes a choice among them", () => {
		expect(listText(["#journal", "#réflexions"], "fr", "disjunction")).toBe("#journal ou #réflexions");
		expect(listText(["“Idées de posts”", "“Idées”", "“Post ideas”"], "en", "disjunction")).toBe("“Idées de posts”, “Idées”, or “Post ideas”");
	});
});
