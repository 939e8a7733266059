import { defaultIdeaTag, DEFAULT_SETTINGS, migrateSettings, readSettings } from "../../../src/core/settings/studio-settings";
import { SETTING_LIST_LIMIT } from "../../../src/core/settings/setting-list";
import { defaultFolders, earlierFolders } from "../../../src/core/settings/default-folders";

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

describe("migrateSettings: the record of moves, the stalled threshold and the rhythm", () => {
	it("records the day of each move, calls an idea stalled after 21 days, and asks no rhythm, unless the writer said otherwise", () => {
		expect(migrateSettings({})).toMatchObject({ recordStageSince: true, stalledDays: 21, rhythm: {} });
		expect(migrateSettings({ recordStageSince: false, stalledDays: 30, rhythm: { LinkedIn: 3, Newsletter: 1 } })).toMatchObject({ recordStageSince: false, stalledDays: 30, rhythm: { LinkedIn: 3, Newsletter: 1 } });
	});

	it("takes the default for a value that cannot be used, and says so", () => {
		const read = readSettings({ recordStageSince: "oui", stalledDays: 0, rhythm: "LinkedIn 3" }, "fr", ".obsidian");
		expect(read.settings).toMatchObject({ recordStageSince: true, stalledDays: 21, rhythm: {} });
		expect(read.problems).toEqual([
			{ setting: "recordStageSince", kind: "invalid" },
			{ setting: "stalledDays", kind: "invalid" },
			{ setting: "rhythm", kind: "invalid" },
		]);
		expect(migrateSettings({ stalledDays: 366 }).stalledDays).toBe(21);
		expect(migrateSettings({ stalledDays: 7.5 }).stalledDays).toBe(21);
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

describe("migrateSettings: the book tags", () => {
	it("starts a vault with the tags writers give their reading notes, in French and English", () => {
		expect(migrateSettings({}, "fr").bookTags).toEqual(["lecture", "livre", "lectures", "book", "reading"]);
	});

	it("keeps the writer's tags as typed, and an empty list as the choice of no tag at all", () => {
		expect(migrateSettings({ bookTags: [" #Lecture ", "essai/philo"] }).bookTags).toEqual(["#Lecture", "essai/philo"]);
		expect(readSettings({ bookTags: [] }, "fr", "").problems).toEqual([]);
		expect(migrateSettings({ bookTags: [] }).bookTags).toEqual([]);
	});

	it("takes the default tags back for a value that is not a list, or a list of nothing usable, and says so", () => {
		const read = readSettings({ bookTags: "lecture" }, "fr", "");
		expect(read.settings.bookTags).toEqual(DEFAULT_SETTINGS.bookTags);
		expect(read.problems).toEqual([{ setting: "bookTags", kind: "invalid" }]);
		expect(readSettings({ bookTags: ["", 12, "  "] }, "fr", "").problems).toEqual([{ setting: "bookTags", kind: "invalid" }]);
		expect(readSettings({ bookTags: ["lecture", 12] }, "fr", "")).toMatchObject({ settings: { bookTags: ["lecture"] }, problems: [{ setting: "bookTags", kind: "dropped", count: 1 }] });
	});
});

describe("migrateSettings: folders", () => {
	it("reads every folder the same way: blanks and slashes at either end dropped, an empty one back to its default", () => {
		const settings = migrateSettings({ ideasFolder: " /Idées à creuser/ ", draftsFolder: "Brouillons/", booksFolder: "/", templatesFolder: " Modèles/Les miens " }, "fr");
		expect([settings.ideasFolder, settings.draftsFolder, settings.booksFolder, settings.templatesFolder]).toEqual(["Idées à creuser", "Brouillons", "Lectures", "Modèles/Les miens"]);
	});
});

describe("readSettings: where notes go, chosen once", () => {
	const CONFIG = ".obsidian";

	it("gives a vault with no data.json the folders of the writer's language", () => {
		const folders = (language: "en" | "fr") => {
			const { settings } = readSettings(undefined, language, CONFIG);
			return [settings.ideasFolder, settings.draftsFolder, settings.booksFolder, settings.brandIdeasFolder, settings.productsFolder, settings.templatesFolder, settings.strategyFolder, settings.reviewsFolder];
		};
		expect(folders("en")).toEqual(["Ideas", "Drafts", "Books", "Brand ideas", "Products", "Templates/Thought Leadership", "Strategy", "Reviews"]);
		expect(folders("fr")).toEqual(["Idées", "Brouillons", "Lectures", "Idées de marque", "Produits", "Modèles/Thought Leadership", "Stratégie", "Revues"]);
		expect(defaultFolders("en")).toEqual({
			ideasFolder: "Ideas",
			draftsFolder: "Drafts",
			booksFolder: "Books",
			brandIdeasFolder: "Brand ideas",
			productsFolder: "Products",
			templatesFolder: "Templates/Thought Leadership",
			strategyFolder: "Strategy",
			reviewsFolder: "Reviews",
		});
	});

	it("keeps the folders saved in data.json, whatever language Obsidian is in now", () => {
		const saved = readSettings(undefined, "en", CONFIG).settings;
		expect(readSettings(saved, "fr", CONFIG)).toEqual({ settings: { ...saved }, problems: [] });
	});

	it("gives a data.json of an earlier version the folders that vault used: French ones, brand ideas where its notes are, strategy notes at the root", () => {
		const earlier = { version: 1, watchedTags: ["journal"], ideasFolder: "Écriture/Idées" };
		const english = readSettings(earlier, "en", CONFIG).settings;
		expect([english.ideasFolder, english.draftsFolder, english.booksFolder, english.templatesFolder, english.strategyFolder]).toEqual(["Écriture/Idées", "Brouillons", "Lectures", "Modèles/Thought Leadership", ""]);
		// Reviews are new: a vault that never had them takes the folder of Obsidian's language.
		expect([english.reviewsFolder, readSettings(earlier, "fr", CONFIG).settings.reviewsFolder]).toEqual(["Reviews", "Revues"]);
		// Brand ideas and products followed Obsidian's language: the folder of either language the vault holds.
		expect([english.brandIdeasFolder, english.productsFolder]).toEqual(["Brand ideas", "Products"]);
		const inFrench = readSettings(earlier, "en", CONFIG, earlierFolders("en", new Set(["Idées de marque", "Produits"]))).settings;
		expect([inFrench.brandIdeasFolder, inFrench.productsFolder]).toEqual(["Idées de marque", "Produits"]);
		expect(earlierFolders("fr", new Set(["Brand ideas", "Idées de marque", "Products"]))).toMatchObject({ brandIdeasFolder: "Idées de marque", productsFolder: "Products" });
	});

	it("takes an empty folder as the default of the writer's language, and an empty strategy folder as the vault's root", () => {
		const read = readSettings({ ideasFolder: "", draftsFolder: " / ", strategyFolder: "/", productsFolder: "" }, "en", CONFIG);
		expect([read.settings.ideasFolder, read.settings.draftsFolder, read.settings.strategyFolder, read.settings.productsFolder]).toEqual(["Ideas", "Drafts", "", "Products"]);
		expect(read.problems).toEqual([]);
	});

	it("refuses a brand ideas, products, strategy or reviews folder outside the vault like any other", () => {
		const read = readSettings({ brandIdeasFolder: "../marque", productsFolder: ".obsidian/x", strategyFolder: "Stratégie/.cachée", reviewsFolder: "C:/Revues" }, "fr", CONFIG);
		expect([read.settings.brandIdeasFolder, read.settings.productsFolder, read.settings.strategyFolder, read.settings.reviewsFolder]).toEqual(["Idées de marque", "Produits", "Stratégie", "Revues"]);
		expect(read.problems.map((p) => `${p.setting} ${p.kind}`)).toEqual(["brandIdeasFolder outsideVault", "productsFolder configFolder", "strategyFolder hiddenFolder", "reviewsFolder outsideVault"]);
		// Left empty, the reviews go back to their folder: unlike the strategy note, they are not put at the vault's root.
		expect(readSettings({ reviewsFolder: "/" }, "en", CONFIG).settings.reviewsFolder).toBe("Reviews");
	});
});

describe("readSettings: a data.json that cannot hurt", () => {
	const CONFIG = ".obsidian";

	it("refuses a folder outside the vault, in Obsidian's configuration folder or hidden, keeping its default and saying why", () => {
		const read = readSettings({ draftsFolder: "../outside", ideasFolder: ".obsidian/plugins/Idées", booksFolder: "Lectures/../../dehors", templatesFolder: "C:\\Users\\Élise\\Modèles" }, "fr", CONFIG);
		expect([read.settings.draftsFolder, read.settings.ideasFolder, read.settings.booksFolder, read.settings.templatesFolder]).toEqual(["Brouillons", "Idées", "Lectures", "Modèles/Thought Leadership"]);
		expect(read.problems).toEqual([
			{ setting: "ideasFolder", kind: "configFolder", value: ".obsidian/plugins/Idées", fallback: "Idées" },
			{ setting: "templatesFolder", kind: "outsideVault", value: "C:\\Users\\Élise\\Modèles", fallback: "Modèles/Thought Leadership" },
			{ setting: "draftsFolder", kind: "outsideVault", value: "../outside", fallback: "Brouillons" },
			{ setting: "booksFolder", kind: "outsideVault", value: "Lectures/../../dehors", fallback: "Lectures" },
		]);
	});

	it("knows the configuration folder the vault uses, whatever its case, and any other folder Obsidian hides", () => {
		expect(readSettings({ draftsFolder: ".Config-Mobile/x" }, "fr", ".config-mobile").problems).toEqual([{ setting: "draftsFolder", kind: "configFolder", value: ".Config-Mobile/x", fallback: "Brouillons" }]);
		expect(readSettings({ draftsFolder: "Écriture/.trash" }, "fr", CONFIG).problems).toEqual([{ setting: "draftsFolder", kind: "hiddenFolder", value: "Écriture/.trash", fallback: "Brouillons" }]);
		expect(readSettings({ draftsFolder: ".obsidian" }, "fr", ".obsidian-mobile").settings.draftsFolder).toBe("Brouillons");
	});

	it("keeps a folder of the vault as Obsidian writes its paths: back slashes, doubled and ./ segments made plain", () => {
		const read = readSettings({ draftsFolder: "Écriture\\Brouillons", ideasFolder: "./Idées//à creuser/", booksFolder: "Lectures/..livres" }, "fr", CONFIG);
		expect([read.settings.draftsFolder, read.settings.ideasFolder, read.settings.booksFolder]).toEqual(["Écriture/Brouillons", "Idées/à creuser", "Lectures"]);
		expect(read.problems).toEqual([{ setting: "booksFolder", kind: "hiddenFolder", value: "Lectures/..livres", fallback: "Lectures" }]);
	});

	it("loads the default of a setting of the wrong type, keeps every other one, and names what was reset", () => {
		const read = readSettings({ watchedTags: "journal", ideasFolder: 12, linkCapturedSelection: "non", ideaTag: "deux mots", dateFormat: 7, stages: {}, draftsFolder: "Écriture/Brouillons" }, "fr", CONFIG);
		// A file of an earlier version: its strategy notes were made at the vault's root, where new ones still go.
		expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, ideaTag: "idée", draftsFolder: "Écriture/Brouillons", strategyFolder: "" });
		expect(read.problems.map((p) => `${p.setting} ${p.kind}`)).toEqual([
			"watchedTags invalid",
			"ideasFolder invalid",
			"dateFormat invalid",
			"stages invalid",
			"ideaTag invalid",
			"linkCapturedSelection invalid",
		]);
	});

	it("says nothing about settings that are only missing, as in a new vault or a file from an older version", () => {
		expect(readSettings(undefined, "fr", CONFIG).problems).toEqual([]);
		expect(readSettings({ version: 1, watchedTags: ["journal"] }, "fr", CONFIG).problems).toEqual([]);
		expect(readSettings(migrateSettings({}, "fr"), "fr", CONFIG).problems).toEqual([]);
	});

	it("reads a file that holds no settings object at all as the defaults, and says so", () => {
		expect(readSettings(["journal"], "fr", CONFIG)).toEqual({ settings: migrateSettings({}, "fr"), problems: [{ setting: null, kind: "invalid" }] });
		expect(readSettings("réglages", "fr", CONFIG).problems).toEqual([{ setting: null, kind: "invalid" }]);
	});

	it("drops empty and repeated stages (as the board compares them), keeps the others and counts what was left out", () => {
		const read = readSettings({ stages: [{ key: "idée" }, { key: "" }, { key: " Idée" }, "publié", { key: "publié", labels: { fr: "Publié" } }] }, "fr", CONFIG);
		expect(read.settings.stages).toEqual([
			{ key: "idée", labels: { en: "idée", fr: "idée" } },
			{ key: "publié", labels: { en: "publié", fr: "Publié" } },
		]);
		expect(read.problems).toEqual([{ setting: "stages", kind: "dropped", count: 3 }]);
	});

	it("caps every list at 200 and says so: stages, formats, products, watched tags and headings", () => {
		const many = <T>(make: (i: number) => T): T[] => Array.from({ length: 30_000 }, (_, i) => make(i));
		const read = readSettings(
			{
				stages: many((i) => ({ key: `étape-${i}` })),
				formats: many((i) => ({ key: `format-${i}` })),
				products: many((i) => ({ key: `produit-${i}` })),
				watchedTags: many((i) => `tag-${i}`),
				ideaHeadings: many((i) => `Idées ${i}`),
			},
			"fr",
			CONFIG,
		);
		expect([read.settings.stages, read.settings.formats, read.settings.products, read.settings.watchedTags, read.settings.ideaHeadings].map((list) => list.length)).toEqual([200, 200, 200, 200, 200]);
		expect(read.settings.stages[199]?.key).toBe("étape-199");
		expect(read.problems).toEqual(
			["watchedTags", "ideaHeadings", "stages", "formats", "products"].map((setting) => ({ setting, kind: "capped", limit: SETTING_LIST_LIMIT })),
		);
	});

	it("keeps one of each of 30,000 repeated stages, and counts the rest as left out", () => {
		const read = readSettings({ stages: Array.from({ length: 30_000 }, (_, i) => ({ key: `étape-${i % 3}` })) }, "fr", CONFIG);
		expect(read.settings.stages.map((s) => s.key)).toEqual(["étape-0", "étape-1", "étape-2"]);
		expect(read.problems).toEqual([{ setting: "stages", kind: "dropped", count: 29_997 }]);
	});
});

describe("readSettings: the folders left out", () => {
	const CONFIG = ".obsidian";

	it("leaves no folder out in a new vault, and keeps a list the writer emptied without a word", () => {
		expect(migrateSettings(undefined).excludedFolders).toEqual([]);
		expect(readSettings({ excludedFolders: [] }, "fr", CONFIG)).toEqual({ settings: migrateSettings({}, "fr"), problems: [] });
	});

	it("reads each folder as the other folder settings are read, and keeps one of two spellings of the same folder", () => {
		const read = readSettings({ excludedFolders: ["Archives/", " /Modèles ", "Journal\\2019", "archives", "Mode\u0300les"] }, "fr", CONFIG);
		expect(read.settings.excludedFolders).toEqual(["Archives", "Modèles", "Journal/2019"]);
		expect(read.problems).toEqual([{ setting: "excludedFolders", kind: "dropped", count: 2 }]);
	});

	it("drops the vault's root (every note would go), folders outside the vault, hidden or in Obsidian's configuration, and what is not text", () => {
		const read = readSettings({ excludedFolders: ["/", "", "../Ailleurs", ".obsidian/plugins", "Archives/.anciens", 12, null, "Archives"] }, "fr", CONFIG);
		expect(read.settings.excludedFolders).toEqual(["Archives"]);
		expect(read.problems).toEqual([{ setting: "excludedFolders", kind: "dropped", count: 7 }]);
	});

	it("takes a value that is no list as no folder left out, and says so; caps the list at 200", () => {
		expect(readSettings({ excludedFolders: "Archives" }, "fr", CONFIG)).toMatchObject({ settings: { excludedFolders: [] }, problems: [{ setting: "excludedFolders", kind: "invalid" }] });
		const read = readSettings({ excludedFolders: Array.from({ length: 5_000 }, (_, i) => `Archives/${i}`) }, "fr", CONFIG);
		expect(read.settings.excludedFolders).toHaveLength(SETTING_LIST_LIMIT);
		expect(read.problems).toEqual([{ setting: "excludedFolders", kind: "capped", limit: SETTING_LIST_LIMIT }]);
	});
});

describe("readSettings: characters a post, metrics and the columns of imported results", () => {
	const read = (raw: unknown) => readSettings(raw, "fr", ".obsidian");

	it("starts a vault with LinkedIn's, X's and Instagram's limits, the seven metrics and no column remembered", () => {
		const { settings } = read({});
		expect(settings.charLimits).toEqual([{ format: "linkedin-post", limit: 3000 }, { format: "x-thread", limit: 280 }, { format: "instagram-carousel", limit: 2200 }]);
		expect(settings.metrics.map((m) => m.key)).toEqual(["impressions", "reactions", "comments", "shares", "clicks", "followers", "leads"]);
		expect(settings.importColumns).toEqual({});
	});

	it("keeps the writer's limits and metrics, an emptied list of limits too, and names what was left out", () => {
		const reading = read({ charLimits: [], metrics: [{ key: "vues", names: { en: "Views", fr: "Vues" } }, { key: "status" }], importColumns: { "post url": "url", vide: 3 } });
		expect(reading.settings.charLimits).toEqual([]);
		expect(reading.settings.metrics).toEqual([{ key: "vues", names: { en: "Views", fr: "Vues" } }]);
		expect(reading.settings.importColumns).toEqual({ "post url": "url" });
		expect(reading.problems).toEqual([{ setting: "metrics", kind: "dropped", count: 1 }]);
	});

	it("takes the defaults back for values of the wrong kind, and says so", () => {
		const reading = read({ charLimits: "3000", metrics: [], importColumns: ["url"] });
		expect(reading.settings.charLimits).toHaveLength(3);
		expect(reading.settings.metrics).toHaveLength(7);
		expect(reading.settings.importColumns).toEqual({});
		expect(reading.problems.map((p) => p.setting)).toEqual(["charLimits", "metrics", "importColumns"]);
	});
});
