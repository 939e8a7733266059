import type { Language } from "../i18n/language";

/** Where new brand-idea notes go, in the writer's language. */
export function brandIdeasFolder(language: Language): string {
	return language === "fr" ? "Idées de marque" : "Brand ideas";
}

/** Where new product notes go, in the writer's language. */
export function productsFolder(language: Language): string {
	return language === "fr" ? "Produits" : "Products";
}

/** Where a book note made from an unresolved source goes until reading has its own books-folder setting. */
export const BOOKS_FOLDER = "Lectures";
