import { channelKey, channelLabel, labelsOf } from "../../../src/core/i18n/labels";
import { DEFAULT_FORMATS } from "../../../src/core/drafting/format-setting";
import { DEFAULT_PRODUCTS } from "../../../src/core/brand/product-setting";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";

const SETTINGS = { formats: DEFAULT_FORMATS, products: DEFAULT_PRODUCTS, stages: DEFAULT_SETTINGS.stages };
const fr = labelsOf(SETTINGS, "fr");
const en = labelsOf(SETTINGS, "en");

describe("labelsOf: what the writer reads for a stored value", () => {
	it("names every default channel, format, product and stage in French and in English", () => {
		const channels = [...new Set(DEFAULT_FORMATS.map((f) => f.channel))];
		expect(channels.map((c) => [c, fr.channel(c), en.channel(c)])).toEqual([
			["LinkedIn", "LinkedIn", "LinkedIn"],
			["X", "X", "X"],
			["Facebook", "Facebook", "Facebook"],
			["Instagram", "Instagram", "Instagram"],
			["Newsletter", "Newsletter", "Newsletter"],
			["Website", "Site web", "Website"],
			["Blog", "Blog", "Blog"],
			["YouTube", "YouTube", "YouTube"],
			["Podcast", "Podcast", "Podcast"],
			["Event", "Événement", "Event"],
		]);
		expect(DEFAULT_FORMATS.map((f) => [f.key, fr.format(f.key), en.format(f.key)])).toEqual([
			["linkedin-post", "Post LinkedIn", "LinkedIn post"],
			["x-thread", "Thread X", "X thread"],
			["facebook-post", "Post Facebook", "Facebook post"],
			["instagram-carousel", "Carrousel Instagram", "Instagram carousel"],
			["newsletter-issue", "Numéro de newsletter", "Newsletter issue"],
			["infographic-brief", "Brief d'infographie", "Infographic brief"],
			["blog-article", "Article de blog", "Blog article"],
			["youtube-script", "Script de vidéo YouTube", "YouTube video script"],
			["podcast-episode", "Épisode de podcast", "Podcast episode"],
			["sales-page", "Page de vente", "Sales page"],
			["webinar", "Webinaire", "Webinar"],
			["white-paper", "Livre blanc", "White paper"],
			["case-study", "Étude de cas client", "Customer case study"],
			["slide-deck", "Présentation", "Slide deck"],
			["talk", "Conférence", "Talk"],
		]);
		expect(DEFAULT_PRODUCTS.map((p) => [p.key, fr.product(p.key), en.product(p.key)])).toEqual([
			["talk", "Conférence", "Talk"],
			["book", "Livre", "Book"],
			["course", "Formation", "Course"],
			["newsletter", "Newsletter", "Newsletter"],
			["mentoring", "Accompagnement", "Mentoring"],
			["workshop", "Atelier", "Workshop"],
			["digital-product", "Produit numérique", "Digital product"],
			["coaching", "Coaching", "Coaching"],
		]);
		expect(DEFAULT_SETTINGS.stages.map((s) => [s.key, fr.stage(s.key), en.stage(s.key)])).toEqual([
			["think", "Réfléchir", "Think"],
			["spark", "Étincelle", "Spark"],
			["invest", "Investir", "Invest"],
			["re-invest", "Réinvestir", "Re-invest"],
		]);
	});

	it("finds a value written by hand under any of its names, in either language, whatever its case", () => {
		expect([fr.channel("site web"), en.channel("Site Web"), en.channel("ÉVÉNEMENT")]).toEqual(["Site web", "Website", "Event"]);
		expect([en.product("Conférence"), fr.product("Digital product"), fr.product(" TALK ")]).toEqual(["Talk", "Produit numérique", "Conférence"]);
		expect([en.format("Livre blanc"), fr.format("Webinar")]).toEqual(["White paper", "Webinaire"]);
		expect([en.stage("Étincelle"), fr.stage("re-invest")]).toEqual(["Spark", "Réinvestir"]);
	});

	it("shows a value the settings do not know as it is stored", () => {
		expect([fr.channel("Salon du livre de Lyon"), fr.format("lettre-privée"), en.product("Retraite d'écriture"), fr.stage("à relire")]).toEqual([
			"Salon du livre de Lyon",
			"lettre-privée",
			"Retraite d'écriture",
			"à relire",
		]);
		expect(labelsOf({}, "fr").format("webinar")).toBe("webinar");
	});

	it("follows the writer's own names: a format or product renamed in the settings", () => {
		const own = labelsOf({ formats: [{ key: "webinar", names: { en: "Live session", fr: "Session en direct" }, channel: "Event", stage: "invest" }], products: [{ key: "talk", names: { en: "Keynote", fr: "Keynote" } }] }, "fr");
		expect([own.format("webinar"), own.product("talk"), own.channel("Event")]).toEqual(["Session en direct", "Keynote", "Événement"]);
	});

	it("makes the labels once for the same settings and language", () => {
		expect(labelsOf(SETTINGS, "fr")).toBe(fr);
		expect(labelsOf(SETTINGS, "en")).toBe(en);
		expect(labelsOf({ ...SETTINGS }, "fr")).not.toBe(fr);
	});
});

describe("channelLabel and channelKey", () => {
	it("shows the default channels that are words in the writer's language, and names and the writer's own channels as stored", () => {
		expect(channelLabel("Website", "fr")).toBe("Site web");
		expect(channelLabel("event", "fr")).toBe("Événement");
		expect(channelLabel("Site web", "en")).toBe("Website");
		expect(channelLabel("LinkedIn", "fr")).toBe("LinkedIn");
		expect(channelLabel("Salon du livre de Lyon", "fr")).toBe("Salon du livre de Lyon");
	});

	it("counts a channel written in either language as one", () => {
		expect(new Set(["Website", "site web", "Site Web"].map(channelKey))).toEqual(new Set(["website"]));
		expect(channelKey("LinkedIn")).toBe("linkedin");
	});
});
