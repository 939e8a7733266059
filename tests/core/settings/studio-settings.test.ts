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

describe("migrateSettings: the stages in the writer's order", () => {
	const keys = (raw: unknown): string[] => migrateSettings(raw).stages.map((s) => s.key);

	it("starts a vault with Think, Spark, Invest, Re-Invest, labelled in French too", () => {
		expect(migrateSettings(undefined).stages).toEqual([
			{ key: "think", labels: { en: "Think", fr: "Réfléchir" } },
			{ key: "spark", labels: { en: "Spark", fr: "Étincelle" } },
			{ key: "invest", labels: { en: "Invest", fr: "Investir" } },
			{ key: "re-invest", labels: { en: "Re-invest", fr: "Réinvestir" } },
		]);
	});

	it("moves saved settings that still hold the old default stages to the new ones", () => {
		const old = [
			{ key: "spark", labels: { en: "Spark", fr: "Étincelle" } },
			{ key: "think", labels: { en: "Think", fr: "À creuser" } },
			{ key: "invest", labels: { en: "Invest", fr: "Brouillon" } },
			{ key: "published", labels: { en: "Published", fr: "Publié" } },
			{ key: "re-invest", labels: { en: "Re-invest", fr: "À recycler" } },
		];
		expect(keys({ stages: old })).toEqual(["think", "spark", "invest", "re-invest"]);
	});

	it("keeps stages the writer changed, even from the old list", () => {
		const renamed = [
			{ key: "spark", labels: { en: "Spark", fr: "Étincelle" } },
			{ key: "think", labels: { en: "Think", fr: "À mûrir" } },
			{ key: "invest", labels: { en: "Invest", fr: "Brouillon" } },
			{ key: "published", labels: { en: "Published", fr: "Publié" } },
			{ key: "re-invest", labels: { en: "Re-invest", fr: "À recycler" } },
		];
		expect(keys({ stages: renamed })).toEqual(["spark", "think", "invest", "published", "re-invest"]);
		expect(keys({ stages: [{ key: "idée" }, { key: "publié" }] })).toEqual(["idée", "publié"]);
	});
});

describe("migrateSettings: folders", () => {
	it("reads every folder the same way: blanks and slashes at either end dropped, an empty one back to its default", () => {
		const settings = migrateSettings({ ideasFolder: " /Idées à creuser/ ", draftsFolder: "Brouillons/", booksFolder: "/", templatesFolder: " Modèles/Les miens " }, "fr");
		expect([settings.ideasFolder, settings.draftsFolder, settings.booksFolder, settings.templatesFolder]).toEqual(["Idées à creuser", "Brouillons", "Lectures", "Modèles/Les miens"]);
	});
});
