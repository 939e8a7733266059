import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport, collectReport, formatReport, main, type Report, type ReportNote } from "../../tools/report";

const DEMO_VAULT = join(__dirname, "..", "..", "demo-vault");

let report: Report;

beforeAll(async () => {
	report = await buildReport(DEMO_VAULT);
});

function note(path: string): ReportNote {
	const found = report.notes.find((n) => n.path === path);
	if (!found) throw new Error(`${path} is not in the report`);
	return found;
}

describe("the report over the demo vault", () => {
	it("lists exactly the watched notes, sorted by path", () => {
		expect(report.notes.map((n) => n.path)).toEqual([
			"Journal/2024-02-22.md",
			"Journal/2024-03-05.md",
			"Journal/2024-03-18.md",
			"Journal/2024-04-06.md",
			"Journal/2024-04-20.md",
			"Journal/2024-05-02.md",
			"Journal/2024-05-14.md",
			"Journal/Retour de conférence.md",
			"Réflexions/Le piège de l'expertise.md",
			"Réflexions/Storytelling et crédibilité.md",
			"Réflexions/Trouver des idées de marque.md",
			"Réflexions/Écrire chaque jour.md",
		]);
	});

	it("leaves out unwatched notes: clipping, reading list, project, idea notes, home and empty draft", () => {
		const paths = report.notes.map((n) => n.path);
		for (const path of [
			"Clippings/Pourquoi les experts n'écrivent pas.md",
			"Lectures/Liste de lecture 2024.md",
			"Projets/Newsletter.md",
			"Idées/Trois méthodes pour trouver des idées.md",
			"Idées/L'expertise invisible.md",
			"Accueil.md",
			"Brouillons/Sans titre.md",
		]) {
			expect(paths).not.toContain(path);
		}
	});

	it("normalises tags from every shape: block list, flow list, string, hash and case, nested, inline", () => {
		expect(note("Journal/2024-02-22.md").tags).toEqual(["journal"]);
		expect(note("Journal/2024-03-05.md").tags).toEqual(["journal", "perso"]);
		expect(note("Journal/2024-03-18.md").tags).toEqual(["journal", "réflexions"]);
		expect(note("Journal/2024-04-06.md").tags).toEqual(["journal"]);
		expect(note("Journal/2024-04-20.md").tags).toEqual(["journal/2024"]);
		expect(note("Journal/Retour de conférence.md").tags).toEqual(["journal/2024"]);
		expect(note("Réflexions/Le piège de l'expertise.md").tags).toEqual(["réflexions"]);
		expect(note("Réflexions/Storytelling et crédibilité.md").tags).toEqual(["réflexions", "écriture"]);
	});

	it("gives dates from the properties as ISO strings, whatever shape they were typed in", () => {
		const first = note("Journal/2024-02-22.md");
		expect(new Date(first.created ?? "").getTime()).toBe(new Date(2024, 1, 22, 21, 33).getTime());
		expect(new Date(first.updated ?? "").getTime()).toBe(new Date(2024, 2, 31, 10, 44).getTime());
		expect(note("Journal/2024-03-18.md").created).toBe("2024-03-18T07:15:00.000Z");
		expect(note("Réflexions/Le piège de l'expertise.md").created).toBe("2024-02-01T14:00:00.000Z");
		expect(note("Journal/2024-03-05.md").created).toMatch(/^2024-0[34]-0[45]T/);
		for (const n of report.notes) {
			expect(n.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
			expect(n.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
		}
	});

	it("warns about an unreadable date and falls back to the file's time", () => {
		const garbage = note("Journal/2024-05-02.md");
		expect(garbage.warnings).toEqual([expect.stringContaining("la semaine dernière")]);
		expect(garbage.created).not.toBeNull();
	});

	it("lists links with their target, alias and whether they resolve", () => {
		// The demo's book note, Lectures/Expert Secrets.md, is the link's target.
		expect(note("Journal/2024-02-22.md").links).toEqual([{ target: "Expert Secrets", resolved: true, alias: null }]);
		expect(note("Journal/2024-03-05.md").links).toEqual([{ target: "Écrire chaque jour", resolved: true, alias: "ma note sur l'écriture quotidienne" }]);
		expect(note("Journal/2024-03-18.md").links).toEqual([
			{ target: "Le piège de l'expertise", resolved: true, alias: null },
			{ target: "Ma vision du thought leadership", resolved: false, alias: null },
		]);
		expect(note("Réflexions/Écrire chaque jour.md").links).toContainEqual({ target: "2024-03-05", resolved: true, alias: null });
	});

	it("ignores tags and links written in code blocks", () => {
		const conference = note("Journal/Retour de conférence.md");
		expect(conference.links.map((l) => l.target)).toEqual(["Storytelling et crédibilité"]);
		expect(conference.tags).not.toContain("pasuntag");
	});

	it("collects the ideas under every idea heading, each with its details as typed, CRLF and BOM notes included", () => {
		const titles = (path: string): string[] => note(path).ideaItems.map((idea) => idea.title);
		expect(note("Journal/2024-02-22.md").ideaItems).toEqual([
			{
				title: "Comment trouver des idées de marque ?",
				details: ["Voici 3 méthodes :", "- Lire des livres sur le sujet", "- Répertorier et se baser sur ce que vous savez déjà", "- Utiliser une citation ou une phrase qui a du sens qui vous intrigue"],
				line: 15,
			},
			{
				title: "Les meilleures idées ne sont pas directement accessibles",
				details: ["- Plus de restriction géographique mais une restriction temporelle", "- Aller dans le passé", "- Current, Contemporary, Classic"],
				line: 20,
			},
			{ title: "Prendre des notes sur un livre pour un thought leader", details: ["- Méthode du ET et BUT"], line: 26 },
			{ title: "Simplifier vos idées", details: [], line: 29 },
			{ title: "Think, Spark, Invest, Re-Invest", details: [], line: 31 },
		]);
		expect(titles("Journal/2024-04-20.md")).toEqual(["Le lecteur silencieux de deux ans", "Mesurer ce qui ne se voit pas"]);
		expect(titles("Journal/2024-04-06.md")).toEqual(["Trois brouillons, zéro publication"]);
		expect(titles("Réflexions/Le piège de l'expertise.md")).toHaveLength(4);
		expect(note("Réflexions/Storytelling et crédibilité.md").ideaItems.map(({ title, details }) => ({ title, details }))).toEqual([
			{ title: "Raconter une histoire vraie, même banale", details: ["- l'exemple du client qui a tout arrêté", "- le jour où j'ai perdu un appel d'offres"] },
			{ title: "La preuve d'abord, l'histoire ensuite", details: [] },
		]);
		expect(titles("Journal/2024-03-18.md")).toEqual([]);
	});

	it("prints each idea with its details under it", async () => {
		const { report: demo, files } = await collectReport(DEMO_VAULT);
		expect(formatReport(demo, files)).toContain(
			["  ideas:", "    - Comment trouver des idées de marque ?", "        Voici 3 méthodes :", "        - Lire des livres sur le sujet"].join("\n"),
		);
	});

	it("keeps a note with broken YAML, tagged in its text, and warns about its properties", () => {
		const broken = note("Journal/2024-05-14.md");
		expect(broken.tags).toEqual(["journal"]);
		expect(broken.ideaItems.map((idea) => idea.title)).toEqual(["Ce que j'ai appris en animant mon premier webinaire"]);
		expect(broken.warnings).toEqual([expect.stringMatching(/^Invalid properties/)]);
		expect(report.warnings).toContainEqual({ path: "Journal/2024-05-14.md", message: expect.stringMatching(/^Invalid properties/) as unknown });
	});

	it("lists vault-wide warnings for exactly the broken notes", () => {
		expect(report.warnings.map((w) => w.path)).toEqual(["Journal/2024-05-02.md", "Journal/2024-05-14.md"]);
	});

	it("is plain JSON data", () => {
		expect(JSON.parse(JSON.stringify(report))).toEqual(report);
		expect(Object.keys(report)).toEqual(["notes", "warnings"]);
		expect(Object.keys(report.notes[0] ?? {})).toEqual(["path", "title", "tags", "created", "updated", "links", "ideaItems", "warnings"]);
	});
});

describe("settings", () => {
	let dir: string;

	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), "tls-report-"));
		await cp(DEMO_VAULT, dir, { recursive: true });
	});

	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it("uses the watched tags and idea headings of the vault's plugin settings", async () => {
		const settingsDir = join(dir, ".obsidian", "plugins", "thought-leadership-studio");
		await mkdir(settingsDir, { recursive: true });
		await writeFile(join(settingsDir, "data.json"), JSON.stringify({ watchedTags: ["projet"], ideaHeadings: ["Idées"] }), "utf8");
		const custom = await buildReport(dir);
		expect(custom.notes.map((n) => n.path)).toEqual(["Projets/Newsletter.md"]);
		expect(custom.notes[0]?.ideaItems.map((idea) => idea.title)).toEqual(["Ces éléments ne sont pas lus : la note n'a pas de tag suivi"]);
	});

	it("reads no note of the templates folders of Obsidian's Templates plugin or Templater, nor of the folders left out", async () => {
		const before = (await buildReport(dir)).notes.map((n) => n.path);
		expect(before.filter((path) => path.startsWith("Journal/")).length).toBeGreaterThan(0);
		expect(before.filter((path) => path.startsWith("Réflexions/")).length).toBeGreaterThan(0);
		await mkdir(join(dir, ".obsidian", "plugins", "thought-leadership-studio"), { recursive: true });
		await writeFile(join(dir, ".obsidian", "templates.json"), JSON.stringify({ folder: "Journal" }), "utf8");
		await writeFile(join(dir, ".obsidian", "plugins", "thought-leadership-studio", "data.json"), JSON.stringify({ excludedFolders: ["réflexions/"] }), "utf8");
		const after = (await buildReport(dir)).notes.map((n) => n.path);
		expect(after).toEqual(before.filter((path) => !path.startsWith("Journal/") && !path.startsWith("Réflexions/")));
	});

	it("refuses plugin settings that are not JSON", async () => {
		const settingsDir = join(dir, ".obsidian", "plugins", "thought-leadership-studio");
		await mkdir(settingsDir, { recursive: true });
		await writeFile(join(settingsDir, "data.json"), "{ not json", "utf8");
		await expect(buildReport(dir)).rejects.toThrow(/not valid JSON/);
	});
});

describe("the text report and the command", () => {
	let stdout: jest.SpyInstance<boolean, Parameters<typeof process.stdout.write>>;
	let stderr: jest.SpyInstance<boolean, Parameters<typeof process.stderr.write>>;

	beforeEach(() => {
		stdout = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
		stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
	});

	afterEach(() => {
		stdout.mockRestore();
		stderr.mockRestore();
	});

	it("shows each watched note, resolved and unresolved links, the warnings and a summary", async () => {
		const { report: collected, files } = await collectReport(DEMO_VAULT);
		const text = formatReport(collected, files);
		expect(text).toContain("■ Trouver des idées de marque");
		expect(text).toContain("✓ Expert Secrets");
		expect(text).toContain("✗ Ma vision du thought leadership");
		expect(text).toContain("✓ Écrire chaque jour (ma note sur l'écriture quotidienne)");
		expect(text).toContain("Journal/2024-05-14.md: Invalid properties");
		expect(text.trim().split("\n").pop()).toMatch(/^12 watched notes of 41 markdown files; \d+ links \(\d+ unresolved\), \d+ idea items, 2 warnings\.$/);
	});

	it("prints one JSON object with --json and exits with 0", async () => {
		expect(await main(["--vault", DEMO_VAULT, "--json"])).toBe(0);
		const printed = stdout.mock.calls.map(([chunk]) => String(chunk)).join("");
		expect(JSON.parse(printed)).toEqual(report);
	});

	it("exits with 2 and a clear message for a missing vault or missing argument", async () => {
		expect(await main(["--vault", join(DEMO_VAULT, "nowhere")])).toBe(2);
		expect(await main([])).toBe(2);
		expect(await main(["--vault", join(DEMO_VAULT, "Accueil.md")])).toBe(2);
		const printed = stderr.mock.calls.map(([chunk]) => String(chunk)).join("");
		expect(printed).toContain("Vault folder not found");
		expect(printed).toContain("Missing --vault");
		expect(printed).toContain("Not a folder");
		expect(stdout).not.toHaveBeenCalled();
	});
});
