/**
 * @jest-environment jsdom
 */
import { Notice, type App } from "obsidian";
import { App as MockApp, WorkspaceLeaf, type Menu as MockMenu, type MenuItem as MockMenuItem } from "obsidian-test-mocks/obsidian";
import { flush, makeApp } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { BrandIdeaSuggestModal } from "../../src/obsidian/brand/brand-idea-suggest-modal";
import { BrandIdeas } from "../../src/obsidian/brand/brand-ideas";
import { FrameworkView } from "../../src/obsidian/brand/framework-view";
import { pickBrandIdeaAndTie } from "../../src/obsidian/brand/tie-to-brand-idea";
import { TemplateLibrary } from "../../src/obsidian/templates/template-library";
import { NoteWriter } from "../../src/obsidian/shared/note-writer";
import { buildCardMenu } from "../../src/obsidian/pipeline/card-menu";
import type { Studio } from "../../src/obsidian/shared/studio";
import type { BoardCard } from "../../src/core/pipeline/board-model";
import { translator } from "../../src/core/i18n/translator";

// The in-memory Obsidian always speaks English: this writer uses it in French.
jest.mock("../../src/obsidian/shared/obsidian-language", () => ({ obsidianLanguage: () => "fr" }));

interface MockNotice {
	constructor__(message: string): void;
	messageEl: HTMLElement;
}

const IDEA = "Idées/Le doute rend crédible.md";
const IDEA_NOTE = '---\ntype: idea\nstatus: spark  # où elle en est\ntitle: "Le doute : « ce qui rend crédible »"\ntags:\n  - idée\n---\nLe doute rend crédible.\n';
const BRAND = "Idées de marque/Penser une fois.md";
const BRAND_NOTE = '---\ntype: brand-idea\ntitle: "Penser une fois : « répliquer partout »"\n---\n## Croyance centrale\nL\'expertise se partage.\n';
const OTHER = "Idées de marque/Vendre sans vendre.md";
const OTHER_NOTE = "---\ntype: brand-idea\n---\n## Croyance centrale\nOn vend une opportunité.\n";

let notices: MockNotice[] = [];
let pickers: BrandIdeaSuggestModal[] = [];

beforeEach(() => {
	notices = [];
	pickers = [];
	jest.spyOn(Notice.prototype as unknown as MockNotice, "constructor__").mockImplementation(function (this: MockNotice) {
		notices.push(this);
	});
	// The in-memory Modal closes itself at once: keep the picker open, as Obsidian does.
	jest.spyOn(BrandIdeaSuggestModal.prototype, "open").mockImplementation(function (this: BrandIdeaSuggestModal) {
		pickers.push(this);
	});
});

afterEach(() => {
	jest.useRealTimers();
	jest.restoreAllMocks();
});

async function read(app: App, path: string): Promise<string> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`${path} missing`);
	return app.vault.read(file);
}

function lastPicker(): BrandIdeaSuggestModal {
	const picker = pickers.at(-1);
	if (!picker) throw new Error("no brand idea picker was opened");
	return picker;
}

/** What the picker lists: each brand idea's name and the line under it. */
function offered(picker: BrandIdeaSuggestModal): string[] {
	return picker.getItems().map((brand) => {
		const el = document.createElement("div");
		picker.renderSuggestion({ item: brand, match: { score: 0, matches: [] } }, el);
		return `${el.querySelector(".suggestion-title")?.textContent} · ${el.querySelector(".suggestion-note")?.textContent}`;
	});
}

function choose(picker: BrandIdeaSuggestModal, path: string): void {
	const brand = picker.getItems().find((b) => b.path === path);
	if (!brand) throw new Error(`${path} not offered`);
	picker.onChooseItem(brand);
}

const lastNotice = (): string => notices.at(-1)?.messageEl.firstChild?.textContent ?? "";

describe("tie-to-brand-idea over the in-memory vault, in French", () => {
	it("is offered on an idea note only, with a stable id and no default hotkey", async () => {
		const app = makeApp({ [IDEA]: IDEA_NOTE, [BRAND]: BRAND_NOTE });
		const { command } = await loadPlugin(app);
		expect(command("tie-to-brand-idea").hotkeys).toBeUndefined();
		expect(command("tie-to-brand-idea").name).toBe("Rattacher cette idée à une idée de marque");
		await openNote(app, BRAND);
		expect(run(command("tie-to-brand-idea"))).toBe(false);
		await openNote(app, IDEA);
		expect(run(command("tie-to-brand-idea"))).toBe(true);
	});

	it("ties the open idea to the brand idea chosen, writing only its list's lines, and the Notice's Undo gives the note back byte for byte", async () => {
		const app = makeApp({ [IDEA]: IDEA_NOTE, [BRAND]: BRAND_NOTE, [OTHER]: OTHER_NOTE });
		const { command } = await loadPlugin(app);
		await openNote(app, IDEA);
		run(command("tie-to-brand-idea"));
		const picker = lastPicker();
		expect(picker.inputEl.placeholder).toBe("Idée de marque de «\u00a0Le doute : « ce qui rend crédible »\u00a0»");
		expect(offered(picker)).toEqual(["Penser une fois : « répliquer partout » · 0 sur 8 produits", "Vendre sans vendre · 0 sur 8 produits"]);
		choose(picker, BRAND);
		await flush();
		const tied = IDEA_NOTE.replace("  - idée\n---", '  - idée\nbrand-idea:\n  - "[[Penser une fois]]"\n---');
		expect(await read(app, IDEA)).toBe(tied);
		expect(lastNotice()).toBe("Idée rattachée à «\u00a0Penser une fois : « répliquer partout »\u00a0»\u00a0: Le doute : « ce qui rend crédible »");

		// The writer goes on writing in the idea's text: the undo takes back the tie only.
		const file = app.vault.getFileByPath(IDEA)!;
		await app.vault.process(file, (text) => `${text}Une phrase de plus.\n`);
		notices.at(-1)!.messageEl.querySelector("button")!.click();
		await flush();
		expect(await read(app, IDEA)).toBe(`${IDEA_NOTE}Une phrase de plus.\n`);
		expect(lastNotice()).toBe("Rattachement à «\u00a0Penser une fois : « répliquer partout »\u00a0» annulé\u00a0: Le doute : « ce qui rend crédible »");
	});

	it("adds a second brand idea after the first, which it keeps, and writes nothing for one the idea is tied to already", async () => {
		const scalar = IDEA_NOTE.replace("  - idée\n---", '  - idée\nbrand-idea: "[[Vendre sans vendre]]"\n---');
		const app = makeApp({ [IDEA]: scalar, [BRAND]: BRAND_NOTE, [OTHER]: OTHER_NOTE });
		const { command } = await loadPlugin(app);
		await openNote(app, IDEA);
		run(command("tie-to-brand-idea"));
		expect(offered(lastPicker())).toContain("Vendre sans vendre · Déjà rattachée");
		choose(lastPicker(), OTHER);
		await flush();
		expect(await read(app, IDEA)).toBe(scalar);
		expect(lastNotice()).toBe("Cette idée est déjà rattachée à «\u00a0Vendre sans vendre\u00a0»\u00a0: rien n'a été écrit.");

		run(command("tie-to-brand-idea"));
		choose(lastPicker(), BRAND);
		await flush();
		expect(await read(app, IDEA)).toBe(IDEA_NOTE.replace("  - idée\n---", '  - idée\nbrand-idea:\n  - "[[Vendre sans vendre]]"\n  - "[[Penser une fois]]"\n---'));
	});

	it("says how to make a brand idea when the vault has none, and opens no picker", async () => {
		const app = makeApp({ [IDEA]: IDEA_NOTE });
		const { command } = await loadPlugin(app);
		await openNote(app, IDEA);
		run(command("tie-to-brand-idea"));
		expect(pickers).toHaveLength(0);
		expect(lastNotice()).toBe("Aucune idée de marque pour l'instant\u00a0: créez-en une avec Nouvelle idée de marque, ou depuis les liens d'une note.");
		expect(await read(app, IDEA)).toBe(IDEA_NOTE);
	});

	it("is offered in a card's menu, and the framework board's Content shows the idea at once", async () => {
		const app = makeApp({ [IDEA]: IDEA_NOTE, [BRAND]: BRAND_NOTE });
		const { plugin } = await loadPlugin(app);
		const studio = (plugin as unknown as { studio: Studio }).studio;
		const writer = new NoteWriter(app);
		const brands = new BrandIdeas(app, studio, writer, new TemplateLibrary(app, writer, () => studio.settings.templatesFolder, "fr"), () => undefined);
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		const settle = () => jest.advanceTimersByTimeAsync(100);
		const view = new FrameworkView(WorkspaceLeaf.create2__(MockApp.fromOriginalType__(app)).asOriginalType3__(), studio, brands, () => undefined);
		document.body.empty();
		document.body.appendChild(view.containerEl);
		await view.onOpen();
		await view.setState({ path: BRAND }, { history: false });
		await settle();
		const content = (): string[] => [...view.contentEl.querySelectorAll(".is-content .tls-framework-idea a")].map((a) => a.textContent ?? "");
		expect(content()).toEqual([]);

		const card: BoardCard = { path: IDEA, title: "Le doute : « ce qui rend crédible »", sourcePath: null, sourceTitle: null, tags: [], created: null, updated: null };
		const menu = buildCardMenu(app, card, "spark", studio.settings.stages, "fr", translator("fr"), {
			open: () => undefined,
			moveTo: () => undefined,
			trash: () => undefined,
			tieToBrandIdea: (path) => pickBrandIdeaAndTie(app, studio, brands, path),
		});
		const item = (menu as unknown as MockMenu).menuItems__.find((i: MockMenuItem) => i.title__ === "Rattacher à une idée de marque…");
		if (!item?.onClick__) throw new Error("the card menu offers no tie");
		item.onClick__(new MouseEvent("click"));
		choose(lastPicker(), BRAND);
		await settle();
		expect(content()).toEqual(["Le doute : « ce qui rend crédible »"]);
		view.contentEl.remove();
	});
});
