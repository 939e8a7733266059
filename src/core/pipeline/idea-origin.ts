import type { MessageKey } from "../i18n/messages";

/** Where an idea comes from, in the writer's three ways of finding one: a book, what they already know, a quote. Stored in `origin`. */
export const ORIGINS = ["book", "knowledge", "quote"] as const;
export type IdeaOrigin = (typeof ORIGINS)[number];

/** An `origin` property as written (any case, blanks aside), or null when it is none of the three. */
export function parseOrigin(value: unknown): IdeaOrigin | null {
	if (typeof value !== "string") return null;
	const text = value.trim().toLowerCase();
	return ORIGINS.find((origin) => origin === text) ?? null;
}

/** The words a card shows for an origin. */
export function originCardMessage(origin: IdeaOrigin): MessageKey {
	return `card.origin.${origin}`;
}
