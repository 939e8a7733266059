import { isMap, isNode, isScalar, parseDocument, stringify, visit, type Alias, type Document, type Pair } from "yaml";
import { toYamlScalar } from "../writer/yaml-scalar";
import { StudioError } from "../i18n/studio-error";

/** A top-level property of a template, by the lines it takes in the template's block (0-based, inclusive). */
export interface TemplateEntry {
	key: string;
	from: number;
	to: number;
	/** Offset just after the key's `:` on its first line. */
	colonEnd: number;
}

/** The aliases (`*name`) of a parsed block that point at no anchor (`&name`) before them. */
function unresolvedAliases(doc: Document): Alias[] {
	const found: Alias[] = [];
	visit(doc, {
		Alias(_, node) {
			if (node.resolve(doc) === undefined) found.push(node);
		},
	});
	return found;
}

function keyText(pair: Pair): string | null {
	return isScalar(pair.key) ? String(pair.key.value) : null;
}

function holds(pair: Pair, aliases: readonly Alias[]): boolean {
	let found = false;
	for (const node of [pair.key, pair.value]) {
		if (!isNode(node)) continue;
		visit(node, {
			Alias(_, alias) {
				if (!aliases.includes(alias)) return undefined;
				found = true;
				return visit.BREAK;
			},
		});
	}
	return found;
}

/** A resolved value on one line: text as the writer's properties are written, anything else in YAML's flow style. */
function valueText(value: unknown): string {
	if (typeof value === "string") return toYamlScalar(value);
	return stringify(value, { collectionStyle: "flow", lineWidth: 0 }).trimEnd();
}

/**
 * The lines of a template's properties that go into a new note, the others (`dropped`, the note's own
 * keys) left out. Left out with them, an anchor (`type: &t modèle`) would leave an alias (`kind: *t`)
 * pointing at nothing, and Obsidian would read no properties at all: such a property is written out
 * with its value (`kind: modèle`). Every other line stays as written, comments and anchors included.
 *
 * @throws StudioError `error.templateAlias` when an alias has no anchor in the template itself.
 */
export function keptTemplateProperties(lines: readonly string[], entries: readonly TemplateEntry[], dropped: (key: string) => boolean): string[] {
	const out: (string | null)[] = lines.map((line) => line);
	for (const entry of entries) if (dropped(entry.key)) for (let i = entry.from; i <= entry.to; i++) out[i] = null;
	const kept = (): string[] => out.filter((line): line is string => line !== null);
	if (!kept().some((line) => line.includes("*"))) return kept();
	const whole = parseDocument(lines.join("\n"));
	// Each pass writes out the properties whose aliases point at nothing; one written out may drop an anchor another used.
	for (let pass = 0; pass <= entries.length; pass++) {
		const doc = parseDocument(kept().join("\n"));
		// A block that does not parse for another reason is the template's own, written as it was.
		if (doc.errors.length > 0 || !isMap(doc.contents)) return kept();
		const aliases = unresolvedAliases(doc);
		if (aliases.length === 0) return kept();
		const name = aliases[0]?.source ?? "";
		for (const pair of doc.contents.items.filter((item) => holds(item, aliases))) {
			const key = keyText(pair);
			const entry = entries.find((e) => e.key === key);
			const source = isMap(whole.contents) ? whole.contents.items.find((item) => keyText(item) === key) : undefined;
			if (key === null || entry === undefined || source === undefined) throw new StudioError("error.templateAlias", { name });
			let value: unknown = null;
			try {
				if (isNode(source.value)) value = source.value.toJS(whole, { maxAliasCount: 100 });
			} catch {
				throw new StudioError("error.templateAlias", { name });
			}
			out[entry.from] = `${(lines[entry.from] ?? "").slice(0, entry.colonEnd)} ${valueText(value)}`;
			for (let i = entry.from + 1; i <= entry.to; i++) out[i] = null;
		}
	}
	return kept();
}
