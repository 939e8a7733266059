/**
 * @jest-environment jsdom
 */
import { Menu, Notice, Plugin, WorkspaceLeaf, type App, type BasesViewRegistration } from "obsidian";
import type { Menu as MockMenu } from "obsidian-test-mocks/obsidian";
import { flush, makeApp } from "../../helpers/obsidian-app";
import { loadPlugin, run } from "../../helpers/load-plugin";
import { freezeDate } from "../../helpers/frozen-date";
import { mountBasesView, type MountedBasesView } from "../../mocks/fake-bases";
import type ThoughtLeadershipStudioPlugin from "../../../src/main";

// The in-memory Obsidian always speaks English: this writer uses it in French.
jest.mock("../../../src/obsidian/shared/obsidian-language", () => ({ obsidianLanguage: () => "fr" }));

const NBSP = "\u00a0";
/** Tuesday 8 December 2026, 9:30: the writer's today. */
const TODAY = new Date(2026, 11, 8, 9, 30);

const DOUTER = "Idées/Douter : « avancer ».md";
const OSER = "Idées/Oser.md";
const EXPERTISE = "Idées/L'expertise invisible.md";
const ECRIRE = "Idées/Écrire chaque matin.md";
const COURSES = "Notes/Liste de courses.md";
const BASE = "Idées/Idées.base";

const OSER_TEXT = "---\ntype: idea\nstatus: think\npriorité: basse   # on verra\ncreated: 2026-10-02T08:00\n---\nOser.\n";
const ECRIRE_TEXT = "---\ntype: idea\nstatus: invest\ncreated: 2026-09-15T07:00\n---\nÉcrire chaque matin.\n";

const FILES: Record<string, string> = {
	[DOUTER]: `---\ntype: idea\nstatus: spark\npriorité: haute\ncreated: 2026-11-30T10:00\nsource: "[[Journal 2026-11-28]]"\ntitle: "Douter : « avancer »"\n---\nDouter : « avancer »\n`,
	[OSER]: OSER_TEXT,
	[EXPERTISE]: "---\ntype: idea\nstatus: think\npriorité: haute\ncreated: 2026-12-01T18:00\n---\nL'expertise ne se voit pas.\n",
	[ECRIRE]: ECRIRE_TEXT,
	"Journal/Journal 2026-11-28.md": "---\ntags: [journal]\n---\nUne page du carnet.\n",
	"Brouillons/Douter — Post LinkedIn.md": `---\ntype: draft\nidea: "[[Douter : « avancer »]]"\nformat: linkedin-post\nchannel: LinkedIn\nstatus: draft\n---\nLe texte.\n`,
	[COURSES]: "---\npriorité: basse\n---\nDu pain.\n",
};

/** The base *New idea base* writes, sorted by creation, newest first. */
const BY_STATUS = `filters:
  and:
    - 'note.type == "idea"'
views:
  - type: thought-leadership-pipeline
    name: Pipeline d'idées
    groupBy:
      property: note.status
      direction: ASC
    sort:
      - property: created
        direction: DESC
`;

/** The same ideas by priority, in the writer's order of priorities. */
const BY_PRIORITY = `views:
  - type: thought-leadership-pipeline
    name: Par priorité
    filters: 'type == "idea"'
    groupBy:
      property: note.priorité
      direction: ASC
    laneOrder:
      - haute
      - moyenne
      - basse
`;

interface MockNotice {
	constructor__(message: string): void;
	messageEl: HTMLElement;
}

let notices: MockNotice[] = [];
let open: MountedBasesView | null = null;

beforeEach(() => {
	freezeDate(TODAY);
	notices = [];
	jest.spyOn(Notice.prototype as unknown as MockNotice, "constructor__").mockImplementation(function (this: MockNotice) {
		notices.push(this);
	});
});

afterEach(() => {
	open?.close();
	open = null;
	jest.restoreAllMocks();
	jest.useRealTimers();
});

function registration(plugin: ThoughtLeadershipStudioPlugin): BasesViewRegistration {
	const found = (plugin as unknown as { basesViewRegistrations__: Map<string, BasesViewRegistration> }).basesViewRegistrations__.get("thought-leadership-pipeline");
	if (!found) throw new Error("the pipeline view is not registered with Bases");
	return found;
}

/** The plugin loaded over the vault, and a base (kept in the vault as `Idées/Idées.base`) open with its pipeline view. */
async function openBase(base: string, extra: Record<string, string> = {}): Promise<{ app: App; view: MountedBasesView; el: HTMLElement; plugin: ThoughtLeadershipStudioPlugin }> {
	const app = makeApp({ ...FILES, [BASE]: base, ...extra });
	const { plugin } = await loadPlugin(app);
	document.body.empty();
	const el = document.body.createDiv({ cls: "workspace-split mod-root" }).createDiv({ cls: "bases-view" });
	const file = app.vault.getFileByPath(BASE);
	if (!file) throw new Error("no base");
	const view = await mountBasesView(app, registration(plugin), el, { file });
	open = view;
	await flush();
	return { app, view, el, plugin };
}

/** Each lane as the writer reads it: its title, its count, its cards' titles in order. */
function lanes(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll(".tls-lane")).map((lane) => {
		const title = lane.querySelector(".tls-lane-title")?.textContent ?? "";
		const count = lane.querySelector(".tls-lane-count")?.textContent ?? "";
		const cards = Array.from(lane.querySelectorAll(".tls-card-title")).map((c) => c.textContent);
		return `${title} (${count}): ${cards.join(", ")}`;
	});
}

function card(el: HTMLElement, path: string): HTMLElement {
	const found = el.querySelector<HTMLElement>(`.tls-card[data-path="${path}"]`);
	if (!found) throw new Error(`no card for ${path}`);
	return found;
}

function lane(el: HTMLElement, title: string): HTMLElement {
	const found = Array.from(el.querySelectorAll<HTMLElement>(".tls-lane")).find((l) => l.querySelector(".tls-lane-title")?.textContent === title);
	if (!found) throw new Error(`no lane ${title}`);
	return found;
}

/**
 * A drag as Chromium sends it: one DataTransfer from the card's dragstart to the lane's drop. The pointer's last
 * step enters the lane, where Chromium fires `dragenter` alone, and there is a drop only when that event was cancelled.
 */
function startDrag(from: HTMLElement): { dropOn(target: HTMLElement): void; end(): void } {
	const data = new Map<string, string>();
	const dataTransfer = { setData: (type: string, value: string) => data.set(type, value), getData: (type: string) => data.get(type) ?? "", types: [] as string[], effectAllowed: "", dropEffect: "" };
	const send = (el: Element, type: string): boolean => {
		const event = new Event(type, { bubbles: true, cancelable: true });
		Object.defineProperty(event, "dataTransfer", { value: dataTransfer });
		return el.dispatchEvent(event);
	};
	send(from, "dragstart");
	return {
		dropOn(target) {
			if (!send(target, "dragenter")) send(target, "drop");
		},
		end: () => send(from, "dragend"),
	};
}

async function drag(from: HTMLElement, to: HTMLElement): Promise<void> {
	const gesture = startDrag(from);
	gesture.dropOn(to);
	gesture.end();
	await flush();
}

async function read(app: App, path: string): Promise<string> {
	return app.vault.read(app.vault.getFileByPath(path)!);
}

function lastNotice(): MockNotice {
	const notice = notices.at(-1);
	if (!notice) throw new Error("no notice");
	return notice;
}

async function undoFromNotice(): Promise<void> {
	lastNotice().messageEl.querySelector("button")?.click();
	await flush();
}

describe("the pipeline as a view of a base", () => {
	it("grouped by status, shows the stages in the writer's order, empty ones too, each idea with the board's card, in the base's order", async () => {
		const { el, view } = await openBase(BY_STATUS);
		expect(lanes(el)).toEqual([
			"Réfléchir (2): L'expertise invisible, Oser",
			"Étincelle (1): Douter : « avancer »",
			"Investir (1): Écrire chaque matin",
			"Réinvestir (0): ",
		]);
		const douter = card(el, DOUTER);
		expect(douter.querySelector(".tls-card-source")?.textContent).toContain("Journal 2026-11-28");
		expect(Array.from(douter.querySelectorAll(".tls-draft-chip")).map((chip) => chip.textContent)).toEqual([expect.stringContaining("Post LinkedIn")]);
		expect(lane(el, "Réinvestir").querySelector(".tls-lane-empty")?.textContent).toBe("Déposez une carte ici.");
		// The title as typed, the words around it in French typography.
		expect(douter.getAttribute("aria-label")).toBe(`Douter : « avancer ». Maj et les flèches la déplacent vers une autre étape${NBSP}; la touche menu ouvre ses actions.`);
		// Read only, never written: the base's configuration is the writer's.
		expect(view.config.sets).toBe(0);
	});

	it("grouped by another property, shows its values as lanes in the order the view's option gives, a value no note holds yet included", async () => {
		const { el } = await openBase(BY_PRIORITY);
		expect(lanes(el)).toEqual(["haute (2): Douter : « avancer », L'expertise invisible", "moyenne (0): ", "basse (1): Oser", "Sans valeur (1): Écrire chaque matin"]);
		// A note without a value cannot be given "no value" by a drop.
		expect(lane(el, "Sans valeur").classList.contains("tls-drop-zone")).toBe(false);
		expect(lane(el, "moyenne").classList.contains("tls-drop-zone")).toBe(true);
		// Screen readers hear that the keys move a card to another lane: these lanes are no stages.
		expect(card(el, OSER).getAttribute("aria-label")).toBe(`Oser. Maj et les flèches la déplacent vers une autre colonne${NBSP}; la touche menu ouvre ses actions.`);
	});

	it("takes its sort from the base, keeps it within each lane, and follows it when the writer changes it", async () => {
		const { app, el } = await openBase(BY_STATUS);
		expect(lanes(el)[0]).toBe("Réfléchir (2): L'expertise invisible, Oser");
		await app.vault.modify(app.vault.getFileByPath(BASE)!, BY_STATUS.replace("direction: DESC", "direction: ASC"));
		await flush();
		expect(lanes(el)[0]).toBe("Réfléchir (2): Oser, L'expertise invisible");
	});

	it("writes a lane's value to the grouped property when a card is dropped on it, in one minimal edit, with the board's Notice and its Undo", async () => {
		const { app, el } = await openBase(BY_PRIORITY);
		await drag(card(el, OSER), lane(el, "haute"));
		expect(await read(app, OSER)).toBe(OSER_TEXT.replace("priorité: basse", "priorité: haute"));
		expect(lastNotice().messageEl.textContent).toContain(`«${NBSP}Oser${NBSP}» déplacée vers haute`);
		expect(lanes(el)).toEqual(["haute (3): Douter : « avancer », L'expertise invisible, Oser", "moyenne (0): ", "basse (0): ", "Sans valeur (1): Écrire chaque matin"]);
		await undoFromNotice();
		expect(await read(app, OSER)).toBe(OSER_TEXT);
		expect(lastNotice().messageEl.textContent).toContain("est de retour dans basse");
		expect(lanes(el)[2]).toBe("basse (1): Oser");
	});

	it("gives a value no note holds yet, from the lanes' order, to the card dropped in its lane", async () => {
		const { app, el } = await openBase(BY_PRIORITY);
		await drag(card(el, DOUTER), lane(el, "moyenne"));
		expect(await read(app, DOUTER)).toContain("\npriorité: moyenne\n");
		expect(lanes(el)[1]).toBe("moyenne (1): Douter : « avancer »");
	});

	it("moves an idea between stages as the board does, the day of the move beside its status, and Undo takes both back", async () => {
		const { app, el } = await openBase(BY_STATUS);
		await drag(card(el, ECRIRE), lane(el, "Réinvestir"));
		expect(await read(app, ECRIRE)).toBe(ECRIRE_TEXT.replace("status: invest\n", "status: re-invest\nstage-since: 2026-12-08\n"));
		expect(lastNotice().messageEl.textContent).toContain(`«${NBSP}Écrire chaque matin${NBSP}» déplacée vers Réinvestir`);
		expect(lanes(el)[3]).toBe("Réinvestir (1): Écrire chaque matin");
		await undoFromNotice();
		expect(await read(app, ECRIRE)).toBe(ECRIRE_TEXT);
	});

	it("refuses to undo a move when the note's value changed since, and says which value it no longer holds", async () => {
		const { app, el } = await openBase(BY_PRIORITY);
		await drag(card(el, OSER), lane(el, "haute"));
		const moved = await read(app, OSER);
		await app.vault.modify(app.vault.getFileByPath(OSER)!, moved.replace("priorité: haute", "priorité: moyenne"));
		await flush();
		await undoFromNotice();
		expect(await read(app, OSER)).toContain("priorité: moyenne");
		expect(lastNotice().messageEl.textContent).toBe(`«${NBSP}Oser${NBSP}» a été modifiée depuis le déplacement et sa propriété priorité n'est plus haute${NBSP}: annuler écraserait votre modification, la note est donc restée telle quelle.`);
	});

	it("keeps the dragged card under the pointer when the base changes during the drag, and shows the change once it is dropped", async () => {
		const { app, el, view } = await openBase(BY_PRIORITY);
		const oser = card(el, OSER);
		const gesture = startDrag(oser);
		await app.vault.create("Idées/Relire ses notes.md", "---\ntype: idea\nstatus: spark\npriorité: moyenne\n---\nRelire ses notes : « le carnet » comme atelier.\n");
		await flush();
		const updates = view.updates;
		expect(updates).toBeGreaterThan(1);
		expect(oser.isConnected).toBe(true);
		expect(card(el, OSER)).toBe(oser);
		expect(el.querySelector('.tls-card[data-path="Idées/Relire ses notes.md"]')).toBeNull();
		gesture.dropOn(lane(el, "haute"));
		gesture.end();
		await flush();
		expect(await read(app, OSER)).toContain("priorité: haute   # on verra");
		expect(lanes(el)).toEqual(["haute (3): Douter : « avancer », L'expertise invisible, Oser", "moyenne (1): Relire ses notes", "basse (0): ", "Sans valeur (1): Écrire chaque matin"]);
	});

	it("moves a card to the next lane with Shift+arrow, and offers every lane it can go to in its menu, on a phone too", async () => {
		const { app, el } = await openBase(BY_PRIORITY);
		card(el, DOUTER).dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", shiftKey: true, bubbles: true }));
		await flush();
		expect(await read(app, DOUTER)).toContain("\npriorité: moyenne\n");
		const menus: MockMenu[] = [];
		jest.spyOn(Menu.prototype, "showAtMouseEvent").mockImplementation(function (this: Menu) {
			menus.push(this as unknown as MockMenu);
			return this;
		});
		card(el, OSER).querySelector<HTMLElement>(".tls-card-menu")?.click();
		const items = (menus.at(-1)?.menuItems__ ?? []) as unknown as { title__: string; onClick__: (() => void) | null }[];
		const moves = items.map((item) => item.title__).filter((title) => title.startsWith("Déplacer"));
		expect(moves).toEqual(["Déplacer vers haute", "Déplacer vers moyenne"]);
		items.find((item) => item.title__ === "Déplacer vers haute")?.onClick__?.();
		await flush();
		expect(await read(app, OSER)).toContain("priorité: haute");
	});

	it("shows a note the index does not hold as an idea as a plain card with its name, and moves it too", async () => {
		const { app, el } = await openBase(`filters: 'file.inFolder("Notes")'\nviews:\n  - type: thought-leadership-pipeline\n    name: Notes\n    groupBy:\n      property: note.priorité\n      direction: DESC\n    laneOrder: haute, basse\n`);
		expect(lanes(el)).toEqual(["haute (0): ", "basse (1): Liste de courses"]);
		const courses = card(el, COURSES);
		expect(courses.querySelector(".tls-card-meta")?.textContent).toBe("");
		await drag(courses, lane(el, "haute"));
		expect(await read(app, COURSES)).toBe("---\npriorité: haute\n---\nDu pain.\n");
	});

	it("takes the lanes from the view's option when it names another property than the one the base groups by", async () => {
		const { el } = await openBase(BY_STATUS.replace("    sort:", "    laneProperty: note.priorité\n    compactCards: true\n    sort:"));
		expect(lanes(el)).toEqual(["haute (2): L'expertise invisible, Douter : « avancer »", "basse (1): Oser", "Sans valeur (1): Écrire chaque matin"]);
		expect(el.querySelector(".tls-bases-board")?.classList.contains("is-compact")).toBe(true);
	});

	it("falls back on the stages when the base does not group", async () => {
		const { el } = await openBase("views:\n  - type: thought-leadership-pipeline\n    name: Tout\n    filters: 'type == \"idea\"'\n");
		expect(lanes(el)).toEqual(["Réfléchir (2): L'expertise invisible, Oser", "Étincelle (1): Douter : « avancer »", "Investir (1): Écrire chaque matin", "Réinvestir (0): "]);
	});
});

describe("the pipeline's registration with Bases", () => {
	it("is named in the writer's language, under the plugin's own id, with typed options", async () => {
		const app = makeApp(FILES);
		const { plugin } = await loadPlugin(app);
		const found = registration(plugin);
		expect(found.name).toBe("Pipeline d'idées");
		expect((plugin as unknown as { basesViewRegistrations__: Map<string, unknown> }).basesViewRegistrations__.has("kanban")).toBe(false);
		expect(found.options?.({} as never).map((option) => [option.type, "key" in option ? option.key : null, option.displayName])).toEqual([
			["property", "laneProperty", "Colonnes selon"],
			["multitext", "laneOrder", "Ordre des colonnes"],
			["toggle", "compactCards", "Cartes compactes"],
		]);
	});

	it("writes a new idea base in the ideas folder, never over one there, and opens it", async () => {
		const app = makeApp({ ...FILES, [BASE]: "views: []\n" });
		const { command } = await loadPlugin(app);
		const opened: string[] = [];
		jest.spyOn(WorkspaceLeaf.prototype, "openFile").mockImplementation(async (file) => {
			opened.push(file.path);
			await Promise.resolve();
		});
		expect(run(command("new-idea-base"))).toBe(true);
		await flush();
		const text = await read(app, "Idées/Idées 2.base");
		expect(text).toBe(BY_STATUS.replace(/ {4}sort:\n[\s\S]*$/, "    order:\n      - file.name\n      - note.status\n      - note.source\n").replace("name: Pipeline d'idées", 'name: "Pipeline d\'idées"'));
		expect(await read(app, BASE)).toBe("views: []\n");
		expect(opened).toEqual(["Idées/Idées 2.base"]);
	});

	it("registers nothing, and adds no command, where Bases is turned off", async () => {
		jest.spyOn(Plugin.prototype, "registerBasesView").mockReturnValue(false);
		const app = makeApp(FILES);
		const { command } = await loadPlugin(app);
		expect(() => command("new-idea-base")).toThrow("no command new-idea-base");
		expect(run(command("open-pipeline"))).toBe(true);
	});
});
