import { defaultIdeaTag, migrateSettings } from "../../../src/core/settings/studio-settings";

describe("migrateSettings: the idea tag and the link left by a captured selection", () => {
	it("starts a vault with the idea tag of the writer's language: idée in French, idea otherwise", () => {
		expect(migrateSettings({}, "fr").ideaTag).toBe("idée");
		expect(migrateSettings({}, "en").ideaTag).toBe("idea");
		expect(defaultIdeaTag("fr")).toBe("idée");
	});

	it("keeps the tag a writer chose, whatever the language, in the form tags are compared in", () => {
		expect(migrateSettings({ ideaTag: "#Pensée" }, "en").ideaTag).toBe("pensée");
		expect(migrateSettings({ ideaTag: "idea" }, "fr").ideaTag).toBe("idea");
		expect(migrateSettings({ ideaTag: "deux mots" }, "fr").ideaTag).toBe("idée");
	});

	it("replaces a captured selection with a link unless the writer turned it off", () => {
		expect(migrateSettings({}).linkCapturedSelection).toBe(true);
		expect(migrateSettings({ linkCapturedSelection: false }).linkCapturedSelection).toBe(false);
		expect(migrateSettings({ linkCapturedSelection: "no" }).linkCapturedSelection).toBe(true);
	});
});
