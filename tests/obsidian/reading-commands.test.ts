/**
 * @jest-environment jsdom
 */
import { MarkdownView, Notice, type Editor } from "obsidian";
import { parse } from "yaml";
import { makeApp, flush } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { BookNoteModal } from "../../src/obsidian/reading/book-note-modal";

interface MockNotice {
	constructor__(message: string | DocumentFragment): void;
	messageEl: HTMLElement;
}

/** Every Notice shown from now on, to read its text and click its button. */
function watchNoticeEls(): MockNotice[] {
	const shown: MockNotice[] = [];
	jest.spyOn(Notice.prototype as unknown as MockNotice, "constructor__").mockImplementation(function (this: MockNotice) {
		shown.push(this);
	});
	return shown;
}

const JOURNAL = "---\ntags: [journal]\n---\nLu ce soir [[Expert Secrets]], et repensé à [[Expert Secrets|ES]] et à [[Thinking: Fast and Slow]].\n";

function vault(extra: Record<string, string> = {}) {
	return makeApp({ "Journal/2026-11-30.md": JOURNAL, ...extra });
}

function watchBookDialog() {
	const opened: BookNoteModal[] = [];
	jest.spyOn(BookNoteModal.prototype, "open").mockImplementation(function (this: BookNoteModal) {
		opened.push(this);
		this.onOpen();
	});
	return {
		last() {
			const modal = opened.at(-1);
			if (!modal) throw new Error("no book dialog was opened");
			const el = modal.contentEl;
			const input = (cls: string) => el.querySelector<HTMLInputElement>(`input.${cls}`)!;
			return {
				modal,
				suggestions: () => [...el.querySelectorAll(".tls-book-suggestion")].map((s) => s.textContent),
				title: input("tls-book-title"),
				type(cls: string, value: string) {
					const field = input(cls);
					field.value = value;
					field.dispatchEvent(new Event("input"));
				},
				async submit() {
					input("tls-book-title").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
					await flush();
				},
			};
		},
		opened,
	};
}

function watchNotices(): string[] {
	const shown: string[] = [];
	jest.spyOn(Notice.prototype as unknown as { constructor__(message: string | DocumentFragment): void }, "constructor__").mockImplementation((message) => {
		shown.push(typeof message === "string" ? message : (message.textContent ?? ""));
	});
	return shown;
}

function editorWith(app: ReturnType<typeof makeApp>, text: string, at: number): Editor {
	const view = new MarkdownView(app.workspace.getLeaf(true));
	view.editor.setValue(text);
	view.editor.setCursor(view.editor.offsetToPos(at));
	return view.editor;
}

afterEach(() => jest.restoreAllMocks());

describe("book notes", () => {
	it("registers the reading commands with stable ids and no default hotkey", async () => {
		const { command } = await loadPlugin(vault());
		for (const id of ["insert-et-but-block", "new-book-note", "book-note-from-link", "promote-book-ideas", "mark-book-read", "open-reading"]) expect(command(id).hotkeys).toBeUndefined();
	});

	it("suggests the vault's unresolved links, most linked first, and names the note so the journal's link resolves", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		const dialogs = watchBookDialog();
		run(command("new-book-note"));
		const dialog = dialogs.last();
		expect(dialog.suggestions()).toEqual(["Expert Secrets2 links", "Thinking: Fast and Slow1 link"]);
		(dialog.modal.contentEl.querySelector(".tls-book-suggestion") as HTMLElement).click();
		expect(dialog.title.value).toBe("Expert Secrets");
		dialog.type("tls-book-author", "Russell Brunson");
		dialog.type("tls-book-year", "2017");
		await dialog.submit();
		const file = app.vault.getFileByPath("Lectures/Expert Secrets.md");
		expect(file).not.toBeNull();
		const text = await app.vault.read(file!);
		const properties = parse(text.split("---\n")[1]!) as Record<string, unknown>;
		expect(properties).toMatchObject({ type: "book", author: "Russell Brunson", year: 2017, horizon: "contemporary", status: "reading" });
		expect(text).toContain("## AND and BUT\n\n> [!et-but] AND and BUT\n> **Author's idea**: \n");
		expect(app.metadataCache.getFirstLinkpathDest("Expert Secrets", "Journal/2026-11-30.md")?.path).toBe("Lectures/Expert Secrets.md");
	});

	it("opens the book note that exists for the name, never a second one, and leaves it as it was", async () => {
		const existing = "---\ntype: book\n---\nMes notes\n";
		const app = vault({ "Livres/Expert Secrets.md": existing });
		const { command } = await loadPlugin(app);
		const dialogs = watchBookDialog();
		const shown = watchNotices();
		run(command("new-book-note"));
		dialogs.last().type("tls-book-title", "Expert Secrets");
		await dialogs.last().submit();
		expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["Journal/2026-11-30.md", "Livres/Expert Secrets.md"]);
		expect(await app.vault.read(app.vault.getFileByPath("Livres/Expert Secrets.md")!)).toBe(existing);
		expect(app.workspace.getActiveFile()?.path).toBe("Livres/Expert Secrets.md");
		expect(shown).toContain("“Expert Secrets” already has a book note: it is open.");
	});

	it("keeps the writer's ET/BUT template as written in a new book note, and writes the typed author as text Templater cannot run", async () => {
		const block = "> [!et-but] AND and BUT\n> **Author's idea**: <% tp.file.cursor() %>\n> **My idea**: \n";
		const app = vault({ "Modèles/Thought Leadership/AND and BUT block.md": block });
		const { command } = await loadPlugin(app);
		const dialogs = watchBookDialog();
		run(command("new-book-note"));
		dialogs.last().type("tls-book-title", "The Prince");
		dialogs.last().type("tls-book-author", "Machiavelli <%* tR = 'x' %>");
		await dialogs.last().submit();
		const text = await app.vault.read(app.vault.getFileByPath("Lectures/The Prince.md")!);
		expect(text).toContain(`\n${block}`);
		expect(text.match(/<%/g)).toEqual(["<%"]);
		expect(parse(text.split("---\n")[1]!)).toMatchObject({ author: "Machiavelli <\u2060%* tR = 'x' %>" });
	});

	it("names a title with characters no file name may hold safely, keeps it as an alias, and tells the writer its links cannot resolve", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		const source = await openNote(app, "Journal/2026-11-30.md");
		const dialogs = watchBookDialog();
		const shown = watchNotices();
		const editor = editorWith(app, JOURNAL, JOURNAL.indexOf("Thinking") + 3);
		command("book-note-from-link").editorCallback?.(editor, { file: source } as never);
		expect(dialogs.last().title.value).toBe("Thinking: Fast and Slow");
		await dialogs.last().submit();
		const created = app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith("Lectures/"));
		expect(created).toHaveLength(1);
		expect(created[0]).not.toMatch(/:/);
		const text = await app.vault.read(app.vault.getFileByPath(created[0]!)!);
		expect(parse(text.split("---\n")[1]!)).toMatchObject({ aliases: ["Thinking: Fast and Slow"] });
		expect(shown.some((message) => message.includes("The links written [[Thinking: Fast and Slow]] cannot point at a note"))).toBe(true);
	});

	it("says so, and opens no dialog, when the cursor is on no link", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		const dialogs = watchBookDialog();
		const shown = watchNotices();
		command("book-note-from-link").editorCallback?.(editorWith(app, JOURNAL, 0), { file: null } as never);
		expect(dialogs.opened).toHaveLength(0);
		expect(shown).toEqual(["Put the cursor on a link to a note that does not exist yet."]);
	});
});

describe("book notes that cannot be created twice, or at all", () => {
	it("creates one book note when the dialog is submitted twice at once", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		const dialogs = watchBookDialog();
		const shown = watchNotices();
		run(command("new-book-note"));
		dialogs.last().type("tls-book-title", "Le Prince");
		const title = dialogs.last().title;
		title.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		title.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await flush();
		expect(app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Lectures/")).map((f) => f.path)).toEqual(["Lectures/Le Prince.md"]);
		expect(shown).toContain("Could not create the book note: this is already under way for \"Le Prince\": it was not started a second time");
	});

	it("names the cause when the books folder is a file", async () => {
		const app = vault({ Lectures: "Pas un dossier.\n" });
		const { command } = await loadPlugin(app);
		const dialogs = watchBookDialog();
		const shown = watchNotices();
		run(command("new-book-note"));
		dialogs.last().type("tls-book-title", "Le Prince");
		await dialogs.last().submit();
		expect(shown).toEqual(["Could not create the book note: \"Lectures\" is a file, not a folder"]);
	});
});

describe("ET/BUT blocks and their harvest", () => {
	const BOOK = [
		"---",
		"type: book",
		"horizon: classic",
		"---",
		"# Le Prince",
		"",
		"> [!et-but] ET et BUT",
		"> **Idée de l'auteur** : « Il vaut mieux être craint qu'aimé »",
		"> **Page ou chapitre** : ch. XVII",
		">",
		"> **MAIS** : la peur ne fidélise pas",
		">",
		"> **Mon idée** : Un leader d'opinion se fait suivre, pas craindre",
		"",
		"> [!et-but] ET et BUT",
		"> **Idée de l'auteur** : La fortune",
		"> **Mon idée** : ",
		"",
	].join("\r\n");

	it("inserts the block at the cursor, a blank line under the heading, with the cursor after the author's-idea label", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		const editor = editorWith(app, "# Notes\n", "# Notes\n".length);
		command("insert-et-but-block").editorCallback?.(editor, { file: null } as never);
		await flush();
		expect(editor.getValue()).toBe("# Notes\n\n> [!et-but] AND and BUT\n> **Author's idea**: \n> **Page or chapter**: \n>\n> **AND**: \n>\n> **BUT**: \n>\n> **My idea**: ");
		expect(editor.getCursor()).toEqual({ line: 3, ch: "> **Author's idea**: ".length });
	});

	it.each([
		["the properties", "titre: « Le Pr", 4, 6, "below the note's properties."],
		["a code block", "const x", 7, 9, "after the code block the cursor was in."],
		["a table row", "| XVII | cra", 11, 13, "after the table the cursor was in."],
		["a word", "Lu ce ma", 13, 15, "below the line the cursor was on, which it would have cut."],
	])("inserts the block after %s the cursor is in, never inside, and says at which line", async (_name, before, boundary, line, said) => {
		const app = vault();
		const { command } = await loadPlugin(app);
		const shown = watchNotices();
		const note = ["---", "type: book", "titre: « Le Prince »", "---", "```js", "const x = 1;", "```", "", "| Chapitre | Idée |", "| --- | --- |", "| XVII | craint ou aimé |", "", "Lu ce matin [[Expert Secrets|ES]].", ""].join("\n");
		const editor = editorWith(app, note, note.indexOf(before) + before.length);
		command("insert-et-but-block").editorCallback?.(editor, { file: null } as never);
		await flush();
		const after = editor.getValue();
		// Every byte of the note is kept, the block going in whole at the start of line `boundary`.
		const cut = note.split("\n").slice(0, boundary).join("\n").length + 1;
		expect(after.startsWith(note.slice(0, cut))).toBe(true);
		expect(after.endsWith(note.slice(cut))).toBe(true);
		expect(after.split("\n")[line - 1]).toBe("> [!et-but] AND and BUT");
		expect(shown).toEqual([`The AND and BUT block went in at line ${line}, ${said}`]);
	});

	it("inserts nothing, and says why, when from the cursor to the end the note is inside a code block never closed", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		const shown = watchNotices();
		const note = "# Notes\n~~~\nLu ce matin\n";
		const editor = editorWith(app, note, note.indexOf("matin"));
		command("insert-et-but-block").editorCallback?.(editor, { file: null } as never);
		await flush();
		expect(editor.getValue()).toBe(note);
		expect(shown).toEqual(["The AND and BUT block was not inserted: from line 2 to the end, the note is inside a code block, comment or math block that is never closed."]);
	});

	it("promotes the filled block once: an id added after the block and nothing else changed, the idea's source the block, origin book", async () => {
		const app = vault({ "Lectures/Le Prince.md": BOOK });
		const { command } = await loadPlugin(app);
		await openNote(app, "Lectures/Le Prince.md");
		expect(run(command("promote-book-ideas"))).toBe(true);
		await flush();
		run(command("promote-book-ideas"));
		await flush();
		const ideas = app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Idées/"));
		expect(ideas.map((f) => f.path)).toEqual(["Idées/Un leader d'opinion se fait suivre, pas craindre.md"]);
		const idea = await app.vault.read(ideas[0]!);
		expect(parse(idea.split("---\n")[1]!)).toMatchObject({ type: "idea", origin: "book", source: "[[Le Prince#^et-but-1]]", title: "Un leader d'opinion se fait suivre, pas craindre" });
		expect(idea).toContain("> « Il vaut mieux être craint qu'aimé »\n> — ch. XVII");
		const book = await app.vault.read(app.vault.getFileByPath("Lectures/Le Prince.md")!);
		expect(book).toBe(BOOK.replace("pas craindre\r\n", "pas craindre\r\n\r\n^et-but-1\r\n"));
	});

	it("marks the book read with status and finished in one edit, changing no other property, and undoes both", async () => {
		const reading = BOOK.replace("horizon: classic\r\n", "horizon: classic\r\nstatus: reading\r\n");
		const app = vault({ "Lectures/Le Prince.md": reading });
		const { command } = await loadPlugin(app);
		await openNote(app, "Lectures/Le Prince.md");
		const process = jest.spyOn(app.vault, "process");
		const shown = watchNoticeEls();
		expect(run(command("mark-book-read"))).toBe(true);
		await flush();
		expect(process).toHaveBeenCalledTimes(1);
		const text = await app.vault.read(app.vault.getFileByPath("Lectures/Le Prince.md")!);
		expect(text).toMatch(/^---\r\ntype: book\r\nhorizon: classic\r\nstatus: read\r\nfinished: \d{4}-\d{2}-\d{2}\r\n---\r\n# Le Prince/);
		expect(shown.at(-1)?.messageEl.firstChild?.textContent).toBe("“Le Prince” is marked as read: status and finished written.");
		shown.at(-1)!.messageEl.querySelector("button")!.click();
		await flush();
		expect(await app.vault.read(app.vault.getFileByPath("Lectures/Le Prince.md")!)).toBe(reading);
	});

	it("writes neither status nor finished when one of them cannot be written, and says nothing was", async () => {
		const shared = BOOK.replace("horizon: classic\r\n", "horizon: classic\r\nfinished: &fin 2024-01-01\r\nrelu: *fin\r\n");
		const app = vault({ "Lectures/Le Prince.md": shared });
		const { command } = await loadPlugin(app);
		await openNote(app, "Lectures/Le Prince.md");
		const shown = watchNotices();
		run(command("mark-book-read"));
		await flush();
		expect(await app.vault.read(app.vault.getFileByPath("Lectures/Le Prince.md")!)).toBe(shared);
		expect(shown).toEqual(["Could not mark “Le Prince” as read, nothing was written: its value is shared with another property through a YAML anchor (&), line 4"]);
	});

	it("harvests twice at once as once, and says why the second did not run", async () => {
		const app = vault({ "Lectures/Le Prince.md": BOOK });
		const { command } = await loadPlugin(app);
		await openNote(app, "Lectures/Le Prince.md");
		const shown = watchNotices();
		run(command("promote-book-ideas"));
		run(command("promote-book-ideas"));
		await flush();
		expect(app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Idées/")).map((f) => f.path)).toEqual(["Idées/Un leader d'opinion se fait suivre, pas craindre.md"]);
		expect(await app.vault.read(app.vault.getFileByPath("Lectures/Le Prince.md")!)).toBe(BOOK.replace("pas craindre\r\n", "pas craindre\r\n\r\n^et-but-1\r\n"));
		expect(shown).toContain("Could not harvest the ideas of “Le Prince”: this is already under way for \"Le Prince\": it was not started a second time");
	});

	it("writes no block id and creates no idea when the book changes between its reading and the write", async () => {
		const app = vault({ "Lectures/Le Prince.md": BOOK });
		const { command } = await loadPlugin(app);
		await openNote(app, "Lectures/Le Prince.md");
		const read = app.vault.read.bind(app.vault);
		const edited = `${BOOK}Ajouté pendant la récolte : « sur un autre appareil ».\r\n`;
		jest.spyOn(app.vault, "read").mockImplementationOnce(async (file) => {
			const text = await read(file);
			await app.vault.modify(file, edited);
			return text;
		});
		const shown = watchNotices();
		run(command("promote-book-ideas"));
		await flush();
		expect(await app.vault.read(app.vault.getFileByPath("Lectures/Le Prince.md")!)).toBe(edited);
		expect(app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Idées/"))).toEqual([]);
		expect(shown).toEqual(["Could not harvest the ideas of “Le Prince”: “Le Prince” changed since it was read; nothing was written. Try again"]);
	});

	it("undoes a harvest as a whole from its Notice: the block id out, the idea in the trash; refused once the book changed", async () => {
		const app = vault({ "Lectures/Le Prince.md": BOOK });
		const { command } = await loadPlugin(app);
		await openNote(app, "Lectures/Le Prince.md");
		const shown = watchNoticeEls();
		run(command("promote-book-ideas"));
		await flush();
		expect(shown.at(-1)?.messageEl.firstChild?.textContent).toBe("1 idea promoted from “Le Prince”.");
		shown.at(-1)!.messageEl.querySelector("button")!.click();
		await flush();
		expect(await app.vault.read(app.vault.getFileByPath("Lectures/Le Prince.md")!)).toBe(BOOK);
		expect(app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Idées/"))).toEqual([]);
		expect(shown.at(-1)?.messageEl.textContent).toBe("Harvest of “Le Prince” undone: its block ids are gone and 1 idea is in the trash.");

		run(command("promote-book-ideas"));
		await flush();
		const book = app.vault.getFileByPath("Lectures/Le Prince.md")!;
		const changed = `${await app.vault.read(book)}Une note de plus.\r\n`;
		await app.vault.modify(book, changed);
		shown.at(-1)!.messageEl.querySelector("button")!.click();
		await flush();
		expect(await app.vault.read(book)).toBe(changed);
		expect(app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Idées/"))).toHaveLength(1);
		expect(shown.at(-1)?.messageEl.textContent).toBe("Could not undo the harvest of “Le Prince”: the note was edited since, so it was left as it is");
	});

	it.each([
		["a key written twice", "---\r\ntype: book\r\nstatus: reading\r\nstatus: read\r\n---\r\n# Le Prince\r\n", "the property is written twice, line 4"],
		["a block closed by ...", "---\r\ntype: book\r\n...\r\n# Le Prince\r\n", "the properties end with ... where Obsidian needs ---, line 3"],
	])("offers mark-book-read and the harvest on a book whose properties cannot be read (%s), and says why they cannot run", async (_name, text, reason) => {
		const app = vault({ "Lectures/Le Prince.md": text });
		const { command } = await loadPlugin(app);
		await openNote(app, "Lectures/Le Prince.md");
		const shown = watchNotices();
		expect(run(command("mark-book-read"))).toBe(true);
		await flush();
		expect(run(command("promote-book-ideas"))).toBe(true);
		await flush();
		expect(shown).toEqual([
			`The properties of "Le Prince" cannot be read (${reason}): fix them, then run "Mark this book as read" again.`,
			`The properties of "Le Prince" cannot be read (${reason}): fix them, then run "Harvest the ideas of this book note" again.`,
		]);
		expect(await app.vault.read(app.vault.getFileByPath("Lectures/Le Prince.md")!)).toBe(text);
	});
});
