const MAX_REMEMBERED = 10_000;
const normalized = new Map<string, string | null>();

/**
 * Tags as the writer types them (`#Réflexions`, `journal/2024`, ` Journal `) reduced to one form:
 * no `#`, trimmed, NFC (macOS file systems hand out decomposed accents), lower case.
 * Returns null for something that is not a tag.
 */
export function normalizeTag(raw: string): string | null {
	const known = normalized.get(raw);
	if (known !== undefined) return known;
	const trimmed = raw.trim().replace(/^#+/, "").trim().normalize("NFC").toLowerCase();
	const tag = trimmed === "" || /\s/.test(trimmed) || /^\d+$/.test(trimmed) ? null : trimmed;
	// A vault uses the same few hundred tags over and over: remember them, within reason.
	if (normalized.size >= MAX_REMEMBERED) normalized.clear();
	normalized.set(raw, tag);
	return tag;
}

/**
 * Tags from the `tags` (or legacy `tag`) property, in the shapes Obsidian accepts:
 * a list, a single string, or a string of tags separated by commas or spaces.
 */
export function frontmatterTags(frontmatter: Record<string, unknown> | undefined): string[] {
	if (!frontmatter) return [];
	const found: string[] = [];
	for (const [key, value] of Object.entries(frontmatter)) {
		const name = key.toLowerCase();
		if (name !== "tags" && name !== "tag") continue;
		const values = Array.isArray(value) ? value : [value];
		for (const item of values) {
			if (typeof item !== "string" && typeof item !== "number") continue;
			for (const part of String(item).split(/[,\s]+/)) {
				const tag = normalizeTag(part);
				if (tag !== null) found.push(tag);
			}
		}
	}
	return found;
}

/** Tags of a note from properties and body, normalised, without duplicates, in first-seen order. */
export function collectTags(frontmatter: Record<string, unknown> | undefined, inlineTags: readonly string[]): string[] {
	const tags = new Set(frontmatterTags(frontmatter));
	for (const raw of inlineTags) {
		const tag = normalizeTag(raw);
		if (tag !== null) tags.add(tag);
	}
	return [...tags];
}

/**
 * A test for "has one of these tags, or a tag nested under one" (`journal/2024` counts as `journal`),
 * with the tags normalised once: the index asks it of every file of the vault.
 */
export function watchedTagMatcher(watched: readonly string[]): (tags: readonly string[]) => boolean {
	const wanted = watched.map(normalizeTag).filter((t): t is string => t !== null && t !== "");
	const exact = new Set(wanted);
	const nested = wanted.map((w) => `${w}/`);
	return (tags) => tags.some((tag) => exact.has(tag) || nested.some((prefix) => tag.startsWith(prefix)));
}

/** Whether one of the note's tags is a watched tag or nested under one. */
export function hasWatchedTag(tags: readonly string[], watched: readonly string[]): boolean {
	return watchedTagMatcher(watched)(tags);
}
