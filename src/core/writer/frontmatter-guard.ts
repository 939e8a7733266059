import { FrontmatterEditError } from "./frontmatter-edit-error";

/**
 * Reads YAML text into a value, throwing when it is not valid YAML. The plugin passes Obsidian's
 * `parseYaml`, so that the guard reads properties as Obsidian will; tests and tools pass the
 * `yaml` package's `parse`.
 */
export type YamlParser = (source: string) => unknown;

/** What the edited property must read as after an edit: its value, or absent. */
export type ExpectedProperty = { present: true; value: unknown } | { present: false };

/** The properties a frontmatter source holds, or null when it is not valid YAML or not a map. */
export function readProperties(source: string, parse: YamlParser): Record<string, unknown> | null {
	let value: unknown;
	try {
		value = parse(source);
	} catch {
		return null;
	}
	if (value === null || value === undefined) return {};
	if (typeof value !== "object" || Array.isArray(value)) return null;
	return value as Record<string, unknown>;
}

/** Deep equality of parsed YAML values: scalars, dates, lists and maps. */
export function sameYamlValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a);
	const keysB = Object.keys(b);
	if (keysA.length !== keysB.length) return false;
	const recordB = b as Record<string, unknown>;
	return keysA.every((key) => Object.prototype.hasOwnProperty.call(recordB, key) && sameYamlValue((a as Record<string, unknown>)[key], recordB[key]));
}

/**
 * The last guard of every frontmatter edit: the block before and after, read by a YAML parser,
 * must hold the same properties except `key`, which must read as `expected`.
 *
 * @throws FrontmatterEditError `invalidYaml` when the block before the edit cannot be read as
 *   properties, `sideEffect` when the edit changes anything but `key` or not as meant.
 */
export function assertOnlyPropertyChanged(beforeSource: string, afterSource: string, key: string, expected: ExpectedProperty, parse: YamlParser): void {
	assertOnlyPropertiesChanged(beforeSource, afterSource, new Map([[key, expected]]), parse);
}

/**
 * The same guard for an edit of several properties at once: each key of `expected` must read as
 * its value after the edit, and every other property as it did before.
 *
 * @throws FrontmatterEditError `invalidYaml` or `sideEffect`, as {@link assertOnlyPropertyChanged}.
 */
export function assertOnlyPropertiesChanged(beforeSource: string, afterSource: string, expected: ReadonlyMap<string, ExpectedProperty>, parse: YamlParser): void {
	const before = readProperties(beforeSource, parse);
	if (before === null) throw new FrontmatterEditError("invalidYaml");
	const after = readProperties(afterSource, parse);
	if (after === null) throw new FrontmatterEditError("sideEffect");
	const has = (record: Record<string, unknown>, name: string): boolean => Object.prototype.hasOwnProperty.call(record, name);
	for (const [key, wanted] of expected) {
		if (has(after, key) !== wanted.present) throw new FrontmatterEditError("sideEffect");
		if (wanted.present && !sameYamlValue(after[key], wanted.value)) throw new FrontmatterEditError("sideEffect");
	}
	const others = (record: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(record).filter(([name]) => !expected.has(name)));
	if (!sameYamlValue(others(before), others(after))) throw new FrontmatterEditError("sideEffect");
}
