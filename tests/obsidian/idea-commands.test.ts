/**
 * @jest-environment jsdom
 */
import { makeApp, flush } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { IdeaPipeline } from "../../src/obsidian/pipeline/idea-pipeline";
import { NoteGoneError } from "../../src/obsidian/shared/note-writer";
import { FrontmatterEditError } from "../../src/core/writer/frontmatter-edit-error";
import type { Studio } from "../../src/obsidian/shared/studio";
import { parse } from "yaml";
import { MarkdownView, Notice, type Editor } from "obsidian";
import { CaptureIdeaModal } from "../../src/obsidian/pipeline/capture-idea-modal";
import { ConfirmModal } from "../../src/obsidian/shared/confirm-modal";
import { ChoiceModal } from "../../src/obsidian/shared/choice-modal";
import { BoardActions } from "../../src/obsidian/pipeline/board-actions";
import { translator } from "../../src/core/i18n/translator";
import { StudioError } from "../../src/core/i18n/studio-error";
import type { StudioSettings } from "../../src/core/settings/studio-settings";
import { JOURNAL_POST_IDEAS } from "../fixtures/journal-post-ideas";
import { freezeDate } from "../helpers/frozen-date";

const journal = "---\ncreated: 2024-02-22T21:33\ntags:\n  - journal\n---\n## Idées de posts\n- Lire des livres sur le sujet\n- Think, Spark, Invest, Re-Invest\n";
const idea = "---\r\ntype: idea\r\nstatus: 'spark'  # première étape\r\ncreated: 2024-03-01T10:00\r\nsource: \"[[2024-02-22]]\"\r\n---\r\nLes meilleures idées ne sont pas directement accessibles\r\n";

function vault() {
	return makeApp({ "Journal/2024-02-22.md": journal, "Idées/Les meilleures idées.md": idea, "Notes/Autre.md": "# Rien\n" });
}

function files(app: ReturnType<typeof makeApp>): string[] {
	return app.vault.getMarkdownFiles().map((f) => f.path).sort();
}

describe("idea commands over the in-memory vault", () => {
	it("registers every command with a stable id and no default hotkey", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		for (const id of ["capture-idea", "capture-selection", "promote-idea-items", "open-pipeline", "open-pipeline-tab", "move-idea-next", "move-idea-previous", "undo-board-move", "export-templates"]) {
			expect(command(id).hotkeys).toBeUndefined();
		}
	});

	it("promotes the idea items of a note once, however often it runs, and leaves the note untouched", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, "Journal/2024-02-22.md");
		expect(run(command("promote-idea-items"))).toBe(true);
		await flush();
		expect(files(app)).toEqual(["Idées/Les meilleures idées.md", "Idées/Lire des livres sur le sujet.md", "Idées/Think, Spark, Invest, Re-Invest.md", "Journal/2024-02-22.md", "Notes/Autre.md"]);
		run(command("promote-idea-items"));
		await flush();
		expect(files(app)).toHaveLength(5);
		const created = await app.vault.read(app.vault.getFileByPath("Idées/Lire des livres sur le sujet.md")!);
		expect(created).toMatch(/^---\ntype: idea\nstatus: think\ncreated: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}\nsource: "\[\[2024-02-22\]\]"\n/);
		expect(await app.vault.read(app.vault.getFileByPath("Journal/2024-02-22.md")!)).toBe(journal);
	});

	it("promotes the writer's journal into its five ideas, each note holding its points under its words as typed", async () => {
		const note = `---\ntags: [journal]\n---\n${JOURNAL_POST_IDEAS}\n`;
		const app = makeApp({ "Journal/2024-02-22.md": note });
		const { command } = await loadPlugin(app);
		await openNote(app, "Journal/2024-02-22.md");
		run(command("promote-idea-items"));
		await flush();
		expect(files(app)).toEqual([
			"Idées/Comment trouver des idées de marque.md",
			"Idées/Les meilleures idées ne sont pas directement accessibles.md",
			"Idées/Prendre des notes sur un livre pour un thought leader.md",
			"Idées/Simplifier vos idées.md",
			"Idées/Think, Spark, Invest, Re-Invest.md",
			"Journal/2024-02-22.md",
		]);
		const body = async (path: string): Promise<string> => (await app.vault.read(app.vault.getFileByPath(path)!)).replace(/^---\n[\s\S]*?\n---\n/, "");
		const first = await app.vault.read(app.vault.getFileByPath("Idées/Comment trouver des idées de marque.md")!);
		expect(parse(first.split("---\n")[1] ?? "")).toMatchObject({ type: "idea", status: "think", source: "[[2024-02-22]]", title: "Comment trouver des idées de marque ?" });
		expect(await body("Idées/Comment trouver des idées de marque.md")).toBe(
			"Comment trouver des idées de marque ?\n\nVoici 3 méthodes :\n- Lire des livres sur le sujet\n- Répertorier et se baser sur ce que vous savez déjà\n- Utiliser une citation ou une phrase qui a du sens qui vous intrigue\n",
		);
		expect(await body("Idées/Les meilleures idées ne sont pas directement accessibles.md")).toBe(
			"Les meilleures idées ne sont pas directement accessibles\n\n- Plus de restriction géographique mais une restriction temporelle\n- Aller dans le passé\n- Current, Contemporary, Classic\n",
		);
		expect(await body("Idées/Prendre des notes sur un livre pour un thought leader.md")).toBe("Prendre des notes sur un livre pour un thought leader\n\n- Méthode du ET et BUT\n");
		expect(await body("Idées/Simplifier vos idées.md")).toBe("Simplifier vos idées\n");
		expect(await app.vault.read(app.vault.getFileByPath("Journal/2024-02-22.md")!)).toBe(note);
	});

	it("knows an idea promoted before its points changed, and makes no second note of it", async () => {
		const app = makeApp({ "Journal/2024-02-22.md": "---\ntags: [journal]\n---\n## Idées de posts\nSimplifier vos idées :\n- couper\n" });
		const { command } = await loadPlugin(app);
		await openNote(app, "Journal/2024-02-22.md");
		run(command("promote-idea-items"));
		await flush();
		const journal = app.vault.getFileByPath("Journal/2024-02-22.md")!;
		await app.vault.modify(journal, "---\ntags: [journal]\n---\n## Idées de posts\nUne idée neuve\n\nSimplifier vos idées :\n- couper\n- *puis* recouper\n");
		await flush();
		run(command("promote-idea-items"));
		await flush();
		expect(files(app)).toEqual(["Idées/Simplifier vos idées.md", "Idées/Une idée neuve.md", "Journal/2024-02-22.md"]);
	});

	describe("a move on a given day", () => {
		beforeEach(() => freezeDate(new Date(2026, 11, 8, 9, 30)));
		afterEach(() => jest.useRealTimers());

		it("moves the active idea to the next stage by changing its status value and writing the day of the move below it, and undoes both byte for byte", async () => {
			const app = vault();
			const { command } = await loadPlugin(app);
			await openNote(app, "Idées/Les meilleures idées.md");
			const before = await app.vault.read(app.vault.getFileByPath("Idées/Les meilleures idées.md")!);
			expect(run(command("move-idea-next"))).toBe(true);
			await flush();
			const after = await app.vault.read(app.vault.getFileByPath("Idées/Les meilleures idées.md")!);
			expect(after).toBe(before.replace("status: 'spark'  # première étape\r\n", "status: invest  # première étape\r\nstage-since: 2026-12-08\r\n"));
			run(command("undo-board-move"));
			await flush();
			expect(await app.vault.read(app.vault.getFileByPath("Idées/Les meilleures idées.md")!)).toBe(before);
		});

		it("changes the status alone when the writer turned the record of moves off", async () => {
			const app = vault();
			const { command } = await loadPlugin(app, { before: (plugin) => ((plugin as unknown as { data__: unknown }).data__ = { recordStageSince: false }) });
			await openNote(app, "Idées/Les meilleures idées.md");
			const before = await app.vault.read(app.vault.getFileByPath("Idées/Les meilleures idées.md")!);
			expect(run(command("move-idea-next"))).toBe(true);
			await flush();
			expect(await app.vault.read(app.vault.getFileByPath("Idées/Les meilleures idées.md")!)).toBe(before.replace("status: 'spark'", "status: invest"));
		});
	});

	it("offers the move commands only on an idea note", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, "Notes/Autre.md");
		expect(run(command("move-idea-next"))).toBe(false);
		expect(run(command("move-idea-previous"))).toBe(false);
	});

	it("never overwrites a note: a taken name gets the next free one, once the writer chose to create a second note of the same words", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		const source = await openNote(app, "Notes/Autre.md");
		const dialogs = watchDialogs();
		command("capture-selection").editorCheckCallback?.(false, editorHolding(app, "Les meilleures idées", "Les meilleures idées"), { file: source } as never);
		await dialogs.capture().submit();
		await dialogs.choose("create");
		expect(app.vault.getFileByPath("Idées/Les meilleures idées 2.md")).not.toBeNull();
		expect(await app.vault.read(app.vault.getFileByPath("Idées/Les meilleures idées.md")!)).toBe(idea);
	});
});

/** A French title of the kind writers type: " : ", « », quotes, an apostrophe and a link with an alias. */
const FRENCH_TITLE = `Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]] : « douter » et "oser"`;
const FRENCH_SHOWN = `Ce que m'a appris la conférence de Lyon : « douter » et "oser"`;
const NBSP = "\u00a0";

/** The dialogs the commands open, rendered where a test can type into them and read them. */
function watchDialogs() {
	const captures: CaptureIdeaModal[] = [];
	const confirms: ConfirmModal[] = [];
	const choices: ChoiceModal<string>[] = [];
	jest.spyOn(ChoiceModal.prototype, "open").mockImplementation(function (this: ChoiceModal<string>) {
		choices.push(this);
		this.onOpen();
	});
	jest.spyOn(CaptureIdeaModal.prototype, "open").mockImplementation(function (this: CaptureIdeaModal) {
		captures.push(this);
		this.onOpen();
	});
	jest.spyOn(ConfirmModal.prototype, "open").mockImplementation(function (this: ConfirmModal) {
		confirms.push(this);
		this.onOpen();
	});
	return {
		capture() {
			const modal = captures.at(-1);
			if (!modal) throw new Error("no capture dialog was opened");
			const input = modal.contentEl.querySelector<HTMLInputElement>("input.tls-capture-idea")!;
			return {
				modal,
				input,
				details: modal.contentEl.querySelector<HTMLTextAreaElement>("textarea.tls-capture-body")!,
				text: () => modal.contentEl.textContent ?? "",
				type(value: string) {
					input.value = value;
					input.dispatchEvent(new Event("input"));
				},
				async submit() {
					input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
					await flush();
				},
			};
		},
		confirms,
		/** Answers the last question with several answers by its button. */
		async choose(value: string) {
			const modal = choices.at(-1);
			if (!modal) throw new Error("no question was asked");
			modal.contentEl.querySelector<HTMLButtonElement>(`button[data-choice="${value}"]`)?.click();
			await flush();
		},
	};
}

/** The editor of an open note holding `text`, with `selected` selected. */
function editorHolding(app: ReturnType<typeof makeApp>, text: string, selected: string): Editor {
	const view = new MarkdownView(app.workspace.getLeaf(true));
	const editor = view.editor;
	editor.setValue(text);
	const start = text.indexOf(selected);
	editor.setSelection(editor.offsetToPos(start), editor.offsetToPos(start + selected.length));
	return editor;
}

/** What the notices shown from now on say (the mock Notice hands its message to `constructor__`). */
function watchNotices(): string[] {
	const shown: string[] = [];
	jest.spyOn(Notice.prototype as unknown as { constructor__(message: string | DocumentFragment): void }, "constructor__").mockImplementation((message) => {
		shown.push(typeof message === "string" ? message : (message.textContent ?? ""));
	});
	return shown;
}

afterEach(() => jest.restoreAllMocks());

describe("capturing a selection: the dialog, the note, the link left in its place", () => {
	const NOTE = `# Conférence\n\n${FRENCH_TITLE}\navec un détail : « le doute »\n\nLa suite.\n`;

	async function captureSelection(app: ReturnType<typeof makeApp>, settings: Partial<StudioSettings> = {}, text = NOTE, selected = `${FRENCH_TITLE}\navec un détail : « le doute »\n`) {
		const { command, plugin } = await loadPlugin(app);
		await (plugin as unknown as { studio: Studio }).studio.updateSettings(settings);
		const source = await openNote(app, "Notes/Autre.md");
		const editor = editorHolding(app, text, selected);
		const dialogs = watchDialogs();
		const callback = command("capture-selection").editorCheckCallback;
		expect(callback?.(true, editor, { file: source } as never)).toBe(true);
		callback?.(false, editor, { file: source } as never);
		return { editor, dialog: dialogs.capture(), source };
	}

	it("opens the capture dialog pre-filled, and creates nothing until the writer captures", async () => {
		const app = vault();
		const { dialog } = await captureSelection(app);
		expect(dialog.input.value).toBe(FRENCH_TITLE);
		expect(dialog.details.value).toBe("avec un détail : « le doute »");
		expect(dialog.text()).toContain("Source: Autre");
		expect(dialog.text()).toContain("replaced with a link");
		await flush();
		expect(files(app).filter((path) => path.startsWith("Idées/"))).toEqual(["Idées/Les meilleures idées.md"]);
	});

	it("writes the idea's exact words in its title, names the file from what they show, and says so in the Notice", async () => {
		const app = vault();
		const { dialog } = await captureSelection(app);
		const shown = watchNotices();
		await dialog.submit();
		expect(shown).toContain(`Idea captured: ${FRENCH_SHOWN}`);
		const path = "Idées/Ce que m'a appris la conférence de Lyon « douter » et oser.md";
		expect(files(app)).toContain(path);
		const text = await app.vault.read(app.vault.getFileByPath(path)!);
		const yaml = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "") as Record<string, unknown>;
		expect(yaml).toMatchObject({ type: "idea", status: "think", source: "[[Autre]]", title: FRENCH_TITLE, tags: ["idea"] });
		expect(text).toContain(`\n${FRENCH_TITLE}\n\navec un détail : « le doute »\n`);
		expect(app.metadataCache.getFileCache(app.vault.getFileByPath(path)!)?.frontmatter?.title).toBe(FRENCH_TITLE);
	});

	it("replaces the selection with a link to the new idea, through the editor, so that one undo brings the text back", async () => {
		const app = vault();
		const { dialog, editor } = await captureSelection(app);
		await dialog.submit();
		expect(editor.getValue()).toBe(`# Conférence\n\n[[Ce que m'a appris la conférence de Lyon « douter » et oser|${FRENCH_SHOWN}]]\n\nLa suite.\n`);
		// The note itself is written by the editor, as the writer's own typing is: the plugin did not write it.
		expect(await app.vault.read(app.vault.getFileByPath("Notes/Autre.md")!)).toBe("# Rien\n");
		editor.undo();
		expect(editor.getValue()).toBe(NOTE);
	});

	it("takes what the writer typed in the dialog, and leaves the selection alone when the setting is off", async () => {
		const app = vault();
		const { dialog, editor } = await captureSelection(app, { linkCapturedSelection: false });
		expect(dialog.text()).not.toContain("replaced with a link");
		dialog.type("Douter : « oui », mais d'abord");
		await dialog.submit();
		expect(files(app)).toContain("Idées/Douter « oui », mais d'abord.md");
		expect(editor.getValue()).toBe(NOTE);
	});

	it("keeps the whole of a long selection as the idea's title, and cuts only its file name, at a word", async () => {
		const app = vault();
		const long = "Simplifier sans mentir : la règle des trois exemples, que l'on retrouve chez tous les bons vulgarisateurs, des conférences aux livres";
		const { dialog } = await captureSelection(app, {}, `${long}\n`, long);
		await dialog.submit();
		const created = files(app).filter((path) => path.startsWith("Idées/") && path !== "Idées/Les meilleures idées.md");
		expect(created).toEqual(["Idées/Simplifier sans mentir la règle des trois exemples, que l'on retrouve chez tous les bons….md"]);
		const text = await app.vault.read(app.vault.getFileByPath(created[0]!)!);
		expect(parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "")).toMatchObject({ title: long });
	});

	it("keeps a list item's bullet before the link, and offers the item's words without it", async () => {
		const app = vault();
		const text = "## Idées\n- [ ] Le piège : « savoir » tue l'envie\n- Autre\n";
		const { dialog, editor } = await captureSelection(app, {}, text, "- [ ] Le piège : « savoir » tue l'envie");
		expect(dialog.input.value).toBe("Le piège : « savoir » tue l'envie");
		await dialog.submit();
		expect(editor.getValue()).toBe("## Idées\n- [ ] [[Le piège « savoir » tue l'envie|Le piège : « savoir » tue l'envie]]\n- Autre\n");
	});

	it("leaves the text without a link, and says so, when it changed while the dialog was open", async () => {
		const app = vault();
		const { dialog, editor } = await captureSelection(app);
		editor.setValue(NOTE.replace("Conférence Lyon", "Conf Lyon"));
		const shown = watchNotices();
		await dialog.submit();
		expect(shown).toContain("The text changed while the dialog was open: it was left as it is, without a link.");
		expect(editor.getValue()).toBe(NOTE.replace("Conférence Lyon", "Conf Lyon"));
		expect(files(app)).toContain("Idées/Ce que m'a appris la conférence de Lyon « douter » et oser.md");
	});
});

describe("the idea's words and French on the board's messages", () => {
	it("shows a French capture's exact words in the Notice, with French typography in the message only", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const studio = (plugin as unknown as { studio: Studio }).studio;
		const actions = new BoardActions(app, new IdeaPipeline(app, studio), translator("fr"));
		const shown = watchNotices();
		await actions.capture(FRENCH_TITLE, "", null);
		expect(shown).toContain(`Idée capturée${NBSP}: ${FRENCH_SHOWN}`);
	});

	it("tags a new idea with the idea tag of the settings, idée for a writer in French", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const studio = (plugin as unknown as { studio: Studio }).studio;
		await studio.updateSettings({ ideaTag: "#Idée" });
		const file = await new IdeaPipeline(app, studio).capture("Écrire : d'abord pour soi", "", null);
		const text = await app.vault.read(file);
		expect(text).toContain("\ntags:\n  - idée\n");
	});

	it("translates an error from the core, and never shows an English message from elsewhere", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const studio = (plugin as unknown as { studio: Studio }).studio;
		const actions = new BoardActions(app, new IdeaPipeline(app, studio), translator("fr"));
		expect(actions.describeError(new StudioError("error.badDateFormat", { format: "le dd/MM" }))).toBe(`le format de date «${NBSP}le dd/MM${NBSP}» n'est pas valide${NBSP}; changez-le dans les réglages`);
		jest.spyOn(console, "error").mockImplementation(() => undefined);
		expect(actions.describeError(new Error("File already exists."))).toBe("une erreur inattendue s'est produite (détails dans la console de développement)");
	});
});

describe("promoting the ideas of a note that is not watched", () => {
	const UNWATCHED = "---\ntype: draft\n---\n## Idées\n- Le piège de l'expertise : « savoir » tue l'envie\n- [[Conférence Lyon 2025|Lyon]] : ce qu'on retient\n";

	it("shows the items first, says why the Inbox does not list them, and promotes only once the writer agrees", async () => {
		const app = makeApp({ "Brouillons/Non suivie.md": UNWATCHED });
		const { command } = await loadPlugin(app);
		await openNote(app, "Brouillons/Non suivie.md");
		const dialogs = watchDialogs();
		expect(run(command("promote-idea-items"))).toBe(true);
		await flush();
		const modal = dialogs.confirms.at(-1);
		expect(modal).toBeDefined();
		const text = modal?.contentEl.textContent ?? "";
		expect(text).toContain(`"Non suivie" has none of the watched tags (#journal, #réflexions), so the Inbox does not list its items.`);
		expect([...(modal?.contentEl.querySelectorAll("li") ?? [])].map((li) => li.textContent)).toEqual(["Le piège de l'expertise : « savoir » tue l'envie", "Lyon : ce qu'on retient"]);
		expect(files(app)).toEqual(["Brouillons/Non suivie.md"]);

		// The writer confirms.
		(modal as unknown as { options: { onConfirm(): void } }).options.onConfirm();
		await flush();
		expect(files(app)).toEqual(["Brouillons/Non suivie.md", "Idées/Le piège de l'expertise « savoir » tue l'envie.md", "Idées/Lyon ce qu'on retient.md"]);
		const created = await app.vault.read(app.vault.getFileByPath("Idées/Lyon ce qu'on retient.md")!);
		expect(created).toContain('\ntitle: "[[Conférence Lyon 2025|Lyon]] : ce qu\'on retient"\n');
		expect(await app.vault.read(app.vault.getFileByPath("Brouillons/Non suivie.md")!)).toBe(UNWATCHED);
	});

	it("creates nothing when the writer cancels", async () => {
		const app = makeApp({ "Brouillons/Non suivie.md": UNWATCHED });
		const { command } = await loadPlugin(app);
		await openNote(app, "Brouillons/Non suivie.md");
		const dialogs = watchDialogs();
		run(command("promote-idea-items"));
		await flush();
		dialogs.confirms.at(-1)?.close();
		await flush();
		expect(files(app)).toEqual(["Brouillons/Non suivie.md"]);
	});

	it("asks nothing for a watched note, whose items the Inbox lists", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, "Journal/2024-02-22.md");
		const dialogs = watchDialogs();
		run(command("promote-idea-items"));
		await flush();
		expect(dialogs.confirms).toHaveLength(0);
		expect(files(app)).toContain("Idées/Lire des livres sur le sujet.md");
	});
});

describe("moves that cannot be made", () => {
	it("refuses to move a note deleted while it was dragged, and writes nothing", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const pipeline = new IdeaPipeline(app, (plugin as unknown as { studio: Studio }).studio);
		const file = app.vault.getFileByPath("Idées/Les meilleures idées.md");
		if (!file) throw new Error("fixture");
		await app.vault.delete(file);
		await expect(pipeline.move("Idées/Les meilleures idées.md", "think")).rejects.toBeInstanceOf(NoteGoneError);
		expect(app.vault.getFileByPath("Idées/Les meilleures idées.md")).toBeNull();
	});

	it("leaves a note whose properties cannot be edited safely as it is", async () => {
		const broken = "---\ntype: idea\nstatus: [spark\n---\nTexte\n";
		const app = makeApp({ "Idées/Cassée.md": broken });
		const { plugin } = await loadPlugin(app);
		const studio = (plugin as unknown as { studio: Studio }).studio;
		const writer = new IdeaPipeline(app, studio).writer;
		await expect(writer.setProperty("Idées/Cassée.md", "status", "think")).rejects.toBeInstanceOf(FrontmatterEditError);
		expect(await app.vault.read(app.vault.getFileByPath("Idées/Cassée.md")!)).toBe(broken);
	});
});

describe("capturing words an idea note already has", () => {
	it("asks first: open that note, the dialog closing with nothing made, or create a second one anyway", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, "Notes/Autre.md");
		const dialogs = watchDialogs();
		const close = jest.spyOn(CaptureIdeaModal.prototype, "close");
		run(command("capture-idea"));
		const dialog = dialogs.capture();
		dialog.type("les MEILLEURES  idées");
		await dialog.submit();
		await dialogs.choose("open");
		expect(files(app)).toEqual(["Idées/Les meilleures idées.md", "Journal/2024-02-22.md", "Notes/Autre.md"]);
		expect(app.workspace.getActiveFile()?.path).toBe("Idées/Les meilleures idées.md");
		expect(close).toHaveBeenCalled();

		run(command("capture-idea"));
		const again = dialogs.capture();
		again.type("les MEILLEURES  idées");
		await again.submit();
		await dialogs.choose("create");
		expect(files(app)).toEqual(["Idées/Les meilleures idées.md", "Idées/les MEILLEURES idées 2.md", "Journal/2024-02-22.md", "Notes/Autre.md"]);
	});
});

describe("the same create twice at once", () => {
	it("captures an idea once when the dialog is submitted twice before the note is written", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, "Notes/Autre.md");
		const dialogs = watchDialogs();
		run(command("capture-idea"));
		const dialog = dialogs.capture();
		dialog.type("Douter : « oui », mais d'abord");
		const shown = watchNotices();
		dialog.input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		dialog.input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await flush();
		expect(files(app).filter((path) => path.startsWith("Idées/Douter"))).toEqual(["Idées/Douter « oui », mais d'abord.md"]);
		expect(shown).toContain(`Could not create the idea note: this is already under way for "Douter : « oui », mais d'abord": it was not started a second time`);
	});

	it("promotes the idea items of a note once when the command runs twice at once", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, "Journal/2024-02-22.md");
		const shown = watchNotices();
		run(command("promote-idea-items"));
		run(command("promote-idea-items"));
		await flush();
		expect(files(app)).toEqual(["Idées/Les meilleures idées.md", "Idées/Lire des livres sur le sujet.md", "Idées/Think, Spark, Invest, Re-Invest.md", "Journal/2024-02-22.md", "Notes/Autre.md"]);
		expect(shown).toContain(`Could not create the idea note: this is already under way for "2024-02-22": it was not started a second time`);
	});
});

describe("a promotion that fails half way", () => {
	it("says which ideas were created before the one that could not be", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, "Journal/2024-02-22.md");
		const create = app.vault.create.bind(app.vault);
		jest.spyOn(console, "error").mockImplementation(() => undefined);
		jest.spyOn(app.vault, "create").mockImplementation(async (path, text) => {
			if (path.includes("Think")) throw new Error("EACCES: permission denied");
			return create(path, text);
		});
		const shown = watchNotices();
		run(command("promote-idea-items"));
		await flush();
		expect(files(app)).toContain("Idées/Lire des livres sur le sujet.md");
		expect(shown).toEqual([`1 idea promoted from "2024-02-22", then the next one could not be created: something went wrong (details in the developer console)`]);
	});
});

describe("an idea whose properties cannot be read", () => {
	it("is still offered the move and draft commands, which say why they cannot run", async () => {
		const broken = "---\ntype: idea\nstatus: spark\nstatus: think\n---\nDouter : « avancer ».\n";
		const app = makeApp({ "Idées/Douter.md": broken });
		const { command } = await loadPlugin(app);
		await openNote(app, "Idées/Douter.md");
		const shown = watchNotices();
		expect(run(command("move-idea-next"))).toBe(true);
		expect(run(command("move-idea-previous"))).toBe(true);
		await flush();
		expect(shown).toEqual([
			`The properties of "Douter" cannot be read (the property is written twice, line 4): fix them, then run "Move this idea to the next stage" again.`,
			`The properties of "Douter" cannot be read (the property is written twice, line 4): fix them, then run "Move this idea to the previous stage" again.`,
		]);
		expect(await app.vault.read(app.vault.getFileByPath("Idées/Douter.md")!)).toBe(broken);
	});
});

