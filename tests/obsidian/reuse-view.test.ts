/**
 * @jest-environment jsdom
 */
import { Notice } from "obsidian";
import { App, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp } from "obsidian";
import { flush, makeApp } from "../helpers/obsidian-app";
import { loadPlugin, run } from "../helpers/load-plugin";
import { Studio } from "../../src/obsidian/shared/studio";
import { NoteWriter } from "../../src/obsidian/shared/note-writer";
import { IdeaPipeline } from "../../src/obsidian/pipeline/idea-pipeline";
import { BoardActions } from "../../src/obsidian/pipeline/board-actions";
import { TemplateLibrary } from "../../src/obsidian/templates/template-library";
import { Drafting } from "../../src/obsidian/drafting/drafting";
import { BrandIdeas } from "../../src/obsidian/brand/brand-ideas";
import { REUSE_VIEW_TYPE, ReuseView } from "../../src/obsidian/reuse/reuse-view";
import { DRAFT_TEMPLATES } from "../../src/core/drafting/draft-templates";
import { migrateSettings } from "../../src/core/settings/studio-settings";
import manifest from "../../manifest.json";

// Wednesday 12 March 2025: the grid's and the drafts' clock.
const NOW = new Date(2025, 2, 12, 12, 0).getTime();
const DOUTER = "Idées/Douter.md";
const OSER = "Idées/Oser.md";
const BRAND = "Idées de marque/Penser une fois.md";

const draft = (name: string, idea: string, format: string, published?: string): [string, string] => [
	`Brouillons/${name}.md`,
	`---\ntype: draft\nidea: "[[${idea}]]"\nformat: ${format}\nstatus: ${published ? "published" : "draft"}\ncreated: 2025-03-01T09:00\n${published ? `published: ${published}\n` : ""}---\n`,
];

const files = Object.fromEntries([
	[DOUTER, '---\ntype: idea\nstatus: spark\ntitle: "Douter : « la méthode »"\ntags: [clients]\nbrand-idea:\n  - "[[Penser une fois]]"\n---\n'],
	[OSER, "---\ntype: idea\nstatus: invest\ntags: [écriture]\n---\nOser.\n"],
	[BRAND, '---\ntype: brand-idea\ntitle: "Penser une fois : « répliquer partout »"\n---\n## Croyance centrale\nL\'expertise se partage.\n'],
	["Produits/Penser une fois — Formation.md", '---\ntype: product\nproduct: course\nbrand-idea: "[[Penser une fois]]"\ncreated: 2025-02-03T09:00\n---\n'],
	draft("Douter — Post LinkedIn", "Douter", "linkedin-post", "2025-03-10"),
	draft("Douter — Thread X", "Douter", "x-thread"),
	draft("Oser — Conférence", "Oser", "talk"),
]);

let notices: string[] = [];
/** Notes opened in a new tab, as the grid opens what it shows and what it drafts. */
let openedInTab: string[] = [];

/** Records what is opened in a new tab (the in-memory workspace does not make it the active note). */
function watchTabs(app: ObsidianApp): ObsidianApp {
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
	return app;
}

beforeEach(() => {
	notices = [];
	openedInTab = [];
	jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
	jest.spyOn(Notice.prototype as unknown as { constructor__(message: string): void }, "constructor__").mockImplementation((message) => {
		notices.push(message);
	});
});

afterEach(() => {
	jest.useRealTimers();
	jest.restoreAllMocks();
});

async function openGrid(app: ObsidianApp): Promise<ReuseView> {
	const storage = { loadData: () => Promise.resolve(null), saveData: () => Promise.resolve(), registerEvent: () => undefined };
	const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, storage, migrateSettings({}, "fr"), "fr");
	const writer = new NoteWriter(app);
	const pipeline = new IdeaPipeline(app, studio, writer);
	const templates = new TemplateLibrary(app, writer, () => studio.settings.templatesFolder, "fr");
	templates.register(DRAFT_TEMPLATES);
	const drafting = new Drafting(app, studio, pipeline, new BoardActions(app, pipeline, studio.translate), templates, () => new Date(NOW));
	const brands = new BrandIdeas(app, studio, writer, templates, () => undefined);
	const view = new ReuseView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), studio, pipeline, drafting, brands, () => NOW);
	document.body.empty();
	document.body.appendChild(view.containerEl);
	await view.onOpen();
	const started = studio.start();
	await jest.advanceTimersByTimeAsync(500);
	await started;
	await jest.advanceTimersByTimeAsync(500);
	return view;
}

/** Each row as its title and what its cells say, the empty ones as "+". */
function rows(view: ReuseView, columns = 3): string[] {
	return [...view.contentEl.querySelectorAll(".tls-reuse-row")].map((row) => {
		const title = row.querySelector(".tls-reuse-title")?.textContent ?? "";
		const cells = [...row.querySelectorAll("td")].slice(0, columns).map((td) => td.querySelector("button")?.textContent ?? "");
		return `${title}: ${cells.join(" | ")}`;
	});
}

function cell(view: ReuseView, path: string, key: string): HTMLElement {
	const found = [...view.contentEl.querySelectorAll<HTMLElement>(".tls-reuse-row")].find((row) => row.dataset.path === path)?.querySelector<HTMLElement>(`td[data-key="${key}"] button`);
	if (!found) throw new Error(`no cell ${key} for ${path}`);
	return found;
}

function choose(view: ReuseView, menu: string, value: string): void {
	const select = view.contentEl.querySelector<HTMLSelectElement>(`select.${menu}`);
	if (!select) throw new Error(`no menu ${menu}`);
	select.value = value;
	select.dispatchEvent(new Event("change"));
}

describe("the re-use grid", () => {
	it("shows every idea against every format in a table with headers, each cell saying draft or publication and its date", async () => {
		const view = await openGrid(makeApp(files));
		const table = view.contentEl.querySelector("table.tls-reuse-table");
		expect(table?.querySelector("caption")?.textContent).toBe("Brouillons et publications de chaque idée, format par format");
		expect([...(table?.querySelectorAll("thead th[scope='col']") ?? [])].slice(0, 4).map((th) => th.textContent)).toEqual(["Idée", "Post LinkedIn", "Thread X", "Post Facebook"]);
		expect(table?.querySelectorAll("thead th")).toHaveLength(16);
		expect(rows(view)).toEqual(["Douter : « la méthode »: Publié · 10 mars | Brouillon · 1 mars | +", "Oser: + | + | +"]);
		expect(view.contentEl.querySelector(".tls-reuse-row th[scope='row'] .tls-reuse-row-detail")?.textContent).toBe("Étincelle");
		expect(cell(view, DOUTER, "linkedin-post").getAttribute("aria-label")).toBe("Douter : « la méthode », Post LinkedIn\u00a0: Publié · 10 mars. L'ouvrir");
		expect(cell(view, OSER, "x-thread").getAttribute("aria-label")).toBe("Rédiger Oser en Thread X");
		expect(cell(view, OSER, "talk").textContent).toBe("Brouillon · 1 mars");
		expect(view.contentEl.querySelector(".tls-reuse-count")?.textContent).toBe("Idées affichées\u00a0: 2 sur 2");
	});

	it("drafts the idea in the format of an empty cell clicked, opens the draft, and the cell then shows it", async () => {
		const app = watchTabs(makeApp(files));
		const view = await openGrid(app);
		cell(view, OSER, "x-thread").click();
		await jest.advanceTimersByTimeAsync(1000);
		const created = app.vault.getFileByPath("Brouillons/Oser — Thread X.md");
		expect(created).not.toBeNull();
		expect(await app.vault.read(created!)).toMatch(/^---\ntype: draft\nidea: "\[\[Oser\]\]"\nformat: x-thread\n/);
		expect(openedInTab).toEqual(["Brouillons/Oser — Thread X.md"]);
		expect(cell(view, OSER, "x-thread").textContent).toBe("Brouillon · 12 mars");
		expect(notices).toContain("Brouillon créé\u00a0: Oser — Thread X");
	});

	it("opens the draft of a filled cell and the idea of a row's title", async () => {
		const view = await openGrid(watchTabs(makeApp(files)));
		cell(view, DOUTER, "linkedin-post").click();
		view.contentEl.querySelector<HTMLElement>(`.tls-reuse-title[data-open="${OSER}"]`)?.click();
		await jest.advanceTimersByTimeAsync(10);
		expect(openedInTab).toEqual(["Brouillons/Douter — Post LinkedIn.md", OSER]);
	});

	it("keeps the ideas of a stage, a tag or a brand idea, and remembers the filter with the workspace", async () => {
		const view = await openGrid(makeApp(files));
		const stage = view.contentEl.querySelector("select.tls-reuse-stage");
		choose(view, "tls-reuse-stage", "invest");
		expect(rows(view, 0)).toEqual(["Oser: "]);
		// The menu the writer is in stays, with its focus: only the grid is drawn anew.
		expect(view.contentEl.querySelector("select.tls-reuse-stage")).toBe(stage);
		expect(view.contentEl.querySelector(".tls-reuse-count")?.textContent).toBe("Idées affichées\u00a0: 1 sur 2");
		choose(view, "tls-reuse-stage", "");
		choose(view, "tls-reuse-tag", "clients");
		expect(rows(view, 0)).toEqual(["Douter : « la méthode »: "]);
		choose(view, "tls-reuse-tag", "");
		expect([...view.contentEl.querySelectorAll("select.tls-reuse-brand option")].map((o) => o.textContent)).toEqual(["Toutes les idées de marque", "Penser une fois : « répliquer partout »"]);
		choose(view, "tls-reuse-brand", BRAND);
		expect(rows(view, 0)).toEqual(["Douter : « la méthode »: "]);
		expect(view.getState()).toMatchObject({ grid: "formats", filter: { stage: null, tag: null, brand: BRAND } });
		choose(view, "tls-reuse-stage", "invest");
		expect(view.contentEl.querySelector(".tls-reuse-empty")?.textContent).toBe("Aucune idée ne correspond à ces filtres.");
	});

	it("shows the brand ideas against the products, and an empty cell makes the product note", async () => {
		const app = makeApp(files);
		const view = await openGrid(app);
		view.contentEl.querySelector<HTMLElement>('.tls-reuse-grid-button[data-grid="products"]')?.click();
		expect(view.contentEl.querySelector('.tls-reuse-grid-button[data-grid="products"]')?.getAttribute("aria-pressed")).toBe("true");
		expect([...view.contentEl.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Idée de marque", "Conférence", "Livre", "Formation", "Newsletter", "Accompagnement", "Atelier", "Produit numérique", "Coaching"]);
		expect(rows(view)).toEqual(["Penser une fois : « répliquer partout »: + | + | Note · 3 févr."]);
		expect(view.contentEl.querySelector(".tls-reuse-row-detail")?.textContent).toBe("1 sur 8 produits");
		const talk = cell(view, BRAND, "talk");
		expect(talk.getAttribute("aria-label")).toBe("Créer la note Conférence de Penser une fois : « répliquer partout »");
		talk.click();
		await jest.advanceTimersByTimeAsync(1000);
		expect(app.vault.getFileByPath("Produits/Penser une fois « répliquer partout » — Conférence.md")).not.toBeNull();
		expect(cell(view, BRAND, "talk").textContent).toMatch(/^Note · /);
		expect(view.contentEl.querySelector(".tls-reuse-row-detail")?.textContent).toBe("2 sur 8 produits");
		expect(notices).toContain("Note Conférence créée\u00a0: Penser une fois : « répliquer partout »");
	});

	it("draws the first 50 of 120 ideas, and 50 more on request", async () => {
		const many: Record<string, string> = { ...files };
		for (let i = 1; i <= 118; i++) many[`Idées/Idée n°${i}.md`] = `---\ntype: idea\nstatus: think\ntitle: "Idée n°${i} : « à reprendre »"\n---\n`;
		const view = await openGrid(makeApp(many));
		expect(view.contentEl.querySelectorAll(".tls-reuse-row")).toHaveLength(50);
		const more = view.contentEl.querySelector<HTMLElement>(".tls-long-list-more");
		expect(more?.textContent).toBe("Afficher 50 de plus (70 non affichées)");
		more?.click();
		expect(view.contentEl.querySelectorAll(".tls-reuse-row")).toHaveLength(100);
		// The rows the writer unrolled stay through a redraw.
		view.render();
		expect(view.contentEl.querySelectorAll(".tls-reuse-row")).toHaveLength(100);
		expect(rows(view, 0).slice(0, 3)).toEqual(["Douter : « la méthode »: ", "Idée n°1 : « à reprendre »: ", "Idée n°2 : « à reprendre »: "]);
	});

	it("opens from the palette's open-reuse-grid in a tab, once however often it is run, with no default hotkey", async () => {
		jest.useRealTimers();
		const app = makeApp(files);
		const { command } = await loadPlugin(app);
		const open = command("open-reuse-grid");
		expect(open.hotkeys).toBeUndefined();
		expect(open.name).toBe("Open the re-use grid");
		run(open);
		await flush();
		run(open);
		await flush();
		expect(app.workspace.getLeavesOfType(REUSE_VIEW_TYPE)).toHaveLength(1);
	});
});
