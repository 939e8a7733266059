import type { BuiltInTemplate } from "../templates/built-in-template";
import type { ProductSetting } from "./product-setting";
import brandIdeaFr from "./templates/fr/brand-idea.md";
import brandIdeaEn from "./templates/en/brand-idea.md";
import talkFr from "./templates/fr/talk.md";
import talkEn from "./templates/en/talk.md";
import bookFr from "./templates/fr/book.md";
import bookEn from "./templates/en/book.md";
import courseFr from "./templates/fr/course.md";
import courseEn from "./templates/en/course.md";
import newsletterFr from "./templates/fr/newsletter.md";
import newsletterEn from "./templates/en/newsletter.md";
import mentoringFr from "./templates/fr/mentoring.md";
import mentoringEn from "./templates/en/mentoring.md";
import workshopFr from "./templates/fr/workshop.md";
import workshopEn from "./templates/en/workshop.md";
import digitalFr from "./templates/fr/digital-product.md";
import digitalEn from "./templates/en/digital-product.md";
import coachingFr from "./templates/fr/coaching.md";
import coachingEn from "./templates/en/coaching.md";

/** The body of a new brand-idea note: one heading per part of the framework, with guidance the writer deletes. */
export const BRAND_IDEA_TEMPLATE: BuiltInTemplate = {
	key: "brand-idea",
	names: { en: "Brand idea", fr: "Idée de marque" },
	text: { en: brandIdeaEn, fr: brandIdeaFr },
};

const skeletons: Record<string, { en: string; fr: string }> = {
	talk: { en: talkEn, fr: talkFr },
	book: { en: bookEn, fr: bookFr },
	course: { en: courseEn, fr: courseFr },
	newsletter: { en: newsletterEn, fr: newsletterFr },
	mentoring: { en: mentoringEn, fr: mentoringFr },
	workshop: { en: workshopEn, fr: workshopFr },
	"digital-product": { en: digitalEn, fr: digitalFr },
	coaching: { en: coachingEn, fr: coachingFr },
};

/** Template key of a product: `product-course`; the writer's note named after it or the product's name replaces it. */
export function productTemplateKey(productKey: string): string {
	return `product-${productKey}`;
}

/**
 * The names of a product's template: the product's names marked as a product's (`Conférence (produit)`),
 * so that they never take the name of a format's template (the talk format is `Conférence` too), and a
 * note of the templates folder made for one is never read as the other's.
 */
export function productTemplateNames(product: ProductSetting): { en: string; fr: string } {
	return { en: `${product.names.en} (product)`, fr: `${product.names.fr} (produit)` };
}

/**
 * The template of each product: the built-in skeleton of the eight revenue modes, and for a product the
 * writer added, a title and nothing else until they put a note of that name in the templates folder.
 */
export function productTemplates(products: readonly ProductSetting[]): BuiltInTemplate[] {
	return products.map((product) => ({
		key: productTemplateKey(product.key),
		names: productTemplateNames(product),
		text: skeletons[product.key] ?? { en: "# {{title}}\n", fr: "# {{title}}\n" },
	}));
}
