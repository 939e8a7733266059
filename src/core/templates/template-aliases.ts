import { readEntries } from "../writer/frontmatter-entries";
import { readProperties, type YamlParser } from "../writer/frontmatter-guard";
import { joinLines } from "../writer/frontmatter-block";
import { toYamlScalar } from "../writer/yaml-scalar";
import { StudioError } from "../i18n/studio-error";
import { splitProperties } from "../note/text-without-properties";

// `*name` and `&name` where YAML reads an alias or an anchor: at a value's start, in a flow collection, after `- `.
const ALIAS = /(?:^|[\s[{,])\*([^\s[\]{},]+)/g;
const ANCHOR = /(?:^|[\s[{,])&([^\s[\]{},]+)/g;

/** The first alias of the lines whose anchor no line before it sets: what to name when the properties cannot be read. */
function danglingAlias(lines: readonly string[]): string | null {
	const anchors = new Set<string>();
	for (const line of lines) {
		for (const match of line.matchAll(ALIAS)) if (!anchors.has(match[1] ?? "")) return match[1] ?? null;
		for (const match of line.matchAll(ANCHOR)) anchors.add(match[1] ?? "");
	}
	return null;
}

function dateText(date: Date): string {
	const iso = date.toISOString();
	return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** A parsed value on one line: text as the plugin writes properties, anything else in YAML's flow style (JSON is YAML). */
function valueText(value: unknown): string {
	if (value === null || value === undefined) return "";
	if (typeof value === "string") return toYamlScalar(value);
	if (value instanceof Date) return dateText(value);
	if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
	return JSON.stringify(value, (_, item: unknown) => (item instanceof Date ? dateText(item) : item));
}

/**
 * A writer's template with each property that uses an alias (`kind: *t`) written out with the value it
 * stands for (`kind: modèle`), every other byte as written, anchors included. A new note takes only some of
 * a template's properties (a draft writes `type` itself): an alias left without its anchor would make
 * Obsidian read no properties at all. A template without aliases, or whose properties are not a block
 * Obsidian reads, is returned as it is. `parse` reads YAML as Obsidian does (its `parseYaml`).
 *
 * @throws StudioError `error.templateAlias` when an alias has no anchor in the template itself.
 */
export function resolveTemplateAliases(template: string, parse: YamlParser): string {
	let split: ReturnType<typeof splitProperties>;
	try {
		split = splitProperties(template);
	} catch {
		return template;
	}
	const closing = split?.head.closing ?? null;
	if (split === null || closing === null) return template;
	const lines = split.head.lines;
	const block = lines.slice(1, closing).map((line) => line.text);
	if (!block.some((line) => line.includes("*"))) return template;
	const properties = readProperties(block.join("\n"), parse);
	if (properties === null) {
		const name = danglingAlias(block);
		if (name !== null) throw new StudioError("error.templateAlias", { name });
		return template;
	}
	let entries: ReturnType<typeof readEntries>;
	try {
		entries = readEntries(lines, 1, closing);
	} catch {
		return template;
	}
	const out = lines.map((line) => ({ ...line }));
	for (const entry of entries) {
		const own = lines.slice(entry.line, entry.lastValueLine + 1).map((line) => line.text);
		// An entry that reads on its own holds no alias (a `*` in quotes, in a comment...): it stays as written.
		if (!own.some((line) => line.includes("*")) || readProperties(own.join("\n"), parse) !== null) continue;
		const value = valueText(properties[entry.key]);
		const first = out[entry.line];
		if (first === undefined) continue;
		first.text = `${first.text.slice(0, entry.colonEnd)}${value === "" ? "" : ` ${value}`}`;
		for (let i = entry.line + 1; i <= entry.lastValueLine; i++) out[i] = { text: "", eol: "" };
	}
	const bom = split.head.bom;
	return `${bom}${joinLines(out)}${split.body}`;
}
