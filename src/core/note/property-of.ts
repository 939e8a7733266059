import { comparableText as fold } from "../text/comparable-text";

/**
 * A frontmatter property by name: exact name first, then ignoring case, since Obsidian shows
 * `Status` and `status` as one property.
 */
export function propertyOf(properties: Record<string, unknown> | undefined, name: string): unknown {
	if (!properties) return undefined;
	if (Object.prototype.hasOwnProperty.call(properties, name)) return properties[name];
	const wanted = fold(name);
	const found = Object.keys(properties).find((key) => fold(key) === wanted);
	return found === undefined ? undefined : properties[found];
}

/**
 * The note's `type` property in lower case (`idea`, `draft`, `book`...), or null. A one-item list
 * (`type: [idea]`), the text `[idea]` and a differently cased name (`Type:`) count too.
 */
export function noteType(properties: Record<string, unknown> | undefined): string | null {
	let type = propertyOf(properties, "type");
	if (Array.isArray(type) && type.length === 1) type = (type as unknown[])[0];
	if (typeof type !== "string") return null;
	const text = fold(type.replace(/^\[(.*)\]$/, "$1"));
	return text === "" ? null : text;
}
