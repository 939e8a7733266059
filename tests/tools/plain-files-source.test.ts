import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SourceEvent, SourceMetadata } from "../../src/core/note/note-source";
import { collectTags, hasWatchedTag } from "../../src/core/note/normalize-tag";
import { DEFAULT_SETTINGS } from "../../src/core/settings/studio-settings";
import { PlainFilesSource, parseMetadata } from "../../tools/plain-files-source";
import { syntheticNotes, writeSyntheticVault } from "../../tools/synthetic-vault";

const FIXTURES = join(__dirname, "..", "fixtures", "notes");

let fixtures: PlainFilesSource;

beforeAll(async () => {
	fixtures = await PlainFilesSource.load(FIXTURES);
});

function metadataOf(name: string): SourceMetadata {
	const metadata = fixtures.getMetadata(`${name}.md`);
	if (!metadata) throw new Error(`no metadata for ${name}`);
	return metadata;
}

/** Writes `files` (vault path to text) into a new temporary folder. */
async function tempVault(files: Record<string, string>): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), "tls-source-"));
	for (const [path, text] of Object.entries(files)) {
		const absolute = join(dir, ...path.split("/"));
		await mkdir(join(absolute, ".."), { recursive: true });
		await writeFile(absolute, text, "utf8");
	}
	return dir;
}

describe("scanning a folder", () => {
	it("lists every markdown fixture with its name, size and times", () => {
		const files = fixtures.listFiles();
		expect(files.map((f) => f.path)).toContain("tags-block-list.md");
		expect(files).toHaveLength(18);
		const empty = fixtures.getFile("empty.md");
		expect(empty).toMatchObject({ path: "empty.md", basename: "empty", size: 0 });
		expect(empty?.mtime).toBeGreaterThan(0);
		expect(empty?.ctime).toBeGreaterThan(0);
	});

	it("skips dot-folders and dot-files, and lists notes in sub-folders with forward slashes", async () => {
		const dir = await tempVault({
			"Journal/2024/Note.md": "# Note",
			".obsidian/workspace.md": "# hidden",
			".trash/Old.md": "# deleted",
			".hidden.md": "# hidden",
			"image.png": "not a note",
		});
		try {
			const source = await PlainFilesSource.load(dir);
			expect(source.listFiles().map((f) => f.path)).toEqual(["Journal/2024/Note.md"]);
			expect(source.getFile("Journal/2024/Note.md")?.basename).toBe("Note");
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	it("refuses a path that is not a folder", async () => {
		await expect(PlainFilesSource.load(join(FIXTURES, "empty.md"))).rejects.toThrow(/Not a folder/);
		await expect(PlainFilesSource.load(join(FIXTURES, "no-such-folder"))).rejects.toThrow();
	});

	it("gives no metadata and no file for a path it does not know", () => {
		expect(fixtures.getMetadata("nowhere.md")).toBeNull();
		expect(fixtures.getFile("nowhere.md")).toBeNull();
	});
});

describe("frontmatter", () => {
	it("reads the block before a thematic break, and not the break itself", () => {
		const metadata = metadataOf("frontmatter-thematic-break");
		expect(metadata.frontmatter).toEqual({ created: "2024-02-22T21:33", updated: "2024-03-31T10:44", tags: ["journal"] });
		expect(metadata.frontmatterError).toBeUndefined();
		expect(metadata.headings).toEqual([{ heading: "Réflexions", level: 2, line: 8 }]);
	});

	it("keeps each tag shape as YAML gives it: block list, flow list, single string, hash and case, nested", () => {
		expect(metadataOf("tags-block-list").frontmatter?.tags).toEqual(["journal", "perso"]);
		expect(metadataOf("tags-flow-list").frontmatter?.tags).toEqual(["journal", "perso"]);
		expect(metadataOf("tags-single-string").frontmatter?.tags).toBe("journal");
		expect(metadataOf("tags-hash-and-case").frontmatter?.tags).toEqual(["#Réflexions", "JOURNAL"]);
		expect(metadataOf("tags-nested").frontmatter?.tags).toEqual(["journal/2024"]);
	});

	it("leaves every date shape as the string the writer typed", () => {
		expect(metadataOf("date-minutes").frontmatter).toMatchObject({ created: "2024-02-22T21:33", updated: "2024-03-31T10:44" });
		expect(metadataOf("date-day").frontmatter).toMatchObject({ created: "2024-04-06", updated: "2024-04-07" });
		expect(metadataOf("date-iso").frontmatter).toMatchObject({ created: "2024-03-18T08:15:00+01:00", updated: "2024-03-18T07:15:00.000Z" });
		expect(metadataOf("date-garbage").frontmatter).toMatchObject({ created: "la semaine dernière", updated: "2024-13-45" });
	});

	it("reports broken YAML as an error and no frontmatter, while still reading the body", () => {
		const metadata = metadataOf("broken-yaml");
		expect(metadata.frontmatter).toBeUndefined();
		expect(metadata.frontmatterError).toMatch(/\S/);
		expect(metadata.frontmatterError).not.toContain("\n");
		expect(metadata.inlineTags).toEqual(["#journal"]);
		expect(metadata.headings).toEqual([{ heading: "Propriétés cassées", level: 1, line: 5 }]);
	});

	it("reads a note with CRLF line ends like one with LF", () => {
		const metadata = metadataOf("crlf");
		expect(metadata.frontmatter).toEqual({ created: "2024-04-20T19:02", tags: ["journal"] });
		expect(metadata.headings).toEqual([
			{ heading: "Fins de ligne Windows", level: 1, line: 5 },
			{ heading: "Idées", level: 2, line: 7 },
		]);
	});

	it("reads a note that starts with a UTF-8 byte order mark", () => {
		const metadata = metadataOf("bom");
		expect(metadata.frontmatter).toEqual({ created: "2024-04-06", tags: ["journal"] });
		expect(metadata.inlineTags).toEqual(["#réflexions"]);
		expect(metadata.headings[0]).toEqual({ heading: "Avec BOM", level: 1, line: 5 });
	});

	it("gives an empty note and a note without frontmatter empty metadata but their headings", () => {
		expect(metadataOf("empty")).toEqual({ inlineTags: [], links: [], headings: [] });
		const clipping = metadataOf("no-frontmatter");
		expect(clipping.frontmatter).toBeUndefined();
		expect(clipping.frontmatterError).toBeUndefined();
		expect(clipping.headings).toEqual([{ heading: "Un article découpé", level: 1, line: 0 }]);
		expect(clipping.inlineTags).toEqual([]);
	});

	it("needs the opening dashes on the very first line and a closing line", () => {
		expect(parseMetadata("\n---\ntags: journal\n---\n").frontmatter).toBeUndefined();
		expect(parseMetadata("---\ntags: journal\nno closing line\n").frontmatter).toBeUndefined();
		expect(parseMetadata("---\n---\nbody").frontmatter).toBeUndefined();
		expect(parseMetadata("---\n- a list\n---\n").frontmatterError).toMatch(/key/);
	});
});

describe("inline tags", () => {
	it("finds body tags with accents, case and nesting, and ignores headings, numbers, code, anchors and comments", () => {
		expect(metadataOf("tags-inline").inlineTags).toEqual(["#réflexions", "#Journal/2024", "#début-de-ligne", "#tag_avec_souligné"]);
	});

	it("does not read tags from the frontmatter as inline tags", () => {
		expect(metadataOf("tags-block-list").inlineTags).toEqual([]);
	});
});

describe("links", () => {
	it("records plain, aliased, heading, embedded and table links, and links held by properties", () => {
		const links = metadataOf("links").links;
		expect(links).toEqual([
			{ link: "tags-block-list", displayText: "tags-block-list", original: "[[tags-block-list]]" },
			{ link: "tags-flow-list", displayText: "tags-flow-list", original: "[[tags-flow-list]]" },
			{ link: "tags-nested", displayText: "les tags imbriqués", original: "[[tags-nested|les tags imbriqués]]" },
			{ link: "date-day#Dates au jour", displayText: "date-day > Dates au jour", original: "[[date-day#Dates au jour]]" },
			{ link: "Ma vision du thought leadership", displayText: "Ma vision du thought leadership", original: "[[Ma vision du thought leadership]]" },
			{ link: "date-iso", displayText: "date-iso", original: "![[date-iso]]" },
			{ link: "Expert Secrets", displayText: "le livre", original: "[[Expert Secrets\\|le livre]]" },
		]);
	});

	it("ignores links in fenced code, inline code and comments", () => {
		const metadata = parseMetadata("```\n[[in fence]]\n```\n`[[in code]]` %%[[in comment]]%%\n%%\n[[in a long comment]]\n%%\n[[kept]]\n");
		expect(metadata.links.map((l) => l.link)).toEqual(["kept"]);
	});
});

describe("headings", () => {
	it("records ATX headings with file line numbers, and skips code, closing hashes and tags at line start", () => {
		expect(metadataOf("headings").headings).toEqual([
			{ heading: "Titre principal", level: 1, line: 3 },
			{ heading: "Idées de posts", level: 2, line: 5 },
			{ heading: "Titre fermé", level: 3, line: 12 },
		]);
		expect(metadataOf("headings").inlineTags).toEqual(["#pas-un-titre"]);
	});
});

describe("reading", () => {
	it("reads a note's text from disk, byte order mark and CRLF included", async () => {
		const text = await fixtures.read("crlf.md");
		expect(text).toContain("\r\n## Idées\r\n");
		expect((await fixtures.read("bom.md")).charCodeAt(0)).toBe(0xfeff);
	});

	it("rejects a read of an unknown note", async () => {
		await expect(fixtures.read("nowhere.md")).rejects.toThrow(/No such note/);
	});

	// How long a 5 MB note holds the index is measured by `npm run bench` (maxSliceMs, with the hostile notes).
	it("reads a 5 MB note whole: its size, headings, links and text", async () => {
		const line = "Une longue note de réflexion sur le positionnement, avec #réflexions et [[Expert Secrets]].\n";
		const body = line.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(line)));
		const dir = await tempVault({ "Énorme.md": `---\ntags: journal\n---\n# Énorme\n## Idées de posts\n${body}` });
		try {
			const source = await PlainFilesSource.load(dir);
			const file = source.getFile("Énorme.md");
			expect(file?.size).toBeGreaterThan(5 * 1024 * 1024);
			const metadata = source.getMetadata("Énorme.md");
			expect(metadata?.headings.map((h) => h.heading)).toEqual(["Énorme", "Idées de posts"]);
			expect(metadata?.links.length).toBeGreaterThan(50_000);
			expect((await source.read("Énorme.md")).length).toBeGreaterThan(5_000_000);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	it("keeps texts in memory when asked to, so reads no longer touch the disk", async () => {
		const dir = await tempVault({ "Note.md": "avant" });
		try {
			const source = await PlainFilesSource.load(dir, { keepText: true });
			await writeFile(join(dir, "Note.md"), "après", "utf8");
			expect(await source.read("Note.md")).toBe("avant");
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});

describe("resolving links", () => {
	let dir: string;
	let source: PlainFilesSource;

	beforeAll(async () => {
		dir = await tempVault({
			"Accueil.md": "",
			"Journal/2024-02-22.md": "",
			"Journal/Plan.md": "",
			"Projets/Plan.md": "",
			"Projets/Archives/Plan.md": "",
			"Réflexions/Écrire chaque jour.md": "",
			"Lectures/Expert Secrets.md": "",
			"Lectures/Vieux/Expert Secrets.md": "",
			"Pièces/schéma.png": "",
		});
		source = await PlainFilesSource.load(dir);
	});

	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it("finds a note by its full path, with or without .md", () => {
		expect(source.resolveLink("Journal/2024-02-22", "Accueil.md")).toBe("Journal/2024-02-22.md");
		expect(source.resolveLink("Journal/2024-02-22.md", "Accueil.md")).toBe("Journal/2024-02-22.md");
	});

	it("finds a note by its name in any case and any folder", () => {
		expect(source.resolveLink("2024-02-22", "Accueil.md")).toBe("Journal/2024-02-22.md");
		expect(source.resolveLink("écrire CHAQUE jour", "Accueil.md")).toBe("Réflexions/Écrire chaque jour.md");
	});

	it("prefers the note in the linking note's folder, else the shortest path", () => {
		expect(source.resolveLink("Plan", "Projets/Archives/Autre.md")).toBe("Projets/Archives/Plan.md");
		expect(source.resolveLink("Plan", "Projets/Budget.md")).toBe("Projets/Plan.md");
		expect(source.resolveLink("Plan", "Accueil.md")).toBe("Journal/Plan.md");
		expect(source.resolveLink("Expert Secrets", "Accueil.md")).toBe("Lectures/Expert Secrets.md");
	});

	it("matches a link with folders against the end of the path", () => {
		expect(source.resolveLink("Archives/Plan", "Accueil.md")).toBe("Projets/Archives/Plan.md");
		expect(source.resolveLink("Vieux/Expert Secrets", "Accueil.md")).toBe("Lectures/Vieux/Expert Secrets.md");
		expect(source.resolveLink("Ailleurs/Plan", "Accueil.md")).toBeNull();
	});

	it("follows paths relative to the linking note", () => {
		expect(source.resolveLink("../Journal/Plan", "Projets/Budget.md")).toBe("Journal/Plan.md");
		expect(source.resolveLink("./Plan", "Projets/Archives/Autre.md")).toBe("Projets/Archives/Plan.md");
	});

	it("resolves attachments by their full name, and an empty link to the linking note", () => {
		expect(source.resolveLink("schéma.png", "Accueil.md")).toBe("Pièces/schéma.png");
		expect(source.resolveLink("", "Accueil.md")).toBe("Accueil.md");
	});

	it("leaves a link to a note that does not exist unresolved", () => {
		expect(source.resolveLink("Ma vision du thought leadership", "Accueil.md")).toBeNull();
		expect(source.resolveLink("schéma", "Accueil.md")).toBeNull();
	});
});

describe("simulated edits", () => {
	let dir: string;

	beforeEach(async () => {
		dir = await tempVault({ "Note.md": "---\ntags: journal\n---\n# Note\n", "Autre.md": "" });
	});

	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it("updates text, metadata, size and mtime of an edited note and tells subscribers", async () => {
		const source = await PlainFilesSource.load(dir);
		const before = source.getFile("Note.md");
		const events: SourceEvent[] = [];
		source.subscribe((event) => events.push(event));
		source.applyChange("Note.md", "---\ntags: [réflexions]\n---\n# Note\n## Idées\n- é\n");
		const after = source.getFile("Note.md");
		expect(after?.mtime).toBeGreaterThan(before?.mtime ?? Infinity);
		expect(after?.size).toBe(Buffer.byteLength("---\ntags: [réflexions]\n---\n# Note\n## Idées\n- é\n"));
		expect(source.getMetadata("Note.md")?.frontmatter).toEqual({ tags: ["réflexions"] });
		expect(source.getMetadata("Note.md")?.headings.map((h) => h.heading)).toEqual(["Note", "Idées"]);
		expect(await source.read("Note.md")).toContain("## Idées");
		expect(events).toEqual([{ kind: "changed", path: "Note.md" }]);
	});

	it("never writes the edit to the folder on disk", async () => {
		const source = await PlainFilesSource.load(dir);
		source.applyChange("Note.md", "changed");
		const fresh = await PlainFilesSource.load(dir);
		expect(await fresh.read("Note.md")).toContain("tags: journal");
	});

	it("creates, renames and deletes notes, and stops telling a subscriber that unsubscribed", async () => {
		const source = await PlainFilesSource.load(dir);
		const events: SourceEvent[] = [];
		const unsubscribe = source.subscribe((event) => events.push(event));
		expect(source.resolveLink("Nouvelle", "Note.md")).toBeNull();
		source.setFile("Dossier/Nouvelle.md", "# Nouvelle");
		expect(source.resolveLink("Nouvelle", "Note.md")).toBe("Dossier/Nouvelle.md");
		await source.renameFile("Dossier/Nouvelle.md", "Dossier/Renommée.md");
		expect(source.resolveLink("Nouvelle", "Note.md")).toBeNull();
		expect(await source.read("Dossier/Renommée.md")).toBe("# Nouvelle");
		source.deleteFile("Autre.md");
		expect(source.getFile("Autre.md")).toBeNull();
		unsubscribe();
		source.deleteFile("Note.md");
		expect(events).toEqual([
			{ kind: "changed", path: "Dossier/Nouvelle.md" },
			{ kind: "renamed", path: "Dossier/Renommée.md", oldPath: "Dossier/Nouvelle.md" },
			{ kind: "deleted", path: "Autre.md" },
		]);
		expect(() => source.applyChange("Note.md", "")).toThrow(/No such note/);
	});
});

describe("a synthetic vault", () => {
	it("is the same for the same seed, and different for another", () => {
		const first = [...syntheticNotes({ notes: 30, seed: 7 })];
		expect([...syntheticNotes({ notes: 30, seed: 7 })]).toEqual(first);
		expect([...syntheticNotes({ notes: 30, seed: 8 })].map((n) => n.text)).not.toEqual(first.map((n) => n.text));
	});

	it("loads with tags that make exactly the generator's watched notes watched, and links that mostly resolve", async () => {
		const dir = await mkdtemp(join(tmpdir(), "tls-synthetic-"));
		try {
			const vault = await writeSyntheticVault(dir, { notes: 200 });
			const source = await PlainFilesSource.load(dir);
			expect(source.listFiles()).toHaveLength(200);
			const watched = source.listFiles()
				.filter((file) => {
					const metadata = source.getMetadata(file.path);
					return metadata !== null && hasWatchedTag(collectTags(metadata.frontmatter, metadata.inlineTags), DEFAULT_SETTINGS.watchedTags);
				})
				.map((file) => file.path);
			expect(watched.sort()).toEqual([...vault.watched].sort());
			expect(vault.watched).toHaveLength(20);
			const links = source.listFiles().flatMap((file) => (source.getMetadata(file.path)?.links ?? []).map((link) => ({ link, from: file.path })));
			const resolved = links.filter(({ link, from }) => source.resolveLink(link.link.split("#")[0] ?? "", from) !== null);
			expect(resolved.length).toBeGreaterThan(links.length / 2);
			expect(resolved.length).toBeLessThan(links.length);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
