/**
 * The reading part of `npm run bench`: the ET/BUT blocks of 1,000 book notes of 20 blocks each, parsed by
 * the index cold, then one edited book note at a time. The notes mix what writers write: the French and
 * English callouts of the built-in template, blocks written with headings, bold labels, lists and links.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as timers from "node:timers";
import { NoteIndex, type IndexCacheStore } from "../src/core/index/note-index";
import { translator } from "../src/core/i18n/translator";
import { DEFAULT_SETTINGS } from "../src/core/settings/studio-settings";
import { etButBlocksOf } from "../src/core/reading/et-but-extractor";
import { studioExtractors } from "../src/core/studio-extractors";
import { PlainFilesSource } from "./plain-files-source";

export const BOOKS = 1_000;
export const BLOCKS_PER_BOOK = 20;
const EDITS = 50;
const RUNS = 3;

const discard: IndexCacheStore = { load: () => Promise.resolve(null), save: () => Promise.resolve() };

function block(book: number, n: number): string {
	const mine = n % 3 === 2 ? "" : `Une position à moi sur l'idée ${n} du livre ${book} : « penser une fois, répliquer »`;
	switch (n % 4) {
		case 0:
			return `> [!et-but] ET et BUT\n> **Idée de l'auteur** : « Les gens achètent une transformation, pas un produit » (${n})\n> **Page ou chapitre** : ch. ${n}, p. ${n * 12}\n>\n> **ET** : la transformation se raconte, c'est le rôle de [[Storytelling|l'histoire]]\n>\n> **MAIS** : il oublie ceux qui achètent *par habitude*\n>\n> **Mon idée** : ${mine}\n`;
		case 1:
			return `> [!et-but] AND and BUT\n> **Author's idea**: The perfect webinar has three secrets (${n})\n> **Page or chapter**: p. ${n * 7}\n>\n> **AND**: each secret breaks one false belief\n>\n> **BUT**: it reads as a script, not a conversation\n>\n> **My idea**: ${mine}\n`;
		case 2:
			return `### Idée : Le pont de l'épiphanie (${n})\np. ${n * 3}\n#### ET\n- une histoire se retient\n- elle se partage\n**MAIS** il faut une histoire vraie\nMon idée : ${mine}\n`;
		default:
			return `> [!et-but]\n> **ET :** c'est **vraiment** utile pour [[Newsletter]]\n> et même plus\n> __MAIS__ : trop long\n> **Mon idée** : ${mine}\n`;
	}
}

export function bookNote(book: number): string {
	const blocks = Array.from({ length: BLOCKS_PER_BOOK }, (_, n) => block(book, n)).join("\n");
	return `---\ntype: book\nauthor: Auteur ${book}\nyear: ${1900 + (book % 120)}\nhorizon: ${["current", "contemporary", "classic"][book % 3]}\nstatus: reading\n---\n# Livre ${book}\n\n## ET et BUT\n\n${blocks}\n## Chapitre suivant\n`;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function newIndex(source: PlainFilesSource): NoteIndex {
	return new NoteIndex({
		source,
		settings: { watchedTags: DEFAULT_SETTINGS.watchedTags, ideaHeadings: DEFAULT_SETTINGS.ideaHeadings },
		translate: translator("fr"),
		pluginVersion: "bench",
		cache: discard,
		extractors: studioExtractors(() => DEFAULT_SETTINGS),
		yieldToMain: () => new Promise((resolve) => timers.setImmediate(resolve)),
	});
}

/** `bookColdMs`: a cold build over the book notes (median of a few, each a new index); `bookIncrementalMedianMs`: one edited book note until the index reports it. */
export async function benchBooks(dir: string): Promise<{ bookColdMs: number; bookIncrementalMedianMs: number }> {
	const folder = join(dir, "Lectures");
	await mkdir(folder, { recursive: true });
	for (let book = 0; book < BOOKS; book++) await writeFile(join(folder, `Livre ${book}.md`), bookNote(book));
	const source = await PlainFilesSource.load(dir);
	const cold: number[] = [];
	let index = newIndex(source);
	for (let run = 0; run < RUNS; run++) {
		index = newIndex(source);
		const start = performance.now();
		await index.build();
		cold.push(performance.now() - start);
	}
	const blocks = index.notes().reduce((sum, record) => sum + etButBlocksOf(record).length, 0);
	if (blocks !== BOOKS * BLOCKS_PER_BOOK) throw new Error(`The index found ${blocks} ET/BUT blocks, expected ${BOOKS * BLOCKS_PER_BOOK}`);
	index.start();
	const times: number[] = [];
	for (let n = 0; n < EDITS; n++) {
		const path = `Lectures/Livre ${n * 7}.md`;
		const text = (await source.read(path)).replace("> **Mon idée** : \n", `> **Mon idée** : Une idée ajoutée en lisant, ${n}\n`);
		times.push(
			await new Promise<number>((resolve) => {
				const start = performance.now();
				const off = index.onChange((change) => {
					if (!change.updated.includes(path)) return;
					off();
					resolve(performance.now() - start);
				});
				source.applyChange(path, text);
			}),
		);
	}
	index.stop();
	return { bookColdMs: median(cold), bookIncrementalMedianMs: median(times) };
}
