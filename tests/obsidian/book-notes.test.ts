/**
 * @jest-environment jsdom
 */
import { App, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { Notice, type App as ObsidianApp } from "obsidian";
import { parse } from "yaml";
import { flush, makeApp } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { Studio } from "../../src/obsidian/shared/studio";
import { IdeaPipeline } from "../../src/obsidian/pipeline/idea-pipeline";
import { BoardActions } from "../../src/obsidian/pipeline/board-actions";
import { TemplateLibrary } from "../../src/obsidian/templates/template-library";
import { NoteWriter } from "../../src/obsidian/shared/note-writer";
import { Reading } from "../../src/obsidian/reading/reading";
import { ReadingView } from "../../src/obsidian/reading/reading-view";
import { BookNoteModal } from "../../src/obsidian/reading/book-note-modal";
import { DEFAULT_SETTINGS } from "../../src/core/settings/studio-settings";
import manifest from "../../manifest.json";

/** The writer's own book note, from before the plugin: in the books folder, tagged `lecture`, no `type`, ET/MAIS notes under a heading. */
const NAVAL_PATH = "Lectures/L'Almanach de Naval Ravikant.md";
const NAVAL = [
	"---",
	"tags: [lecture]",
	"author: Naval Ravikant",
	"---",
	"# L'Almanach de Naval Ravikant",
	"",
	"Relu en mars, crayon en main.",
	"",
	"### Idée : « Cherchez la richesse, pas l'argent ni le statut »",
	"Page ou chapitre : ch. 1",
	"**ET** : la richesse, ce sont des actifs qui gagnent pendant qu'on dort",
	"**MAIS** : l'argent reste la façon dont on la mesure",
	"**Mon idée** : Ce qui travaille pour vous pendant que vous dormez",
	"",
].join("\n");

/** A book read outside the books folder, known by its tag alone. */
const SAPIENS_PATH = "Carnets/Sapiens.md";
const SAPIENS = "Notes de lecture #livre\n\n> [!et-but] ET et BUT\n> **Idée de l'auteur** : « La fiction nous fait coopérer »\n>\n> **BUT** : elle divise aussi\n>\n> **Mon idée** : Une marque est une fiction partagée\n";

const JOURNAL_PATH = "Journal/2024-03-02.md";
const JOURNAL = "---\ntags: [journal]\n---\nLu ce matin [[L'Almanach de Naval Ravikant]].\n";

function vault(extra: Record<string, string> = {}): ObsidianApp {
	return makeApp({ [NAVAL_PATH]: NAVAL, [SAPIENS_PATH]: SAPIENS, [JOURNAL_PATH]: JOURNAL, ...extra });
}

interface MockNotice {
	constructor__(message: string | DocumentFragment): void;
	messageEl: HTMLElement;
}

/** Every Notice shown from now on, to read its text and click its button. */
function watchNotices(): MockNotice[] {
	const shown: MockNotice[] = [];
	jest.spyOn(Notice.prototype as unknown as MockNotice, "constructor__").mockImplementation(function (this: MockNotice) {
		shown.push(this);
	});
	return shown;
}

const texts = (shown: MockNotice[]): string[] => shown.map((notice) => notice.messageEl.firstChild?.textContent ?? notice.messageEl.textContent ?? "");

async function read(app: ObsidianApp, path: string): Promise<string> {
	return app.vault.read(app.vault.getFileByPath(path)!);
}

afterEach(() => jest.restoreAllMocks());

describe("a book note the writer already had, by folder or tag", () => {
	async function shelf(app: ObsidianApp) {
		const storage = { loadData: () => Promise.resolve(null), saveData: () => Promise.resolve(), registerEvent: () => undefined };
		const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, storage, DEFAULT_SETTINGS, "fr");
		await studio.start();
		const pipeline = new IdeaPipeline(app, studio);
		const reading = new Reading(app, studio, pipeline, new BoardActions(app, pipeline, studio.translate), new TemplateLibrary(app, new NoteWriter(app), () => studio.settings.templatesFolder, "fr"));
		const view = new ReadingView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), studio, pipeline, reading);
		document.body.empty();
		document.body.appendChild(view.containerEl);
		await view.onOpen();
		return { studio, pipeline, view };
	}

	it("is on the reading shelf with its author and the idea it waits to give, beside a book known by its tag alone; the journal is not", async () => {
		const { studio, view } = await shelf(vault());
		const books = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".tls-shelf-book"));
		expect(books.map((book) => book.dataset.path)).toEqual([NAVAL_PATH, SAPIENS_PATH]);
		expect(books[0]?.textContent).toContain("Naval Ravikant");
		expect(books[0]?.querySelector(".tls-shelf-waiting")?.textContent).toBe("1 à récolter");
		studio.stop();
	});

	it("gives the Inbox its filled « Mon idée », with the book as source", async () => {
		const { studio, pipeline } = await shelf(vault());
		expect(pipeline.inbox().filter((item) => item.book !== undefined).map((item) => [item.sourceTitle, item.text])).toEqual([
			["Sapiens", "Une marque est une fiction partagée"],
			["L'Almanach de Naval Ravikant", "Ce qui travaille pour vous pendant que vous dormez"],
		]);
		studio.stop();
	});

	it("is harvested: the idea keeps the block's ET and MAIS under the writer's labels and the book's author", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, NAVAL_PATH);
		expect(run(command("promote-book-ideas"))).toBe(true);
		await flush();
		const idea = await read(app, "Idées/Ce qui travaille pour vous pendant que vous dormez.md");
		const [, properties, body] = idea.split("---\n");
		expect(parse(properties!)).toMatchObject({ type: "idea", origin: "book", source: "[[L'Almanach de Naval Ravikant#^et-but-1]]" });
		expect(body).toBe(
			[
				"Ce qui travaille pour vous pendant que vous dormez",
				"",
				"> « Cherchez la richesse, pas l'argent ni le statut »",
				"> — Naval Ravikant, ch. 1",
				"",
				"**ET** : la richesse, ce sont des actifs qui gagnent pendant qu'on dort",
				"",
				"**MAIS** : l'argent reste la façon dont on la mesure",
				"",
			].join("\n"),
		);
		expect(await read(app, NAVAL_PATH)).toBe(NAVAL.replace("vous dormez\n", "vous dormez ^et-but-1\n"));
	});

	it("is harvested outside the books folder by its tag, its BUT label kept, and signed with no author when the book names none", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, SAPIENS_PATH);
		run(command("promote-book-ideas"));
		await flush();
		const idea = await read(app, "Idées/Une marque est une fiction partagée.md");
		expect(idea.endsWith("Une marque est une fiction partagée\n\n> « La fiction nous fait coopérer »\n\n**BUT**: elle divise aussi\n")).toBe(true);
	});

	it("is opened, never created twice, as a book note that exists; a note of the same name that is not one is said to be so", async () => {
		const app = vault({ "Carnets/Influence.md": "Une note sur la persuasion.\n" });
		const { command } = await loadPlugin(app);
		const shown = watchNotices();
		const opened: BookNoteModal[] = [];
		jest.spyOn(BookNoteModal.prototype, "open").mockImplementation(function (this: BookNoteModal) {
			opened.push(this);
			this.onOpen();
		});
		for (const title of ["L'Almanach de Naval Ravikant", "Influence"]) {
			run(command("new-book-note"));
			const field = opened.at(-1)!.contentEl.querySelector<HTMLInputElement>("input.tls-book-title")!;
			field.value = title;
			field.dispatchEvent(new Event("input"));
			field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
			await flush();
		}
		expect(texts(shown)).toEqual([
			"“L'Almanach de Naval Ravikant” already has a book note: it is open.",
			"“Influence” already has a note, which is not a book note: it is open. “Make this a book note” makes it one.",
		]);
		expect(app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Lectures/")).map((f) => f.path)).toEqual([NAVAL_PATH]);
	});

	it("says what would make a note a book note when it is none", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, JOURNAL_PATH);
		const shown = watchNotices();
		run(command("promote-book-ideas"));
		await flush();
		expect(texts(shown)).toEqual(["This note is not a book note: it is not in Lectures, has no tag #lecture, #livre, #lectures, #book, or #reading, and no type: book. “Make this a book note” makes it one."]);
	});
});

describe("make-book-note", () => {
	const TAGGED = "---\r\ntags: [lecture] # à trier\r\nauteur:   Naval\r\n\r\n---\r\n# L'Almanach\r\n\r\nNotes : « la richesse ».\r\n";

	it("is registered with a stable id and no default hotkey", async () => {
		const { command } = await loadPlugin(vault());
		expect(command("make-book-note").hotkeys).toBeUndefined();
	});

	it("writes type: book as the properties' last line in one write, every other byte kept, and undoes it from its Notice", async () => {
		const app = vault({ "Lectures/L'Almanach.md": TAGGED });
		const { command } = await loadPlugin(app);
		await openNote(app, "Lectures/L'Almanach.md");
		const process = jest.spyOn(app.vault, "process");
		const shown = watchNotices();
		expect(run(command("make-book-note"))).toBe(true);
		await flush();
		expect(process).toHaveBeenCalledTimes(1);
		expect(await read(app, "Lectures/L'Almanach.md")).toBe(TAGGED.replace("\r\n\r\n---\r\n", "\r\n\r\ntype: book\r\n---\r\n"));
		expect(texts(shown)).toEqual(["“L'Almanach” is a book note now: type: book written."]);
		// Written, the note has nothing more to write: the command is no longer offered.
		expect(run(command("make-book-note"))).toBe(false);
		shown[0]!.messageEl.querySelector("button")!.click();
		await flush();
		expect(await read(app, "Lectures/L'Almanach.md")).toBe(TAGGED);
		expect(texts(shown).at(-1)).toBe('Undone: "L\'Almanach" is as it was before.');
	});

	it("gives a note without properties a properties block holding type: book, and nothing else", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, SAPIENS_PATH);
		run(command("make-book-note"));
		await flush();
		expect(await read(app, SAPIENS_PATH)).toBe(`---\ntype: book\n---\n${SAPIENS}`);
	});

	it("refuses, writing nothing, a note whose properties cannot be read, and says why", async () => {
		const broken = "---\r\ntags: [lecture]\r\ntags: [livre]\r\n---\r\n# L'Almanach\r\n";
		const app = vault({ "Lectures/L'Almanach.md": broken });
		const { command } = await loadPlugin(app);
		await openNote(app, "Lectures/L'Almanach.md");
		const shown = watchNotices();
		expect(run(command("make-book-note"))).toBe(true);
		await flush();
		expect(await read(app, "Lectures/L'Almanach.md")).toBe(broken);
		expect(texts(shown)).toEqual(['The properties of "L\'Almanach" cannot be read (the property is written twice, line 3): fix them, then run "Make this a book note" again.']);
	});

	it("leaves a note of another type as it is, and says so", async () => {
		const idea = "---\ntype: idea\ntags: [lecture]\n---\nUne idée tirée d'un livre\n";
		const app = vault({ "Idées/Une idée tirée d'un livre.md": idea });
		const { command } = await loadPlugin(app);
		await openNote(app, "Idées/Une idée tirée d'un livre.md");
		const shown = watchNotices();
		run(command("make-book-note"));
		await flush();
		expect(await read(app, "Idées/Une idée tirée d'un livre.md")).toBe(idea);
		expect(texts(shown)).toEqual(["“Une idée tirée d'un livre” is a note of type idea: it was left as it is. To make it a book note, change its type by hand."]);
	});
});
