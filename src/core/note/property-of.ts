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
 * {@link propertyOf} for many names of one note's properties: the names are folded once, not at every
 * question (a draft's seven metrics read among its ten properties cost ten foldings, not seventy).
 */
export function propertyReader(properties: Record<string, unknown> | undefined): (name: string) => unknown {
	let folded: Map<string, string> | null = null;
	return (name) => {
		if (!properties) return undefined;
		if (Object.prototype.hasOwnProperty.call(properties, name)) return properties[name];
		if (folded === null) {
			folded = new Map();
			for (const key of Object.keys(properties)) {
				const wanted = fold(key);
				if (!folded.has(wanted)) folded.set(wanted, key);
			}
		}
		const found = folded.get(fold(name));
		return found === undefined ? undefined : properties[found];
	};
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
