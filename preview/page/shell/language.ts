/**
 * Obsidian's interface language: in the preview, the page's `?lang=` query (`?lang=fr`), default `en`.
 * Stands in for https://docs.obsidian.md/Reference/TypeScript+API/getLanguage
 * (the mocks always answer `en`).
 */
export function getLanguage(): string {
	const lang = new URLSearchParams(window.location.search).get("lang");
	return lang && /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/.test(lang) ? lang : "en";
}
