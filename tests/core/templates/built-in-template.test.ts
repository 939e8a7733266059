import { findOverride, type BuiltInTemplate } from "../../../src/core/templates/built-in-template";

const post: BuiltInTemplate = { key: "linkedin-post", names: { en: "LinkedIn post", fr: "Post LinkedIn" }, text: { en: "", fr: "" } };

describe("findOverride", () => {
	it("finds the writer's note by the name in their language, the other language's name, or the key, ignoring case and Unicode form", () => {
		expect(findOverride(post, "fr", ["Autre", "post linkedin"])).toBe("post linkedin");
		expect(findOverride(post, "fr", ["LinkedIn post"])).toBe("LinkedIn post");
		expect(findOverride(post, "en", ["linkedin-post"])).toBe("linkedin-post");
		expect(findOverride(post, "fr", ["LinkedIn post", "Post LinkedIn"])).toBe("Post LinkedIn");
	});

	it("finds nothing when no note bears one of its names", () => {
		expect(findOverride(post, "fr", ["Post Linked", "Post LinkedIn 2"])).toBeNull();
	});
});
