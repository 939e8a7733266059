import { readKeyAndNames, readSettingList, type NamedEntry, type SettingList } from "../settings/setting-list";

/** A product a brand idea is carried into (a talk, a course...): the value stored in a product note's `product` property, and its names. */
export type ProductSetting = NamedEntry;

const product = (key: string, en: string, fr: string): ProductSetting => ({ key, names: { en, fr } });

/** The writer's eight revenue modes: one idea, thought once, earns in each of them. */
export const DEFAULT_PRODUCTS: readonly ProductSetting[] = [
	product("talk", "Talk", "Conférence"),
	product("book", "Book", "Livre"),
	product("course", "Course", "Formation"),
	product("newsletter", "Newsletter", "Newsletter"),
	product("mentoring", "Mentoring", "Accompagnement"),
	product("workshop", "Workshop", "Atelier"),
	product("digital-product", "Digital product", "Produit numérique"),
	product("coaching", "Coaching", "Coaching"),
];

/** One saved product made valid: null without a key; missing names take the key. */
function savedProduct(item: unknown): ProductSetting | null {
	const saved = readKeyAndNames(item);
	return saved && { key: saved.key, names: saved.names };
}

/** The products setting as saved, entry by entry: entries without a key or with a key already seen are left out, and counted. */
export function readProductList(value: unknown): SettingList<ProductSetting> {
	return readSettingList(value, savedProduct, (product) => product.key);
}

/**
 * The products setting as saved (nothing, an older file, a hand edit) made valid: entries without a
 * key or with a key already seen are dropped, missing names take the key; nothing left gives the defaults.
 */
export function productList(value: unknown): ProductSetting[] {
	const products = readProductList(value).items;
	return products.length > 0 ? products : DEFAULT_PRODUCTS.map((p) => ({ ...p, names: { ...p.names } }));
}

/** The products as the settings tab shows them: one a line, `key | English name | French name`. */
export function productLines(products: readonly ProductSetting[]): string {
	return products.map((p) => `${p.key} | ${p.names.en} | ${p.names.fr}`).join("\n");
}

/** The products typed in the settings tab, one a line (`key | English name | French name`; names may be left out). */
export function parseProductLines(text: string): ProductSetting[] {
	return productList(
		text.split(/\r?\n/).map((line) => {
			const [key = "", en = "", fr = ""] = line.split("|").map((part) => part.trim());
			return { key, names: { en, fr } };
		}),
	);
}
