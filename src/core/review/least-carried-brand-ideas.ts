import type { NoteRecord } from "../note/note-record";
import { propertyOf } from "../note/property-of";
import { ideaTextOf } from "../pipeline/idea";
import { displayText } from "../text/display-text";
import type { ProductSetting } from "../brand/product-setting";
import { productMatcher } from "../brand/framework-model";
import { propertyLinks } from "../brand/link-property";

/** A brand idea and how many of the writer's products carry it. */
export interface BrandReach {
	path: string;
	title: string;
	/** Products of the setting with a note carrying it. */
	carried: number;
	/** Products in the setting. */
	total: number;
}

/** The brand ideas carried into the fewest products, and how many brand ideas there are. */
export interface LeastCarried {
	ideas: BrandReach[];
	/** Brand ideas in the vault. */
	count: number;
}

/** The most brand ideas the weekly review names: the ones most in need of a product. */
export const LEAST_CARRIED_LIMIT = 5;

/**
 * The brand ideas (`type: brand-idea`) carried into the fewest of the setting's products, counted as the
 * framework board counts them (a note whose `brand-idea` links the brand idea and whose `product` names a
 * product of the setting), the fewest first, then by title; at most {@link LEAST_CARRIED_LIMIT}, and none that
 * is in every product already. One pass over the records and their links.
 */
export function leastCarriedBrandIdeas(records: readonly NoteRecord[], products: readonly ProductSetting[], collator: Intl.Collator, limit = LEAST_CARRIED_LIMIT): LeastCarried {
	const brands = new Map<string, { title: string; carried: Set<string> }>();
	for (const record of records) if (record.type === "brand-idea") brands.set(record.path, { title: displayText(ideaTextOf(record)), carried: new Set() });
	if (brands.size === 0) return { ideas: [], count: 0 };
	const productOf = productMatcher(products);
	for (const record of records) {
		// Most notes link no brand idea, and drafts link one note at most: a note without links is passed at once.
		if (record.links.length === 0) continue;
		let product: ProductSetting | null | undefined;
		for (const link of record.links) {
			const brand = link.resolvedPath === null || link.resolvedPath === record.path ? undefined : brands.get(link.resolvedPath);
			if (!brand || !propertyLinks(record, "brand-idea", link.resolvedPath ?? "")) continue;
			// Read once a note, and only for a note that links a brand idea: most notes link none.
			product ??= productOf(propertyOf(record.properties, "product"));
			if (product) brand.carried.add(product.key);
		}
	}
	const total = products.length;
	const ideas = [...brands.entries()]
		.map(([path, brand]) => ({ path, title: brand.title, carried: brand.carried.size, total }))
		.filter((brand) => brand.carried < total)
		.sort((a, b) => a.carried - b.carried || collator.compare(a.title, b.title))
		.slice(0, limit);
	return { ideas, count: brands.size };
}
