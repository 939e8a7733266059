/**
 * Generated notes for the property-based tests of the frontmatter writer: blocks written every way YAML
 * allows (quotes, comments, anchors, block scalars, lists, nested maps, tabs), with LF, CRLF, lone CR or
 * mixed breaks, a BOM, `---` with blanks after it, and no block at all.
 */
import { seededRandom } from "../../../tools/seeded-random";

/** Chances, integers and picks drawn from the project's seeded generator: the same notes for the same seed on every machine. */
export function generator(seed: number) {
	const next = seededRandom(seed);
	return {
		chance: (p: number): boolean => next() < p,
		int: (max: number): number => Math.floor(next() * max),
		pick<T>(items: readonly T[]): T {
			return items[Math.floor(next() * items.length)] as T;
		},
	};
}
export type Random = ReturnType<typeof generator>;

const KEYS = [
	"title", "tags", "aliases", "created", "source", "type", "clé", "日本語", "émoji 🙂", "url", "published", "Status", "résumé", "n°",
	"auteur", "thème", "priorité", "lien", "réf", "langue", "öffentlich", "заметка", "ñandú", "キー", "cssclasses", "id", "lieu", "projet",
];
const WORDS = ["draft", "à creuser", "Simplifier sans mentir", "a:b", "https://exemple.fr/a#b", "2024-03-01", "12", "true", "l'été", "日本", "🙂 émoji", "x # pas une valeur", "tab\tici", "« guillemets »", "Brouillon", "banana", "-tiret", "x: y"];
export const NEW_VALUES = ["spark", "think", "re-invest", "à creuser", "true", "no", "12", "a: b", "#1", "[x]", "'quoted'", "", " espace ", "ligne\nsuivante", "2024-03-01", "日本 🙂", "Simplifier : la règle"];
const TARGETS = ["status", "status", "status", "published", "url"];
const ANCHORS = ["a", "s", "x"];
const HEADERS = ["|", "|-", "|+", ">", ">-", "|2", "| # texte", ">+"];

const singleQuoted = (v: string): string => `'${v.replace(/'/g, "''")}'`;
const doubleQuoted = (v: string): string => JSON.stringify(v);

/** The lines of one entry `key: value`, in one of the ways YAML can write it. */
function entry(r: Random, key: string): string[] {
	const v = r.pick(WORDS);
	switch (r.int(20)) {
		case 0: return [`${key}: ${v}`];
		case 1: return [`${key}: ${singleQuoted(v)}`];
		case 2: return [`${key}: ${doubleQuoted(v)}`];
		case 3: return [`${key}: ${singleQuoted(v)} # commentaire`];
		case 4: return [r.pick([`${key}:`, `${key}: `, `${key}:   # rien`])];
		case 5: return [`${key}: &${r.pick(ANCHORS)} ${singleQuoted(v)}`];
		case 6: return [`${key}: *${r.pick(ANCHORS)}`];
		case 7: {
			const lines = [`${key}: ${r.pick(HEADERS)}`];
			for (let i = 0, n = 1 + r.int(3); i < n; i++) lines.push(r.pick(["  texte du bloc", "  # dièse dans le bloc", "", "  status: dans le bloc", "    plus indenté"]));
			if (r.chance(0.2)) lines.push(" # commentaire moins indenté");
			return lines;
		}
		case 8: return [`${key}: [${singleQuoted(v)}, b, "c, d"]${r.chance(0.3) ? " # liste" : ""}`];
		case 9: return [`${key}: [a,`, `  ${doubleQuoted(v)}] # sur deux lignes`];
		case 10: {
			const indent = r.pick(["  ", ""]);
			const lines = [`${key}:${r.chance(0.2) ? " # liste" : ""}`];
			for (let i = 0, n = 1 + r.int(3); i < n; i++) lines.push(`${indent}- ${r.pick([singleQuoted(v), "idée", `&${r.pick(ANCHORS)} ancré`, `*${r.pick(ANCHORS)}`])}`);
			if (r.chance(0.2)) lines.push(`${indent}  # commentaire indenté`);
			return lines;
		}
		case 11: return [`${key}:`, "  - |", "    texte", ...(r.chance(0.3) ? ["    # texte ou commentaire ?"] : [])];
		case 12: return [`${key}:`, "  sous: valeur", "  status: imbriqué"];
		case 13: return [`${key}:\t${singleQuoted(v)}`];
		case 14: return [`${key}: première`, "  suite de la valeur"];
		case 15: return [`${key}: "début`, `  # dans les guillemets"`];
		case 16: return r.chance(0.3) ? [`${key}:`, "\t- tabulation"] : [`${key}: ${v}`];
		default: return [`${key}: ${v}`];
	}
}

/** A line between entries. */
function filler(r: Random): string[] {
	return [r.pick(["# un commentaire : status: non", "", "  # commentaire indenté", "# autre", "", r.pick(["...", "---- pas une fin"])])];
}

function eolOf(r: Random, style: string): string {
	if (style === "mixed") return r.chance(0.1) ? "\r" : r.pick(["\n", "\r\n"]);
	return style;
}

export interface Generated {
	note: string;
	key: string;
	value: string;
}

/** A note whose block holds one of the writer's usual targets (`status`, `published`, `url`) 0 to 2 times, and the value to set it to. */
export function generate(r: Random): Generated {
	const key = r.pick(TARGETS);
	return { note: generateNote(r, [key]), key, value: r.pick(NEW_VALUES) };
}

/** A note whose block holds each of `keys` 0 to 2 times (sometimes in capitals), among other entries. */
export function generateNote(r: Random, keys: readonly string[]): string {
	const style = r.pick(["\n", "\n", "\n", "\n", "\r\n", "\r\n", "\r\n", "\r", "mixed", "mixed"]);
	const bom = r.chance(0.1) ? "\uFEFF" : "";
	const lines: string[] = [];
	if (r.chance(0.92)) {
		lines.push(r.pick(["---", "---", "--- "]));
		const parts: string[][] = [];
		for (let i = 0, n = r.int(7); i < n; i++) parts.push(r.chance(0.2) ? filler(r) : entry(r, r.chance(0.1) && parts.length > 0 ? r.pick(KEYS.slice(0, 3)) : r.pick(KEYS)));
		for (const key of keys) {
			// The target 0, 1 or 2 times, sometimes in another case.
			const times = r.pick([0, 1, 1, 1, 1, 2]);
			for (let i = 0; i < times; i++) parts.splice(r.int(parts.length + 1), 0, entry(r, r.chance(0.1) ? key.toUpperCase() : key));
		}
		lines.push(...parts.flat(), r.pick(["---", "---", "---  ", "---\t"]));
	}
	for (let i = 0, n = r.int(4); i < n; i++) lines.push(r.pick(["Texte du corps", "---", "status: dans le corps", "# Titre", "- [ ] tâche", ""]));
	const finalEol = r.chance(0.7);
	return bom + lines.map((line, i) => line + (i < lines.length - 1 || finalEol ? eolOf(r, style) : "")).join("");
}

/** A line with its break, as YAML cuts them (CRLF, LF or a lone CR). */
export function linesOf(text: string): string[] {
	return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export const bare = (line: string): string => line.replace(/\r\n|\r|\n$/, "");

/** Where the note's frontmatter stands, read without the writer's code. */
export function blockOf(text: string): { bom: string; lines: string[]; closing: number } | null {
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const lines = linesOf(text.slice(bom.length));
	if (lines.length === 0 || !/^---[ \t]*$/.test(bare(lines[0] ?? ""))) return null;
	const closing = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(bare(line)));
	return closing === -1 ? null : { bom, lines, closing };
}

