import { MemorySource } from "../../helpers/memory-source";
import { makeIndex } from "../../helpers/test-index";
import { LinkGraph } from "../../../src/core/brand/link-graph";
import { buildProductGrid } from "../../../src/core/reuse/product-grid";
import { DEFAULT_PRODUCTS } from "../../../src/core/brand/product-setting";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";

const link = (target: string) => ({ link: target, original: `[[${target}]]` });

function vault(): MemorySource {
	return new MemorySource()
		.put("Idées de marque/Penser une fois.md", { frontmatter: { type: "brand-idea", title: "Penser une fois : « répliquer partout »" } })
		.put("Idées de marque/Vendre sans vendre.md", { frontmatter: { type: "brand-idea" } })
		.put("Produits/Penser une fois — Formation.md", { frontmatter: { type: "product", product: "course", "brand-idea": "[[Penser une fois]]", created: "2025-02-03T09:00" }, links: [link("Penser une fois")] })
		.put("Produits/Penser une fois — Formation (v2).md", { frontmatter: { type: "product", product: "Formation", "brand-idea": "[[Penser une fois]]", created: "2025-03-01T09:00" }, links: [link("Penser une fois")] })
		.put("Produits/Penser une fois — Conférence.md", { frontmatter: { type: "product", product: "talk", "brand-idea": "[[Penser une fois]]", created: "2024-11-20T09:00" }, links: [link("Penser une fois")] })
		.put("Produits/Penser une fois — Fanzine.md", { frontmatter: { type: "product", product: "fanzine", "brand-idea": "[[Penser une fois]]" }, links: [link("Penser une fois")] })
		.put("Produits/Vendre — Atelier.md", { frontmatter: { type: "product", product: "workshop", "brand-idea": "[[Vendre sans vendre]]" }, links: [link("Vendre sans vendre")] });
}

describe("the re-use grid of brand ideas against products", () => {
	it("has a row per brand idea by title and a column per product, each cell its notes as the framework board counts them", async () => {
		const { index } = makeIndex(vault());
		await index.build();
		const graph = new LinkGraph(index);
		const grid = buildProductGrid({ records: index, backlinks: (p) => graph.backlinks(p), products: DEFAULT_PRODUCTS, stages: DEFAULT_SETTINGS.stages, language: "fr", books: DEFAULT_SETTINGS });
		expect(grid.columns.map((c) => c.label)).toEqual(["Conférence", "Livre", "Formation", "Newsletter", "Accompagnement", "Atelier", "Produit numérique", "Coaching"]);
		expect(grid.rows.map((r) => [r.title, r.covered, r.total])).toEqual([
			["Penser une fois : « répliquer partout »", 2, 8],
			["Vendre sans vendre", 1, 8],
		]);
		const [penser, vendre] = grid.rows;
		expect(penser?.cells.map((c) => [c.key, c.state, c.path, c.count])).toEqual([
			["talk", "note", "Produits/Penser une fois — Conférence.md", 1],
			["book", "empty", null, 0],
			// The later of the two courses, found by key and by French name; the fanzine is in no column.
			["course", "note", "Produits/Penser une fois — Formation (v2).md", 2],
			["newsletter", "empty", null, 0],
			["mentoring", "empty", null, 0],
			["workshop", "empty", null, 0],
			["digital-product", "empty", null, 0],
			["coaching", "empty", null, 0],
		]);
		expect(penser?.cells[0]?.date).toBe(new Date(2024, 10, 20, 9, 0).getTime());
		expect(vendre?.cells.filter((c) => c.state === "note").map((c) => c.key)).toEqual(["workshop"]);
	});
});
