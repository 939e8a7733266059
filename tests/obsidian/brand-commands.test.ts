/**
 * @jest-environment jsdom
 */
import { Notice } from "obsidian";
import { parse } from "yaml";
import { flush, makeApp } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import * as language from "../../src/obsidian/shared/obsidian-language";
import { BrandIdeaModal } from "../../src/obsidian/brand/brand-idea-modal";
import { FRAMEWORK_VIEW_TYPE, FrameworkView } from "../../src/obsidian/brand/framework-view";
import { BrandIdeas } from "../../src/obsidian/brand/brand-ideas";
import { TemplateLibrary } from "../../src/obsidian/templates/template-library";
import { NoteWriter } from "../../src/obsidian/shared/note-writer";
import type { Studio } from "../../src/obsidian/shared/studio";
import { App, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";

const JOURNAL = "---\ntags: [journal]\n---\nRelu [[Expert Secrets]] et [[Le piège de l'expertise|le piège]] : « penser une fois ».\n";

function properties(text: string): Record<string, unknown> {
	return parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "") as Record<string, unknown>;
}

function watchDialogs(): BrandIdeaModal[] {
	const opened: BrandIdeaModal[] = [];
	jest.spyOn(BrandIdeaModal.prototype, "open").mockImplementation(function (this: BrandIdeaModal) {
		opened.push(this);
		this.onOpen();
	});
	return opened;
}

function watchNotices(): string[] {
	const shown: string[] = [];
	jest.spyOn(Notice.prototype as unknown as { constructor__(message: string | DocumentFragment): void }, "constructor__").mockImplementation((message) => {
		shown.push(typeof message === "string" ? message : (message.textContent ?? ""));
	});
	return shown;
}

async function name(dialog: BrandIdeaModal, title: string): Promise<void> {
	const input = dialog.contentEl.querySelector<HTMLInputElement>("input.tls-brand-name")!;
	input.value = title;
	input.dispatchEvent(new Event("input"));
	input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
	await flush();
}

async function read(app: ReturnType<typeof makeApp>, path: string): Promise<string> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`${path} missing`);
	return app.vault.read(file);
}

/** The state of the framework board the plugin opened (the in-memory workspace keeps states, not views). */
function openedBoard(app: ReturnType<typeof makeApp>): unknown {
	const leaves = app.workspace.getLeavesOfType(FRAMEWORK_VIEW_TYPE);
	expect(leaves).toHaveLength(1);
	return leaves[0]?.getViewState().state;
}

beforeEach(() => jest.spyOn(language, "obsidianLanguage").mockReturnValue("fr"));
afterEach(() => jest.restoreAllMocks());

describe("brand-idea commands over the in-memory vault, in French", () => {
	it("registers each command with a stable id and no default hotkey", async () => {
		const { command } = await loadPlugin(makeApp({}));
		for (const id of ["new-brand-idea", "turn-into-brand-idea", "build-framework-board", "open-framework-board", "undo-brand-edit"]) expect(command(id).hotkeys).toBeUndefined();
	});

	it("builds a brand idea from a note whose only links are unresolved, linking them and the note, and opens its board", async () => {
		const app = makeApp({ "Journal/2024-02-22.md": JOURNAL });
		const { command } = await loadPlugin(app);
		await openNote(app, "Journal/2024-02-22.md");
		const dialogs = watchDialogs();
		expect(run(command("build-framework-board"))).toBe(true);
		const dialog = dialogs[0]!;
		const rows = [...dialog.contentEl.querySelectorAll(".tls-brand-choice")].map((row) => [row.getAttribute("aria-selected") === "true" && row.querySelector("input")?.checked, row.textContent]);
		expect(rows).toEqual([
			[true, "Expert SecretsPas encore écrite"],
			[true, "le piègePas encore écrite"],
		]);
		await name(dialog, "Penser une fois : « répliquer partout »");
		const path = "Idées de marque/Penser une fois « répliquer partout ».md";
		const text = await read(app, path);
		expect(properties(text)).toMatchObject({ type: "brand-idea", title: "Penser une fois : « répliquer partout »", source: "[[2024-02-22]]", sources: ["[[Expert Secrets]]", "[[Le piège de l'expertise]]"] });
		expect(text).toContain("## Croyance centrale");
		expect(await read(app, "Journal/2024-02-22.md")).toBe(JOURNAL);
		expect(openedBoard(app)).toEqual({ path });
	});

	it("exports the talk format's template and the talk product's apart, and a talk product note starts from the product's skeleton", async () => {
		const BRAND = "Idées de marque/Penser une fois.md";
		const app = makeApp({ [BRAND]: "---\ntype: brand-idea\ntitle: \"Penser une fois : « répliquer partout »\"\n---\n## Croyance centrale\nL'expertise se partage.\n" });
		const { command, plugin } = await loadPlugin(app);
		expect(run(command("export-templates"))).toBe(true);
		await flush();
		const folder = "Modèles/Thought Leadership";
		const talkFormat = await read(app, `${folder}/Conférence.md`);
		const talkProduct = await read(app, `${folder}/Conférence (produit).md`);
		expect(talkFormat).not.toBe(talkProduct);
		expect(talkProduct).toContain("## Histoire d'ouverture");

		const studio = (plugin as unknown as { studio: Studio }).studio;
		const writer = new NoteWriter(app);
		const brands = new BrandIdeas(app, studio, writer, new TemplateLibrary(app, writer, () => studio.settings.templatesFolder, "fr"), () => undefined);
		const product = await brands.createProductNote(BRAND, "talk", null);
		const text = await read(app, product.path);
		expect(text).toContain("# Penser une fois : « répliquer partout » — Conférence\n\n## Accroche");
		expect(text).not.toContain("{{");
	});

	it("offers 10,000 links in a list that draws only the rows in view, filtered, by keyboard, each link keeping its check", async () => {
		const links = Array.from({ length: 10_000 }, (_, i) => `- [[Livre ${i + 1} : « à lire »]]`).join("\n");
		const app = makeApp({ "Journal/2024-02-22.md": `---\ntags: [journal]\n---\n${links}\n` });
		const { command, plugin } = await loadPlugin(app);
		// The command waits for the first reading of the notes, which 10,000 links make longer.
		await (plugin as unknown as { studio: Studio }).studio.ready;
		await openNote(app, "Journal/2024-02-22.md");
		const dialogs = watchDialogs();
		run(command("build-framework-board"));
		const dialog = dialogs[0]!;
		const list = dialog.contentEl.querySelector<HTMLElement>("[role='listbox']")!;
		const count = (): string | null | undefined => dialog.contentEl.querySelector(".tls-brand-choices-count")?.textContent;
		const n = (value: number): string => value.toLocaleString("fr");
		expect(dialog.contentEl.querySelectorAll("*").length).toBeLessThan(200);
		expect(count()).toBe(`${n(10_000)} sur ${n(10_000)} cochées`);
		const active = (): Element | null => list.querySelector(`[id="${list.getAttribute("aria-activedescendant")}"]`);
		expect(active()?.getAttribute("aria-posinset")).toBe("1");
		expect(active()?.getAttribute("aria-setsize")).toBe("10000");
		list.dispatchEvent(new KeyboardEvent("keydown", { key: "End" }));
		expect(active()?.textContent).toBe("Livre 10000 : « à lire »Pas encore écrite");
		list.dispatchEvent(new KeyboardEvent("keydown", { key: " " }));
		expect(active()?.getAttribute("aria-selected")).toBe("false");
		expect(count()).toBe(`${n(9_999)} sur ${n(10_000)} cochées`);
		const search = dialog.contentEl.querySelector<HTMLInputElement>("input.tls-brand-search")!;
		search.value = "livre 42 : « a lire";
		search.dispatchEvent(new Event("input"));
		const rows = dialog.contentEl.querySelectorAll<HTMLElement>(".tls-brand-choice");
		expect([...rows].map((row) => row.getAttribute("data-target"))).toEqual(["Livre 42 : « à lire »"]);
		rows[0]!.click();
		expect(count()).toBe(`${n(9_998)} sur ${n(10_000)} cochées`);
		await name(dialog, "Tout lire : « une fois »");
		const sources = properties(await read(app, "Idées de marque/Tout lire « une fois ».md"))["sources"] as string[];
		expect(sources).toHaveLength(9_998);
		expect(sources).not.toContain("[[Livre 42 : « à lire »]]");
		expect(sources).not.toContain("[[Livre 10000 : « à lire »]]");
		expect(sources.at(-1)).toBe("[[Livre 9999 : « à lire »]]");
	}, 30_000); // 10,000 links through the in-memory vault: slow on a busy machine, measured by the bench, not here.

	it("writes nothing when the dialog is closed without a name", async () => {
		const app = makeApp({ "Journal/2024-02-22.md": JOURNAL });
		const { command } = await loadPlugin(app);
		await openNote(app, "Journal/2024-02-22.md");
		const dialogs = watchDialogs();
		run(command("build-framework-board"));
		await name(dialogs[0]!, "  ");
		dialogs[0]!.close();
		expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["Journal/2024-02-22.md"]);
	});

	it("turns a note into a brand idea with minimal edits: the type and the missing headings, once", async () => {
		const note = "---\r\ntags: [réflexions]\r\n---\r\n## Croyance centrale\r\nL'expertise se partage.\r\n";
		const app = makeApp({ "Réflexions/Partager.md": note });
		const { command } = await loadPlugin(app);
		await openNote(app, "Réflexions/Partager.md");
		const notices = watchNotices();
		run(command("turn-into-brand-idea"));
		await flush();
		const after = await read(app, "Réflexions/Partager.md");
		expect(after.startsWith("---\r\ntags: [réflexions]\r\ntype: brand-idea\r\n---\r\n## Croyance centrale\r\nL'expertise se partage.\r\n")).toBe(true);
		expect(after).toContain("\r\n## Étapes du framework\r\n");
		expect(after.match(/^## Croyance centrale/gm)).toHaveLength(1);
		run(command("turn-into-brand-idea"));
		await flush();
		expect(await read(app, "Réflexions/Partager.md")).toBe(after);
		expect(notices.at(-1)).toBe("Partager est déjà une idée de marque avec tous ses titres\u00a0: rien n'a été changé.");
	});

	it("leaves a note of another type as it is", async () => {
		const idea = "---\ntype: idea\nstatus: spark\n---\nUne idée\n";
		const app = makeApp({ "Idées/Une idée.md": idea });
		const { command } = await loadPlugin(app);
		await openNote(app, "Idées/Une idée.md");
		const notices = watchNotices();
		run(command("turn-into-brand-idea"));
		await flush();
		expect(await read(app, "Idées/Une idée.md")).toBe(idea);
		expect(notices).toEqual(["Le type de cette note est «\u00a0idea\u00a0»\u00a0: elle a été laissée telle quelle."]);
	});

	it("creates a new brand idea from the writer's own template in the templates folder", async () => {
		const app = makeApp({ "Modèles/Thought Leadership/Idée de marque.md": "## Croyance centrale\nÀ écrire pour {{title}}\n" });
		const { command } = await loadPlugin(app);
		const dialogs = watchDialogs();
		run(command("new-brand-idea"));
		await name(dialogs[0]!, "L'idée d'abord");
		expect(await read(app, "Idées de marque/L'idée d'abord.md")).toMatch(/^---\ntype: brand-idea\ntitle: L'idée d'abord\ncreated: .+\n---\n## Croyance centrale\nÀ écrire pour L'idée d'abord\n$/);
	});
});

describe("the framework board over the in-memory vault", () => {
	const BRAND = "Idées de marque/Penser une fois.md";
	const NOTE = "---\ntype: brand-idea\nsources:\n  - \"[[Expert Secrets]]\"\n---\n## Croyance centrale\n<!-- une phrase -->\nL'expertise se partage.\n\n## Étapes du framework\n1. Lire\n2. Écrire\n";

	async function board(files: Record<string, string> = { [BRAND]: NOTE }) {
		const app = makeApp({ "Journal/2024-02-22.md": JOURNAL, ...files });
		const { command, plugin } = await loadPlugin(app);
		// From here the board's grouped renders (30 ms) run on a fake clock that the tests move on.
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		await openNote(app, BRAND);
		run(command("open-framework-board"));
		await settle();
		expect(openedBoard(app)).toEqual({ path: BRAND });
		const studio = (plugin as unknown as { studio: Studio }).studio;
		const writer = new NoteWriter(app);
		const brands = new BrandIdeas(app, studio, writer, new TemplateLibrary(app, writer, () => studio.settings.templatesFolder, "fr"), () => undefined);
		const bookFlow: string[] = [];
		const view = new FrameworkView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), studio, brands, (target) => bookFlow.push(target));
		document.body.empty();
		document.body.appendChild(view.containerEl);
		await view.onOpen();
		await view.setState({ path: BRAND }, { history: false });
		await settle();
		const undo = async (): Promise<void> => {
			view.contentEl.querySelector<HTMLButtonElement>(".tls-framework-undo")!.click();
			await settle();
		};
		return { app, view, undo, bookFlow };
	}

	afterEach(() => jest.useRealTimers());

	/** Lets the vault's work and the board's grouped renders (30 ms) run, on the fake clock. */
	async function settle(): Promise<void> {
		await jest.advanceTimersByTimeAsync(100);
	}

	it("opens on the active brand idea, its core belief and steps in fields, its missing book offered", async () => {
		const { view } = await board();
		expect(view.contentEl.querySelector<HTMLTextAreaElement>("textarea.tls-framework-belief-text")?.value).toBe("L'expertise se partage.");
		expect([...view.contentEl.querySelectorAll<HTMLTextAreaElement>("textarea.tls-framework-step")].map((i) => i.value)).toEqual(["Lire", "Écrire"]);
		expect(view.contentEl.querySelector(".tls-framework-source[data-target='Expert Secrets'] .tls-framework-create-book")).not.toBeNull();
		expect(view.contentEl.querySelector(".tls-framework-coverage-text")?.textContent).toBe("0 sur 8 produits");
		expect(view.contentEl.querySelectorAll(".tls-framework-product.is-empty")).toHaveLength(8);
	});

	it("writes an edit of a step in place, and undoes it byte for byte; an undo after another edit is refused", async () => {
		const { app, view, undo } = await board();
		const step = view.contentEl.querySelectorAll<HTMLTextAreaElement>("textarea.tls-framework-step")[1]!;
		step.value = "Écrire : « une fois »";
		step.dispatchEvent(new Event("change"));
		await settle();
		expect(await read(app, BRAND)).toBe(NOTE.replace("2. Écrire", "2. Écrire : « une fois »"));
		await undo();
		expect(await read(app, BRAND)).toBe(NOTE);

		const belief = view.contentEl.querySelector<HTMLTextAreaElement>("textarea.tls-framework-belief-text")!;
		belief.value = "Penser une fois.";
		belief.dispatchEvent(new Event("change"));
		await settle();
		const edited = (await read(app, BRAND)).replace("Penser une fois.", "Penser une fois, deux fois.");
		await app.vault.modify(app.vault.getFileByPath(BRAND)!, edited);
		const notices = watchNotices();
		await undo();
		expect(await read(app, BRAND)).toBe(edited);
		expect(notices[0]).toBe("Impossible d'annuler la modification de Penser une fois\u00a0: la note a été modifiée depuis, elle a donc été laissée telle quelle");
	});

	it("writes a step pasted over several lines as one list item, and ends the edit on Enter without a line break", async () => {
		const { app, view } = await board();
		const step = view.contentEl.querySelectorAll<HTMLTextAreaElement>("textarea.tls-framework-step")[0]!;
		step.value = "Lire :\n« lentement »\r\n  puis relire";
		const enter = new KeyboardEvent("keydown", { key: "Enter", cancelable: true });
		step.dispatchEvent(enter);
		expect(enter.defaultPrevented).toBe(true);
		step.dispatchEvent(new Event("change"));
		await settle();
		expect(await read(app, BRAND)).toBe(NOTE.replace("1. Lire", "1. Lire : « lentement » puis relire"));
	});

	it("keeps the field the writer is in, its text and its focus, through a save of another field and the renders it sets off", async () => {
		const { app, view } = await board();
		const belief = view.contentEl.querySelector<HTMLTextAreaElement>("textarea.tls-framework-belief-text")!;
		belief.focus();
		belief.value = "Penser une fois : « répliquer partout ».";
		belief.dispatchEvent(new Event("change"));
		// Tab: the writer is in step 1 before the belief's write lands, and types while the board renders.
		const step = view.contentEl.querySelectorAll<HTMLTextAreaElement>("textarea.tls-framework-step")[0]!;
		step.focus();
		step.value = "Lire l'idée";
		await settle();
		await app.vault.create("Journal/2024-02-23.md", "---\ntags: [journal]\n---\nRelu [[Penser une fois]].\n");
		step.value = "Lire l'idée d'un autre";
		await settle();
		expect(step.isConnected).toBe(true);
		expect(document.activeElement).toBe(step);
		expect(step.value).toBe("Lire l'idée d'un autre");
		step.dispatchEvent(new Event("change"));
		step.blur();
		await settle();
		expect(await read(app, BRAND)).toBe(NOTE.replace("L'expertise se partage.", "Penser une fois : « répliquer partout ».").replace("1. Lire", "1. Lire l'idée d'un autre"));
	});

	it("offers both texts when the part changed in the note while the writer was in its field, and writes mine only when asked", async () => {
		const { app, view } = await board();
		const belief = view.contentEl.querySelector<HTMLTextAreaElement>("textarea.tls-framework-belief-text")!;
		belief.focus();
		belief.value = "L'expertise se partage : « une fois ».";
		const theirs = NOTE.replace("L'expertise se partage.", "L'expertise se transmet.").replace("2. Écrire", "2. Écrire chaque jour");
		await app.vault.modify(app.vault.getFileByPath(BRAND)!, theirs);
		await settle();
		belief.dispatchEvent(new Event("change"));
		belief.blur();
		await settle();
		expect(await read(app, BRAND)).toBe(theirs);
		const choice = view.contentEl.querySelector(".tls-framework-belief .tls-framework-conflict")!;
		expect(choice.querySelector(".tls-framework-conflict-text")?.textContent).toBe("La croyance centrale a changé dans la note pendant que vous écriviez. Dans la note maintenant\u00a0:");
		expect(choice.querySelector(".tls-framework-conflict-theirs")?.textContent).toBe("L'expertise se transmet.");
		expect(belief.value).toBe("L'expertise se partage : « une fois ».");
		choice.querySelector<HTMLButtonElement>("button.tls-framework-keep-mine")!.click();
		await settle();
		expect(await read(app, BRAND)).toBe(theirs.replace("L'expertise se transmet.", "L'expertise se partage : « une fois »."));
		expect(view.contentEl.querySelector(".tls-framework-conflict")).toBeNull();
		expect(document.activeElement).toBe(belief);
	});

	it("takes the note's text for a step when asked, writing nothing", async () => {
		const { app, view } = await board();
		const step = view.contentEl.querySelectorAll<HTMLTextAreaElement>("textarea.tls-framework-step")[1]!;
		step.focus();
		step.value = "Écrire : « pour un seul lecteur »";
		const theirs = NOTE.replace("2. Écrire", "2. Écrire chaque matin");
		await app.vault.modify(app.vault.getFileByPath(BRAND)!, theirs);
		await settle();
		step.dispatchEvent(new Event("change"));
		step.blur();
		await settle();
		const choice = view.contentEl.querySelector(".tls-framework-step-list .tls-framework-conflict")!;
		expect(choice.querySelector(".tls-framework-conflict-theirs")?.textContent).toBe("Écrire chaque matin");
		choice.querySelector<HTMLButtonElement>("button.tls-framework-take-theirs")!.click();
		await settle();
		expect(step.value).toBe("Écrire chaque matin");
		expect(await read(app, BRAND)).toBe(theirs);
		expect(view.contentEl.querySelector(".tls-framework-conflict")).toBeNull();
	});

	it("still writes what the writer typed in a field when the board is closed before the field was left", async () => {
		const { app, view } = await board();
		const step = view.contentEl.querySelectorAll<HTMLTextAreaElement>("textarea.tls-framework-step")[1]!;
		step.focus();
		step.value = "Écrire : « une seule fois »";
		await view.onClose();
		await settle();
		expect(await read(app, BRAND)).toBe(NOTE.replace("2. Écrire", "2. Écrire : « une seule fois »"));
	});

	it("draws thousands of sources a page at a time, every one reachable, and keeps what was unrolled through a redraw", async () => {
		const sources = Array.from({ length: 120 }, (_, i) => `  - "[[Lecture à faire ${i + 1} : « relire »]]"`).join("\n");
		const { app, view } = await board({ [BRAND]: NOTE.replace('sources:\n  - "[[Expert Secrets]]"', `sources:\n${sources}`) });
		const shown = (): number => view.contentEl.querySelectorAll(".tls-framework-source").length;
		const more = (): HTMLButtonElement | null => view.contentEl.querySelector(".is-sources .tls-long-list-more");
		expect(shown()).toBe(50);
		expect(more()?.textContent).toBe("Afficher 50 de plus (70 non affichées)");
		more()!.click();
		expect(shown()).toBe(100);
		expect(view.contentEl.querySelectorAll(".tls-framework-source")[99]?.getAttribute("data-target")).toBe("Lecture à faire 100 : « relire »");
		await app.vault.create("Journal/2024-02-23.md", "---\ntags: [journal]\n---\nRelu [[Penser une fois]].\n");
		await settle();
		// Redrawn with the new source at the end, still unrolled to 100.
		expect(shown()).toBe(100);
		expect(more()?.textContent).toBe("Afficher 21 de plus (21 non affichées)");
		more()!.click();
		expect(shown()).toBe(121);
		expect(more()).toBeNull();
	});

	it("draws a stage of 150 ideas carrying the brand idea a page at a time", async () => {
		const ideas = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`Idées/Idée ${i + 1}.md`, `---\ntype: idea\nstatus: spark\nbrand-idea: "[[Penser une fois]]"\n---\nPenser une fois : « idée ${i + 1} ».\n`]));
		const { view } = await board({ [BRAND]: NOTE, ...ideas });
		// The index reads the 150 notes between yields: the board shows them once it has them all.
		const title = (): string | null | undefined => view.contentEl.querySelector(".tls-framework-stage[data-stage='spark'] .tls-framework-stage-title")?.textContent;
		for (let tries = 0; tries < 50 && !title()?.endsWith("· 150"); tries++) await settle();
		const stage = view.contentEl.querySelector(".tls-framework-stage[data-stage='spark']")!;
		expect(stage.querySelectorAll(".tls-framework-idea")).toHaveLength(50);
		const more = stage.querySelector<HTMLButtonElement>(".tls-long-list-more")!;
		expect(more.textContent).toBe("Afficher 50 de plus (100 non affichées)");
		more.click();
		more.click();
		expect(stage.querySelectorAll(".tls-framework-idea")).toHaveLength(150);
		expect(stage.querySelector(".tls-long-list-more")).toBeNull();
	});

	it("says a core belief of pages is edited in the note, instead of holding it in a field", async () => {
		const long = "L'expertise se partage, « une fois ». ".repeat(1000).trim();
		const { view } = await board({ [BRAND]: NOTE.replace("L'expertise se partage.", long) });
		const belief = view.contentEl.querySelector<HTMLTextAreaElement>("textarea.tls-framework-belief-text")!;
		expect(belief.value).toBe("");
		expect(belief.style.display).toBe("none");
		const note = view.contentEl.querySelector<HTMLElement>(".tls-framework-belief .tls-framework-too-long")!;
		expect(note.style.display).toBe("");
		expect(note.textContent).toBe(`Cette partie compte ${long.length.toLocaleString("fr")} caractères, trop pour la modifier ici\u00a0: modifiez-la dans la note.Ouvrir`);
		expect([...view.contentEl.querySelectorAll<HTMLTextAreaElement>("textarea.tls-framework-step")].map((i) => i.value)).toEqual(["Lire", "Écrire"]);
	});

	it("hands an unresolved source to the book-note flow, shows it as a book once its note exists, and creates a course from its column", async () => {
		const { app, view, bookFlow } = await board();
		view.contentEl.querySelector<HTMLButtonElement>(".tls-framework-create-book")!.click();
		await settle();
		expect(bookFlow).toEqual(["Expert Secrets"]);
		// What the book-note flow writes (its own glue tests cover the dialog).
		await app.vault.create("Lectures/Expert Secrets.md", "---\ntype: book\nhorizon: contemporary\nstatus: reading\n---\n");
		view.contentEl.querySelector<HTMLButtonElement>(".tls-framework-product[data-product='course'] .tls-framework-add")!.click();
		await settle();
		const course = await read(app, "Produits/Penser une fois — Formation.md");
		expect(properties(course)).toMatchObject({ type: "product", product: "course", "brand-idea": ["[[Penser une fois]]"] });
		// The course is made of the brand idea: its belief, and one module per step, named after it.
		expect(course.match(/^## Module .*$/gm)).toEqual(["## Module 1 — Lire", "## Module 2 — Écrire"]);
		expect(course).toContain("\nL'expertise se partage.\n");
		await settle();
		expect(view.contentEl.querySelector(".tls-framework-coverage-text")?.textContent).toBe("1 sur 8 produits");
		expect(view.contentEl.querySelector(".tls-framework-source[data-target='Expert Secrets'] .tls-brand-kind")?.textContent).toBe("Livre");
		expect(view.contentEl.querySelector(".tls-framework-source[data-target='Expert Secrets'] .tls-framework-meta")?.textContent).toBe("horizon\u00a0: Contemporain");
	});

	it("follows its brand idea when it is renamed, and says so when it is deleted", async () => {
		const { app, view } = await board();
		await app.fileManager.renameFile(app.vault.getFileByPath(BRAND)!, "Idées de marque/Répliquer partout.md");
		await settle();
		expect(view.brandPath).toBe("Idées de marque/Répliquer partout.md");
		expect(view.contentEl.querySelector(".tls-framework-title")?.textContent).toBe("Répliquer partout");
		await app.vault.delete(app.vault.getFileByPath("Idées de marque/Répliquer partout.md")!);
		await settle();
		expect(view.contentEl.querySelector(".tls-framework-body")?.textContent).toContain("n'est plus dans le coffre");
	});
});

describe("brand ideas and product notes created twice at once", () => {
	it("creates one brand idea when its name is submitted twice before the note is written", async () => {
		const app = makeApp({});
		const { command } = await loadPlugin(app);
		const dialogs = watchDialogs();
		const notices = watchNotices();
		run(command("new-brand-idea"));
		const input = dialogs[0]!.contentEl.querySelector<HTMLInputElement>("input.tls-brand-name")!;
		input.value = "Penser une fois : « répliquer partout »";
		input.dispatchEvent(new Event("input"));
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await flush();
		expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["Idées de marque/Penser une fois « répliquer partout ».md"]);
		expect(notices).toContain("Impossible de créer l'idée de marque\u00a0: c'est déjà en cours pour «\u00a0Penser une fois : « répliquer partout »\u00a0»\u00a0: rien n'a été relancé");
	});

	it("creates one product note of a brand idea when its column's button is pressed twice at once", async () => {
		const BRAND = "Idées de marque/Penser une fois.md";
		const app = makeApp({ [BRAND]: "---\ntype: brand-idea\n---\n## Croyance centrale\nL'expertise se partage.\n" });
		const { plugin } = await loadPlugin(app);
		const studio = (plugin as unknown as { studio: Studio }).studio;
		const writer = new NoteWriter(app);
		const brands = new BrandIdeas(app, studio, writer, new TemplateLibrary(app, writer, () => studio.settings.templatesFolder, "fr"), () => undefined);
		const [first, second] = await Promise.allSettled([brands.createProductNote(BRAND, "talk", null), brands.createProductNote(BRAND, "talk", null)]);
		expect(first.status).toBe("fulfilled");
		expect(second).toMatchObject({ status: "rejected", reason: { code: "error.alreadyRunning" } });
		expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual([BRAND, "Produits/Penser une fois — Conférence.md"]);
	});
});

describe("turn-into-brand-idea refuses before it writes", () => {
	const BODY = "## Croyance centrale\nL'expertise se partage : « penser une fois ».\n";

	async function turn(note: string): Promise<{ after: string; notices: string[]; command: (id: string) => import("obsidian").Command }> {
		const app = makeApp({ "Réflexions/Partager.md": note });
		const { command } = await loadPlugin(app);
		await openNote(app, "Réflexions/Partager.md");
		const notices = watchNotices();
		expect(run(command("turn-into-brand-idea"))).toBe(true);
		await flush();
		return { after: await read(app, "Réflexions/Partager.md"), notices, command };
	}

	it.each([
		["a list", "type: [essai, note]"],
		["a number", "type: 12"],
		["true or false", "type: true"],
		["nested properties", "type:\n  genre: essai"],
		["a block list", "type:\n  - essai\n  - note"],
	])("leaves a note whose type is %s as it is, and says which line", async (_kind, typeLines) => {
		const note = `---\ntags: [réflexions]\n${typeLines}\n---\n${BODY}`;
		const { after, notices } = await turn(note);
		expect(after).toBe(note);
		expect(notices).toEqual(["Impossible de faire de Partager une idée de marque\u00a0: la propriété type, ligne 3, n'est pas un texte, et le type d'une idée de marque la remplacerait. Rien n'a été écrit."]);
	});

	it.each([
		["a flow list left open", "---\ntags: [réflexions\n---\n", "une ligne des propriétés ne peut pas être lue avec certitude, ligne 2"],
		["a key written twice", "---\ntags: [réflexions]\ntitle: Partager\ntitle: Partager : « une fois »\n---\n", "la propriété est écrite deux fois, ligne 4"],
		["a lone carriage return", "---\rtags: [réflexions]\n---\n", "une ligne se termine par un retour chariot seul (CR), que les applications lisent différemment, ligne 1"],
		["a block closed by ...", "---\ntags: [réflexions]\n...\n", "les propriétés se terminent par ... là où Obsidian attend ---, ligne 3"],
		["a block never closed", "---\ntags: [réflexions]\n", "le bloc de propriétés n'est jamais fermé par ---, ligne 1"],
	])("writes nothing, headings included, when the properties hold %s", async (_kind, properties, reason) => {
		const note = `${properties}${BODY}`;
		const { after, notices } = await turn(note);
		expect(after).toBe(note);
		expect(notices).toEqual([`Impossible de faire de Partager une idée de marque\u00a0: ${reason}. Rien n'a été écrit.`]);
	});

	it("adds the headings and the type in one edit that undo-brand-edit takes back whole, from the note only", async () => {
		const note = `---\ntags: [réflexions]\n---\n${BODY}`;
		const app = makeApp({ "Réflexions/Partager.md": note, "Idées de marque/Autre.md": "---\ntype: brand-idea\n---\n## Croyance centrale\nUne autre.\n" });
		const { command } = await loadPlugin(app);
		await openNote(app, "Réflexions/Partager.md");
		const process = jest.spyOn(app.vault, "process");
		run(command("turn-into-brand-idea"));
		await flush();
		expect(process).toHaveBeenCalledTimes(1);
		const turned = await read(app, "Réflexions/Partager.md");
		expect(turned.startsWith("---\ntags: [réflexions]\ntype: brand-idea\n---\n")).toBe(true);
		expect(turned).toContain("\n## Étapes du framework\n");
		await openNote(app, "Idées de marque/Autre.md");
		expect(run(command("undo-brand-edit"))).toBe(false);
		await openNote(app, "Réflexions/Partager.md");
		const notices = watchNotices();
		expect(run(command("undo-brand-edit"))).toBe(true);
		await flush();
		expect(await read(app, "Réflexions/Partager.md")).toBe(note);
		expect(notices).toEqual(["Modification de Partager annulée."]);
	});
});

describe("undo belongs to the brand idea it undoes", () => {
	const A = "Idées de marque/Penser une fois.md";
	const B = "Idées de marque/Répliquer partout.md";
	const NOTE_A = "---\ntype: brand-idea\n---\n## Croyance centrale\nL'expertise se partage.\n\n## Étapes du framework\n1. Lire\n2. Écrire\n";
	const NOTE_B = "---\ntype: brand-idea\n---\n## Croyance centrale\nRépliquer : « partout ».\n";

	afterEach(() => jest.useRealTimers());

	it("shows no Undo on brand idea B, nor on the list, for an edit of A, and undoes nothing of A from there", async () => {
		const app = makeApp({ [A]: NOTE_A, [B]: NOTE_B });
		const { plugin } = await loadPlugin(app);
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		const settle = () => jest.advanceTimersByTimeAsync(100);
		const studio = (plugin as unknown as { studio: Studio }).studio;
		const writer = new NoteWriter(app);
		const brands = new BrandIdeas(app, studio, writer, new TemplateLibrary(app, writer, () => studio.settings.templatesFolder, "fr"), () => undefined);
		const view = new FrameworkView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), studio, brands, () => undefined);
		document.body.empty();
		document.body.appendChild(view.containerEl);
		await view.onOpen();
		await view.setState({ path: A }, { history: false });
		await settle();
		const step = view.contentEl.querySelectorAll<HTMLTextAreaElement>("textarea.tls-framework-step")[1]!;
		step.value = "Écrire : « une fois »";
		step.dispatchEvent(new Event("change"));
		await settle();
		const edited = NOTE_A.replace("2. Écrire", "2. Écrire : « une fois »");
		expect(await read(app, A)).toBe(edited);
		expect(view.contentEl.querySelector(".tls-framework-undo")).not.toBeNull();

		await view.setState({ path: B }, { history: false });
		await settle();
		expect(view.contentEl.querySelector(".tls-framework-undo")).toBeNull();
		expect(brands.canUndo(B)).toBe(false);
		await expect(brands.undo(B)).resolves.toBeNull();
		await view.setState({ path: null }, { history: false });
		await settle();
		expect(view.contentEl.querySelector(".tls-framework-undo")).toBeNull();
		expect(await read(app, A)).toBe(edited);

		await view.setState({ path: A }, { history: false });
		await settle();
		expect(brands.undoTitle(A)).toBe("Penser une fois");
		view.contentEl.querySelector<HTMLButtonElement>(".tls-framework-undo")!.click();
		await settle();
		expect(await read(app, A)).toBe(NOTE_A);
		expect(await read(app, B)).toBe(NOTE_B);
	});

	it("refuses, writing nothing, an edit of a section that changed since the field showed it", async () => {
		const app = makeApp({ [A]: NOTE_A });
		const { plugin } = await loadPlugin(app);
		const studio = (plugin as unknown as { studio: Studio }).studio;
		const writer = new NoteWriter(app);
		const brands = new BrandIdeas(app, studio, writer, new TemplateLibrary(app, writer, () => studio.settings.templatesFolder, "fr"), () => undefined);
		const file = app.vault.getFileByPath(A)!;
		const elsewhere = NOTE_A.replace("L'expertise se partage.", "L'expertise se partage : « ailleurs ».");
		await app.vault.modify(file, elsewhere);
		await expect(brands.editPart(file, "belief", () => "Ma version.", "L'expertise se partage.")).rejects.toMatchObject({ code: "error.sectionChangedSince" });
		expect(await read(app, A)).toBe(elsewhere);
		await brands.editPart(file, "belief", () => "Ma version.", "L'expertise se partage : « ailleurs ».");
		expect(await read(app, A)).toBe(NOTE_A.replace("L'expertise se partage.", "Ma version."));
	});
});
