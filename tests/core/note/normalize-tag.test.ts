import { collectTags, frontmatterTags, hasWatchedTag, normalizeTag } from "../../../src/core/note/normalize-tag";

describe("normalizeTag", () => {
	it("drops the #, trims and lowers case", () => {
		expect(normalizeTag("#Journal ")).toBe("journal");
	});

	it("keeps accents but composes them, so a macOS file and a typed tag match", () => {
		expect(normalizeTag("re\u0301flexions")).toBe("réflexions");
		expect(normalizeTag("Réflexions")).toBe("réflexions");
	});

	it("refuses empty and purely numeric tags, as Obsidian does", () => {
		expect(normalizeTag("#")).toBeNull();
		expect(normalizeTag("2024")).toBeNull();
	});
});

describe("frontmatterTags", () => {
	it("reads a block or flow list", () => {
		expect(frontmatterTags({ tags: ["journal", "perso"] })).toEqual(["journal", "perso"]);
	});

	it("reads a single string and a comma or space separated string", () => {
		expect(frontmatterTags({ tags: "journal" })).toEqual(["journal"]);
		expect(frontmatterTags({ tags: "journal, perso idées" })).toEqual(["journal", "perso", "idées"]);
	});

	it("reads the legacy tag key and any case of the key", () => {
		expect(frontmatterTags({ Tag: "#Journal" })).toEqual(["journal"]);
	});

	it("ignores values that are not tags", () => {
		expect(frontmatterTags({ tags: [null, { a: 1 }, "ok"] })).toEqual(["ok"]);
		expect(frontmatterTags(undefined)).toEqual([]);
	});
});

describe("collectTags", () => {
	it("merges property and body tags without duplicates", () => {
		expect(collectTags({ tags: ["journal"] }, ["#Journal", "#réflexions"])).toEqual(["journal", "réflexions"]);
	});
});

describe("hasWatchedTag", () => {
	it("counts a nested tag under a watched one", () => {
		expect(hasWatchedTag(["journal/2024"], ["journal"])).toBe(true);
	});

	it("does not count a tag that only starts with the same letters", () => {
		expect(hasWatchedTag(["journalisme"], ["journal"])).toBe(false);
	});

	it("matches watched tags written with # or capitals in the settings", () => {
		expect(hasWatchedTag(["réflexions"], ["#Réflexions"])).toBe(true);
	});
});
