/**
 * @jest-environment jsdom
 */
import { Menu, Notice, type App, type View, type ViewCreator } from "obsidian";
import { App as MockApp, WorkspaceLeaf, type Menu as MockMenu } from "obsidian-test-mocks/obsidian";
import { makeApp, flush } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { freezeDate } from "../helpers/frozen-date";
import { PlanModal } from "../../src/obsidian/calendar/plan-modal";
import { IdeaSuggestModal } from "../../src/obsidian/calendar/idea-suggest-modal";
import { CALENDAR_VIEW_TYPE, type CalendarView } from "../../src/obsidian/calendar/calendar-view";
import { PIPELINE_VIEW_TYPE, type PipelineView } from "../../src/obsidian/pipeline/pipeline-view";
import type ThoughtLeadershipStudioPlugin from "../../src/main";

// The in-memory Obsidian always speaks English: this writer uses it in French.
jest.mock("../../src/obsidian/shared/obsidian-language", () => ({ obsidianLanguage: () => "fr" }));

interface MockNotice {
	constructor__(message: string): void;
	messageEl: HTMLElement;
}

/** Tuesday 8 December 2026, 9:30: the writer's today. */
const TODAY = new Date(2026, 11, 8, 9, 30);

const IDEA_PATH = "Idées/Douter : « avancer ».md";
const POST_PATH = "Brouillons/Douter — Post LinkedIn.md";
const POST = `---\ntype: draft\nidea: "[[Douter : « avancer »]]"\nformat: linkedin-post\nchannel: LinkedIn   # où le publier\nstatus: draft\ncreated: 2026-11-30T10:00\ntags: [linkedin]\n---\n# Douter : « avancer »\n\nLe texte.\n`;
const PUBLISHED_PATH = "Brouillons/Oser — Post LinkedIn.md";
const PUBLISHED = `---\ntype: draft\nidea: "[[Oser]]"\nformat: linkedin-post\nstatus: published\npublished: 2026-12-07\n---\nOser.\n`;
const LETTER_PATH = "Brouillons/Douter — Numéro de newsletter.md";
const LETTER = `---\ntype: draft\nidea: "[[Douter : « avancer »]]"\nformat: newsletter-issue\nchannel: Newsletter\nstatus: draft\nplanned: 2026-12-10T08:30\n---\nLa lettre.\n`;

let notices: MockNotice[] = [];
let plans: PlanModal[] = [];
let ideaPickers: IdeaSuggestModal[] = [];

beforeEach(() => {
	freezeDate(TODAY);
	notices = [];
	plans = [];
	ideaPickers = [];
	jest.spyOn(Notice.prototype as unknown as MockNotice, "constructor__").mockImplementation(function (this: MockNotice) {
		notices.push(this);
	});
	// The in-memory Modal closes itself at once: keep the dialogs open, as Obsidian does.
	jest.spyOn(PlanModal.prototype, "open").mockImplementation(function (this: PlanModal) {
		plans.push(this);
		this.onOpen();
	});
	jest.spyOn(IdeaSuggestModal.prototype, "open").mockImplementation(function (this: IdeaSuggestModal) {
		ideaPickers.push(this);
	});
});

afterEach(() => {
	jest.restoreAllMocks();
	jest.useRealTimers();
});

function vault(files: Record<string, string> = {}): App {
	return makeApp({
		[IDEA_PATH]: `---\ntype: idea\nstatus: spark\ntitle: "Douter : « avancer »"\n---\nDouter : « avancer »\n`,
		"Idées/Oser.md": "---\ntype: idea\nstatus: think\n---\nOser.\n",
		[POST_PATH]: POST,
		[PUBLISHED_PATH]: PUBLISHED,
		[LETTER_PATH]: LETTER,
		...files,
	});
}

/** The writer's settings: day-first dates, and a rhythm of three LinkedIn posts and one newsletter a week. */
const SETTINGS = { dateFormat: "dd/MM/yyyy HH:mm", rhythm: { LinkedIn: 3, Newsletter: 1 } };

async function load(app: App) {
	return loadPlugin(app, { before: (plugin) => ((plugin as unknown as { data__: unknown }).data__ = SETTINGS) });
}

async function read(app: App, path: string): Promise<string> {
	return app.vault.read(app.vault.getFileByPath(path)!);
}

function lastNotice(): string {
	return notices.at(-1)?.messageEl.textContent ?? "";
}

/** A view the plugin registered, opened in a leaf of the main area (a tab) or of the side panel. */
async function openView<V extends View>(plugin: ThoughtLeadershipStudioPlugin, app: App, type: string, inTab: boolean): Promise<V> {
	const creator = (plugin as unknown as { views__: Map<string, ViewCreator> }).views__.get(type);
	if (!creator) throw new Error(`no view ${type}`);
	const view = creator(WorkspaceLeaf.create2__(MockApp.fromOriginalType__(app)).asOriginalType3__()) as V;
	document.body.empty();
	document.body.createDiv({ cls: inTab ? "workspace-split mod-root" : "workspace-split mod-right-split" }).appendChild(view.containerEl);
	await (view as unknown as { onOpen(): Promise<void> }).onOpen();
	await flush();
	return view;
}

function dialog() {
	const modal = plans.at(-1);
	if (!modal) throw new Error("no plan dialog");
	const input = modal.contentEl.querySelector<HTMLInputElement>("input.tls-plan-date")!;
	return {
		modal,
		input,
		type(value: string) {
			input.value = value;
			input.dispatchEvent(new Event("input"));
		},
		async submit() {
			Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Planifier")!.click();
			await flush();
		},
		async remove() {
			Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Retirer la date")!.click();
			await flush();
		},
		hasRemove: () => Array.from(modal.contentEl.querySelectorAll("button")).some((b) => b.textContent === "Retirer la date"),
		alert: () => modal.contentEl.querySelector("[role=alert]")?.textContent ?? "",
		free: () => Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".tls-plan-free-day")).map((b) => `${b.dataset.day} ${b.textContent}`),
	};
}

describe("plan-draft", () => {
	it("is offered on a draft not yet published, not on a published one nor on an idea", async () => {
		const app = vault();
		const { command } = await load(app);
		await openNote(app, POST_PATH);
		expect(command("plan-draft").checkCallback?.(true)).toBe(true);
		await openNote(app, PUBLISHED_PATH);
		expect(command("plan-draft").checkCallback?.(true)).toBe(false);
		await openNote(app, IDEA_PATH);
		expect(command("plan-draft").checkCallback?.(true)).toBe(false);
		expect(command("plan-draft").hotkeys).toBeUndefined();
	});

	it("offers the next free days of the draft's channel, following its rhythm, and writes the day typed in the writer's format, with its time, below the status", async () => {
		const app = vault();
		const { command } = await load(app);
		await openNote(app, POST_PATH);
		expect(run(command("plan-draft"))).toBe(true);
		const plan = dialog();
		expect(plan.modal.titleEl.textContent).toBe("Planifier «\u00a0Douter : « avancer » — Post LinkedIn\u00a0»");
		// Three a week on Monday, Wednesday and Friday; Monday the 7th is past, Oser's post was published that day.
		expect(plan.free()).toEqual(["2026-12-09 mer. 9 déc.", "2026-12-11 ven. 11 déc.", "2026-12-14 lun. 14 déc.", "2026-12-16 mer. 16 déc.", "2026-12-18 ven. 18 déc."]);
		expect(plan.input.value).toBe("");
		const process = jest.spyOn(app.vault, "process");
		plan.type("11/12/2026 à 9h30");
		await plan.submit();
		expect(process).toHaveBeenCalledTimes(1);
		expect(await read(app, POST_PATH)).toBe(POST.replace("status: draft\n", "status: draft\nplanned: 2026-12-11T09:30\n"));
		expect(lastNotice()).toBe("«\u00a0Douter : « avancer » — Post LinkedIn\u00a0» planifié le vendredi 11 décembre 2026 à 09:30.Annuler");
	});

	it("fills the field with a free day in the writer's format when one is picked", async () => {
		const app = vault();
		const { command } = await load(app);
		await openNote(app, POST_PATH);
		run(command("plan-draft"));
		const plan = dialog();
		plan.modal.contentEl.querySelector<HTMLElement>('.tls-plan-free-day[data-day="2026-12-14"]')!.click();
		expect(plan.input.value).toBe("14/12/2026");
		await plan.submit();
		expect((await read(app, POST_PATH)).split("\n")).toContain("planned: 2026-12-14");
	});

	it("refuses a day the calendar does not have, and words that are no date, saying why, and writes nothing", async () => {
		const app = vault();
		const { command } = await load(app);
		await openNote(app, POST_PATH);
		run(command("plan-draft"));
		const plan = dialog();
		plan.type("31/11/2026");
		await plan.submit();
		expect(plan.alert()).toBe("31/11/2026 n'est pas un jour du calendrier (pas de 30 février, pas de mois 13). Rien n'a été écrit.");
		plan.type("vendredi prochain");
		await plan.submit();
		expect(plan.alert()).toBe("«\u00a0vendredi prochain\u00a0» n'est pas une date. Par exemple 08/12/2026 ou 2026-12-08, avec une heure si vous voulez\u00a0: 09:30. Rien n'a été écrit.");
		expect(await read(app, POST_PATH)).toBe(POST);
	});

	it("writes nothing when cancelled", async () => {
		const app = vault();
		const { command } = await load(app);
		await openNote(app, POST_PATH);
		run(command("plan-draft"));
		const plan = dialog();
		plan.type("11/12/2026");
		Array.from(plan.modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Annuler")!.click();
		await flush();
		expect(await read(app, POST_PATH)).toBe(POST);
	});

	it("starts from the planned date, and its Undo puts the note back exactly as it was", async () => {
		const app = vault();
		const { command } = await load(app);
		await openNote(app, LETTER_PATH);
		run(command("plan-draft"));
		const plan = dialog();
		expect(plan.input.value).toBe("10/12/2026 08:30");
		plan.type("17/12/2026 08:30");
		await plan.submit();
		expect(await read(app, LETTER_PATH)).toBe(LETTER.replace("planned: 2026-12-10T08:30", "planned: 2026-12-17T08:30"));
		notices.at(-1)!.messageEl.querySelector("button")!.click();
		await flush();
		expect(await read(app, LETTER_PATH)).toBe(LETTER);
		expect(lastNotice()).toBe("Annulé\u00a0: «\u00a0Douter : « avancer » — Numéro de newsletter\u00a0» est comme avant.");
	});

	it("takes a planned date out, its line alone, and its Undo puts it back; a draft not planned is offered no such button", async () => {
		const app = vault();
		const { command } = await load(app);
		await openNote(app, LETTER_PATH);
		run(command("plan-draft"));
		const plan = dialog();
		await plan.remove();
		expect(await read(app, LETTER_PATH)).toBe(LETTER.replace("planned: 2026-12-10T08:30\n", ""));
		expect(lastNotice().startsWith("«\u00a0Douter : « avancer » — Numéro de newsletter\u00a0» n'est plus planifié.")).toBe(true);
		expect(plans.at(-1)?.contentEl.childElementCount).toBe(0);
		notices.at(-1)!.messageEl.querySelector("button")!.click();
		await flush();
		expect(await read(app, LETTER_PATH)).toBe(LETTER);
		await app.vault.modify(app.vault.getFileByPath(LETTER_PATH)!, LETTER.replace("planned: 2026-12-10T08:30\n", ""));
		await flush();
		run(command("plan-draft"));
		expect(dialog().hasRemove()).toBe(false);
	});

	it("never takes out a planned date changed while the dialog was open", async () => {
		const app = vault();
		const { command } = await load(app);
		await openNote(app, LETTER_PATH);
		run(command("plan-draft"));
		const synced = LETTER.replace("planned: 2026-12-10T08:30", "planned: 2026-12-24");
		await app.vault.modify(app.vault.getFileByPath(LETTER_PATH)!, synced);
		await flush();
		await dialog().remove();
		expect(await read(app, LETTER_PATH)).toBe(synced);
		expect(lastNotice()).toContain("Impossible de retirer la date de «\u00a0Douter : « avancer » — Numéro de newsletter\u00a0», rien n'a été écrit");
	});

	it("never writes over a planned date changed while the dialog was open", async () => {
		const app = vault();
		const { command } = await load(app);
		await openNote(app, LETTER_PATH);
		run(command("plan-draft"));
		const synced = LETTER.replace("planned: 2026-12-10T08:30", "planned: 2026-12-24");
		await app.vault.modify(app.vault.getFileByPath(LETTER_PATH)!, synced);
		await flush();
		const plan = dialog();
		plan.type("17/12/2026");
		await plan.submit();
		expect(await read(app, LETTER_PATH)).toBe(synced);
		expect(lastNotice()).toContain("Impossible de planifier «\u00a0Douter : « avancer » — Numéro de newsletter\u00a0», rien n'a été écrit");
	});

	it("is on a draft chip's one menu on the board, with copying its text, and not on a published draft's, which records results", async () => {
		const app = vault();
		const { plugin } = await load(app);
		const board = await openView<PipelineView>(plugin, app, PIPELINE_VIEW_TYPE, false);
		const titles: string[][] = [];
		jest.spyOn(Menu.prototype, "showAtPosition").mockImplementation(function (this: Menu) {
			titles.push((this as unknown as MockMenu).menuItems__.map((item) => (item as unknown as { title__: string }).title__));
			return this;
		});
		const chip = (path: string) => board.contentEl.querySelector<HTMLElement>(`.tls-draft-chip[data-path="${path}"]`)!;
		chip(POST_PATH).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		chip(PUBLISHED_PATH).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		expect(titles[0]).toEqual(["Post LinkedIn · LinkedIn", "Ouvrir", "Ouvrir dans un nouvel onglet", "Planifier ce brouillon…", "Copier le texte du post"]);
		expect(titles[1]).toEqual(["Post LinkedIn · LinkedIn", "Ouvrir", "Ouvrir dans un nouvel onglet", "Copier le texte du post", "Noter les résultats"]);
	});
});

describe("the calendar", () => {
	function entry(view: CalendarView, path: string): HTMLElement {
		const el = view.contentEl.querySelector<HTMLElement>(`.tls-cal-entry[data-path="${path}"]`);
		if (!el) throw new Error(`no entry for ${path}`);
		return el;
	}

	const dayOf = (view: CalendarView, path: string): string | undefined => entry(view, path).closest<HTMLElement>(".tls-cal-day")?.dataset.day;

	/** A drag of a draft onto a day, as the browser sends it. */
	function drag(view: CalendarView, path: string, day: string): void {
		const data = new Map<string, string>();
		const dataTransfer = { setData: (type: string, value: string) => data.set(type, value), getData: (type: string) => data.get(type) ?? "", types: [] as string[], effectAllowed: "", dropEffect: "" };
		const send = (el: Element, type: string): boolean => {
			const event = new Event(type, { bubbles: true, cancelable: true });
			Object.defineProperty(event, "dataTransfer", { value: dataTransfer });
			return el.dispatchEvent(event);
		};
		const target = view.contentEl.querySelector(`.tls-cal-day[data-day="${day}"]`)!;
		send(entry(view, path), "dragstart");
		// The pointer's last step enters the day, where Chromium fires `dragenter` alone: a drop only when it was cancelled.
		if (!send(target, "dragenter")) send(target, "drop");
	}

	it("shows a month in a tab from Monday, each day with its planned drafts and publications, the overdue ones marked", async () => {
		const app = vault({ "Brouillons/Oublié — Post LinkedIn.md": "---\ntype: draft\nidea: \"[[Oser]]\"\nformat: linkedin-post\nstatus: draft\nplanned: 2026-12-02\n---\n" });
		const { plugin } = await load(app);
		const view = await openView<CalendarView>(plugin, app, CALENDAR_VIEW_TYPE, true);
		expect(view.contentEl.querySelector(".tls-cal-title")?.textContent).toBe("décembre 2026");
		expect(view.contentEl.querySelector(".tls-cal-overdue-count")?.textContent).toBe("1 en retard");
		expect(Array.from(view.contentEl.querySelectorAll(".tls-cal-weekday")).map((el) => el.textContent)).toEqual(["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]);
		expect(dayOf(view, LETTER_PATH)).toBe("2026-12-10");
		expect(entry(view, LETTER_PATH).textContent).toBe("08:30Numéro de newsletterDouter : « avancer »");
		expect(entry(view, PUBLISHED_PATH).className).toContain("is-published");
		expect(entry(view, PUBLISHED_PATH).getAttribute("aria-label")).toBe("Post LinkedIn\u00a0: Oser, publié le lundi 7 décembre 2026");
		expect(entry(view, "Brouillons/Oublié — Post LinkedIn.md").className).toContain("is-overdue");
		// Not planned, not published: on no day.
		expect(view.contentEl.querySelector(`.tls-cal-entry[data-path="${POST_PATH}"]`)).toBeNull();
	});

	it("moves a draft dragged to another day: its planned line alone changes, its time kept, and the Notice's Undo takes it back", async () => {
		const app = vault();
		const { plugin } = await load(app);
		const view = await openView<CalendarView>(plugin, app, CALENDAR_VIEW_TYPE, true);
		const process = jest.spyOn(app.vault, "process");
		drag(view, LETTER_PATH, "2026-12-15");
		// Shown at once on its new day, before the note is written.
		expect(dayOf(view, LETTER_PATH)).toBe("2026-12-15");
		await flush();
		expect(process).toHaveBeenCalledTimes(1);
		expect(await read(app, LETTER_PATH)).toBe(LETTER.replace("planned: 2026-12-10T08:30", "planned: 2026-12-15T08:30"));
		expect(lastNotice()).toBe("«\u00a0Douter : « avancer » — Numéro de newsletter\u00a0» planifié le mardi 15 décembre 2026 à 08:30.Annuler");
		notices.at(-1)!.messageEl.querySelector("button")!.click();
		await flush();
		expect(await read(app, LETTER_PATH)).toBe(LETTER);
	});

	it("moves a focused draft a day with Shift+ArrowRight and a week with Shift+ArrowDown, and leaves a publication where it is", async () => {
		const app = vault();
		const { plugin } = await load(app);
		const view = await openView<CalendarView>(plugin, app, CALENDAR_VIEW_TYPE, true);
		const press = (path: string, key: string) => entry(view, path).dispatchEvent(new KeyboardEvent("keydown", { key, shiftKey: true, bubbles: true }));
		press(LETTER_PATH, "ArrowRight");
		await flush();
		expect((await read(app, LETTER_PATH)).split("\n")).toContain("planned: 2026-12-11T08:30");
		press(LETTER_PATH, "ArrowDown");
		await flush();
		expect((await read(app, LETTER_PATH)).split("\n")).toContain("planned: 2026-12-18T08:30");
		press(PUBLISHED_PATH, "ArrowRight");
		await flush();
		expect(await read(app, PUBLISHED_PATH)).toBe(PUBLISHED);
	});

	it("shows the week in the side panel with each channel's pieces against its rhythm, and a + that drafts a picked idea planned for its day", async () => {
		const app = vault();
		const { plugin } = await load(app);
		const view = await openView<CalendarView>(plugin, app, CALENDAR_VIEW_TYPE, false);
		expect(view.contentEl.querySelector(".tls-cal-title")?.textContent).toBe("Semaine du 7 déc. 2026");
		expect(Array.from(view.contentEl.querySelectorAll(".tls-cal-rhythm-line")).map((el) => el.getAttribute("aria-label"))).toEqual(["LinkedIn\u00a0: 1 sur 3 cette semaine", "Newsletter\u00a0: 1 sur 1 cette semaine"]);
		const slots = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".tls-cal-slot"));
		expect(slots.map((slot) => `${slot.dataset.day} ${slot.textContent}`)).toEqual(["2026-12-09 + LinkedIn", "2026-12-11 + LinkedIn"]);
		slots[1]!.click();
		const picker = ideaPickers.at(-1)!;
		expect(picker.getItems().map((idea) => picker.getItemText(idea))).toEqual(["Oser", "Douter : « avancer »"]);
		picker.onChooseItem(picker.getItems()[0]!);
		await flush();
		const made = app.vault.getMarkdownFiles().map((f) => f.path).find((p) => p.startsWith("Brouillons/Oser") && p.includes("Post LinkedIn") && p !== PUBLISHED_PATH);
		expect(made).toBeDefined();
		const text = await read(app, made!);
		expect(text).toContain("\nformat: linkedin-post\nchannel: LinkedIn\nstatus: draft\nplanned: 2026-12-11\n");
	});
});
