import { rmSync } from "node:fs";
import { collectReport, type Report } from "../../tools/report";
import { writeHostileVault } from "../../tools/hostile-notes";

let vault: string;
let report: Report;

beforeAll(async () => {
	vault = writeHostileVault();
	report = (await collectReport(vault)).report;
});

afterAll(() => rmSync(vault, { recursive: true, force: true }));

function note(name: string): Report["notes"][number] {
	const found = report.notes.find((n) => n.path === `Hostile/${name}.md`);
	if (!found) throw new Error(`${name} is not in the report`);
	return found;
}

function titles(name: string): string[] {
	return note(name).ideaItems.map((idea) => idea.title);
}

function warningsOf(name: string): string[] {
	return report.warnings.filter((w) => w.path === `Hostile/${name}.md`).map((w) => w.message);
}

describe("the report over a vault of hostile notes", () => {
	it("skips a line of thousands of list markers or quote markers with a warning naming the note, and keeps its other ideas", () => {
		for (const name of ["Tirets 8 KB", "Tirets 16 KB", "Tirets 32 KB", "Citations"]) {
			expect(titles(name)).toEqual(["Une idée avant le piège"]);
			expect(warningsOf(name)).toEqual([expect.stringMatching(/^Part of the idea section "Idées de posts" is nested too deeply to read \(\d+ KB\); it was skipped\.$/)]);
		}
	});

	it("says that a paragraph too large to read, of text or of 10,000 links, whose first sentence never ends, was skipped", () => {
		for (const name of ["Paragraphe", "Liens"]) {
			expect(titles(name)).toEqual(["Une idée avant le piège"]);
			expect(warningsOf(name)).toEqual([expect.stringMatching(/^Part of the idea section "Idées de posts" is one block too large to read \(\d+ KB\); it was skipped\.$/)]);
		}
		expect(note("Liens").links).toHaveLength(10_000);
	});

	it("keeps the idea of a list 500 levels deep, and of an item with 250 KB of details, with the first 16 KB of their details, and says the rest was left out", () => {
		expect(titles("Liste profonde")).toEqual(["Une idée avant le piège", "niveau 0"]);
		expect(titles("Sous-éléments")).toEqual(["Une idée avant le piège", "Une idée aux mille détails"]);
		for (const name of ["Liste profonde", "Sous-éléments"]) {
			expect(note(name).ideaItems[1]?.details.join("\n").length).toBeLessThanOrEqual(16 * 1024);
			expect(warningsOf(name)).toEqual([expect.stringMatching(/^An idea of the section "Idées de posts" has details too large to keep whole; their last \d+ KB were left out\.$/)]);
		}
	});

	it("reads every item of a list of 2,000 links, and the idea of a 5 MB note", () => {
		expect(note("Liens en liste").ideaItems).toHaveLength(2_001);
		expect(note("Cinq mégaoctets").ideaItems).toEqual([{ title: "L'idée du très long journal", details: [], line: 5 }]);
	});

	it("never lets a NUL or another control character reach an idea or its details", () => {
		expect(titles("Contrôle")).toEqual(["Une idée avant le piège", "Une idée avec un NUL", "Un échappement [31m rouge [0m", "Un bip"]);
		expect(report.notes.flatMap((n) => n.ideaItems.flatMap((idea) => [idea.title, ...idea.details])).join("\n")).not.toMatch(/[^\P{Cc}\n]/u);
	});

	it("warns about properties never closed, and a file that is binary or not UTF-8 text", () => {
		expect(warningsOf("Jamais fermé")).toEqual(["The properties are never closed: the first line is --- but no line --- ends them."]);
		expect(warningsOf("Binaire")).toEqual(["This file is not text (it holds binary data); it was not read."]);
		expect(warningsOf("Latin-1")).toEqual(["This file is not valid UTF-8 text: some characters could not be read."]);
		expect(report.notes.map((n) => n.path)).not.toContain("Hostile/Binaire.md");
	});
});
