/**
 * @jest-environment jsdom
 */
import { MarkdownView, Notice, type App, type Command } from "obsidian";
import { parse } from "yaml";
import { makeApp, flush } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { FormatSuggestModal } from "../../src/obsidian/drafting/format-suggest-modal";
import { PublishModal } from "../../src/obsidian/drafting/publish-modal";
import type { FormatSetting } from "../../src/core/drafting/format-setting";
import { freezeDate } from "../helpers/frozen-date";

// The in-memory Obsidian always speaks English: this writer uses it in French.
jest.mock("../../src/obsidian/shared/obsidian-language", () => ({ obsidianLanguage: () => "fr" }));

interface MockNotice {
	constructor__(message: string): void;
	messageEl: HTMLElement;
}

const TITLE = "Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]] : « douter »";
const IDEA_PATH = "Idées/Ce que m'a appris la conférence de Lyon « douter ».md";
const idea = (status: string) => `---\ntype: idea\nstatus: ${status}  # où elle en est\ncreated: 2025-03-01T10:00\nsource: "[[2025-03-01]]"\ntitle: "${TITLE.replace(/"/g, '\\"')}"\ntags:\n  - idée\n---\n${TITLE}\n\nUn détail : « le doute » rend humble.\n`;
const DRAFT_NAME = "Ce que m'a appris la conférence de Lyon « douter » — Post LinkedIn";

let notices: MockNotice[] = [];
let pickers: FormatSuggestModal[] = [];
let publishes: PublishModal[] = [];
/** Notes opened in a new tab, as the drafting commands open what they create. */
let openedInTab: string[] = [];

beforeEach(() => {
	notices = [];
	pickers = [];
	publishes = [];
	openedInTab = [];
	jest.spyOn(Notice.prototype as unknown as MockNotice, "constructor__").mockImplementation(function (this: MockNotice) {
		notices.push(this);
	});
	// The in-memory Modal closes itself at once: keep the dialogs open, as Obsidian does.
	jest.spyOn(FormatSuggestModal.prototype, "open").mockImplementation(function (this: FormatSuggestModal) {
		pickers.push(this);
	});
	jest.spyOn(PublishModal.prototype, "open").mockImplementation(function (this: PublishModal) {
		publishes.push(this);
		this.onOpen();
	});
});

afterEach(() => {
	jest.restoreAllMocks();
	jest.useRealTimers();
});

function vault(files: Record<string, string> = {}): App {
	return makeApp({ "Journal/2025-03-01.md": "---\ntags: [journal]\n---\nLyon.\n", [IDEA_PATH]: idea("think"), ...files });
}

async function read(app: App, path: string): Promise<string> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`${path} missing`);
	return app.vault.read(file);
}

function properties(text: string): Record<string, unknown> {
	return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "") as Record<string, unknown>;
}

function paths(app: App): string[] {
	return app.vault.getMarkdownFiles().map((f) => f.path).sort();
}

function lastPicker(): FormatSuggestModal {
	const picker = pickers.at(-1);
	if (!picker) throw new Error("no format picker was opened");
	return picker;
}

function choose(picker: FormatSuggestModal, key: string): void {
	const format = picker.getItems().find((f: FormatSetting) => f.key === key);
	if (!format) throw new Error(`no format ${key}`);
	picker.onChooseItem(format);
}

/** Records what is opened in a new tab (the in-memory workspace does not make it the active note). */
function watchTabs(app: App): void {
	const getLeaf = app.workspace.getLeaf.bind(app.workspace);
	jest.spyOn(app.workspace, "getLeaf").mockImplementation((place?: unknown) => {
		const leaf = getLeaf(place as "tab");
		if (place !== "tab") return leaf;
		const openFile = leaf.openFile.bind(leaf);
		leaf.openFile = (file, state) => {
			openedInTab.push(file.path);
			return openFile(file, state);
		};
		return leaf;
	});
}

function watched(app: App): App {
	watchTabs(app);
	return app;
}

/** The note last opened in a new tab, made the active one as Obsidian does. */
async function opened(app: App): Promise<string> {
	const path = openedInTab.at(-1);
	if (!path) throw new Error("nothing was opened in a new tab");
	await openNote(app, path);
	return path;
}

async function draftFromIdea(app: App, command: (id: string) => Command, key: string): Promise<string> {
	await openNote(app, IDEA_PATH);
	expect(run(command("draft-from-idea"))).toBe(true);
	choose(lastPicker(), key);
	await flush();
	return opened(app);
}

describe("draft-from-idea", () => {
	it("offers the formats of the idea's next stage first, named in French with their channel and stage", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		await openNote(app, IDEA_PATH);
		run(command("draft-from-idea"));
		const picker = lastPicker();
		expect(picker.getItems().slice(0, 6).map((f) => picker.getItemText(f))).toEqual(["Post LinkedIn", "Thread X", "Post Facebook", "Carrousel Instagram", "Numéro de newsletter", "Brief d'infographie"]);
		const el = document.createElement("div");
		picker.renderSuggestion({ item: picker.getItems()[0]!, match: { score: 0, matches: [] } }, el);
		expect(el.querySelector(".tls-format-detail")?.textContent).toBe("LinkedIn · Étincelle");
		// Channels that are words are in French, as on the card's chip.
		const detail = (key: string): string | null | undefined => {
			const row = document.createElement("div");
			picker.renderSuggestion({ item: picker.getItems().find((f) => f.key === key)!, match: { score: 0, matches: [] } }, row);
			return `${row.querySelector(".suggestion-title")?.textContent} — ${row.querySelector(".tls-format-detail")?.textContent}`;
		};
		expect(["infographic-brief", "webinar", "case-study"].map(detail)).toEqual(["Brief d'infographie — Site web · Étincelle", "Webinaire — Événement · Investir", "Étude de cas client — Site web · Investir"]);
	});

	it("creates the draft in the drafts folder with its properties and the filled template, opens it, and moves the idea to Spark with undo", async () => {
		freezeDate(new Date(2026, 11, 8, 9, 30));
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const before = await read(app, IDEA_PATH);
		const path = await draftFromIdea(app, command, "linkedin-post");
		expect(path).toBe(`Brouillons/${DRAFT_NAME}.md`);
		const text = await read(app, path);
		expect(properties(text)).toEqual({ type: "draft", idea: "[[Ce que m'a appris la conférence de Lyon « douter »]]", format: "linkedin-post", channel: "LinkedIn", status: "draft", created: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/) as unknown });
		expect(text).toContain(`---\n# ${TITLE}\n\n<!-- Post LinkedIn\u00a0: 1\u00a0300 caractères`);
		expect(text).toContain("## Accroche\n");
		expect(text).toContain(`## Matière\n\n<!-- Vos notes sur l'idée, à puiser puis à effacer avec cette partie. -->\n\n${TITLE}\n\nUn détail : « le doute » rend humble.\n\nSource\u00a0: [[2025-03-01]]\n`);
		expect(await read(app, IDEA_PATH)).toBe(before.replace("status: think  # où elle en est\n", "status: spark  # où elle en est\nstage-since: 2026-12-08\n"));
		expect(notices.map((n) => n.messageEl.textContent)).toContain(`Brouillon créé\u00a0: Ce que m'a appris la conférence de Lyon : « douter » — Post LinkedIn`);
		expect(run(command("undo-board-move"))).toBe(true);
		await flush();
		expect(await read(app, IDEA_PATH)).toBe(before);
	});

	it("moves an idea to Invest for a long format, and never backwards for a short one", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		await draftFromIdea(app, command, "white-paper");
		expect(properties(await read(app, IDEA_PATH)).status).toBe("invest");
		await draftFromIdea(app, command, "x-thread");
		expect(properties(await read(app, IDEA_PATH)).status).toBe("invest");
	});

	it("writes nothing when the picker is closed without a choice", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const before = paths(app);
		await openNote(app, IDEA_PATH);
		run(command("draft-from-idea"));
		lastPicker().close();
		await flush();
		expect(paths(app)).toEqual(before);
		expect(await read(app, IDEA_PATH)).toBe(idea("think"));
	});

	it("never overwrites a draft: a taken name gets the next free one", async () => {
		const app = vault({ [`Brouillons/${DRAFT_NAME}.md`]: "Mon premier jet, à garder.\n" });
		const { command } = await loadPlugin(watched(app));
		const path = await draftFromIdea(app, command, "linkedin-post");
		expect(path).toBe(`Brouillons/${DRAFT_NAME} 2.md`);
		expect(await read(app, `Brouillons/${DRAFT_NAME}.md`)).toBe("Mon premier jet, à garder.\n");
	});

	it("creates the draft in the default drafts folder when data.json points outside the vault, never there", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app), { before: (plugin) => ((plugin as unknown as { data__: unknown }).data__ = { draftsFolder: "../Brouillons hors du coffre" }) });
		const path = await draftFromIdea(app, command, "linkedin-post");
		expect(path).toBe(`Brouillons/${DRAFT_NAME}.md`);
		expect(paths(app).filter((p) => p.includes(".."))).toEqual([]);
	});

	it("uses the writer's template from the templates folder, its own properties merged after the draft's", async () => {
		const mine = "---\ntags:\n  - linkedin\nstatus: à relire\n---\nMon accroche à moi : {{title}}\n<% tp.file.cursor() %> {{inconnue}}\n";
		const app = vault({ "Modèles/Thought Leadership/Post LinkedIn.md": mine });
		const { command } = await loadPlugin(watched(app));
		const text = await read(app, await draftFromIdea(app, command, "linkedin-post"));
		expect(properties(text)).toMatchObject({ type: "draft", status: "draft", tags: ["linkedin"] });
		expect(text.endsWith(`---\nMon accroche à moi : ${TITLE}\n<% tp.file.cursor() %> {{inconnue}}\n`)).toBe(true);
	});

	it("copies the idea's words as text: Templater code in them cannot run in the new draft, the template's own stays", async () => {
		const script = "<%* await app.vault.trash(app.vault.getFiles()[0], true) %>";
		const app = vault({ [IDEA_PATH]: `${idea("think")}\nÀ ne pas lancer : ${script}\n`, "Modèles/Thought Leadership/Post LinkedIn.md": "<% tp.file.cursor() %>\n{{idea}}\n" });
		const { command } = await loadPlugin(watched(app));
		const text = await read(app, await draftFromIdea(app, command, "linkedin-post"));
		expect(text.match(/<%/g)).toEqual(["<%"]);
		expect(text).toContain("\n<% tp.file.cursor() %>\n");
		expect(text).toContain(`À ne pas lancer : <\u2060${script.slice(1)}\n`);
	});

	it("writes out what a template's alias points at when its anchor is on a property the draft sets, so Obsidian reads the draft's properties", async () => {
		const mine = "---\ntype: &t modèle\nkind: *t\ntags:\n  - linkedin\n---\nMon accroche : {{title}}\n";
		const app = vault({ "Modèles/Thought Leadership/Post LinkedIn.md": mine });
		const { command } = await loadPlugin(watched(app));
		const path = await draftFromIdea(app, command, "linkedin-post");
		await flush();
		expect(app.metadataCache.getCache(path)?.frontmatter).toMatchObject({ type: "draft", kind: "modèle", tags: ["linkedin"] });
	});

	it("refuses a template whose alias points at nothing, says so in French, and creates no draft", async () => {
		const app = vault({ "Modèles/Thought Leadership/Post LinkedIn.md": "---\nkind: *absent\n---\nMon accroche\n" });
		const { command } = await loadPlugin(watched(app));
		const before = paths(app);
		await openNote(app, IDEA_PATH);
		run(command("draft-from-idea"));
		choose(lastPicker(), "linkedin-post");
		await flush();
		expect(paths(app)).toEqual(before);
		expect(notices.at(-1)?.messageEl.textContent).toContain("l'alias *absent, dont elles n'ont pas l'ancre &absent");
	});

	it("fills {{selection}} with the editor's selection", async () => {
		const app = vault({ "Modèles/Thought Leadership/linkedin-post.md": "Choisi : {{selection}}\n" });
		const { command } = await loadPlugin(watched(app));
		await openNote(app, IDEA_PATH);
		// The idea open in an editor with words selected, as Obsidian's workspace hands it to commands.
		const view = new MarkdownView(app.workspace.getLeaf(true));
		view.editor.setValue(await read(app, IDEA_PATH));
		const start = view.editor.getValue().indexOf("Un détail");
		view.editor.setSelection(view.editor.offsetToPos(start), view.editor.offsetToPos(start + "Un détail".length));
		Object.defineProperty(app.workspace, "activeEditor", { value: view, configurable: true });
		run(command("draft-from-idea"));
		choose(lastPicker(), "linkedin-post");
		await flush();
		expect(await read(app, await opened(app))).toContain("\nChoisi : Un détail\n");
	});

	it("is offered on an idea note only", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		await openNote(app, "Journal/2025-03-01.md");
		expect(run(command("draft-from-idea"))).toBe(false);
		expect(run(command("reinvest-draft"))).toBe(false);
		expect(run(command("mark-published"))).toBe(false);
	});
});

describe("reinvest-draft", () => {
	it("makes a draft of another format for the same idea, carrying the source draft's text, and moves the idea to Re-Invest", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const post = await draftFromIdea(app, command, "linkedin-post");
		await app.vault.process(app.vault.getFileByPath(post)!, (text) => text.replace("## Accroche\n", "## Accroche\n\nDouter, c'est avancer.\n"));
		await flush();
		expect(run(command("reinvest-draft"))).toBe(true);
		const picker = lastPicker();
		expect(picker.getItems().map((f) => f.key)).not.toContain("linkedin-post");
		choose(picker, "newsletter-issue");
		await flush();
		const letter = await opened(app);
		expect(letter).toBe("Brouillons/Ce que m'a appris la conférence de Lyon « douter » — Numéro de newsletter.md");
		const text = await read(app, letter);
		expect(properties(text)).toMatchObject({ type: "draft", idea: "[[Ce que m'a appris la conférence de Lyon « douter »]]", format: "newsletter-issue", channel: "Newsletter", status: "draft", "reinvested-from": `[[${DRAFT_NAME}]]` });
		expect(text).toContain(`\n---\n\n## Repris de [[${DRAFT_NAME}]]\n\n# ${TITLE}\n`);
		expect(text).toContain("## Accroche\n\nDouter, c'est avancer.\n");
		// Only what was written in the post comes along: none of its guidance, its empty parts or its copy of the idea.
		const carried = text.slice(text.indexOf(`## Repris de [[${DRAFT_NAME}]]`));
		expect(carried).toBe(`## Repris de [[${DRAFT_NAME}]]\n\n# ${TITLE}\n\n## Accroche\n\nDouter, c'est avancer.\n`);
		expect(text.match(/^## Appel à l'action$/gm)).toHaveLength(1);
		expect(text.match(/Un détail : « le doute » rend humble\./g)).toHaveLength(1);
		expect(properties(await read(app, IDEA_PATH)).status).toBe("re-invest");
	});

	it("follows an idea renamed with its links updated, as Obsidian does", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const post = await draftFromIdea(app, command, "linkedin-post");
		await app.fileManager.renameFile(app.vault.getFileByPath(IDEA_PATH)!, "Idées/Douter.md");
		await flush();
		expect(properties(await read(app, post)).idea).toBe("[[Douter]]");
		await openNote(app, post);
		run(command("reinvest-draft"));
		choose(lastPicker(), "blog-article");
		await flush();
		const text = await read(app, await opened(app));
		expect(properties(text).idea).toBe("[[Douter]]");
		expect(properties(await read(app, "Idées/Douter.md")).status).toBe("re-invest");
	});

	it("links an idea it cannot find as written, moves nothing, and says so", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const post = await draftFromIdea(app, command, "linkedin-post");
		// Renamed outside the file manager (another tool, a sync): the links to it are left as written.
		await app.vault.rename(app.vault.getFileByPath(IDEA_PATH)!, "Idées/Douter.md");
		await flush();
		await openNote(app, post);
		run(command("reinvest-draft"));
		choose(lastPicker(), "blog-article");
		await flush();
		const text = await read(app, await opened(app));
		expect(properties(text).idea).toBe("[[Ce que m'a appris la conférence de Lyon « douter »]]");
		expect(properties(await read(app, "Idées/Douter.md")).status).toBe("spark");
		expect(notices.at(-1)?.messageEl.textContent).toContain("n'est pas dans le coffre");
	});
});

describe("mark-published", () => {
	async function publishDialog(app: App, command: (id: string) => Command) {
		const path = await draftFromIdea(app, command, "linkedin-post");
		expect(run(command("mark-published"))).toBe(true);
		const modal = publishes.at(-1)!;
		const input = (cls: string) => modal.contentEl.querySelector<HTMLInputElement>(`input.${cls}`)!;
		const type = (cls: string, value: string) => {
			input(cls).value = value;
			input(cls).dispatchEvent(new Event("input"));
		};
		const submit = async () => {
			Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Marquer comme publié")!.click();
			await flush();
		};
		return { path, modal, input, type, submit };
	}

	it("proposes the format's channel and today, and writes status, date and URL with minimal edits", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const { path, input, type, submit } = await publishDialog(app, command);
		expect(input("tls-publish-channel").value).toBe("LinkedIn");
		expect(input("tls-publish-date").value).toMatch(/^\d{4}-\d\d-\d\d$/);
		const before = await read(app, path);
		type("tls-publish-date", "2025-03-14");
		type("tls-publish-url", "https://www.linkedin.com/posts/moi_douter");
		await submit();
		const after = await read(app, path);
		expect(after).toBe(before.replace("status: draft\n", "status: published\n").replace(/\n---\n/, "\nurl: https://www.linkedin.com/posts/moi_douter\npublished: 2025-03-14\n---\n"));
		expect(notices.at(-1)?.messageEl.firstChild?.textContent).toBe("«\u00a0Ce que m'a appris la conférence de Lyon : « douter » — Post LinkedIn\u00a0» marqué comme publié sur LinkedIn\u00a0: url, published et status écrits.");
		expect(publishes.at(-1)?.titleEl.textContent).toBe("Marquer «\u00a0Ce que m'a appris la conférence de Lyon : « douter » — Post LinkedIn\u00a0» comme publié");
	});

	it("proposes a channel that is a word in French, and keeps it stored as the format has it", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const path = await draftFromIdea(app, command, "white-paper");
		expect(properties(await read(app, path)).channel).toBe("Website");
		run(command("mark-published"));
		const modal = publishes.at(-1)!;
		const channel = modal.contentEl.querySelector<HTMLInputElement>("input.tls-publish-channel")!;
		expect(channel.value).toBe("Site web");
		Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Marquer comme publié")!.click();
		await flush();
		expect(properties(await read(app, path))).toMatchObject({ channel: "Website", status: "published" });
		expect(notices.at(-1)?.messageEl.firstChild?.textContent).toContain("marqué comme publié sur Site web\u00a0: published et status écrits.");
	});

	it("refuses an address that is not http or https, says why, and writes nothing", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const { path, modal, type, submit } = await publishDialog(app, command);
		const before = await read(app, path);
		type("tls-publish-url", "javascript:alert(1)");
		await submit();
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toBe("Tapez une adresse qui commence par http:// ou https://, ou laissez le champ vide. Rien n'a été écrit.");
		expect(await read(app, path)).toBe(before);
	});

	it("writes url, date and status in one edit, says what was written, and its Undo takes back the whole", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const { path, type, submit } = await publishDialog(app, command);
		const before = await read(app, path);
		const process = jest.spyOn(app.vault, "process");
		type("tls-publish-date", "2024-02-29");
		type("tls-publish-url", "https://www.linkedin.com/posts/moi_douter");
		await submit();
		expect(process).toHaveBeenCalledTimes(1);
		expect(properties(await read(app, path))).toMatchObject({ status: "published", published: "2024-02-29", url: "https://www.linkedin.com/posts/moi_douter" });
		const notice = notices.at(-1)!;
		expect(notice.messageEl.firstChild?.textContent).toBe("«\u00a0Ce que m'a appris la conférence de Lyon : « douter » — Post LinkedIn\u00a0» marqué comme publié sur LinkedIn\u00a0: url, published et status écrits.");
		notice.messageEl.querySelector("button")!.click();
		await flush();
		expect(await read(app, path)).toBe(before);
		expect(notices.at(-1)?.messageEl.textContent).toBe("Annulé\u00a0: «\u00a0Ce que m'a appris la conférence de Lyon : « douter » — Post LinkedIn\u00a0» est comme avant.");
	});

	it("writes none of the properties when one of them cannot be written, and says that nothing was", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const { path, type, submit } = await publishDialog(app, command);
		// `published` shares its value with `rappel` through an anchor: writing it would change `rappel` too.
		await app.vault.process(app.vault.getFileByPath(path)!, (text) => text.replace("status: draft\n", "status: draft\npublished: &jour 2025-01-01\nrappel: *jour\n"));
		await flush();
		const before = await read(app, path);
		type("tls-publish-url", "https://www.linkedin.com/posts/moi_douter");
		await submit();
		expect(await read(app, path)).toBe(before);
		const message = notices.at(-1)?.messageEl.textContent ?? "";
		expect(message.startsWith("Impossible de marquer «\u00a0Ce que m'a appris la conférence de Lyon : « douter » — Post LinkedIn\u00a0» comme publié, rien n'a été écrit\u00a0: ")).toBe(true);
		expect(message).toContain("ancre YAML (&), ligne 7");
	});

	it.each([
		["2024-02-30", "2024-02-30 n'est pas un jour du calendrier (pas de 30 février, pas de mois 13). Rien n'a été écrit."],
		["2023-02-29", "2023-02-29 n'est pas un jour du calendrier (pas de 30 février, pas de mois 13). Rien n'a été écrit."],
		["0000-01-01", "Le calendrier n'a pas d'année 0000\u00a0: les années commencent à 0001. Rien n'a été écrit."],
	])("refuses %s, a date no calendar has, and writes nothing", async (date, message) => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const { path, modal, type, submit } = await publishDialog(app, command);
		const before = await read(app, path);
		type("tls-publish-date", date);
		await submit();
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toBe(message);
		expect(await read(app, path)).toBe(before);
	});

	it("takes the date in the writer's own format, day first, and writes it as ISO; words that are no date are refused with an example", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app), { before: (plugin) => ((plugin as unknown as { data__: unknown }).data__ = { dateFormat: "dd/MM/yyyy HH:mm" }) });
		const { path, modal, input, type, submit } = await publishDialog(app, command);
		expect(input("tls-publish-date").value).toMatch(/^\d\d\/\d\d\/\d{4}$/);
		const hint = Array.from(modal.contentEl.querySelectorAll("div")).map((el) => el.textContent ?? "").find((text) => text.startsWith("Par exemple")) ?? "";
		expect(hint).toMatch(/^Par exemple \d\d\/\d\d\/\d{4} ou \d{4}-\d\d-\d\d\.$/);
		const before = await read(app, path);
		type("tls-publish-date", "le 12 mai");
		await submit();
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toBe(`«\u00a0le 12 mai\u00a0» n'est pas une date. ${hint} Rien n'a été écrit.`);
		expect(await read(app, path)).toBe(before);
		type("tls-publish-date", "12/05/2024");
		await submit();
		expect(properties(await read(app, path))).toMatchObject({ status: "published", published: "2024-05-12" });
	});

	it("writes nothing when cancelled", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		const { path, modal } = await publishDialog(app, command);
		const before = await read(app, path);
		Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Annuler")!.click();
		await flush();
		expect(await read(app, path)).toBe(before);
	});
});

describe("new-strategy", () => {
	it("creates a strategy note in French with the seven parts, opens it, and never overwrites one", async () => {
		const app = vault({ "Stratégie de leadership éclairé.md": "Ma stratégie d'avant.\n" });
		const { command } = await loadPlugin(watched(app));
		run(command("new-strategy"));
		await flush();
		expect(await opened(app)).toBe("Stratégie de leadership éclairé 2.md");
		const text = await read(app, "Stratégie de leadership éclairé 2.md");
		expect(properties(text)).toEqual({ type: "strategy", created: expect.stringMatching(/^\d{4}-/) as unknown });
		expect(text.match(/^## \d\. /gm)).toHaveLength(7);
		expect(await read(app, "Stratégie de leadership éclairé.md")).toBe("Ma stratégie d'avant.\n");
	});

	it("registers the drafting commands with stable ids and no default hotkey", async () => {
		const { command } = await loadPlugin(watched(vault()));
		for (const id of ["draft-from-idea", "reinvest-draft", "mark-published", "new-strategy"]) expect(command(id).hotkeys).toBeUndefined();
	});
});

describe("the same create twice quickly", () => {
	it("drafts once when the format is chosen twice before the first draft is written, and says why the second did not run", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		await openNote(app, IDEA_PATH);
		run(command("draft-from-idea"));
		const picker = lastPicker();
		choose(picker, "linkedin-post");
		choose(picker, "linkedin-post");
		await flush();
		expect(paths(app).filter((p) => p.startsWith("Brouillons/"))).toEqual([`Brouillons/${DRAFT_NAME}.md`]);
		expect(notices.map((n) => n.messageEl.textContent)).toContain("Impossible de créer le brouillon\u00a0: c'est déjà en cours pour «\u00a0Ce que m'a appris la conférence de Lyon : « douter » — Post LinkedIn\u00a0»\u00a0: rien n'a été relancé");
		expect(properties(await read(app, IDEA_PATH)).status).toBe("spark");
	});

	it("creates one strategy note when the command runs twice at once", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		run(command("new-strategy"));
		run(command("new-strategy"));
		await flush();
		expect(paths(app).filter((p) => p.startsWith("Stratégie"))).toEqual(["Stratégie de leadership éclairé.md"]);
		expect(notices.map((n) => n.messageEl.textContent)).toContain("Impossible de créer la note de stratégie\u00a0: c'est déjà en cours pour «\u00a0Stratégie de leadership éclairé\u00a0»\u00a0: rien n'a été relancé");
	});

	it("re-invests once when the format is chosen twice at once", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		await draftFromIdea(app, command, "linkedin-post");
		run(command("reinvest-draft"));
		const picker = lastPicker();
		choose(picker, "newsletter-issue");
		choose(picker, "newsletter-issue");
		await flush();
		expect(paths(app).filter((p) => p.includes("Numéro de newsletter"))).toEqual(["Brouillons/Ce que m'a appris la conférence de Lyon « douter » — Numéro de newsletter.md"]);
	});

	it("names its own failure: a strategy note that cannot be created does not say it is an idea note", async () => {
		const app = vault();
		const { command } = await loadPlugin(watched(app));
		jest.spyOn(console, "error").mockImplementation(() => undefined);
		jest.spyOn(app.vault, "create").mockRejectedValue(new Error("EACCES: permission denied"));
		run(command("new-strategy"));
		await flush();
		expect(notices.at(-1)?.messageEl.textContent).toBe("Impossible de créer la note de stratégie\u00a0: une erreur inattendue s'est produite (détails dans la console de développement)");
	});
});

describe("a draft whose properties cannot be read", () => {
	const DRAFT = "Brouillons/Douter — Post LinkedIn.md";

	it.each([
		["a key written twice", "---\ntype: draft\nformat: linkedin-post\nstatus: draft\nstatus: published\n---\nDouter : « avancer ».\n", "la propriété est écrite deux fois, ligne 5"],
		["a block closed by ...", "---\ntype: draft\nformat: linkedin-post\n...\nDouter : « avancer ».\n", "les propriétés se terminent par ... là où Obsidian attend ---, ligne 4"],
		["--- with spaces after it", "--- \ntype: draft\nformat: linkedin-post\n--- \nDouter : « avancer ».\n", "un --- des propriétés est suivi d'espaces, si bien qu'Obsidian ne lit aucune propriété, ligne 1"],
	])("is still offered its commands, which say why they cannot run (%s)", async (_name, text, reason) => {
		const app = vault({ [DRAFT]: text });
		const { command } = await loadPlugin(watched(app));
		await openNote(app, DRAFT);
		expect(run(command("mark-published"))).toBe(true);
		await flush();
		expect(publishes).toHaveLength(0);
		expect(notices.at(-1)?.messageEl.textContent).toBe(`Les propriétés de «\u00a0Douter — Post LinkedIn\u00a0» ne peuvent pas être lues (${reason})\u00a0: corrigez-les, puis relancez «\u00a0Marquer ce brouillon comme publié\u00a0».`);
		expect(run(command("reinvest-draft"))).toBe(true);
		await flush();
		expect(pickers).toHaveLength(0);
		expect(await read(app, DRAFT)).toBe(text);
	});
});
