import { DEFAULT_PRODUCTS, parseProductLines, productLines, productList } from "../../../src/core/brand/product-setting";

describe("the products setting", () => {
	it("defaults to the eight revenue modes with French and English names", () => {
		expect(productList(undefined).map((p) => p.names.fr)).toEqual(["Conférence", "Livre", "Formation", "Newsletter", "Accompagnement", "Atelier", "Produit numérique", "Coaching"]);
	});

	it("reads back what the settings tab shows, and drops repeated or empty keys", () => {
		expect(parseProductLines(productLines(DEFAULT_PRODUCTS))).toEqual(DEFAULT_PRODUCTS);
		expect(parseProductLines("talk | Talk | Conférence\ntalk | Again\n\npodcast")).toEqual([
			{ key: "talk", names: { en: "Talk", fr: "Conférence" } },
			{ key: "podcast", names: { en: "podcast", fr: "podcast" } },
		]);
	});

	it("falls back to the defaults when nothing valid is left", () => {
		expect(parseProductLines(" | | ")).toHaveLength(8);
	});
});
