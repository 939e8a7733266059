/**
 * @jest-environment jsdom
 */
import { App, WorkspaceLeaf, type Menu as MockMenu } from "obsidian-test-mocks/obsidian";
import { Menu, Notice, type App as ObsidianApp, type Plugin } from "obsidian";
import { flush, makeApp } from "../../helpers/obsidian-app";
import { Studio } from "../../../src/obsidian/shared/studio";
import { IdeaPipeline } from "../../../src/obsidian/pipeline/idea-pipeline";
import { BoardActions } from "../../../src/obsidian/pipeline/board-actions";
import { PipelineView } from "../../../src/obsidian/pipeline/pipeline-view";
import { ConfirmModal } from "../../../src/obsidian/shared/confirm-modal";
import { ChoiceModal } from "../../../src/obsidian/shared/choice-modal";
import { LONG_PRESS_MS } from "../../../src/obsidian/shared/menu-gesture";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";
import { JOURNAL_POST_IDEAS } from "../../fixtures/journal-post-ideas";
import { StudioSettingTab } from "../../../src/obsidian/settings/studio-setting-tab";
import manifest from "../../../manifest.json";

const NBSP = "\u00a0";
const JOURNAL = "Journal/2024-02-22.md";
const CARNET = "Réflexions/Carnet de bord.md";
const EXPERTISE = "Le piège de l'expertise : « savoir » tue l'envie";
const CARNET_NOTE = `---\ntags: [réflexions]\n---\n## Idées de posts\n- ${EXPERTISE}\n- Relire ses notes : « le carnet » comme atelier\n`;

const files = {
	[JOURNAL]: `---\ntags: [journal]\n---\n${JOURNAL_POST_IDEAS}\n`,
	[CARNET]: CARNET_NOTE,
};

/** What `loadData`/`saveData` keep: data.json, as Obsidian and a sync see it. */
interface Storage {
	data: unknown;
	loadData(): Promise<unknown>;
	saveData(data: unknown): Promise<void>;
	registerEvent(): void;
}

function storage(data: unknown = null): Storage {
	const copy = (value: unknown): unknown => (value === null ? null : JSON.parse(JSON.stringify(value)));
	const store: Storage = {
		data,
		loadData: () => Promise.resolve(copy(store.data)),
		saveData: (next) => Promise.resolve(void (store.data = copy(next))),
		registerEvent: () => undefined,
	};
	return store;
}

/** The studio loaded from `store` (as at each start of Obsidian), started, and a board open on it in the side panel, its whole Inbox shown. */
async function openBoard(app: ObsidianApp, store: Storage): Promise<{ view: PipelineView; studio: Studio }> {
	const studio = await Studio.load(app, { ...manifest, dir: ".obsidian/plugins/x" }, store, "fr");
	await studio.start();
	const pipeline = new IdeaPipeline(app, studio);
	const view = new PipelineView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), studio, pipeline, new BoardActions(app, pipeline, studio.translate));
	document.body.empty();
	document.body.createDiv({ cls: "workspace-split mod-right-split" }).appendChild(view.containerEl);
	await view.onOpen();
	view.contentEl.querySelector<HTMLButtonElement>(".tls-inbox-toggle")?.click();
	return { view, studio };
}

function inbox(view: PipelineView): HTMLElement {
	const lane = view.contentEl.querySelector<HTMLElement>(".tls-lane-inbox");
	if (!lane) throw new Error("no inbox");
	return lane;
}

/** The words of the Inbox's cards, in order. */
function inboxWords(view: PipelineView): string[] {
	return Array.from(inbox(view).querySelectorAll(".tls-inbox-card .tls-card-title")).map((el) => el.textContent ?? "");
}

function inboxCard(view: PipelineView, words: string): HTMLElement {
	const card = Array.from(inbox(view).querySelectorAll<HTMLElement>(".tls-inbox-card")).find((el) => el.querySelector(".tls-card-title")?.textContent === words);
	if (!card) throw new Error(`no inbox card "${words}"`);
	return card;
}

function button(parent: HTMLElement, selector: string): HTMLButtonElement {
	const found = parent.querySelector<HTMLButtonElement>(selector);
	if (!found) throw new Error(`no ${selector}`);
	return found;
}

/** The menus opened from now on, their items by title. */
function watchMenus(): { opened(): number; last(): { head: string; titles: string[]; click(title: string): void } } {
	const menus: MockMenu[] = [];
	const record = function (this: Menu): Menu {
		menus.push(this as unknown as MockMenu);
		return this;
	};
	jest.spyOn(Menu.prototype, "showAtMouseEvent").mockImplementation(record);
	jest.spyOn(Menu.prototype, "showAtPosition").mockImplementation(record);
	return {
		opened: () => menus.length,
		last() {
			const menu = menus.at(-1);
			if (!menu) throw new Error("no menu was opened");
			const items = menu.menuItems__ as unknown as { title__: string; isLabel__: boolean; onClick__: (() => void) | null }[];
			return {
				head: items.find((item) => item.isLabel__)?.title__ ?? "",
				titles: items.filter((item) => !item.isLabel__).map((item) => item.title__),
				click(title) {
					const item = items.find((one) => one.title__ === title);
					if (!item?.onClick__) throw new Error(`no menu item "${title}"`);
					item.onClick__();
				},
			};
		},
	};
}

/** The dialogs opened from now on, shown where a test can read them and answer. */
function watchDialogs() {
	const confirms: ConfirmModal[] = [];
	const choices: ChoiceModal<string>[] = [];
	jest.spyOn(ConfirmModal.prototype, "open").mockImplementation(function (this: ConfirmModal) {
		confirms.push(this);
		this.onOpen();
	});
	jest.spyOn(ChoiceModal.prototype, "open").mockImplementation(function (this: ChoiceModal<string>) {
		choices.push(this);
		this.onOpen();
	});
	return {
		confirms,
		choices,
		/** Answers the last question by its button. */
		async answer(value: string) {
			const modal = choices.at(-1);
			if (!modal) throw new Error("no question was asked");
			button(modal.contentEl, `button[data-choice="${value}"]`).click();
			await flush();
		},
	};
}

/** The notices shown from now on, with their buttons. */
function watchNotices(): { messageEl: HTMLElement }[] {
	const shown: { messageEl: HTMLElement }[] = [];
	jest.spyOn(Notice.prototype as unknown as { constructor__(): void }, "constructor__").mockImplementation(function (this: { messageEl: HTMLElement }) {
		shown.push(this);
	});
	return shown;
}

function markdownFiles(app: ObsidianApp, folder: string): string[] {
	return app.vault
		.getMarkdownFiles()
		.map((file) => file.path)
		.filter((path) => path.startsWith(`${folder}/`))
		.sort();
}

afterEach(() => {
	jest.restoreAllMocks();
	jest.useRealTimers();
});

describe("an Inbox card", () => {
	it("shows the first points of an idea under its words, and how many more it has", async () => {
		const { view } = await openBoard(makeApp(files), storage());
		const card = inboxCard(view, "Comment trouver des idées de marque ?");
		expect(Array.from(card.querySelectorAll(".tls-inbox-details li")).map((li) => li.textContent)).toEqual(["Voici 3 méthodes :", "Lire des livres sur le sujet", "Répertorier et se baser sur ce que vous savez déjà", "+1"]);
		expect(card.querySelectorAll(".tls-inbox-details")).toHaveLength(1);
		expect(inboxCard(view, "Simplifier vos idées").querySelector(".tls-inbox-details")).toBeNull();
	});

	it("has a menu, from its ⋮ button, a right-click or a long press, headed by its words: promote, dismiss, open its note", async () => {
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		const { view } = await openBoard(makeApp(files), storage());
		const menus = watchMenus();
		const card = inboxCard(view, EXPERTISE);
		button(card, ".tls-card-menu").click();
		expect(menus.last().head).toBe(EXPERTISE);
		expect(menus.last().titles).toEqual(["Promouvoir en note d'idée", "Écarter de la boîte de réception", "Ouvrir la note source"]);
		expect(button(card, ".tls-card-menu").getAttribute("aria-label")).toBe(`Actions pour «${NBSP}${EXPERTISE}${NBSP}»`);

		const other = inboxCard(view, "Relire ses notes : « le carnet » comme atelier");
		other.querySelector(".tls-inbox-details, .tls-card-meta")?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 40, clientY: 60 }));
		expect(menus.last().head).toBe("Relire ses notes : « le carnet » comme atelier");

		// A finger resting on the card opens its menu; one that scrolls away opens nothing.
		const touch = (type: string, x: number, y: number): Event => {
			const event = new Event(type, { bubbles: true, cancelable: true });
			Object.defineProperty(event, "touches", { value: type === "touchend" ? [] : [{ clientX: x, clientY: y }] });
			return event;
		};
		const title = button(card, ".tls-inbox-open");
		const before = menus.opened();
		title.dispatchEvent(touch("touchstart", 20, 20));
		title.dispatchEvent(touch("touchmove", 20, 80));
		await jest.advanceTimersByTimeAsync(LONG_PRESS_MS + 100);
		expect(menus.opened()).toBe(before);
		title.dispatchEvent(touch("touchstart", 20, 20));
		await jest.advanceTimersByTimeAsync(LONG_PRESS_MS - 100);
		expect(menus.opened()).toBe(before);
		await jest.advanceTimersByTimeAsync(200);
		expect(menus.opened()).toBe(before + 1);
		expect(menus.last().head).toBe(EXPERTISE);
		// The finger lifting is no tap on the title, and Android's own context menu for the same press opens no second menu.
		const end = touch("touchend", 20, 20);
		title.dispatchEvent(end);
		expect(end.defaultPrevented).toBe(true);
		title.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 20, clientY: 20 }));
		expect(menus.opened()).toBe(before + 1);
	});
});

describe("an idea card", () => {
	it("opens its menu with a long press too, where a phone has no right click", async () => {
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		const path = "Idées/Simplifier sans mentir.md";
		const { view } = await openBoard(makeApp({ ...files, [path]: `---\ntype: idea\nstatus: spark\ntitle: "Simplifier sans mentir : la règle des « trois exemples »"\n---\n` }), storage());
		const menus = watchMenus();
		const card = view.contentEl.querySelector<HTMLElement>(`.tls-card[data-path="${path}"]`);
		const press = new Event("touchstart", { bubbles: true, cancelable: true });
		Object.defineProperty(press, "touches", { value: [{ clientX: 30, clientY: 30 }] });
		card?.querySelector(".tls-card-title")?.dispatchEvent(press);
		await jest.advanceTimersByTimeAsync(LONG_PRESS_MS);
		expect(menus.opened()).toBe(1);
		expect(menus.last().head).toBe("Simplifier sans mentir : la règle des « trois exemples »");
		expect(menus.last().titles).toContain("Déplacer vers Investir");
	});
});

describe("dismissing an Inbox item", () => {
	it("takes it out of the Inbox, keeps it in data.json beside the settings, and it stays out when the studio loads again", async () => {
		const app = makeApp(files);
		const store = storage({ ...DEFAULT_SETTINGS, ideasFolder: "Idées/Posts" });
		const notices = watchNotices();
		const { view } = await openBoard(app, store);
		const menus = watchMenus();
		button(inboxCard(view, EXPERTISE), ".tls-card-menu").click();
		menus.last().click("Écarter de la boîte de réception");
		await flush();

		expect(inboxWords(view)).not.toContain(EXPERTISE);
		expect(notices.at(-1)?.messageEl.firstChild?.textContent).toBe(`Idée écartée de la boîte de réception${NBSP}: ${EXPERTISE}`);
		expect(store.data).toMatchObject({ ideasFolder: "Idées/Posts", dismissedInbox: [{ source: CARNET, text: EXPERTISE }] });
		expect(button(inbox(view), ".tls-inbox-dismissed-toggle").textContent).toBe("Écartés (1)");
		// The note is left as it was.
		expect(await app.vault.read(app.vault.getFileByPath(CARNET)!)).toBe(CARNET_NOTE);

		// Obsidian starts again: the studio reads data.json anew.
		const again = await openBoard(app, store);
		expect(inboxWords(again.view)).not.toContain(EXPERTISE);
		expect(inboxWords(again.view)).toContain("Relire ses notes : « le carnet » comme atelier");
		expect(again.studio.settings.ideasFolder).toBe("Idées/Posts");
	});

	it("brings it back from the Inbox's Dismissed list, and takes it out of data.json", async () => {
		const store = storage({ dismissedInbox: [{ source: CARNET, text: EXPERTISE }, { source: JOURNAL, text: "Simplifier vos idées" }] });
		const { view } = await openBoard(makeApp(files), store);
		expect(inboxWords(view)).not.toContain(EXPERTISE);
		button(inbox(view), ".tls-inbox-dismissed-toggle").click();
		const listed = Array.from(inbox(view).querySelectorAll(".tls-inbox-dismissed-card .tls-inbox-dismissed-title")).map((el) => el.textContent);
		expect(listed.sort()).toEqual([EXPERTISE, "Simplifier vos idées"]);
		const row = Array.from(inbox(view).querySelectorAll<HTMLElement>(".tls-inbox-dismissed-card")).find((el) => el.textContent?.includes(EXPERTISE));
		expect(row?.querySelector(".tls-card-source")?.textContent).toBe(`Source${NBSP}: Carnet de bord`);
		button(row!, ".tls-inbox-restore").click();
		await flush();
		expect(inboxWords(view)).toContain(EXPERTISE);
		expect(store.data).toMatchObject({ dismissedInbox: [{ source: JOURNAL, text: "Simplifier vos idées" }] });
		// The list stays open for the next one; the last one brought back, data.json keeps no empty list.
		expect(button(inbox(view), ".tls-inbox-dismissed-toggle").textContent).toBe("Masquer les écartés (1)");
		button(inbox(view), ".tls-inbox-restore").click();
		await flush();
		button(inbox(view), ".tls-inbox-toggle").click();
		expect(inboxWords(view)).toContain("Simplifier vos idées");
		expect(store.data).not.toHaveProperty("dismissedInbox");
		expect(inbox(view).querySelector(".tls-inbox-dismissed-toggle")).toBeNull();
	});

	it("are counted in the settings, which bring them all back at once", async () => {
		const store = storage({ dismissedInbox: [{ source: CARNET, text: EXPERTISE }, { source: JOURNAL, text: "Simplifier vos idées" }] });
		const app = makeApp(files);
		const { view, studio } = await openBoard(app, store);
		const tab = new StudioSettingTab(app, {} as Plugin, studio);
		// As Obsidian 1.13 does: definitions stored by update(), then rendered (the mock's renderTab__ stands for the settings modal).
		tab.update();
		(tab as unknown as { renderTab__(): void }).renderTab__();
		const text = (): string => tab.containerEl.textContent ?? "";
		expect(text()).toContain("Éléments écartés de la boîte de réception");
		expect(text()).toContain("2 éléments sont mis de côté, hors de la boîte de réception sur tous vos appareils.");
		Array.from(tab.containerEl.querySelectorAll("button"))
			.find((el) => el.textContent === "Tout remettre")
			?.click();
		await flush();
		expect(store.data).not.toHaveProperty("dismissedInbox");
		expect(text()).toContain("0 élément est mis de côté");
		// Back among the seven: the whole Inbox shown.
		button(inbox(view), ".tls-inbox-toggle").click();
		expect(inboxWords(view)).toContain(EXPERTISE);
	});

	it("follows data.json changed by a sync from another device, and brings an item back when its words change", async () => {
		const app = makeApp(files);
		const store = storage();
		const { view, studio } = await openBoard(app, store);
		store.data = { ...DEFAULT_SETTINGS, dismissedInbox: [{ source: CARNET, text: "le piège de l'expertise :  « savoir » tue l'envie" }] };
		await studio.reloadSettings();
		expect(inboxWords(view)).not.toContain(EXPERTISE);

		// The board redraws a moment after the index changes: the clock is the test's.
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		await app.vault.modify(app.vault.getFileByPath(CARNET)!, CARNET_NOTE.replace("tue l'envie", "tue l'envie d'écrire"));
		await jest.advanceTimersByTimeAsync(1000);
		expect(inboxWords(view)).toContain(`${EXPERTISE} d'écrire`);
	});

	it("keeps it aside when its note is renamed", async () => {
		const app = makeApp(files);
		const store = storage({ dismissedInbox: [{ source: CARNET, text: EXPERTISE }] });
		const { view } = await openBoard(app, store);
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		await app.fileManager.renameFile(app.vault.getFileByPath(CARNET)!, "Réflexions/Carnet.md");
		await jest.advanceTimersByTimeAsync(1000);
		expect(store.data).toMatchObject({ dismissedInbox: [{ source: "Réflexions/Carnet.md", text: EXPERTISE }] });
		expect(inboxWords(view)).toContain("Relire ses notes : « le carnet » comme atelier");
		expect(inboxWords(view)).not.toContain(EXPERTISE);
	});

	it("selects cards with a Ctrl-click on them, a range with a Shift-click, and a second Ctrl-click lets one go", async () => {
		const app = makeApp(files);
		const { view } = await openBoard(app, storage());
		const click = (el: Element | null, keys: MouseEventInit): void => void el?.dispatchEvent(new MouseEvent("click", { bubbles: true, ...keys }));
		const words = inboxWords(view);
		const [first, , third] = words;
		click(inboxCard(view, first!).querySelector(".tls-card-meta"), { ctrlKey: true });
		expect(button(inbox(view), ".tls-inbox-selected-count").textContent).toBe("1 sélectionné");
		click(inboxCard(view, third!), { shiftKey: true });
		expect(button(inbox(view), ".tls-inbox-selected-count").textContent).toBe("3 sélectionnés");
		expect(words.slice(0, 3).map((one) => inboxCard(view, one).querySelector<HTMLInputElement>(".tls-inbox-select input")?.checked)).toEqual([true, true, true]);
		click(inboxCard(view, first!), { metaKey: true });
		expect(button(inbox(view), ".tls-inbox-selected-count").textContent).toBe("2 sélectionnés");
		// A click without a key still does what it did: the card is not selected by it.
		click(inboxCard(view, first!).querySelector(".tls-card-meta"), {});
		expect(button(inbox(view), ".tls-inbox-selected-count").textContent).toBe("2 sélectionnés");
	});

	it("sets several selected cards aside at once, and leaves them out of a promotion of their note", async () => {
		const app = makeApp(files);
		const store = storage();
		const { view, studio } = await openBoard(app, store);
		const notices = watchNotices();
		inboxCard(view, "Simplifier vos idées").querySelector<HTMLInputElement>(".tls-inbox-select input")?.click();
		inboxCard(view, "Think, Spark, Invest, Re-Invest").querySelector<HTMLInputElement>(".tls-inbox-select input")?.click();
		expect(button(inbox(view), ".tls-inbox-selected-count").textContent).toBe("2 sélectionnés");
		button(inbox(view), ".tls-inbox-dismiss-selected").click();
		await flush();
		expect(inboxWords(view)).not.toContain("Simplifier vos idées");
		expect(inboxWords(view)).not.toContain("Think, Spark, Invest, Re-Invest");
		expect(inbox(view).querySelector(".tls-inbox-selection")?.classList.contains("is-hidden")).toBe(true);
		expect(notices.at(-1)?.messageEl.firstChild?.textContent).toBe("2 éléments écartés de la boîte de réception.");

		const pipeline = new IdeaPipeline(app, studio);
		await new BoardActions(app, pipeline, studio.translate).promote(app.vault.getFileByPath(JOURNAL)!);
		await flush();
		expect(markdownFiles(app, "Idées")).toEqual(["Idées/Comment trouver des idées de marque.md", "Idées/Les meilleures idées ne sont pas directement accessibles.md", "Idées/Prendre des notes sur un livre pour un thought leader.md"]);
	});
});

describe("promoting many Inbox items at once", () => {
	const ITEMS = Array.from({ length: 21 }, (_, i) => `Idée n°${i + 1} : « l'erreur du client »`);
	const MANY = `---\ntags: [journal]\n---\n## Idées de posts\n${ITEMS.map((item) => `- ${item}`).join("\n")}\n`;

	/** The board over a journal of 21 ideas, all its cards selected. */
	async function selectedAll(): Promise<{ app: ObsidianApp; view: PipelineView }> {
		const app = makeApp({ "Journal/Carnet d'avril.md": MANY });
		const { view } = await openBoard(app, storage());
		inbox(view).querySelector<HTMLInputElement>(".tls-inbox-select input")?.click();
		button(inbox(view), ".tls-inbox-select-all").click();
		expect(button(inbox(view), ".tls-inbox-selected-count").textContent).toBe("21 sélectionnés");
		return { app, view };
	}

	it("asks first, saying how many, and writes nothing when the writer says no", async () => {
		const { app, view } = await selectedAll();
		const dialogs = watchDialogs();
		button(inbox(view), ".tls-inbox-promote-selected").click();
		await flush();
		const modal = dialogs.confirms.at(-1);
		expect(modal?.titleEl.textContent).toBe(`Promouvoir 21 idées d'un coup${NBSP}?`);
		expect(modal?.contentEl.textContent).toContain("Cela crée 21 notes d'idée dans «\u00a0Idées\u00a0».");
		modal?.close();
		await flush();
		expect(markdownFiles(app, "Idées")).toEqual([]);
	});

	it("makes them all once the writer agrees, and one Undo takes them all back", async () => {
		const { app, view } = await selectedAll();
		const dialogs = watchDialogs();
		const notices = watchNotices();
		button(inbox(view), ".tls-inbox-promote-selected").click();
		await flush();
		(dialogs.confirms.at(-1) as unknown as { options: { onConfirm(): void } }).options.onConfirm();
		await flush();
		expect(markdownFiles(app, "Idées")).toHaveLength(21);
		expect(markdownFiles(app, "Idées")).toContain("Idées/Idée n°21 « l'erreur du client ».md");
		const done = notices.at(-1);
		expect(done?.messageEl.firstChild?.textContent).toBe("21 idées promues.");

		done?.messageEl.querySelector("button")?.click();
		await flush();
		expect(markdownFiles(app, "Idées")).toEqual([]);
		expect(notices.at(-1)?.messageEl.textContent).toBe(`Promotion annulée${NBSP}: 21 notes d'idée sont à la corbeille.`);
	});

	it("refuses the Undo, naming the note, and trashes none when one of them was edited since", async () => {
		const { app, view } = await selectedAll();
		const dialogs = watchDialogs();
		const notices = watchNotices();
		button(inbox(view), ".tls-inbox-promote-selected").click();
		await flush();
		(dialogs.confirms.at(-1) as unknown as { options: { onConfirm(): void } }).options.onConfirm();
		await flush();
		const undo = notices.at(-1)?.messageEl.querySelector("button");
		const edited = app.vault.getFileByPath("Idées/Idée n°3 « l'erreur du client ».md")!;
		await app.vault.append(edited, "\nUn exemple de client à raconter.\n");
		undo?.click();
		await flush();
		expect(notices.at(-1)?.messageEl.textContent).toBe(`Rien n'a été annulé${NBSP}: «${NBSP}Idée n°3 « l'erreur du client »${NBSP}» a été modifiée, déplacée ou supprimée depuis sa promotion.`);
		expect(markdownFiles(app, "Idées")).toHaveLength(21);
	});

	it("asks the same of the command that promotes a note of more than twenty ideas", async () => {
		const app = makeApp({ "Journal/Carnet d'avril.md": MANY });
		const { studio } = await openBoard(app, storage());
		const dialogs = watchDialogs();
		const pipeline = new IdeaPipeline(app, studio);
		const promoting = new BoardActions(app, pipeline, studio.translate).promote(app.vault.getFileByPath("Journal/Carnet d'avril.md")!);
		await flush();
		expect(dialogs.confirms.at(-1)?.titleEl.textContent).toBe(`Promouvoir 21 idées d'un coup${NBSP}?`);
		dialogs.confirms.at(-1)?.close();
		await expect(promoting).resolves.toEqual([]);
		expect(markdownFiles(app, "Idées")).toEqual([]);
	});
});

describe("an idea whose words an idea note already has", () => {
	const IDEA = `---\ntype: idea\nstatus: spark\nsource: "[[Carnet de bord]]"\ntitle: Simplifier vos idées\n---\nSimplifier vos idées\n`;

	it("asks before it is promoted: open the existing note, or create a second one anyway", async () => {
		const app = makeApp({ ...files, "Idées/Simplifier vos idées.md": IDEA });
		const { view } = await openBoard(app, storage());
		const dialogs = watchDialogs();
		button(inboxCard(view, "Simplifier vos idées"), ".tls-card-promote").click();
		await flush();
		const question = dialogs.choices.at(-1);
		expect(question?.titleEl.textContent).toBe("Cette idée a déjà sa note");
		expect(question?.contentEl.querySelector("p")?.textContent).toBe(`La note d'idée «${NBSP}Idées/Simplifier vos idées.md${NBSP}» a les mêmes mots que «${NBSP}Simplifier vos idées${NBSP}». L'ouvrir, ou créer quand même une seconde note${NBSP}?`);

		await dialogs.answer("open");
		expect(app.workspace.getActiveFile()?.path).toBe("Idées/Simplifier vos idées.md");
		expect(markdownFiles(app, "Idées")).toEqual(["Idées/Simplifier vos idées.md"]);

		button(inboxCard(view, "Simplifier vos idées"), ".tls-card-promote").click();
		await flush();
		await dialogs.answer("create");
		expect(markdownFiles(app, "Idées")).toEqual(["Idées/Simplifier vos idées 2.md", "Idées/Simplifier vos idées.md"]);
		expect(await app.vault.read(app.vault.getFileByPath(JOURNAL)!)).toBe(files[JOURNAL]);
	});

	it("is left out of a batch when the writer says so, the others made", async () => {
		const app = makeApp({ ...files, "Idées/Simplifier vos idées.md": IDEA });
		const { view } = await openBoard(app, storage());
		const dialogs = watchDialogs();
		for (const words of ["Simplifier vos idées", "Think, Spark, Invest, Re-Invest"]) inboxCard(view, words).querySelector<HTMLInputElement>(".tls-inbox-select input")?.click();
		button(inbox(view), ".tls-inbox-promote-selected").click();
		await flush();
		expect(Array.from(dialogs.choices.at(-1)?.contentEl.querySelectorAll("li") ?? []).map((li) => li.textContent)).toEqual(["Simplifier vos idées"]);
		await dialogs.answer("leaveOut");
		expect(markdownFiles(app, "Idées")).toEqual(["Idées/Simplifier vos idées.md", "Idées/Think, Spark, Invest, Re-Invest.md"]);
		// The selection is done with: the bar goes.
		expect(inbox(view).querySelector(".tls-inbox-selection")?.classList.contains("is-hidden")).toBe(true);
	});

	it("says why nothing was made when every idea of a batch was left out", async () => {
		const app = makeApp({ ...files, "Idées/Simplifier vos idées.md": IDEA });
		const { view } = await openBoard(app, storage());
		const dialogs = watchDialogs();
		const notices = watchNotices();
		inboxCard(view, "Simplifier vos idées").querySelector<HTMLInputElement>(".tls-inbox-select input")?.click();
		button(inbox(view), ".tls-inbox-promote-selected").click();
		await flush();
		await dialogs.answer("leaveOut");
		expect(notices.at(-1)?.messageEl.textContent).toBe(`Rien n'a été promu${NBSP}: chaque idée laissée de côté a déjà sa note.`);
		expect(markdownFiles(app, "Idées")).toEqual(["Idées/Simplifier vos idées.md"]);
	});
});
