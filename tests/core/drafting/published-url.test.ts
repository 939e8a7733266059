import { checkPublishedUrl } from "../../../src/core/drafting/published-url";

describe("checkPublishedUrl", () => {
	it("takes an http or https address as typed, without the blanks around it", () => {
		expect(checkPublishedUrl(" https://www.linkedin.com/posts/moi_douter-123 ")).toEqual({ ok: true, url: "https://www.linkedin.com/posts/moi_douter-123" });
		expect(checkPublishedUrl("http://exemple.fr/article?id=3#fin")).toEqual({ ok: true, url: "http://exemple.fr/article?id=3#fin" });
	});

	it("takes no URL at all: nothing is written", () => {
		expect(checkPublishedUrl("   ")).toEqual({ ok: true, url: null });
	});

	it("refuses anything that is not a web address", () => {
		for (const bad of ["javascript:alert(1)", "file:///etc/passwd", "ftp://exemple.fr", "exemple.fr", "https://", "https://exemple .fr", "obsidian://open?vault=x", "data:text/html,x"]) {
			expect(checkPublishedUrl(bad)).toEqual({ ok: false });
		}
	});
});
