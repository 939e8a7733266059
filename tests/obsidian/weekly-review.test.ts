/**
 * @jest-environment jsdom
 */
import { Menu, Notice, type App, type ViewCreator } from "obsidian";
import { App as MockApp, WorkspaceLeaf, type Menu as MockMenu } from "obsidian-test-mocks/obsidian";
import { makeApp, flush } from "../helpers/obsidian-app";
import { loadPlugin, run } from "../helpers/load-plugin";
import { freezeDate } from "../helpers/frozen-date";
import { FormatSuggestModal } from "../../src/obsidian/drafting/format-suggest-modal";
import { REVIEW_VIEW_TYPE, type ReviewView } from "../../src/obsidian/review/review-view";
import type { FormatSetting } from "../../src/core/drafting/format-setting";
import type ThoughtLeadershipStudioPlugin from "../../src/main";

// The in-memory Obsidian always speaks English: this writer uses it in French.
jest.mock("../../src/obsidian/shared/obsidian-language", () => ({ obsidianLanguage: () => "fr" }));

interface MockNotice {
	constructor__(message: string): void;
	messageEl: HTMLElement;
}

type MockMenuItem = { title__: string; onClick__: ((event: MouseEvent) => unknown) | null };

/** Tuesday 8 December 2026, 9:30: the writer's today, in week 50. */
const TODAY = new Date(2026, 11, 8, 9, 30);

const DOUTER = "Idées/Douter, c'est avancer.md";
const OSER = "Idées/Oser dire non.md";
const POST = "Brouillons/Douter, c'est avancer — Post LinkedIn.md";
const PUBLISHED = "Brouillons/Oser dire non — Post LinkedIn.md";
const OSER_NOTE = "---\ntype: idea\nstatus: think\ncreated: 2026-10-01T08:00\ntags: [idée]\n---\nDire non pour choisir.\n";
const SAVED = "Revues/2026-W49.md";

let notices: MockNotice[] = [];
let pickers: FormatSuggestModal[] = [];
/** Every note opened, wherever it was opened. */
let opened: string[] = [];

beforeEach(() => {
	freezeDate(TODAY);
	notices = [];
	pickers = [];
	opened = [];
	jest.spyOn(Notice.prototype as unknown as MockNotice, "constructor__").mockImplementation(function (this: MockNotice) {
		notices.push(this);
	});
	// The in-memory Modal closes itself at once: keep the picker open, as Obsidian does.
	jest.spyOn(FormatSuggestModal.prototype, "open").mockImplementation(function (this: FormatSuggestModal) {
		pickers.push(this);
	});
});

afterEach(() => {
	jest.restoreAllMocks();
	jest.useRealTimers();
});

function vault(files: Record<string, string> = {}): App {
	const app = makeApp({
		[DOUTER]: "---\ntype: idea\nstatus: spark\ntitle: \"Douter : « avancer »\"\ncreated: 2026-12-01T10:00\n---\nDouter, c'est avancer.\n",
		[OSER]: OSER_NOTE,
		[POST]: `---\ntype: draft\nidea: "[[Douter, c'est avancer]]"\nformat: linkedin-post\nchannel: LinkedIn\nstatus: draft\ncreated: 2026-12-02T09:00\nplanned: 2026-12-04\n---\nLe texte.\n`,
		[PUBLISHED]: `---\ntype: draft\nidea: "[[Oser dire non]]"\nformat: linkedin-post\nchannel: LinkedIn\nstatus: published\ncreated: 2026-11-20T09:00\npublished: 2026-12-03\nresults-read: 2026-12-05\nimpressions: 1200\n---\nDire non.\n`,
		...files,
	});
	const getLeaf = app.workspace.getLeaf.bind(app.workspace);
	const watched = new WeakSet<object>();
	jest.spyOn(app.workspace, "getLeaf").mockImplementation((place?: unknown) => {
		const leaf = getLeaf(place as "tab");
		if (watched.has(leaf)) return leaf;
		watched.add(leaf);
		const openFile = leaf.openFile.bind(leaf);
		leaf.openFile = (file, state) => {
			opened.push(file.path);
			return openFile(file, state);
		};
		return leaf;
	});
	return app;
}

async function read(app: App, path: string): Promise<string> {
	return app.vault.read(app.vault.getFileByPath(path)!);
}

const lastNotice = (): string => notices.at(-1)?.messageEl.textContent ?? "";

/** The review the plugin registered, opened in a tab of the main area. */
async function openReview(plugin: ThoughtLeadershipStudioPlugin, app: App): Promise<ReviewView> {
	const creator = (plugin as unknown as { views__: Map<string, ViewCreator> }).views__.get(REVIEW_VIEW_TYPE);
	if (!creator) throw new Error("no weekly review view");
	const view = creator(WorkspaceLeaf.create2__(MockApp.fromOriginalType__(app)).asOriginalType3__()) as ReviewView;
	document.body.empty();
	document.body.createDiv({ cls: "workspace-split mod-root" }).appendChild(view.containerEl);
	await (view as unknown as { onOpen(): Promise<void> }).onOpen();
	await flush();
	return view;
}

/** Each part on screen: its heading, then its lines as the writer reads them (or the sentence of an empty part). */
function parts(view: ReviewView): string[][] {
	return Array.from(view.contentEl.querySelectorAll<HTMLElement>(".tls-review-section")).map((section) => [
		section.querySelector("h3 span")?.textContent ?? "",
		...Array.from(section.querySelectorAll<HTMLElement>(".tls-review-line, .tls-review-empty")).map((line) =>
			line.classList.contains("tls-review-empty") ? `(${line.textContent ?? ""})` : [line.querySelector(".tls-review-link")?.textContent, line.querySelector(".tls-review-detail")?.textContent].filter(Boolean).join(" — "),
		),
	]);
}

function button(view: ReviewView, text: string): HTMLElement {
	const found = Array.from(view.contentEl.querySelectorAll<HTMLElement>("button")).find((b) => b.textContent === text || b.getAttribute("aria-label") === text);
	if (!found) throw new Error(`no button ${text}`);
	return found;
}

/** Waits until `check` holds, letting the vault's events, the index and the view's timers run: a poll, never a fixed sleep. */
async function until(check: () => boolean): Promise<void> {
	for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
	expect(check()).toBe(true);
}

async function previousWeek(view: ReviewView): Promise<void> {
	button(view, "Semaine précédente").click();
	await flush();
}

describe("the weekly review", () => {
	it("opens in a tab on this week, each part a heading with its lines or a sentence saying it has none", async () => {
		const app = vault();
		const { plugin, command } = await loadPlugin(app);
		const view = await openReview(plugin, app);
		expect(view.contentEl.querySelector(".tls-review-title")?.textContent).toBe("Semaine 50 de 2026");
		expect(view.contentEl.querySelector(".tls-review-days")?.textContent).toBe("Du lundi 7 décembre 2026 au dimanche 13 décembre 2026");
		expect(parts(view)).toEqual([
			["Idées capturées", "(Aucune idée capturée cette semaine.)"],
			["Brouillons commencés", "(Aucun brouillon commencé cette semaine.)"],
			["Publications", "(Rien de publié cette semaine.)"],
			["Résultats relevés", "(Aucun résultat relevé cette semaine.)"],
			["Idées en attente", "Oser dire non — Réfléchir · 68 jours dans cette étape, depuis sa création"],
			["Brouillons en retard", "Douter : « avancer » — Post LinkedIn — planifié le 4 déc. 2026"],
			["Contenus evergreen à réinvestir", "(Aucune publication de plus de six mois n'a encore de chiffre en Impressions.)"],
			["Livres aux idées à récolter", "(Chaque «\u00a0Mon idée\u00a0» remplie est déjà une idée.)"],
			["Idées de marque les moins répliquées", "(Aucune idée de marque pour l'instant.)"],
		]);
		expect(view.contentEl.querySelector(".tls-review-as-of")?.textContent).toBe("Ce qui attend est compté à ce jour, le 8 déc. 2026.");
		expect(command("open-weekly-review").hotkeys).toBeUndefined();
	});

	it("goes back a week and forward again, and shows what the week saw", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const view = await openReview(plugin, app);
		await previousWeek(view);
		expect(view.contentEl.querySelector(".tls-review-title")?.textContent).toBe("Semaine 49 de 2026");
		expect(view.getState()).toMatchObject({ week: "2026-W49" });
		expect(parts(view).slice(0, 4)).toEqual([
			["Idées capturées", "Douter : « avancer » — Étincelle"],
			["Brouillons commencés", "Douter : « avancer » — Post LinkedIn — planifié le 4 déc. 2026"],
			["Publications", "Oser dire non — Post LinkedIn — publié le 3 déc. 2026"],
			["Résultats relevés", "Oser dire non — Post LinkedIn — Impressions\u00a0: 1\u202f200"],
		]);
		button(view, "Semaine suivante").click();
		await flush();
		expect(view.contentEl.querySelector(".tls-review-title")?.textContent).toBe("Semaine 50 de 2026");
	});

	it("opens a line's note on a click, from a link the keyboard reaches", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const view = await openReview(plugin, app);
		const link = view.contentEl.querySelector<HTMLAnchorElement>(`.tls-review-line[data-path="${POST}"] a.tls-review-link`)!;
		expect(link.getAttribute("href")).toBe("#");
		link.click();
		await flush();
		expect(opened).toEqual([POST]);
	});

	it("gives a stalled idea its next steps: Draft it offers the formats for it, closed it writes nothing", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const view = await openReview(plugin, app);
		const files = app.vault.getMarkdownFiles().length;
		button(view, "Rédiger «\u00a0Oser dire non\u00a0»").click();
		expect(pickers).toHaveLength(1);
		pickers[0]!.close();
		await flush();
		expect(app.vault.getMarkdownFiles()).toHaveLength(files);
		button(view, "Rédiger «\u00a0Oser dire non\u00a0»").click();
		const format = pickers[1]!.getItems().find((f: FormatSetting) => f.key === "newsletter-issue")!;
		pickers[1]!.onChooseItem(format);
		await flush();
		expect(app.vault.getFileByPath("Brouillons/Oser dire non — Numéro de newsletter.md")).not.toBeNull();
	});

	it("moves a stalled idea to the stage picked in Move it, as the board does: status and day in one edit, a Notice with Undo", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const view = await openReview(plugin, app);
		let menu: MockMenuItem[] = [];
		jest.spyOn(Menu.prototype, "showAtPosition").mockImplementation(function (this: Menu) {
			menu = (this as unknown as MockMenu).menuItems__ as unknown as MockMenuItem[];
			return this;
		});
		button(view, "Déplacer «\u00a0Oser dire non\u00a0» vers une autre étape").click();
		expect(menu.map((item) => item.title__)).toEqual(["Déplacer vers Étincelle", "Déplacer vers Investir", "Déplacer vers Réinvestir"]);
		void menu[0]!.onClick__?.(new MouseEvent("click"));
		await flush();
		expect(await read(app, OSER)).toBe(OSER_NOTE.replace("status: think\n", "status: spark\nstage-since: 2026-12-08\n"));
		expect(lastNotice()).toBe("«\u00a0Oser dire non\u00a0» déplacée vers Étincelle.Annuler");
		// Moved today, it waits no more: the review is drawn again once the index has the move.
		await until(() => parts(view)[4]?.[1] === "(Aucune idée n'attend depuis si longtemps.)");
		// The Notice's Undo puts both lines back, and the idea waits again.
		notices.at(-1)!.messageEl.querySelector("button")!.click();
		await flush();
		expect(await read(app, OSER)).toBe(OSER_NOTE);
		await until(() => parts(view)[4]?.[1] === "Oser dire non — Réfléchir · 68 jours dans cette étape, depuis sa création");
	});

	it("saves the week's review as a note named by its ISO week in the reviews folder, its lines wikilinks to the notes, and opens it", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const view = await openReview(plugin, app);
		await previousWeek(view);
		const process = jest.spyOn(app.vault, "process");
		button(view, "Enregistrer cette revue").click();
		await flush();
		const text = await read(app, SAVED);
		expect(text.startsWith("---\nweek: 2026-W49\ncreated: 2026-12-08T09:30\n---\n# Semaine 49 de 2026\n\nDu lundi 30 novembre 2026 au dimanche 6 décembre 2026.\n")).toBe(true);
		expect(text).toContain("## Idées capturées\n\n- [[Douter, c'est avancer|Douter : « avancer »]] — Étincelle\n");
		expect(text).toContain("## Résultats relevés\n\n- [[Oser dire non — Post LinkedIn]] — Impressions\u00a0: 1\u202f200\n");
		expect(text).toContain("## Idées en attente\n\nDans leur étape depuis 21 jours ou plus.\n\n- [[Oser dire non]] — Réfléchir · 68 jours dans cette étape, depuis sa création\n");
		expect(process).not.toHaveBeenCalled();
		expect(opened).toEqual([SAVED]);
		expect(lastNotice()).toBe("La revue 2026-W49 est enregistrée dans Revues.");
	});

	it("opens the week's note when it exists already, says so, and writes nothing", async () => {
		const mine = "---\nweek: 2026-W49\n---\nMes notes de la semaine : « à garder ».\n";
		const app = vault({ "revues/2026-w49.md": mine });
		const { plugin } = await loadPlugin(app);
		const view = await openReview(plugin, app);
		await previousWeek(view);
		const files = app.vault.getFiles().map((file) => file.path).sort();
		const create = jest.spyOn(app.vault, "create");
		button(view, "Enregistrer cette revue").click();
		await flush();
		expect(create).not.toHaveBeenCalled();
		expect(app.vault.getFiles().map((file) => file.path).sort()).toEqual(files);
		expect(await read(app, "revues/2026-w49.md")).toBe(mine);
		expect(opened).toEqual(["revues/2026-w49.md"]);
		expect(lastNotice()).toBe("La revue 2026-W49 existe déjà\u00a0: elle est ouverte, rien n'a été écrit.");
	});

	it("saves this week from the palette when no review is open, once the notes are read, and the second time opens it", async () => {
		const app = vault();
		const { command, layoutReady } = await loadPlugin(app, { layoutReady: false });
		expect(run(command("save-weekly-review"))).toBe(true);
		expect(lastNotice()).toContain("Enregistrer la revue de la semaine");
		expect(app.vault.getFileByPath("Revues/2026-W50.md")).toBeNull();
		await layoutReady();
		expect(run(command("save-weekly-review"))).toBe(true);
		await flush();
		const saved = await read(app, "Revues/2026-W50.md");
		expect(saved).toContain("# Semaine 50 de 2026\n");
		const create = jest.spyOn(app.vault, "create");
		expect(run(command("save-weekly-review"))).toBe(true);
		await flush();
		expect(create).not.toHaveBeenCalled();
		expect(await read(app, "Revues/2026-W50.md")).toBe(saved);
		expect(opened).toEqual(["Revues/2026-W50.md", "Revues/2026-W50.md"]);
		expect(lastNotice()).toBe("La revue 2026-W50 existe déjà\u00a0: elle est ouverte, rien n'a été écrit.");
		expect(command("save-weekly-review").hotkeys).toBeUndefined();
	});
});
