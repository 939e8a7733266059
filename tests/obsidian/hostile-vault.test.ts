/**
 * @jest-environment jsdom
 */
import { rmSync } from "node:fs";
import { frontmatterUnclosed, ObsidianNoteSource } from "../../src/obsidian/index/obsidian-note-source";
import { collectReport, type Report } from "../../tools/report";
import { hostileNotes, writeHostileVault } from "../../tools/hostile-notes";
import { makeApp } from "../helpers/obsidian-app";
import { makeIndex } from "../helpers/test-index";

const registrar = { registerEvent: (): void => undefined };


describe("the plugin and the headless report over hostile notes", () => {
	let vault: string;
	let report: Report;

	beforeAll(async () => {
		vault = writeHostileVault();
		report = (await collectReport(vault)).report;
	});

	afterAll(() => rmSync(vault, { recursive: true, force: true }));

	it("find the same idea items and the same warnings in every note", async () => {
		// What Obsidian's vault gives for the same bytes: UTF-8, with U+FFFD for bytes it cannot decode.
		const files = Object.fromEntries(hostileNotes().map((note) => [note.path, Buffer.from(note.bytes).toString("utf8")]));
		const { index } = makeIndex(new ObsidianNoteSource(makeApp(files), registrar));
		await index.build();
		const plugin = index.watchedNotes().map((n) => ({ path: n.path, ideaItems: n.ideaItems, warnings: n.warnings }));
		expect(plugin).toEqual(report.notes.map((n) => ({ path: n.path, ideaItems: n.ideaItems, warnings: n.warnings })));
		// Obsidian says only that YAML could not be parsed, where the report quotes the yaml package.
		const yamlKind = (w: { path: string; message: string }): { path: string; message: string } => ({ path: w.path, message: w.message.replace(/(not valid YAML\)): .*$/, "$1") });
		// One the plugin cannot see without reading every file: binary data in a note nobody watches.
		const unseen = new Set(["Hostile/Binaire.md"]);
		expect(index.warnings().map(yamlKind)).toEqual(report.warnings.filter((w) => !unseen.has(w.path)).map(yamlKind));
	});
});

describe("frontmatterUnclosed", () => {
	const at = (line: number): { start: { line: number; col: number; offset: number }; end: { line: number; col: number; offset: number } } => ({ start: { line, col: 0, offset: 0 }, end: { line, col: 3, offset: 0 } });

	it("sees properties never closed where Obsidian reads the first line as a rule with text right under it", () => {
		expect(frontmatterUnclosed({ sections: [{ type: "thematicBreak", position: at(0) }, { type: "paragraph", position: at(1) }] })).toBe(true);
	});

	it("leaves a rule followed by a blank line, and real properties, alone", () => {
		expect(frontmatterUnclosed({ sections: [{ type: "thematicBreak", position: at(0) }, { type: "paragraph", position: at(2) }] })).toBe(false);
		expect(frontmatterUnclosed({ frontmatterPosition: at(0), sections: [{ type: "yaml", position: at(0) }] })).toBe(false);
	});
});
