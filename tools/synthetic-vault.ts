/**
 * A deterministic synthetic vault of French notes, for the benchmark and tests.
 * Same options, same files, byte for byte: everything comes from a seeded PRNG.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { seededRandom } from "./seeded-random";

export interface SyntheticVaultOptions {
	/** Number of notes. Default 10,000. */
	notes?: number;
	/** Share of notes with a watched tag (`journal` or `réflexions`). Default 0.1. */
	watchedRatio?: number;
	/** Approximate size of one note in bytes. Default 3,000. */
	noteBytes?: number;
	seed?: number;
}

export interface SyntheticNote {
	path: string;
	text: string;
	/** Whether the note carries a watched tag of the default settings. */
	watched: boolean;
	/** Whether the note has an idea section (`## Idées de posts` or `## Idées`). */
	hasIdeas: boolean;
}

export interface SyntheticVault {
	dir: string;
	paths: string[];
	watched: string[];
	bytes: number;
}

const SUBJECTS = [
	"Le positionnement", "Une marque personnelle", "La crédibilité", "Mon audience", "Le storytelling",
	"Un expert discret", "La newsletter du dimanche", "Chaque publication", "Le premier livre", "Une conférence",
	"La régularité", "Le lecteur idéal", "Une idée forte", "Le doute", "La méthode",
];
const VERBS = [
	"se construit avec", "dépend surtout de", "gagne en force grâce à", "se perd sans", "commence par",
	"demande", "se nourrit de", "se mesure à", "ne remplace pas", "révèle",
];
const OBJECTS = [
	"la patience", "des exemples concrets", "une conviction assumée", "la confiance des clients",
	"une écriture quotidienne", "des histoires vécues", "un point de vue tranché", "la curiosité",
	"des échecs racontés honnêtement", "une promesse claire", "la répétition des mêmes thèmes", "l'écoute",
];
const CLOSERS = [
	"C'est ce que je constate chaque semaine.", "Je dois le noter pour plus tard.", "À vérifier avec les chiffres.",
	"Personne n'en parle vraiment.", "C'est plus simple qu'il n'y paraît.", "Il faudrait l'écrire pour un client.",
];
const IDEAS = [
	"Trois erreurs de positionnement que je vois partout", "Pourquoi écrire avant d'être prêt",
	"Ce que mes clients m'ont appris sur la confiance", "Une histoire d'échec qui a tout changé",
	"Comment choisir un seul sujet", "Le mythe de l'expert neutre", "Publier moins, mais mieux",
	"Transformer une conversation en article", "La newsletter comme carnet public", "Dire non à un client",
];
const TOPICS = [
	"Positionnement", "Crédibilité", "Audience", "Écriture", "Conférence", "Newsletter", "Livre", "Clients",
	"Méthode", "Storytelling", "Réseau", "Prix", "Offre", "Podcast", "Lecture",
];
const FOLDERS = ["Notes", "Veille", "Projets", "Clippings", "Archives", "Clients", "Ressources"];

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)] as T;
}

/** Title of note `i`: also its file name, so links can be written before the note exists. */
export function syntheticTitle(i: number): string {
	return `${TOPICS[i % TOPICS.length] ?? "Note"} ${String(i).padStart(5, "0")}`;
}

function pad(n: number): string {
	return String(n).padStart(2, "0");
}

function dateValue(random: () => number): string {
	const month = 1 + Math.floor(random() * 12);
	const day = 1 + Math.floor(random() * 28);
	const hour = Math.floor(random() * 24);
	const minute = Math.floor(random() * 60);
	const year = 2022 + Math.floor(random() * 3);
	const shape = random();
	if (shape < 0.01) return "la semaine dernière";
	if (shape < 0.5) return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
	if (shape < 0.8) return `${year}-${pad(month)}-${pad(day)}`;
	return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00.000Z`;
}

/** Watched tag shapes: frontmatter lines, and an inline tag to put in the body. */
function watchedTags(random: () => number): { lines: string[]; inline: string | null } {
	switch (Math.floor(random() * 7)) {
		case 0: return { lines: ["tags:", "  - journal"], inline: null };
		case 1: return { lines: ["tags: [journal, \"perso\"]"], inline: null };
		case 2: return { lines: ["tags: réflexions"], inline: null };
		case 3: return { lines: ["tags:", "  - \"#Réflexions\"", "  - écriture"], inline: null };
		case 4: return { lines: ["tags:", "  - journal/2024"], inline: null };
		case 5: return { lines: ["tags: [perso]"], inline: "#réflexions" };
		default: return { lines: [], inline: "#Journal/2024" };
	}
}

/**
 * Tags of notes that are not watched, including near misses (`#journalisme`). A book tag (`lecture`) makes a
 * book note the index keeps and reads: about one note in a hundred, as a writer's reading notes are, not one in three.
 */
function otherTags(random: () => number): { lines: string[]; inline: string | null } {
	switch (Math.floor(random() * 6)) {
		case 0: return { lines: ["tags:", random() < 0.1 ? "  - lecture" : "  - veille"], inline: null };
		case 1: return { lines: ["tags: [client, \"marketing\"]"], inline: null };
		case 2: return { lines: ["tags: projet"], inline: null };
		case 3: return { lines: [], inline: "#journalisme" };
		case 4: return { lines: [], inline: random() < 0.05 ? "#lecture/essai" : "#veille/essai" };
		default: return { lines: [], inline: null };
	}
}

function sentence(random: () => number): string {
	return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}.`;
}

function link(random: () => number, count: number, self: number): string {
	if (random() < 0.15) return `[[Sujet à creuser ${Math.floor(random() * 500)}]]`;
	let target = Math.floor(random() * count);
	if (target === self) target = (target + 1) % count;
	const title = syntheticTitle(target);
	const shape = random();
	if (shape < 0.15) return `[[${title}|${pick(random, OBJECTS)}]]`;
	if (shape < 0.25) return `[[${title}#Notes]]`;
	return `[[${title}]]`;
}

function paragraph(random: () => number, count: number, self: number): string {
	const parts: string[] = [];
	const sentences = 3 + Math.floor(random() * 4);
	for (let s = 0; s < sentences; s++) parts.push(sentence(random));
	if (random() < 0.6) parts.push(`Voir ${link(random, count, self)}.`);
	parts.push(pick(random, CLOSERS));
	return parts.join(" ");
}

const POINTS = ["un exemple de client", "ce que j'en ai appris", "le chiffre qui surprend", "l'objection qu'on me fait", "une histoire vraie", "ce que personne ne dit"];

function ideaText(random: () => number, count: number, self: number): string {
	return `${pick(random, IDEAS)}${random() < 0.3 ? ` (voir ${link(random, count, self)})` : ""}`;
}

/**
 * An idea section as writers write it (see the journal quoted in issue 19): a list of ideas, some with
 * nested points, then ideas written as paragraphs, most followed by their points.
 */
function ideaBlocks(random: () => number, count: number, self: number): string[] {
	const lines: string[] = [];
	const points = (indent: string): void => {
		for (let p = 1 + Math.floor(random() * 2); p > 0; p--) lines.push(`${indent}- ${pick(random, POINTS)}`);
	};
	for (let k = Math.floor(random() * 4); k > 0; k--) {
		lines.push(`- ${ideaText(random, count, self)}`);
		if (random() < 0.3) points("  ");
	}
	for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
		const shape = random();
		lines.push("", shape < 0.4 ? `${ideaText(random, count, self)} :` : shape < 0.7 ? `${ideaText(random, count, self)}. ${pick(random, CLOSERS)}` : ideaText(random, count, self));
		if (shape < 0.7) points("");
	}
	return lines;
}

/** The text of note `i` of `count`; `random` is the vault's PRNG, consumed in order. */
function noteText(random: () => number, i: number, count: number, watched: boolean, noteBytes: number): { text: string; hasIdeas: boolean } {
	const tags = watched ? watchedTags(random) : otherTags(random);
	const lines: string[] = [];
	const hasFrontmatter = watched || random() < 0.8;
	if (hasFrontmatter) {
		lines.push("---", `created: ${dateValue(random)}`);
		if (random() < 0.7) lines.push(`updated: ${dateValue(random)}`);
		lines.push(...tags.lines);
		if (random() < 0.2) lines.push(`source: "[[${syntheticTitle(Math.floor(random() * count))}]]"`);
		lines.push("---");
		if (random() < 0.1) lines.push("---");
	}
	lines.push(`# ${syntheticTitle(i)}`, "");
	if (tags.inline) lines.push(`Classé sous ${tags.inline} pour plus tard.`, "");
	const hasIdeas = watched && random() < 0.8;
	let body = lines.join("\n").length;
	let ideasWritten = !hasIdeas;
	const target = noteBytes * (0.8 + random() * 0.4);
	while (body < target) {
		if (!ideasWritten && body > target / 2) {
			const section = [random() < 0.7 ? "## Idées de posts" : "## Idées", ...ideaBlocks(random, count, i), "", "## Notes", ""];
			lines.push(...section);
			body += section.join("\n").length;
			ideasWritten = true;
			continue;
		}
		const text = paragraph(random, count, i);
		lines.push(text, "");
		body += text.length + 1;
	}
	return { text: `${lines.join("\n")}\n`, hasIdeas };
}

/** The notes of a synthetic vault, one at a time (a vault of 10,000 notes is never held whole). */
export function* syntheticNotes(options: SyntheticVaultOptions = {}): Generator<SyntheticNote> {
	const count = options.notes ?? 10_000;
	const ratio = options.watchedRatio ?? 0.1;
	const noteBytes = options.noteBytes ?? 3_000;
	const random = seededRandom(options.seed ?? 20240222);
	const every = ratio > 0 ? Math.max(1, Math.round(1 / ratio)) : Number.POSITIVE_INFINITY;
	for (let i = 0; i < count; i++) {
		const watched = i % every === 0;
		const { text, hasIdeas } = noteText(random, i, count, watched, noteBytes);
		const folder = watched
			? (text.includes("réflexions") || text.includes("Réflexions") ? "Réflexions" : `Journal/${2022 + (i % 3)}`)
			: `${FOLDERS[i % FOLDERS.length] ?? "Notes"}/${TOPICS[Math.floor(i / FOLDERS.length) % TOPICS.length] ?? "Divers"}`;
		yield { path: `${folder}/${syntheticTitle(i)}.md`, text, watched, hasIdeas };
	}
}

/** Writes a synthetic vault into `dir` (created if needed). */
export async function writeSyntheticVault(dir: string, options: SyntheticVaultOptions = {}): Promise<SyntheticVault> {
	const vault: SyntheticVault = { dir, paths: [], watched: [], bytes: 0 };
	const folders = new Set<string>();
	let batch: Promise<void>[] = [];
	for (const note of syntheticNotes(options)) {
		const absolute = join(dir, ...note.path.split("/"));
		const folder = dirname(absolute);
		if (!folders.has(folder)) {
			await mkdir(folder, { recursive: true });
			folders.add(folder);
		}
		batch.push(writeFile(absolute, note.text, "utf8"));
		if (batch.length >= 64) {
			await Promise.all(batch);
			batch = [];
		}
		vault.paths.push(note.path);
		if (note.watched) vault.watched.push(note.path);
		vault.bytes += Buffer.byteLength(note.text, "utf8");
	}
	await Promise.all(batch);
	return vault;
}
