import { displayText } from "./display-text";

/** A title as the alias of a wikilink (`[[Note|alias]]`): what it shows, brackets and pipes (which would end the alias early) made spaces. */
export function linkAlias(title: string): string {
	return displayText(title).replace(/[[\]|]/g, " ").replace(/ {2,}/g, " ").trim();
}
