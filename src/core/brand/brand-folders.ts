import type { Language } from "../i18n/language";

/** Where new brand-idea notes go, in the writer's language. */
export function brandIdeasFolder(language: Language): string {
	return language === "fr" ? "Idées de marque" : "Brand ideas";
}

/** Where new product notes go, in the writer's language. */
export function productsFolder(language: Language): string {
	return language === "fr" ? "Produits" : "Products";
}
